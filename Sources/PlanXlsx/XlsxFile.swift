import CXlsxWriter
import Foundation

/// One workbook's life, the same for every document: made in constant-memory mode (each row goes to disk when the
/// next one starts: a 100,000-row plan stays fast and small, so rows are written whole and in order), filled,
/// closed, and its XML patched (`XlsxPatch`).
enum XlsxFile {
    /// Writes the workbook that `fill` fills to `path`; `fill`'s error, then the close's, is thrown.
    static func write(to path: String, unnumberedFirstPage: Set<String> = [],
                      _ fill: (UnsafeMutablePointer<lxw_workbook>) -> XlsxError?) throws {
        var options = lxw_workbook_options(constant_memory: 1, tmpdir: nil, use_zip64: 1)
        guard let workbook = workbook_new_opt(path, &options) else { throw XlsxError(description: "cannot create \(path)") }
        let failure = fill(workbook)
        let closed = workbook_close(workbook)
        if let failure { throw failure }
        if closed != LXW_NO_ERROR { throw XlsxError(description: String(cString: lxw_strerror(closed))) }
        try XlsxPatch.apply(to: path, unnumberedFirstPage: unnumberedFirstPage)
    }

    /// The workbook's bytes (libxlsxwriter writes only to files, so through a private temporary file).
    static func data(unnumberedFirstPage: Set<String> = [], _ fill: (UnsafeMutablePointer<lxw_workbook>) -> XlsxError?) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(to: url.path, unnumberedFirstPage: unnumberedFirstPage, fill)
        return try Data(contentsOf: url)
    }
}
