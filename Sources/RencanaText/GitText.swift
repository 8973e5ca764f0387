/// Interface strings of the git transport (issue 22): `rencana merge-driver` and `rencana team git-setup`.
extension Text {
    public enum Git {}
}

extension Text.Git {
    public static var teamAbstract: String {
        Text.pick("Work on one plan with colleagues: set up how journals travel.",
                  id: "Bekerja pada satu rencana bersama rekan: atur cara jurnal berpindah.")
    }
    public static var teamDiscussion: String {
        Text.pick("""
            A plan's journal is a set of entries that any laptop can merge with any other's (docs/TEAM.md). \
            `rencana team init` makes a shared folder beside the plan (one file per laptop); `rencana team git-setup` \
            lets git merge journals kept in a git repository.
            """, id: """
            Jurnal sebuah rencana adalah kumpulan entri yang dapat digabungkan laptop mana pun dengan laptop lain (docs/TEAM.md). \
            `rencana team init` membuat folder bersama di samping rencana (satu berkas per laptop); `rencana team git-setup` \
            membuat git dapat menggabungkan jurnal yang disimpan di repositori git.
            """)
    }

    public static var setupAbstract: String {
        Text.pick("Let git merge this plan's journals (merge driver and .gitattributes).",
                  id: "Biarkan git menggabungkan jurnal rencana ini (merge driver dan .gitattributes).")
    }
    public static var setupDiscussion: String {
        Text.pick("""
            In the git work tree holding PLAN, registers Rencana's merge driver in the repository's own config \
            (git config merge.rencana.driver and merge.rencana.name) and adds to the work tree's .gitattributes a \
            line giving merge=rencana to the team folder's journals (<plan>.team/*.jsonl beside the plan) and, with \
            --state PATH inside the work tree, to that journal, which it also makes a team's journal (version 3) so \
            every new entry carries this laptop's device and clock. Running it again changes nothing.

            git config is not shared by clone or pull: run it once in every clone. Commit .gitattributes (and the \
            journal) as usual. The driver is registered as `rencana` when the rencana found on PATH is this very \
            program, otherwise by its absolute path (a build that is not installed, or a GUI git that does not see \
            your PATH); run git-setup again after moving the program.
            """, id: """
            Di work tree git yang memuat PLAN, mendaftarkan merge driver Rencana di konfigurasi repositori itu sendiri \
            (git config merge.rencana.driver dan merge.rencana.name) dan menambahkan ke .gitattributes work tree sebuah \
            baris yang memberi merge=rencana pada jurnal folder tim (<plan>.team/*.jsonl di samping rencana) dan, dengan \
            --state PATH di dalam work tree, pada jurnal itu, yang sekaligus dijadikan jurnal tim (versi 3) sehingga \
            setiap entri baru membawa perangkat dan jam laptop ini. Menjalankannya lagi tidak mengubah apa pun.

            git config tidak ikut terbagi lewat clone atau pull: jalankan sekali di setiap clone. Commit .gitattributes (dan \
            jurnalnya) seperti biasa. Driver didaftarkan sebagai `rencana` bila rencana yang ditemukan di PATH adalah program \
            ini sendiri, selain itu dengan jalur absolutnya (hasil build yang tidak dipasang, atau git GUI yang tidak melihat \
            PATH Anda); jalankan git-setup lagi setelah memindahkan program.
            """)
    }
    public static var planHelp: String {
        Text.pick("The plan file, in a git work tree (default ./plan.json).",
                  id: "Berkas rencana, di dalam work tree git (bawaan ./plan.json).")
    }
    public static var driverAbstract: String {
        Text.pick("git's merge driver for Rencana journals (set up by `rencana team git-setup`).",
                  id: "merge driver git untuk jurnal Rencana (dipasang oleh `rencana team git-setup`).")
    }
    public static var driverDiscussion: String {
        Text.pick("""
            Called by git as `rencana merge-driver %O %A %B %P`: ANCESTOR, OURS and THEIRS are three versions of one \
            journal (the ancestor may be missing or empty). Writes the union of their entries, by id, to OURS in the \
            year's order (a team's file, version 3, named for OURS' plan), atomically: a kill at any instant leaves \
            OURS as it was or as merged. An id with other content on the two sides, or an entry whose clock is beyond \
            what its laptop can have seen, is refused with one line and exit status 1, OURS unchanged: git reports a \
            conflict. PATH only names the file in messages.
            """, id: """
            Dipanggil git sebagai `rencana merge-driver %O %A %B %P`: ANCESTOR, OURS, dan THEIRS adalah tiga versi satu \
            jurnal (leluhur boleh tidak ada atau kosong). Menulis gabungan entri-entrinya, menurut id, ke OURS dalam urutan \
            tahun (berkas tim, versi 3, atas nama rencana OURS), secara atomik: penghentian kapan pun meninggalkan OURS \
            seperti semula atau seperti hasil gabungan. Id dengan isi berbeda di kedua sisi, atau entri yang jamnya melampaui \
            yang mungkin dilihat laptopnya, ditolak dengan satu baris dan status keluar 1, OURS tidak berubah: git melaporkan \
            konflik. PATH hanya menamai berkas dalam pesan.
            """)
    }
    public static var ancestorHelp: String {
        Text.pick("The common ancestor's version (git's %O); may be missing or empty.",
                  id: "Versi leluhur bersama (%O git); boleh tidak ada atau kosong.")
    }
    public static var oursHelp: String {
        Text.pick("Our version (git's %A); the merged journal is written here.",
                  id: "Versi kita (%A git); jurnal hasil gabungan ditulis di sini.")
    }
    public static var theirsHelp: String { Text.pick("Their version (git's %B).", id: "Versi mereka (%B git).") }
    public static var pathHelp: String {
        Text.pick("The journal's path in the repository (git's %P), for messages.",
                  id: "Jalur jurnal di repositori (%P git), untuk pesan.")
    }
    /// How a side is named in a refusal: `plan.team/d-1.jsonl (theirs)`.
    public static func side(_ path: String, _ which: String) -> String { "\(path) (\(which))" }
    public static var ancestorWord: String { Text.pick("ancestor", id: "leluhur") }
    public static var oursWord: String { Text.pick("ours", id: "milik kita") }
    public static var theirsWord: String { Text.pick("theirs", id: "milik mereka") }
    public static func otherPlans(ours: String, theirs: String) -> String {
        Text.pick("ours is the journal of \(ours) and theirs of \(theirs): not one plan's journal; nothing was merged",
                  id: "milik kita adalah jurnal \(ours) dan milik mereka jurnal \(theirs): bukan jurnal satu rencana; tidak ada yang digabungkan")
    }
    public static func cannotWrite(_ why: String) -> String {
        Text.pick("the merged journal was not written: \(why)",
                  id: "jurnal hasil gabungan tidak ditulis: \(why)")
    }

    public static func notInWorkTree(_ plan: String) -> String {
        Text.pick("\(plan) is not in a git work tree: `git init` or clone one first, then run `rencana team git-setup` there",
                  id: "\(plan) tidak berada di work tree git: jalankan `git init` atau clone lebih dulu, lalu jalankan `rencana team git-setup` di sana")
    }
    public static var gitMissing: String {
        Text.pick("git was not found on PATH: install git, or share the journal by a team folder or a bundle",
                  id: "git tidak ditemukan di PATH: pasang git, atau bagikan jurnal melalui folder tim atau paket")
    }
    public static func gitFailed(_ command: String, _ why: String) -> String {
        Text.pick("`git \(command)` failed: \(why)",
                  id: "`git \(command)` gagal: \(why)")
    }
    public static func stateOutside(_ state: String, _ top: String) -> String {
        Text.pick("the journal \(state) is outside the git work tree \(top): git cannot carry it; keep it beside the plan",
                  id: "jurnal \(state) berada di luar work tree git \(top): git tidak dapat membawanya; simpan di samping rencana")
    }
    public static func unquotablePath(_ path: String) -> String {
        Text.pick("\(path) has a line break or a control character in its name: .gitattributes cannot name it",
                  id: "nama \(path) memuat pindah baris atau karakter kendali: .gitattributes tidak dapat menyebutnya")
    }

    public static func configSet(_ key: String, _ value: String) -> String {
        Text.pick("set \(key) = \(value)",
                  id: "\(key) = \(value) dipasang")
    }
    public static func configKept(_ key: String) -> String { Text.pick("\(key) already set", id: "\(key) sudah terpasang") }
    public static func attributeAdded(_ file: String, _ line: String) -> String {
        Text.pick("added to \(file): \(line)",
                  id: "ditambahkan ke \(file): \(line)")
    }
    public static func attributeKept(_ file: String, _ line: String) -> String {
        Text.pick("\(file) already has: \(line)",
                  id: "\(file) sudah memuat: \(line)")
    }
    public static func journalUpgraded(_ state: String) -> String {
        Text.pick("\(state) is now a team's journal (version 3): commit it with .gitattributes",
                  id: "\(state) kini jurnal tim (versi 3): commit bersama .gitattributes")
    }
    public static func journalKept(_ state: String) -> String {
        Text.pick("\(state) is already a team's journal",
                  id: "\(state) sudah menjadi jurnal tim")
    }
    public static func journalElsewhere(_ state: String) -> String {
        Text.pick("this plan's own journal is \(state), outside the repository: keep one in git with --state PATH, or use a team folder",
                  id: "jurnal rencana ini adalah \(state), di luar repositori: simpan satu di git dengan --state PATH, atau gunakan folder tim")
    }
    public static let driverName = "Rencana journal: the union of entries by id, in the year's order"
}
