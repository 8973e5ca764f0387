/// Interface strings of the commands that write and revise the plan: edit, add, remove, move,
/// document, diff, adopt and new-year.
extension Text {
    public enum Authoring {
        // MARK: edit

        public static var editAbstract: String {
            pick("Change a text of the table: a row's INDIKATOR or KET, or the group holding it.",
                 id: "Ubah teks tabel: INDIKATOR atau KET sebuah baris, atau kelompok yang memuatnya.")
        }
        public static var editDiscussion: String {
            pick("""
                Give exactly one of the options. --sub, --kegiatan and --area change the sub kegiatan, kegiatan or \
                area perubahan that holds the row (every row of that group shows the new text). The change is an entry \
                of the state journal, like a checkmark: plan.json stays the plan as signed, `rencana undo` takes it \
                back, `rencana diff` lists it. AREA PERUBAHAN, KEGIATAN and SUB KEGIATAN must not be empty; INDIKATOR \
                and KET may be.
                """, id: """
                Beri tepat satu opsi. --sub, --kegiatan, dan --area mengubah sub kegiatan, kegiatan, atau area \
                perubahan yang memuat baris itu (setiap baris kelompok tersebut menampilkan teks baru). Perubahan \
                menjadi entri jurnal state, seperti centang: plan.json tetap rencana yang ditandatangani, `rencana undo` \
                mengurungkannya, `rencana diff` menampilkannya. AREA PERUBAHAN, KEGIATAN, dan SUB KEGIATAN tidak boleh \
                kosong; INDIKATOR dan KET boleh.
                """)
        }
        public static var indikatorHelp: String {
            pick("The row's new INDIKATOR KEBERHASILAN.",
                 id: "INDIKATOR KEBERHASILAN baru untuk baris itu.")
        }
        public static var ketHelp: String { pick("The row's new KET.", id: "KET baru untuk baris itu.") }
        public static var subHelp: String {
            pick("The new title of the SUB KEGIATAN holding the row.", id: "Judul baru SUB KEGIATAN yang memuat baris itu.")
        }
        public static var kegiatanHelp: String {
            pick("The new title of the KEGIATAN holding the row.", id: "Judul baru KEGIATAN yang memuat baris itu.")
        }
        public static var areaHelp: String {
            pick("The new name of the AREA PERUBAHAN holding the row.", id: "Nama baru AREA PERUBAHAN yang memuat baris itu.")
        }
        public static var editNeedsOne: String {
            pick("give one of --indikator, --ket, --sub, --kegiatan, --area",
                 id: "beri salah satu dari --indikator, --ket, --sub, --kegiatan, --area")
        }
        public static var editOnlyOne: String {
            pick("give only one of --indikator, --ket, --sub, --kegiatan, --area",
                 id: "beri hanya satu dari --indikator, --ket, --sub, --kegiatan, --area")
        }
        /// `SUB KEGIATAN must not be empty`
        public static func mustNotBeEmpty(_ column: String) -> String {
            pick("\(column) must not be empty", id: "\(column) tidak boleh kosong")
        }
        /// `1.2.1.1 INDIKATOR: "a" → "b" (saved as change #7)`
        public static func saved(_ words: String, seq: Int) -> String {
            pick("\(words) (saved as change #\(seq))", id: "\(words) (disimpan sebagai perubahan #\(seq))")
        }

        // MARK: add

        public static var addAbstract: String {
            pick("Add an indicator row, or a new sub kegiatan, kegiatan or area, next to a row.",
                 id: "Tambah baris indikator, atau sub kegiatan, kegiatan, atau area baru, di dekat sebuah baris.")
        }
        public static var addDiscussion: String {
            pick("""
                Without --level: a new indicator row after (or before) the row, in the same sub kegiatan. With \
                --level sub, kegiatan or area: a new group of that level, holding the one new row, placed after (or \
                before) the group of that level holding the row; give its titles with --sub (for sub, kegiatan and \
                area), --kegiatan (for kegiatan and area) and --area (for area). Prints the new row's id and nothing \
                else, for scripts (`id=$(rencana add plan.json --after 1.2.1.1 --text …)`); the id never changes and \
                never collides with another row's. `rencana undo` takes the addition back.
                """, id: """
                Tanpa --level: baris indikator baru sesudah (atau sebelum) baris itu, dalam sub kegiatan yang sama. \
                Dengan --level sub, kegiatan, atau area: kelompok baru pada tingkat itu, berisi satu baris baru, \
                ditempatkan sesudah (atau sebelum) kelompok tingkat itu yang memuat baris tersebut; beri judulnya \
                dengan --sub (untuk sub, kegiatan, dan area), --kegiatan (untuk kegiatan dan area), dan --area (untuk \
                area). Hanya mencetak id baris baru, untuk skrip (`id=$(rencana add plan.json --after 1.2.1.1 --text …)`); \
                id itu tidak pernah berubah dan tidak pernah sama dengan id baris lain. `rencana undo` mengurungkan \
                penambahan itu.
                """)
        }
        public static var afterHelp: String {
            pick("Put the new row (or group) after this row (or the group of --level holding it).",
                 id: "Tempatkan baris (atau kelompok) baru sesudah baris ini (atau kelompok --level yang memuatnya).")
        }
        public static var beforeHelp: String {
            pick("Put the new row (or group) before this row (or the group of --level holding it).",
                 id: "Tempatkan baris (atau kelompok) baru sebelum baris ini (atau kelompok --level yang memuatnya).")
        }
        public static var textHelp: String {
            pick("The new row's INDIKATOR KEBERHASILAN (default: empty).",
                 id: "INDIKATOR KEBERHASILAN baris baru (bawaan: kosong).")
        }
        public static var monthsHelp: String {
            pick("The new row's months, comma-separated (e.g. Jan,Mar,Des or 1,3,12).",
                 id: "Bulan-bulan baris baru, dipisah koma (mis. Jan,Mar,Des atau 1,3,12).")
        }
        public static var newKetHelp: String { pick("The new row's KET.", id: "KET baris baru.") }
        public static var addLevelHelp: String {
            pick("What to add: indikator (the default), sub, kegiatan or area.",
                 id: "Yang ditambahkan: indikator (bawaan), sub, kegiatan, atau area.")
        }
        public static var newSubHelp: String {
            pick("The new SUB KEGIATAN's title (with --level sub, kegiatan or area).",
                 id: "Judul SUB KEGIATAN baru (dengan --level sub, kegiatan, atau area).")
        }
        public static var newKegiatanHelp: String {
            pick("The new KEGIATAN's title (with --level kegiatan or area).",
                 id: "Judul KEGIATAN baru (dengan --level kegiatan atau area).")
        }
        public static var newAreaHelp: String {
            pick("The new AREA PERUBAHAN's name (with --level area).", id: "Nama AREA PERUBAHAN baru (dengan --level area).")
        }
        public static var addNeedsPlace: String {
            pick("give --after ROW-ID or --before ROW-ID", id: "beri --after ROW-ID atau --before ROW-ID")
        }
        public static var addOnePlace: String {
            pick("give only one of --after and --before", id: "beri hanya salah satu dari --after dan --before")
        }
        /// `a new kegiatan needs --kegiatan TEXT`
        public static func addNeedsTitle(level: String, option: String) -> String {
            pick("a new \(level) needs --\(option) TEXT", id: "\(level) baru memerlukan --\(option) TEKS")
        }
        public static func badMonths(_ text: String) -> String {
            pick("unknown month \"\(TerminalText.safe(text, limit: 40))\" in --months (use Jan…Des or 1–12, comma-separated)",
                 id: "bulan \"\(TerminalText.safe(text, limit: 40))\" pada --months tidak dikenal (gunakan Jan…Des atau 1–12, dipisah koma)")
        }

        // MARK: remove

        public static var removeAbstract: String {
            pick("Delete a row, or the sub kegiatan, kegiatan or area holding it.",
                 id: "Hapus baris, atau sub kegiatan, kegiatan, atau area yang memuatnya.")
        }
        public static var removeDiscussion: String {
            pick("""
                Deleting the only row of a sub kegiatan deletes the sub kegiatan (and so up), so no empty group is \
                left. On a terminal it first says how many rows and how much recorded realisation and evidence go \
                with it, and asks; without a terminal give --yes. The realisation, evidence and notes of the deleted \
                rows stay in the state journal (`rencana check` reports them while the rows are gone) and \
                `rencana undo` brings everything back.
                """, id: """
                Menghapus satu-satunya baris sebuah sub kegiatan juga menghapus sub kegiatan itu (dan seterusnya ke \
                atas), sehingga tidak ada kelompok kosong. Di terminal, lebih dulu disebutkan berapa baris serta berapa \
                realisasi dan bukti dukung tercatat yang ikut terhapus, lalu ditanyakan; tanpa terminal beri --yes. \
                Realisasi, bukti dukung, dan catatan baris yang dihapus tetap ada di jurnal state (`rencana check` \
                melaporkannya selama barisnya tidak ada) dan `rencana undo` mengembalikan semuanya.
                """)
        }
        public static var removeLevelHelp: String {
            pick("What to delete: indikator (the default: the row), sub, kegiatan or area.",
                 id: "Yang dihapus: indikator (bawaan: barisnya), sub, kegiatan, atau area.")
        }
        public static var yesHelp: String {
            pick("Delete without asking (for scripts).",
                 id: "Hapus tanpa bertanya (untuk skrip).")
        }
        /// `1.2.1.1: indikator, 1 row, 3 months of realisation, 2 pieces of evidence`
        public static func removalSummary(row: String, level: String, rows: Int, cells: Int, evidence: Int) -> String {
            pick("delete \(row)'s \(level): \(count(rows, "row", "rows")), "
                     + "\(count(cells, "month", "months")) of recorded realisation, \(count(evidence, "piece", "pieces")) of evidence",
                 id: "hapus \(row) (tingkat \(level)): \(rows) baris, \(cells) bulan realisasi tercatat, \(evidence) bukti dukung")
        }
        public static var confirm: String {
            pick("Delete? (rencana undo brings it back) [y/N] ", id: "Hapus? (rencana undo mengembalikannya) [y/N] ")
        }
        public static var notRemoved: String { pick("nothing deleted", id: "tidak ada yang dihapus") }
        public static func needsYes(_ summary: String) -> String {
            pick("\(summary); not a terminal: pass --yes to delete", id: "\(summary); bukan terminal: beri --yes untuk menghapus")
        }

        // MARK: move

        public static var moveAbstract: String {
            pick("Move a row (or the group holding it) up or down, or a row to another sub kegiatan.",
                 id: "Pindahkan baris (atau kelompok yang memuatnya) ke atas atau ke bawah, atau baris ke sub kegiatan lain.")
        }
        public static var moveDiscussion: String {
            pick("""
                --up and --down move the row, or with --level the sub kegiatan, kegiatan or area holding it, one \
                place within its parent. --to-sub moves the row to the end of the sub kegiatan holding another row; \
                --after and --before put it right after or before another row. Ids never change: the row's \
                realisation, evidence and notes follow it.
                """, id: """
                --up dan --down memindahkan baris, atau dengan --level sub kegiatan, kegiatan, atau area yang \
                memuatnya, satu tempat dalam induknya. --to-sub memindahkan baris ke akhir sub kegiatan yang memuat \
                baris lain; --after dan --before menempatkannya tepat sesudah atau sebelum baris lain. Id tidak pernah \
                berubah: realisasi, bukti dukung, dan catatan baris ikut pindah.
                """)
        }
        public static var upHelp: String { pick("One place up within its parent.", id: "Satu tempat ke atas dalam induknya.") }
        public static var downHelp: String {
            pick("One place down within its parent.",
                 id: "Satu tempat ke bawah dalam induknya.")
        }
        public static var toSubHelp: String {
            pick("Move the row to the end of the sub kegiatan holding this row.",
                 id: "Pindahkan baris ke akhir sub kegiatan yang memuat baris ini.")
        }
        public static var moveAfterHelp: String {
            pick("Move the row right after this row (in that row's sub kegiatan).",
                 id: "Pindahkan baris tepat sesudah baris ini (dalam sub kegiatan baris itu).")
        }
        public static var moveBeforeHelp: String {
            pick("Move the row right before this row (in that row's sub kegiatan).",
                 id: "Pindahkan baris tepat sebelum baris ini (dalam sub kegiatan baris itu).")
        }
        public static var moveLevelHelp: String {
            pick("What --up/--down move: indikator (the default), sub, kegiatan or area.",
                 id: "Yang dipindahkan --up/--down: indikator (bawaan), sub, kegiatan, atau area.")
        }
        public static var moveNeedsOne: String {
            pick("give one of --up, --down, --to-sub, --after, --before",
                 id: "beri salah satu dari --up, --down, --to-sub, --after, --before")
        }
        public static var moveLevelOnlyUpDown: String {
            pick("--level goes with --up or --down only (another sub kegiatan takes an indicator)",
                 id: "--level hanya bersama --up atau --down (sub kegiatan lain hanya menerima indikator)")
        }
        public static func cannotMove(row: String, level: String, up: Bool) -> String {
            pick("\(row): its \(level) is already the \(up ? "first" : "last") of its parent; nothing moved",
                 id: "\(row): \(level)-nya sudah \(up ? "yang pertama" : "yang terakhir") dalam induknya; tidak ada yang dipindah")
        }

        // MARK: document

        public static var documentAbstract: String {
            pick("Show or change the decree's details (number, title, unit, year, place, date, signer).",
                 id: "Tampilkan atau ubah rincian keputusan (nomor, tentang, unit, tahun, tempat, tanggal, penandatangan).")
        }
        public static var documentDiscussion: String {
            pick("""
                With no option: prints the details as they now are. Each option changes one detail as an entry of the \
                state journal (undo, log and diff cover it). The title must not be empty; the year is 1900–2999.
                """, id: """
                Tanpa opsi: mencetak rincian saat ini. Setiap opsi mengubah satu rincian sebagai entri jurnal state \
                (undo, log, dan diff mencakupnya). Judul tidak boleh kosong; tahun 1900–2999.
                """)
        }
        public static var institutionHelp: String { pick("The issuing body.", id: "Instansi penerbit.") }
        public static var numberHelp: String { pick("The decree number (NOMOR).", id: "Nomor keputusan (NOMOR).") }
        public static var docTitleHelp: String { pick("What the decree is about (TENTANG).", id: "Perihal keputusan (TENTANG).") }
        public static var unitHelp: String { pick("The unit whose plan it is.", id: "Unit kerja pemilik rencana.") }
        public static var docYearHelp: String { pick("The plan's year.", id: "Tahun rencana.") }
        public static var placeHelp: String {
            pick("Where it was signed (Ditetapkan di).",
                 id: "Tempat penetapan (Ditetapkan di).")
        }
        public static var dateHelp: String {
            pick("When it was signed (Pada tanggal): YYYY-MM-DD or 26 Januari 2022; kept in the long form the decree prints.",
                 id: "Tanggal penetapan (Pada tanggal): YYYY-MM-DD atau 26 Januari 2022; disimpan dalam bentuk panjang seperti tercetak di keputusan.")
        }
        public static var signerHelp: String { pick("Who signed.", id: "Penandatangan.") }
        public static var signerTitleHelp: String { pick("The signer's office.", id: "Jabatan penandatangan.") }
        public static func badYear(_ text: String) -> String {
            pick("--year must be a year from 1900 to 2999, found \"\(TerminalText.safe(text, limit: 40))\"",
                 id: "--year harus tahun 1900 sampai 2999, tertulis \"\(TerminalText.safe(text, limit: 40))\"")
        }
        public static func documentUnchanged() -> String {
            pick("document: unchanged; nothing to save", id: "dokumen: tidak berubah; tidak ada yang disimpan")
        }

        // MARK: diff

        public static var diffAbstract: String {
            pick("List every difference between the plan as signed and the plan as it now is.",
                 id: "Tampilkan setiap perbedaan antara rencana yang ditandatangani dan rencana saat ini.")
        }
        public static var diffDiscussion: String {
            pick("""
                Rows added, removed and moved, texts changed (old → new), months added and removed, and the decree's \
                details changed, in the table's terms. Rows are matched by id, never by position. With no difference \
                the text and markdown forms write nothing (on a terminal the text form says so in one line) and csv \
                writes its header line only; the exit status is 0 either way.
                """, id: """
                Baris yang ditambah, dihapus, dan dipindah, teks yang diubah (lama → baru), bulan yang ditambah dan \
                dihapus, serta rincian keputusan yang diubah, dalam istilah tabel. Baris dicocokkan menurut id, tidak \
                pernah menurut posisi. Bila tidak ada perbedaan, bentuk text dan markdown tidak menulis apa pun (di \
                terminal bentuk text menyebutkannya dalam satu baris) dan csv hanya menulis baris judulnya; status \
                keluar tetap 0.
                """)
        }
        public static var diffFormatHelp: String {
            pick("Output format: text (the default), markdown or csv.", id: "Format keluaran: text (bawaan), markdown, atau csv.")
        }
        public static var noDifferences: String {
            pick("no differences: the plan is as signed", id: "tidak ada perbedaan: rencana sesuai yang ditandatangani")
        }

        // MARK: adopt, new-year

        public static var adoptAbstract: String {
            pick("Write the plan as it now is as a new plan file, to be signed.",
                 id: "Tulis rencana saat ini sebagai berkas rencana baru, untuk ditandatangani.")
        }
        public static var adoptDiscussion: String {
            pick("""
                Writes the current plan (every edit and every moved month) in plan.json's canonical layout: areas \
                numbered by position and every row's id its position in the new file, so the new decree's references \
                read in order and none names two rows. The rows whose reference changed are listed (old → new); \
                this plan's journal and reports keep the old ones. The new file starts with no changes of its own: \
                `rencana export --baseline NEW.json` equals `rencana export PLAN`. Never writes over PLAN or its \
                state; an existing --out needs --force.
                """, id: """
                Menulis rencana saat ini (setiap perubahan teks dan setiap bulan yang digeser) dalam tata letak baku \
                plan.json: area bernomor menurut posisinya dan id setiap baris adalah posisinya di berkas baru, sehingga \
                rujukan keputusan baru terbaca berurutan dan tidak ada yang menunjuk dua baris. Baris yang rujukannya \
                berubah ditampilkan (lama → baru); jurnal dan laporan rencana ini tetap memakai yang lama. Berkas baru \
                dimulai tanpa perubahan: `rencana export --baseline NEW.json` sama dengan `rencana export PLAN`. Tidak \
                pernah menimpa PLAN atau state-nya; --out yang sudah ada memerlukan --force.
                """)
        }
        public static var adoptOutHelp: String { pick("The new plan file.", id: "Berkas rencana baru.") }
        public static var newYearAbstract: String {
            pick("Start next year's plan from this one.", id: "Mulai rencana tahun depan dari rencana ini.")
        }
        public static var newYearDiscussion: String {
            pick("""
                Copies the areas, kegiatan, sub kegiatan, indicators and their months of the plan as it now is (its \
                edits and moved months included; --baseline: as signed), every row's id its position in the new plan \
                (the renumbered rows are listed, old → new); the realisation, \
                evidence and notes are not copied. The decree's number and date are emptied for the new decree, the \
                year is set and the old year in the title replaced. Then edit it like any plan.
                """, id: """
                Menyalin area, kegiatan, sub kegiatan, indikator, dan bulan-bulannya dari rencana saat ini (termasuk \
                perubahan teks dan bulan yang digeser; --baseline: sesuai yang ditandatangani), id setiap baris adalah \
                posisinya di rencana baru (baris yang dinomori ulang ditampilkan, lama → baru); realisasi, bukti \
                dukung, dan catatan tidak disalin. Nomor dan tanggal keputusan dikosongkan untuk keputusan baru, tahun \
                ditetapkan dan tahun lama pada judul diganti. Setelah itu ubah seperti rencana lainnya.
                """)
        }
        public static var newYearHelp: String { pick("The new plan's year (1900–2999).", id: "Tahun rencana baru (1900–2999).") }
        public static var newYearBaselineHelp: String {
            pick("Start from the plan as signed, without this year's edits and moved months.",
                 id: "Mulai dari rencana yang ditandatangani, tanpa perubahan teks dan bulan yang digeser tahun ini.")
        }
        public static func adopted(path: String, rows: Int) -> String {
            pick("wrote \(path) (\(count(rows, "row", "rows")))", id: "\(path) ditulis (\(rows) baris)")
        }
        public static func wouldNotLoad(_ reason: String) -> String {
            pick("the new plan would not load: \(reason)", id: "rencana baru tidak akan dapat dibuka: \(reason)")
        }
        /// Issue 9: a plan written over an existing one whose state has changes.
        public static func oldHistory(plan: String, state: String) -> String {
            pick("warning: \(plan) had changes in \(state); they name rows by id, so they now apply to the new plan's rows "
                     + "with the same ids (check them with `rencana diff \(plan)`; to start the new plan with no changes: "
                     + "`rencana check \(plan) --reset-state`)",
                 id: "peringatan: \(plan) memiliki perubahan di \(state); perubahan itu menunjuk baris menurut id, sehingga kini "
                     + "berlaku untuk baris rencana baru dengan id yang sama (periksa dengan `rencana diff \(plan)`; untuk memulai "
                     + "rencana baru tanpa perubahan: `rencana check \(plan) --reset-state`)")
        }

        static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    }
}
