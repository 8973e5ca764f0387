import RencanaText

/// Why a plan file could not be used: which file, where in it, and what is wrong, as one line.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it, e.g. "plan.json".
    public var file: String
    /// The JSON path of the offending value, e.g. `areas[6].kegiatan[2].subKegiatan[0].indikator[1].months[1]`.
    public var path: String?
    /// 1-based line and column of the offending text, when known.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, path: String? = nil, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// `plan.json: areas[0].name (line 9, column 15): must not be empty`
    public var description: String {
        Text.PlanFile.located(file: file, path: path, line: line, column: column, message)
    }
}
