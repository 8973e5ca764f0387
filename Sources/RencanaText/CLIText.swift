/// Messages of the regular command line (issue 20): dates, evidence checks, unknown commands, outputs.
/// The rule for languages (README "Languages"): every message and help text in English and in Indonesian,
/// chosen once per process; the plan's own words (labels, status names, field names as the document prints
/// them, dates) in Indonesian in both.
extension Text {
    public enum CLI {}
}

extension Text.CLI {
    public static func badDate(option: String, _ text: String) -> String {
        Text.pick("\(option): \"\(text)\" is not a day of the calendar; give YYYY-MM-DD or the Indonesian long form (8 April 2022)",
                  id: "\(option): \"\(text)\" bukan tanggal yang ada di kalender; tulis YYYY-MM-DD atau bentuk panjang (8 April 2022)")
    }

    // Evidence
    public static func fileMissing(_ path: String) -> String {
        Text.pick("\(path): no such file (give --allow-missing for a paper document to be scanned later)",
                  id: "\(path): berkas tidak ada (beri --allow-missing untuk dokumen kertas yang akan dipindai nanti)")
    }
    /// The dashboard's `b` has no option: the hint names the command that records a file to be scanned later.
    public static func fileMissingInDashboard(_ path: String) -> String {
        Text.pick("\(path): no such file (a paper document to scan later: rencana evidence add --allow-missing)",
                  id: "\(path): berkas tidak ada (dokumen kertas yang akan dipindai nanti: rencana evidence add --allow-missing)")
    }
    public static func notRegularFile(_ path: String) -> String {
        Text.pick("\(path): not a regular file", id: "\(path): bukan berkas biasa")
    }
    public static func badURL(_ url: String) -> String {
        Text.pick("\"\(url)\" is not an http:// or https:// link with a host",
                  id: "\"\(url)\" bukan tautan http:// atau https:// dengan nama host")
    }
    public static var allowMissingHelp: String {
        Text.pick("Record a --file that does not exist yet (a paper document to be scanned later); flagged by `evidence list --missing`.",
                  id: "Catat --file yang belum ada (dokumen kertas yang akan dipindai nanti); ditandai oleh `evidence list --missing`.")
    }
    public static var evidenceRowHelp: String { Text.pick("Only the evidence of this row.", id: "Hanya bukti dukung baris ini.") }
    public static func evidenceFileNotYet(id: String, row: String, path: String) -> String {
        Text.pick("evidence \(id) (\(row)): kurang bukti, file not found: \(path)",
                  id: "bukti \(id) (\(row)): kurang bukti, berkas tidak ditemukan: \(path)")
    }

    // Commands
    public static func unknownCommand(_ word: String, nearest: String?) -> String {
        nearest.map { Text.pick("unknown command '\(word)'; did you mean '\($0)'?", id: "perintah '\(word)' tidak dikenal; maksud Anda '\($0)'?") }
            ?? (word.contains(" ") ? Text.pick("unknown command '\(word)'", id: "perintah '\(word)' tidak dikenal")
                : Text.pick("unknown command '\(word)' and no such plan file",
                            id: "perintah '\(word)' tidak dikenal dan berkas rencana itu tidak ada"))
    }
    public static var isStateJournal: String {
        Text.pick("is a Rencana state file (a plan's journal); --out never replaces one, even with --force",
                  id: "adalah berkas state Rencana (jurnal sebuah rencana); --out tidak pernah menimpanya, walau dengan --force")
    }
}
