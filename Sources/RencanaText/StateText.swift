/// Interface strings about state files (the journal of changes beside a plan).
extension Text {
    public enum State {
        /// `FILE: line N: message`, or `FILE: message` without a line.
        public static func located(file: String, line: Int?, _ message: String) -> String {
            line.map { Text.pick("\(file): line \($0): \(message)", id: "\(file): baris \($0): \(message)") } ?? "\(file): \(message)"
        }

        // MARK: One line of the file

        public static var notHeader: String {
            Text.pick("the first line is not a state header",
                      id: "baris pertama bukan kepala state")
        }
        public static func notStateFile(formatName: String) -> String {
            Text.pick("not a rencana state file (the first line lacks \"format\":\"\(formatName)\")", id: "bukan berkas state rencana (baris pertama tidak memuat \"format\":\"\(formatName)\")")
        }
        public static var noVersion: String { Text.pick("the header has no valid \"version\"", id: "kepala tidak memiliki \"version\" yang sah") }
        public static func newerVersion(_ version: Int, current: Int) -> String {
            Text.pick("written by a newer rencana (state format version \(version); this one reads up to \(current)); update rencana",
                      id: "ditulis oleh rencana yang lebih baru (format state versi \(version); versi ini membaca sampai \(current)); perbarui rencana")
        }
        public static var entryNotObject: String {
            Text.pick("an entry must be a JSON object",
                      id: "entri harus berupa objek JSON")
        }
        public static func mustBeWholeNumber(key: String) -> String {
            Text.pick("\"\(key)\" must be a whole number",
                      id: "\"\(key)\" harus bilangan bulat")
        }
        public static func mustBeString(key: String) -> String {
            Text.pick("\"\(key)\" must be a string",
                      id: "\"\(key)\" harus teks")
        }
        public static func mustBeBool(key: String) -> String {
            Text.pick("\"\(key)\" must be true or false",
                      id: "\"\(key)\" harus true atau false")
        }
        public static func unknownKind(_ name: String, kinds: [String]) -> String {
            Text.pick("unknown kind \"\(name)\" (expected one of: \(kinds.joined(separator: ", ")))", id: "jenis \"\(name)\" tidak dikenal (seharusnya salah satu dari: \(kinds.joined(separator: ", ")))")
        }
        public static var badEntryID: String { Text.pick("\"id\" must be 32 lowercase hex digits (or v1-<seq>)", id: "\"id\" harus 32 digit heksadesimal huruf kecil (atau v1-<seq>)") }
        public static func badID(key: String) -> String {
            Text.pick("\"\(key)\" must be an id without control characters, at most 200 characters", id: "\"\(key)\" harus id tanpa karakter kendali, paling banyak 200 karakter")
        }
        public static func textTooLong(key: String, limit: Int) -> String {
            Text.pick("\"\(key)\" is longer than \(limit) characters",
                      id: "\"\(key)\" lebih dari \(limit) karakter")
        }
        public static func mustBeList(key: String) -> String {
            Text.pick("\"\(key)\" must be a list",
                      id: "\"\(key)\" harus daftar")
        }
        public static func mustBeObject(key: String) -> String {
            Text.pick("\"\(key)\" must be an object",
                      id: "\"\(key)\" harus objek")
        }
        public static func badChoice(key: String) -> String {
            Text.pick("\"\(key)\" has a value this version does not know",
                      id: "\"\(key)\" memiliki nilai yang tidak dikenal versi ini")
        }
        public static func unknownStatus(_ code: String) -> String {
            Text.pick("unknown status \"\(code)\" (expected \"\", done, partly, missed or moved:<Mon>)", id: "status \"\(code)\" tidak dikenal (seharusnya \"\", done, partly, missed, atau moved:<Mon>)")
        }
        public static func badDate(key: String) -> String {
            Text.pick("\"\(key)\" must be a date like 2026-01-31, or empty",
                      id: "\"\(key)\" harus tanggal seperti 2026-01-31, atau kosong")
        }
        public static var badTriwulan: String { Text.pick("\"tw\" must be 1, 2, 3 or 4", id: "\"tw\" harus 1, 2, 3, atau 4") }
        public static var pathOrURL: String { Text.pick("evidence must have either \"path\" or \"url\"", id: "bukti dukung harus memiliki \"path\" atau \"url\"") }
        public static var snapshotMismatch: String { Text.pick("\"snapshot\" does not hold exactly the rows of \"rows\"", id: "\"snapshot\" tidak memuat tepat baris-baris \"rows\"") }
        public static func unknownMonth(_ name: String) -> String {
            Text.pick("unknown month \"\(name)\"",
                      id: "bulan \"\(name)\" tidak dikenal")
        }
        public static var badTime: String { Text.pick("\"at\" is not a time like 2026-01-31T09:00:00Z", id: "\"at\" bukan waktu seperti 2026-01-31T09:00:00Z") }
        public static var emptyRow: String { Text.pick("\"row\" must not be empty", id: "\"row\" tidak boleh kosong") }
        public static var incompleteHeader: String {
            Text.pick("not a rencana state file (no complete header line); pass another --state path",
                      id: "bukan berkas state rencana (tidak ada baris kepala yang lengkap); beri jalur --state lain")
        }
        public static var notUTF8: String { Text.pick("not UTF-8 text", id: "bukan teks UTF-8") }
        /// `message` is the JSON syntax error.
        public static func notJSON(_ message: String) -> String {
            Text.pick("not valid JSON (\(message))",
                      id: "bukan JSON yang sah (\(message))")
        }
        public static func entryOutOfOrder(_ seq: Int, expected: Int) -> String {
            Text.pick("entry number \(seq) is out of order (expected \(expected))",
                      id: "entri nomor \(seq) tidak berurutan (seharusnya \(expected))")
        }
        /// A warning: the file ends in a line cut short by a crash during a save.
        public static func incompleteLastEntry(line: Int) -> String {
            Text.pick("line \(line): an incomplete last entry (an interrupted save) was ignored",
                      id: "baris \(line): entri terakhir yang tidak lengkap (penyimpanan yang terputus) diabaikan")
        }

        // MARK: The store

        public static func noSuchRow(_ row: String) -> String {
            Text.pick("the plan has no row \"\(row)\" (see `rencana list --ids`)",
                      id: "rencana tidak memiliki baris \"\(row)\" (lihat `rencana list --ids`)")
        }
        public static var notRegularFile: String {
            Text.pick("is not a regular file (a directory?); pass another --state path",
                      id: "bukan berkas biasa (direktori?); beri jalur --state lain")
        }
        /// `reason` is a phrase from `Text.Files`.
        public static func notSaved(_ reason: String) -> String { Text.pick("not saved: ", id: "tidak tersimpan: ") + reason }
        public static func cannotCreateFolder(_ folder: String, reason: String) -> String {
            notSaved(folderProblem(folder, reason: reason))
        }
        /// Why a change was not saved when its folder cannot be made.
        public static func folderProblem(_ folder: String, reason: String) -> String {
            Text.pick("cannot create the folder \(folder) (\(reason))", id: "folder \(folder) tidak dapat dibuat (\(reason))")
        }
        public static var cannotUpgrade: String { Text.pick("the header's version cannot be rewritten in place (write it as \"version\":1)", id: "versi pada kepala tidak dapat ditulis ulang di tempat (tulis sebagai \"version\":1)") }
        public static func noSuchEvidence(_ id: String) -> String {
            Text.pick("no evidence with id \"\(id)\" (see `rencana evidence list`)",
                      id: "tidak ada bukti dukung dengan id \"\(id)\" (lihat `rencana evidence list`)")
        }
        public static var needsAnchor: String {
            Text.pick("a new row needs a row to go after or before",
                      id: "baris baru memerlukan baris acuan untuk ditempatkan sesudah atau sebelumnya")
        }
        public static var onlyRowOfSub: String {
            Text.pick("the only row of its sub kegiatan cannot move to another one (move the sub kegiatan, or add a row first)",
                      id: "satu-satunya baris sub kegiatannya tidak dapat dipindah ke sub kegiatan lain (pindahkan sub kegiatannya, atau tambah baris lebih dulu)")
        }
        public static var badYear: String {
            Text.pick("the year must be a number like 2026",
                      id: "tahun harus angka seperti 2026")
        }
        public static func cannotLock(_ reason: String) -> String {
            Text.pick("cannot lock the state file (\(reason))",
                      id: "berkas state tidak dapat dikunci (\(reason))")
        }
        public static func cannotMoveAside(_ reason: String) -> String { Text.pick("cannot move the state file aside: ", id: "berkas state tidak dapat dipindahkan: ") + reason }
        /// `RENCANA_DEBUG_SNAPSHOT=1` reports (tests): how the snapshot cache served an open.
        public static func snapshotUsed(entries: Int, tail: Int) -> String {
            Text.pick("snapshot: restored \(entries) entries, replayed \(tail) after them",
                      id: "snapshot: \(entries) entri dipulihkan, \(tail) sesudahnya diputar ulang")
        }
        public static var snapshotViewUsed: String {
            Text.pick("snapshot: progress restored, no entry replayed",
                      id: "snapshot: capaian dipulihkan, tidak ada entri yang diputar ulang")
        }
        public static func snapshotWritten(_ path: String) -> String {
            Text.pick("snapshot: written \(path)",
                      id: "snapshot: \(path) ditulis")
        }
    }
}
