/// Interface strings about state files (the journal of changes beside a plan).
extension Text {
    public enum State {
        /// `FILE: line N: message`, or `FILE: message` without a line.
        public static func located(file: String, line: Int?, _ message: String) -> String {
            line.map { "\(file): line \($0): \(message)" } ?? "\(file): \(message)"
        }

        // MARK: One line of the file

        public static let notHeader = "the first line is not a state header"
        public static func notStateFile(formatName: String) -> String {
            "not a rencana state file (the first line lacks \"format\":\"\(formatName)\")"
        }
        public static let noVersion = "the header has no valid \"version\""
        public static func newerVersion(_ version: Int, current: Int) -> String {
            "written by a newer rencana (state format version \(version); this one reads up to \(current)); update rencana"
        }
        public static let entryNotObject = "an entry must be a JSON object"
        public static func mustBeWholeNumber(key: String) -> String { "\"\(key)\" must be a whole number" }
        public static func mustBeString(key: String) -> String { "\"\(key)\" must be a string" }
        public static func mustBeBool(key: String) -> String { "\"\(key)\" must be true or false" }
        public static func unknownKind(_ name: String, kinds: [String]) -> String {
            "unknown kind \"\(name)\" (expected one of: \(kinds.joined(separator: ", ")))"
        }
        public static let badEntryID = "\"id\" must be 32 lowercase hex digits (or v1-<seq>)"
        public static func badID(key: String) -> String {
            "\"\(key)\" must be an id without control characters, at most 200 characters"
        }
        public static func textTooLong(key: String, limit: Int) -> String { "\"\(key)\" is longer than \(limit) characters" }
        public static func mustBeList(key: String) -> String { "\"\(key)\" must be a list" }
        public static func mustBeObject(key: String) -> String { "\"\(key)\" must be an object" }
        public static func badChoice(key: String) -> String { "\"\(key)\" has a value this version does not know" }
        public static func unknownStatus(_ code: String) -> String {
            "unknown status \"\(code)\" (expected \"\", done, partly, missed or moved:<Mon>)"
        }
        public static func badDate(key: String) -> String { "\"\(key)\" must be a date like 2026-01-31, or empty" }
        public static let badTriwulan = "\"tw\" must be 1, 2, 3 or 4"
        public static let pathOrURL = "evidence must have either \"path\" or \"url\""
        public static let snapshotMismatch = "\"snapshot\" does not hold exactly the rows of \"rows\""
        public static func unknownMonth(_ name: String) -> String { "unknown month \"\(name)\"" }
        public static let badTime = "\"at\" is not a time like 2026-01-31T09:00:00Z"
        public static let emptyRow = "\"row\" must not be empty"
        public static let incompleteHeader = "not a rencana state file (no complete header line); pass another --state path"
        public static let notUTF8 = "not UTF-8 text"
        /// `message` is the JSON syntax error.
        public static func notJSON(_ message: String) -> String { "not valid JSON (\(message))" }
        public static func entryOutOfOrder(_ seq: Int, expected: Int) -> String {
            "entry number \(seq) is out of order (expected \(expected))"
        }
        /// A warning: the file ends in a line cut short by a crash during a save.
        public static func incompleteLastEntry(line: Int) -> String {
            "line \(line): an incomplete last entry (an interrupted save) was ignored"
        }

        // MARK: The store

        public static func noSuchRow(_ row: String) -> String { "the plan has no row \"\(row)\" (see `rencana list --ids`)" }
        public static let notRegularFile = "is not a regular file (a directory?); pass another --state path"
        /// `reason` is a phrase from `Text.Files`.
        public static func notSaved(_ reason: String) -> String { "not saved: " + reason }
        public static func cannotCreateFolder(_ folder: String, reason: String) -> String {
            notSaved(folderProblem(folder, reason: reason))
        }
        /// Why a change was not saved when its folder cannot be made.
        public static func folderProblem(_ folder: String, reason: String) -> String {
            "cannot create the folder \(folder) (\(reason))"
        }
        public static let cannotUpgrade = "the header's version cannot be rewritten in place (write it as \"version\":1)"
        public static func noSuchEvidence(_ id: String) -> String { "no evidence with id \"\(id)\" (see `rencana evidence list`)" }
        public static let needsAnchor = "a new row needs a row to go after or before"
        public static let onlyRowOfSub = "the only row of its sub kegiatan cannot move to another one (move the sub kegiatan, or add a row first)"
        public static let badYear = "the year must be a number like 2026"
        public static func cannotLock(_ reason: String) -> String { "cannot lock the state file (\(reason))" }
        public static func cannotMoveAside(_ reason: String) -> String { "cannot move the state file aside: " + reason }
        /// `RENCANA_DEBUG_SNAPSHOT=1` reports (tests): how the snapshot cache served an open.
        public static func snapshotUsed(entries: Int, tail: Int) -> String {
            "snapshot: restored \(entries) entries, replayed \(tail) after them"
        }
        public static let snapshotViewUsed = "snapshot: progress restored, no entry replayed"
        public static func snapshotWritten(_ path: String) -> String { "snapshot: written \(path)" }
    }
}
