/// Interface strings of the roll-up's reading of bundles and its merge of one office's files (issue 23).
extension Text {
    public enum RollupRead {}
}

extension Text.RollupRead {
    public static var discussion: String {
        Text.pick("""
            Reads every office in the folders and files given: the bundles offices send (`rencana send`; told by \
            their content, whatever their names), and plans (.json) with their state journal beside them \
            (NAME.jsonl, NAME.state.jsonl or NAME-xxxxxxxx.jsonl), in the folder or one or two folders down. \
            Nothing is written anywhere and no evidence is unpacked. Each office is known by its office code \
            (kode satker), else by its institution and unit; the files of one office (an older and a newer send, \
            a bundle and a plan folder) are merged as the team's merge does (the union of their entries by id) and \
            counted once, which standard error says. A file that is damaged, foreign, of another year than most \
            offices, or hostile is listed with its reason and left out; the rest are still rolled up and the exit \
            status is 3. Figures as `rencana progress` counts them: capaian is Σ/Σ over the rows due (the \
            province's line too, never a mean of the offices' percentages), "–" when nothing is due. \
            --format jsonl writes one line per office × row × month of the period, for DuckDB or pandas.
            """, id: """
            Membaca setiap kantor dalam folder dan berkas yang diberikan: bundel yang dikirim kantor (`rencana send`; \
            dikenali dari isinya, apa pun namanya), dan rencana (.json) dengan jurnal statusnya di sebelahnya \
            (NAMA.jsonl, NAMA.state.jsonl atau NAMA-xxxxxxxx.jsonl), di folder itu atau satu-dua folder di bawahnya. \
            Tidak ada yang ditulis dan tidak ada bukti yang dibongkar. Setiap kantor dikenali dari kode satkernya, \
            atau dari instansi dan unitnya; berkas-berkas satu kantor (kiriman lama dan baru, bundel dan folder \
            rencana) digabung seperti penggabungan tim (gabungan entrinya menurut id) dan dihitung sekali, dan hal \
            itu disebutkan pada keluaran galat. Berkas yang rusak, asing, dari tahun lain daripada sebagian besar \
            kantor, atau berbahaya dicantumkan beserta alasannya dan dilewati; kantor lainnya tetap direkap dan \
            status keluarnya 3. Angka dihitung seperti `rencana progress`: capaian adalah Σ/Σ atas baris yang jatuh \
            tempo (baris provinsi juga, bukan rata-rata persentase kantor), "–" bila tidak ada yang jatuh tempo. \
            --format jsonl menulis satu baris per kantor × baris × bulan dalam periode, untuk DuckDB atau pandas.
            """)
    }

    public static var pathsHelp: String {
        Text.pick("Folders of offices' files, or the files themselves (bundles, plans).",
                  id: "Folder berkas kantor, atau berkasnya sendiri (bundel, rencana).")
    }

    // Why a file was left out.
    public static var notAnOfficesFile: String {
        Text.pick("neither an office's bundle, nor a plan (.json) or a state journal (.jsonl)",
                  id: "bukan bundel kantor, bukan pula rencana (.json) atau jurnal status (.jsonl)")
    }

    public static func sectionTooLarge(_ section: String, megabytes: Int) -> String {
        Text.pick("its \(section) section is too large for an office's (\(megabytes) MB)",
                  id: "bagian \(section)-nya terlalu besar untuk berkas sebuah kantor (\(megabytes) MB)")
    }

    public static func cannotMerge(_ why: String) -> String {
        Text.pick("the office's files cannot be merged, so none of them is rolled up: \(why)",
                  id: "berkas-berkas kantor ini tidak dapat digabung, jadi tidak satu pun direkap: \(why)")
    }

    public static func otherSignedPlan(rolledUp file: String) -> String {
        Text.pick("another signed plan of the office rolled up from \(file) (a newer send); this older one is left out",
                  id: "rencana bertanda tangan lain dari kantor yang direkap dari \(file) (kiriman yang lebih baru); yang lama ini dilewati")
    }

    public static func onlySince(_ day: String) -> String {
        Text.pick("holds only the entries since \(day) (sent with --since), and no other file of the office holds the rest of its year",
                  id: "hanya memuat entri sejak \(day) (dikirim dengan --since), dan tidak ada berkas lain kantor ini yang memuat sisa tahunnya")
    }

    /// One line saying which files were merged into one office.
    public static func merged(_ office: String, files: [(file: String, entries: Int)], entries: Int) -> String {
        let list = files.map { "\($0.file) (\($0.entries))" }.joined(separator: ", ")
        return Text.pick("one office in \(files.count) files, merged: \(office): \(list): \(entries) entries in all",
                         id: "satu kantor dalam \(files.count) berkas, digabung: \(office): \(list): seluruhnya \(entries) entri")
    }

    public static var asPlansHelp: String {
        Text.pick("With --offices: write each office as a plan and its journal (NAME.json, NAME.jsonl) instead of the bundle it would send.",
                  id: "Dengan --offices: tulis setiap kantor sebagai rencana dan jurnalnya (NAMA.json, NAMA.jsonl), bukan bundel yang akan dikirimnya.")
    }

    public static var asPlansNeedsOffices: String {
        Text.pick("--as-plans is for --offices", id: "--as-plans hanya untuk --offices")
    }

    public static func wroteBundles(_ offices: Int, files: Int, folder: String) -> String {
        Text.pick("wrote \(offices) offices' bundles into \(folder) (\(files) files: some offices sent twice)",
                  id: "menulis bundel \(offices) kantor ke \(folder) (\(files) berkas: beberapa kantor mengirim dua kali)")
    }

    public static var officesHelp: String {
        Text.pick("Write the bundles this many offices would send (derived from --from; a few sent twice) into the folder --out.",
                  id: "Tulis bundel yang akan dikirim oleh sejumlah kantor ini (diturunkan dari --from; beberapa dikirim dua kali) ke folder --out.")
    }
}
