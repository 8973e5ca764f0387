/// Interface strings of the command line's fixes after a new user's review (cli10): repairing a damaged state
/// file, evidence that will not travel, a year that is not new, and clearer refusals.
extension Text {
    public enum CommandFixes {}
}

extension Text.CommandFixes {
    // MARK: --repair-state

    public static var repairStateHelp: String {
        Text.pick("Repair a state file with a damaged line: move it aside to a timestamped backup and keep the entries before the damage.",
                  id: "Perbaiki berkas state yang barisnya rusak: pindahkan ke cadangan bertanda waktu dan pertahankan entri sebelum kerusakan.")
    }
    /// A damaged line's refusal, naming the option that keeps the good entries first.
    public static func repairHint(_ message: String) -> String {
        Text.pick("\(message) (the file was left as it is; `--repair-state` keeps the entries before the damaged line, "
                      + "`--reset-state` moves it aside and starts afresh)",
                  id: "\(message) (berkas dibiarkan apa adanya; `--repair-state` mempertahankan entri sebelum baris yang rusak, "
                      + "`--reset-state` memindahkannya dan memulai dari awal)")
    }
    public static func nothingToRepair(_ file: String) -> String {
        Text.pick("\(file): no damaged line; nothing to repair", id: "\(file): tidak ada baris yang rusak; tidak ada yang perlu diperbaiki")
    }
    /// When the damage is in the header (or the file cannot be read as a state at all): nothing can be kept.
    public static func cannotRepair(_ message: String) -> String {
        Text.pick("\(message) (no entry can be kept from this file; `--reset-state` moves it aside and starts afresh)",
                  id: "\(message) (tidak ada entri yang dapat dipertahankan dari berkas ini; `--reset-state` memindahkannya dan memulai dari awal)")
    }
    public static func repaired(file: String, kept: Int, dropped: Int, line: Int, aside: String) -> String {
        Text.pick("repaired \(file): kept \(kept) \(kept == 1 ? "entry" : "entries") (those before line \(line)), dropped "
                      + "\(dropped) \(dropped == 1 ? "line" : "lines") from line \(line) on; the damaged file is kept as \(aside)",
                  id: "\(file) diperbaiki: \(kept) entri dipertahankan (sebelum baris \(line)), \(dropped) baris mulai baris \(line) "
                      + "dibuang; berkas yang rusak disimpan sebagai \(aside)")
    }
    public static func repairNotWritten(file: String, why: String, aside: String) -> String {
        Text.pick("\(file): the repaired state could not be written (\(why)); the damaged file is kept as \(aside)",
                  id: "\(file): state yang diperbaiki tidak dapat ditulis (\(why)); berkas yang rusak disimpan sebagai \(aside)")
    }

    // MARK: Evidence

    /// `evidence add --file` of a file outside the plan's folder: recorded, but a bundle will not carry it.
    public static func evidenceOutsideFolder(_ path: String) -> String {
        Text.pick("warning: \(path) is outside the plan's folder: it is recorded, but `rencana send --with-evidence` will not carry it "
                      + "(copy it into the plan's folder to send it)",
                  id: "peringatan: \(path) berada di luar folder rencana: tetap dicatat, tetapi `rencana send --with-evidence` tidak akan "
                      + "membawanya (salin ke folder rencana agar ikut terkirim)")
    }
    /// `send --with-evidence`: the files not sent, named (a few, then how many more).
    public static func evidenceNotSent(_ paths: [String]) -> String {
        let shown = paths.prefix(3).joined(separator: ", ")
        let more = paths.count - min(paths.count, 3)
        let count = paths.count
        return Text.pick("\(count) evidence file\(count == 1 ? "" : "s") named by the entries not sent (missing, a link, or outside the "
                             + "plan's folder): \(shown)" + (more > 0 ? " and \(more) more" : ""),
                         id: "\(count) berkas bukti dukung yang disebut entri tidak dikirim (tidak ada, berupa tautan, atau di luar "
                             + "folder rencana): \(shown)" + (more > 0 ? " dan \(more) lainnya" : ""))
    }

    // MARK: Refusals

    public static func yearNotAfter(_ year: Int, planYear: Int) -> String {
        Text.pick("--year \(year) is not after the plan's year (\(planYear)); give a later year, such as \(planYear + 1)",
                  id: "--year \(year) tidak sesudah tahun rencana (\(planYear)); berikan tahun sesudahnya, misalnya \(planYear + 1)")
    }
    /// `--date kemarin`: not written as a date at all (a date that does not exist keeps `badDate`).
    public static func notADate(option: String, _ text: String) -> String {
        Text.pick("\(option): \"\(text)\" is not a date; write YYYY-MM-DD or the Indonesian long form (8 April 2022)",
                  id: "\(option): \"\(text)\" bukan tanggal; tulis YYYY-MM-DD atau bentuk panjang (8 April 2022)")
    }
    public static func notPositive(option: String, _ value: String) -> String {
        Text.pick("\(option) must be a positive number, not \(value)", id: "\(option) harus bilangan positif, bukan \(value)")
    }
    public static func badNIP(option: String, _ value: String) -> String {
        Text.pick("\(option): \"\(value)\" is not an NIP; an NIP is 18 digits (spaces allowed)",
                  id: "\(option): \"\(value)\" bukan NIP; NIP terdiri dari 18 angka (boleh dengan spasi)")
    }
    /// `generate --offices` with no plan to make the offices from.
    public static func officesNeedPlan(_ message: String) -> String {
        Text.pick("\(message); --offices makes the offices from a plan: name one with --from PLAN",
                  id: "\(message); --offices membuat kantor dari sebuah rencana: sebutkan dengan --from PLAN")
    }
    /// `rencana help nosuch`.
    public static func unknownHelpTopic(_ word: String, nearest: String?) -> String {
        Text.pick("no help for '\(word)': there is no such command" + (nearest.map { "; did you mean '\($0)'?" } ?? ""),
                  id: "tidak ada bantuan untuk '\(word)': perintah itu tidak ada" + (nearest.map { "; maksud Anda '\($0)'?" } ?? ""))
    }
    /// The parser's list of allowed values (`Please provide one of 'csv', 'markdown' or 'html'.`), in Indonesian.
    public static func provideOneOf(_ values: String) -> String {
        Text.pick("please provide one of \(values)", id: "pilih salah satu: \(values.replacingOccurrences(of: " or ", with: " atau "))")
    }
}
