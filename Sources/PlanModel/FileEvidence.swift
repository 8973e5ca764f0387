/// One piece of evidence that is a file, as the gone-file check (`EvidenceCheck.goneFiles`) and the progress
/// tracker's discount need it: kept by the snapshot cache beside its progress, so `rencana progress` checks the
/// files without restoring the realisation (issue 20 without the cost of a restore).
public struct FileEvidence: Hashable, Sendable {
    /// The evidence's id (unique across machines).
    public var id: String
    /// Its row, as an index of the plan's rows the tracker counts it under.
    public var row: Int
    /// The month it is tied to; nil for the whole row.
    public var month: Month?
    /// The file's path as recorded (relative ones are from the plan's folder).
    public var path: String

    public init(id: String, row: Int, month: Month?, path: String) {
        self.id = id
        self.row = row
        self.month = month
        self.path = path
    }

    /// The file evidence of `realisation` on rows of `plan` (in the order added; pieces on rows the plan does not
    /// hold are left out, as the tracker leaves them out). With `rows`, only the pieces on those row indices.
    public static func of(plan: Plan, realisation: Realisation, rows: Set<Int>? = nil) -> [FileEvidence] {
        var files: [FileEvidence] = []
        for item in realisation.evidence {
            guard case .file(let path) = item.location, let index = plan.rowIndex(of: item.row),
                  rows?.contains(index) ?? true else { continue }
            files.append(FileEvidence(id: item.id, row: index, month: item.month, path: path))
        }
        return files
    }

    /// Writes `files` for `read(from:rows:)` (the snapshot's and the progress sidecar's encoding).
    package static func write(_ files: [FileEvidence], to w: inout ByteWriter) {
        w.count(files.count)
        for file in files {
            w.string(file.id)
            w.count(file.row)
            w.count(file.month?.rawValue ?? 0)
            w.string(file.path)
        }
    }

    /// What `write` wrote; throws when it is damaged or names a row index not below `rows`.
    package static func read(from r: inout ByteReader, rows: Int) throws(ByteDecodingError) -> [FileEvidence] {
        let count = try r.count(minimumBytes: 4)
        var files: [FileEvidence] = []
        files.reserveCapacity(count)
        for _ in 0..<count {
            let id = try r.string()
            let row = try r.number(upTo: Int(Int32.max))
            let month = try r.number(upTo: 12)
            let path = try r.string()
            guard row < rows else { throw ByteDecodingError(offset: r.offset) }
            files.append(FileEvidence(id: id, row: row, month: Month(rawValue: month), path: path))
        }
        return files
    }
}

extension EvidenceCheck {
    /// The pieces of `files` with no regular file at their path (a relative one looked up from `folder`, the
    /// plan's): the same rule as `goneFiles(_:folder:)` over a realisation, for figures read from the cache.
    public static func goneFiles(_ files: [FileEvidence], folder: String) -> [FileEvidence] {
        files.filter { fileState($0.path, from: folder) != .regular }
    }
}
