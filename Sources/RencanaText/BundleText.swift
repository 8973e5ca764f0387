/// Interface strings of the bundle transport (issue 22): `rencana send` and `rencana receive`.
extension Text {
    public enum Bundle {}
}

extension Text.Bundle {
    // MARK: Commands and their help

    public static var sendAbstract: String {
        Text.pick("Write the plan, its entries and (optionally) evidence into one file for another laptop.",
                  id: "Tulis rencana, entrinya, dan (bila perlu) bukti dukung ke satu berkas untuk laptop lain.")
    }
    public static var sendDiscussion: String {
        Text.pick("""
            The file travels by WhatsApp, e-mail or a flash disk; the other laptop runs `rencana receive FILE`.
            Its name does not matter. Sending makes this plan's journal a team's (see docs/TEAM.md).
            """, id: """
            Berkas dikirim lewat WhatsApp, surel, atau flash disk; laptop lain menjalankan `rencana receive FILE`.
            Namanya tidak berpengaruh. Mengirim menjadikan jurnal rencana ini jurnal tim (lihat docs/TEAM.md).
            """)
    }
    public static var outHelp: String {
        Text.pick("The bundle file to write (`-`: standard output).",
                  id: "Berkas paket yang ditulis (`-`: keluaran standar).")
    }
    public static var sinceHelp: String {
        Text.pick("Only entries saved on or after this day (YYYY-MM-DD, this laptop's calendar).",
                  id: "Hanya entri yang disimpan pada atau sesudah hari ini (YYYY-MM-DD, menurut kalender laptop ini).")
    }
    public static var withEvidenceHelp: String {
        Text.pick("Also carry the evidence files the entries name (inside the plan's folder).",
                  id: "Sertakan juga berkas bukti dukung yang disebut entri (di dalam folder rencana).")
    }
    public static var forceHelp: String {
        Text.pick("Replace an existing bundle file at --out.",
                  id: "Timpa berkas paket yang sudah ada di --out.")
    }
    public static var receiveAbstract: String {
        Text.pick("Merge a bundle from another laptop into this plan, or unpack it as a new plan folder.",
                  id: "Gabungkan paket dari laptop lain ke rencana ini, atau bongkar sebagai folder rencana baru.")
    }
    public static var receiveDiscussion: String {
        Text.pick("""
            With a PLAN (or ./plan.json) the bundle's entries are merged; a bundle of another plan is refused.
            Without one, the bundle is unpacked as a new plan folder here or in --into DIR.
            """, id: """
            Dengan PLAN (atau ./plan.json) entri paket digabungkan; paket dari rencana lain ditolak.
            Tanpa PLAN, paket dibongkar sebagai folder rencana baru di sini atau di --into DIR.
            """)
    }
    public static var receivePathsHelp: String {
        Text.pick("[PLAN] FILE: the plan to merge into (default ./plan.json), and the bundle.",
                  id: "[PLAN] FILE: rencana tujuan penggabungan (bawaan ./plan.json), dan paketnya.")
    }
    public static var intoHelp: String {
        Text.pick("The folder to unpack a new plan into (default: the current folder).",
                  id: "Folder tempat membongkar rencana baru (bawaan: folder saat ini).")
    }
    public static var receiveUsage: String {
        Text.pick("give the bundle, or the plan and the bundle: rencana receive [PLAN] FILE",
                  id: "beri paketnya, atau rencana dan paketnya: rencana receive [PLAN] FILE")
    }
    public static var intoWithPlan: String {
        Text.pick("--into is for unpacking a new plan; it cannot be given with a PLAN",
                  id: "--into untuk membongkar rencana baru; tidak dapat diberikan bersama PLAN")
    }
    public static var standardOutput: String { Text.pick("standard output", id: "keluaran standar") }
    public static var noTerminal: String {
        Text.pick("a bundle is not for a terminal; give --out FILE, or redirect standard output",
                  id: "paket tidak untuk terminal; beri --out FILE, atau alihkan keluaran standar")
    }
    // MARK: What was done

    /// `send`'s report: what the bundle holds and what to do with it.
    public static func sent(_ out: String, entries: Int, since: String?, evidence: Int, bytes: Int) -> String {
        Text.pick({
            let what = since.map { "\(entries) entries saved since \($0)" } ?? "\(entries) entries"
            let files = evidence == 0 ? "" : ", \(evidence) evidence file\(evidence == 1 ? "" : "s")"
            return "wrote \(out): the plan, \(what)\(files) (\(size(bytes))); on the other laptop: rencana receive FILE"
        }(), id: {
            let what = since.map { "\(entries) entri yang disimpan sejak \($0)" } ?? "\(entries) entri"
            let files = evidence == 0 ? "" : ", \(evidence) berkas bukti dukung"
            return "\(out) ditulis: rencana, \(what)\(files) (\(size(bytes))); di laptop lain: rencana receive FILE"
        }())
    }

    /// `receive`'s report: new entries, from whom, already held, conflicts.
    public static func received(_ file: String, from sender: String, new: Int, authors: [(String, Int)], known: Int,
                                conflicts: Int) -> String {
        Text.pick({
            var text = "received \(file) from \(sender): "
            if new == 0 {
                text += "nothing new"
            } else {
                text += "\(new) new entr\(new == 1 ? "y" : "ies") ("
                text += authors.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
            }
            text += ", \(known) already here"
            text += conflicts == 0 ? "; no conflicts" : "; \(conflicts) conflict\(conflicts == 1 ? "" : "s") now (`rencana conflicts` to see them)"
            return text
        }(), id: {
            var text = "\(file) diterima dari \(sender): "
            if new == 0 {
                text += "tidak ada yang baru"
            } else {
                text += "\(new) entri baru ("
                text += authors.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
            }
            text += ", \(known) sudah ada di sini"
            text += conflicts == 0 ? "; tidak ada konflik" : "; kini \(conflicts) konflik (`rencana conflicts` untuk melihatnya)"
            return text
        }())
    }
    public static func unpacked(_ plan: String, folder: String) -> String {
        Text.pick("unpacked a new plan folder in \(folder): \(plan); open it with: rencana \(plan)",
                  id: "folder rencana baru dibongkar di \(folder): \(plan); buka dengan: rencana \(plan)")
    }
    public static func evidenceReceived(unpacked: Int, alreadyHere: Int) -> String {
        Text.pick("evidence: \(unpacked) file\(unpacked == 1 ? "" : "s") unpacked, \(alreadyHere) already here", id: "bukti dukung: \(unpacked) berkas dibongkar, \(alreadyHere) sudah ada di sini")
    }
    public static func keptBoth(_ path: String, as other: String) -> String {
        Text.pick("\(path) differs from the file already here: kept both, the bundle's as \(other)",
                  id: "\(path) berbeda dari berkas yang sudah ada: keduanya disimpan, milik paket sebagai \(other)")
    }
    public static func sender(user: String, at: String) -> String { "\(user) (\(at))" }
    /// A time as `rencana log` readers know it: "2026-12-06 07:13 UTC".
    public static func utcTime(day: String, time: String) -> String { "\(day) \(time) UTC" }

    // MARK: Refusals (each after "FILE: ")

    public static var notABundle: String {
        Text.pick("not a Rencana bundle (its first line is not a bundle header)",
                  id: "bukan paket Rencana (baris pertamanya bukan kepala paket)")
    }
    public static func newerVersion(_ version: String) -> String {
        Text.pick("bundle version \(version) is newer than this Rencana reads; update Rencana",
                  id: "paket versi \(version) lebih baru daripada yang dapat dibaca Rencana ini; perbarui Rencana")
    }
    public static var headerTooLong: String {
        Text.pick("the bundle's header line is too long",
                  id: "baris kepala paket terlalu panjang")
    }
    public static func badHeader(_ why: String) -> String {
        Text.pick("the bundle's header is damaged: \(why)",
                  id: "kepala paket rusak: \(why)")
    }
    public static func tooLarge(megabytes: Int, limit: Int) -> String {
        Text.pick("too large for a bundle (\(megabytes) MB; the limit is \(limit) MB)",
                  id: "terlalu besar untuk paket (\(megabytes) MB; batasnya \(limit) MB)")
    }
    public static func truncated(need: Int, have: Int) -> String {
        Text.pick("truncated: its sections need \(need) bytes, the file has \(have); ask for the bundle again",
                  id: "terpotong: bagian-bagiannya memerlukan \(need) bita, berkasnya \(have); minta paket itu lagi")
    }
    public static func trailing(_ extra: Int) -> String {
        Text.pick("\(extra) bytes after its last section: the sizes do not add up; nothing was merged",
                  id: "\(extra) bita sesudah bagian terakhir: ukurannya tidak cocok; tidak ada yang digabungkan")
    }
    public static func damagedSection(_ name: String) -> String {
        Text.pick("section \(name) is damaged (its SHA-256 differs from the header's); ask for the bundle again",
                  id: "bagian \(name) rusak (SHA-256-nya berbeda dari kepala paket); minta paket itu lagi")
    }
    public static var sectionOrder: String {
        Text.pick("its sections must be the plan, then the entries, then evidence files",
                  id: "urutan bagiannya harus rencana, lalu entri, lalu berkas bukti dukung")
    }
    public static func badPlan(_ why: String) -> String {
        Text.pick("its plan cannot be read: \(why)",
                  id: "rencananya tidak dapat dibaca: \(why)")
    }
    public static var officeMismatch: String {
        Text.pick("its header names another office than its plan: damaged or forged",
                  id: "kepalanya menyebut kantor yang berbeda dari rencananya: rusak atau dipalsukan")
    }
    public static func entryProblem(line: Int, _ why: String) -> String {
        Text.pick("entries line \(line): \(why)",
                  id: "entri baris \(line): \(why)")
    }
    public static func otherPlan(bundle: String, here: String) -> String {
        Text.pick("is a bundle of \(bundle), not of this plan (\(here)); nothing was merged",
                  id: "adalah paket \(bundle), bukan rencana ini (\(here)); tidak ada yang digabungkan")
    }
    public static func otherSignedPlan(_ office: String) -> String {
        Text.pick("holds another version of the signed plan of \(office) than this one; nothing was merged",
                  id: "memuat versi lain rencana yang ditandatangani \(office) daripada yang ini; tidak ada yang digabungkan")
    }
    public static func badEvidencePath(_ path: String, _ why: String) -> String {
        Text.pick("evidence path \(path): \(why)",
                  id: "jalur bukti dukung \(path): \(why)")
    }
    public static var pathAbsolute: String {
        Text.pick("an absolute path; evidence is unpacked only inside the plan's folder",
                  id: "jalur absolut; bukti dukung hanya dibongkar di dalam folder rencana")
    }
    public static var pathOutside: String {
        Text.pick("goes outside the plan's folder (`..`, `.` or an empty part)",
                  id: "keluar dari folder rencana (`..`, `.` atau bagian kosong)")
    }
    public static var pathHidden: String {
        Text.pick("a hidden or team folder part; evidence is unpacked only into ordinary folders",
                  id: "bagian folder tersembunyi atau folder tim; bukti dukung hanya dibongkar ke folder biasa")
    }
    public static var pathControl: String { Text.pick("holds control characters", id: "memuat karakter kendali") }
    public static var pathTooLong: String { Text.pick("too long", id: "terlalu panjang") }
    public static var pathNotNamed: String {
        Text.pick("no entry of the bundle names it",
                  id: "tidak ada entri paket yang menyebutnya")
    }
    public static var pathTwice: String { Text.pick("appears twice", id: "muncul dua kali") }
    public static var contentTwice: String {
        Text.pick("the same content appears in two sections",
                  id: "isi yang sama muncul di dua bagian")
    }
    public static var wayIsLink: String {
        Text.pick("a symbolic link on the way; nothing was merged",
                  id: "ada tautan simbolik di jalurnya; tidak ada yang digabungkan")
    }
    public static var wayNotFolder: String {
        Text.pick("a part of the way is not a folder; nothing was merged",
                  id: "sebagian jalurnya bukan folder; tidak ada yang digabungkan")
    }
    public static func cannotWrite(_ path: String, _ why: String) -> String {
        Text.pick("cannot write evidence \(path): \(why)",
                  id: "bukti dukung \(path) tidak dapat ditulis: \(why)")
    }
    public static func cannotMakeFolder(_ path: String, _ why: String) -> String {
        Text.pick("cannot make the folder \(path): \(why)",
                  id: "folder \(path) tidak dapat dibuat: \(why)")
    }

    /// An office as a line names it: "<institution>, <unit>, <year>, no. <number>".
    public static func office(institution: String, unit: String, year: Int, number: String) -> String {
        var parts = [institution, unit].filter { !$0.isEmpty }
        parts.append(String(year))
        if !number.isEmpty { parts.append("no. \(number)") }
        return parts.joined(separator: ", ")
    }

    static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? Text.pick("\(bytes) bytes", id: "\(bytes) bita") : bytes < 10_000_000 ? "\(bytes / 1_000) KB" : "\(bytes / 1_000_000) MB"
    }
}
