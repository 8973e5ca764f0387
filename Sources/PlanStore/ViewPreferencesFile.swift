import Foundation
import PlanModel

/// The dashboard's view preferences for one plan, in a small file beside the state file
/// (`<state>.view.json`): the folds, the period view and the layer. They are not history, so they stay
/// out of the audit journal. A file that cannot be read, is not ours, or is damaged or hostile is ignored
/// (the dashboard opens as on a first start, without a word: preferences are a convenience, not data), and
/// never overwritten.
///
/// `{"folds": ["1", "4.2"], "layer": "realisasi", "periods": "triwulan", "version": 1}`: names the dashboard
/// does not know are its defaults.
public struct ViewPreferencesFile: Sendable {
    public let url: URL

    /// What is kept from one session to the next, as the file writes it.
    public struct Kept: Equatable, Sendable {
        /// Fold paths (`FoldKey.path`).
        public var folds: [String]
        /// `bulan`, `triwulan` or `semester`; nil: not kept.
        public var periods: String?
        /// `rencana` or `realisasi`; nil: not kept.
        public var layer: String?

        public init(folds: [String] = [], periods: String? = nil, layer: String? = nil) {
            self.folds = folds
            self.periods = periods
            self.layer = layer
        }
    }

    /// Larger files are not ours (every sub kegiatan of a million-row plan folded needs far less).
    public static let maxBytes = 4 << 20

    /// The preferences file beside the state file at `stateURL`.
    public init(stateURL: URL) {
        url = stateURL.deletingPathExtension().appendingPathExtension("view.json")
    }

    /// The view kept last time; nothing kept when there is no file or it is not ours.
    public func read() -> Kept { readFile() ?? Kept() }

    /// The file's view, nil when there is none or it is not a version-1 preferences file.
    private func readFile() -> Kept? {
        // A regular file only (not a FIFO that would block, nor a device), and a bounded one.
        guard let bytes = try? FileReading.read(url.path, maxBytes: Self.maxBytes) else { return nil }
        return Self.parse(bytes)
    }

    /// The view in `bytes`; unknown keys are skipped, values of the wrong type are not kept; nil for anything that
    /// is not a version-1 object (bad JSON, nesting past `JSONReader.maxDepth`, text after it).
    public static func parse(_ bytes: [UInt8]) -> Kept? {
        func strings(_ r: inout JSONReader) throws(JSONSyntaxError) -> [String] {
            guard try r.peek() == .array else { try r.skipValue(); return [] }
            var list: [String] = []
            try r.beginArray()
            while try r.nextElement() {
                if try r.peek() == .string { list.append(try r.readString()) } else { try r.skipValue() }
            }
            return list
        }
        func string(_ r: inout JSONReader) throws(JSONSyntaxError) -> String? {
            guard try r.peek() == .string else { try r.skipValue(); return nil }
            return try r.readString()
        }
        let read = try? JSONReader.read(bytes) { (r: inout JSONReader) throws(JSONSyntaxError) -> (Kept, Bool) in
            var kept = Kept(), version = false
            guard try r.peek() == .object else { return (kept, false) }
            try r.beginObject()
            while let key = try r.nextKey() {
                switch key {
                case "version":
                    if try r.peek() == .number { version = try r.readNumber() == "1" } else { try r.skipValue() }
                case "folds": kept.folds = try strings(&r)
                case "periods": kept.periods = try string(&r)
                case "layer": kept.layer = try string(&r)
                default: try r.skipValue()
                }
            }
            try r.end()
            return (kept, version)
        }
        guard let (kept, version) = read, version else { return nil }
        return kept
    }

    /// Writes `kept` atomically (a new file renamed over the old one), only when it changed. A file or link there
    /// that is not ours is left alone: preferences never clobber anything. Failures are silent.
    public func save(_ kept: Kept) {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) || (try? manager.destinationOfSymbolicLink(atPath: url.path)) != nil {
            guard let old = readFile(), old != kept else { return }
        } else if kept == Kept() {
            return
        }
        var object: [String: Any] = ["version": 1, "folds": kept.folds]
        if let periods = kept.periods { object["periods"] = periods }
        if let layer = kept.layer { object["layer"] = layer }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
