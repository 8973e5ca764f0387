import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The progress sidecar of a snapshot (`<digest>.progress` in the user's cache folder, `CacheFolder`): the progress values of the rows the
/// journal changed after the snapshot's prefix, as of a longer prefix of the state file. With it `rencana
/// progress` after a `realize` or a dashboard's save reads the snapshot's tracker and puts these rows in
/// place (and the file evidence of those whose files came or went in place of the snapshot's, for the gone-file
/// check), instead of restoring and replaying the whole state (docs/STATE-V2.md, "Snapshot cache").
///
/// It is a cache of a cache: written after each save by a store that knows every row changed since the
/// snapshot's prefix (its own entries and those it merged), and used only when it names the snapshot found
/// fresh (by its header's checksum) and covers the state file exactly as it is now (the same length, the
/// same first and last 4 KiB). It is never written once the plan's rows or texts changed after the snapshot:
/// then the next `progress` restores the state and writes a new snapshot. Anything else is ignored.
enum ProgressSidecar {
    /// Where the sidecar of the state file at `stateURL` lives.
    static func url(forState stateURL: URL) -> URL? {
        CacheFolder.file(forState: stateURL, suffix: "progress", create: false)
    }

    private static let magic = Array("RENCANA-PROGRESS\n".utf8)
    static let formatVersion = 2
    /// The most rows a sidecar holds. Each save rewrites it whole (about 0.75 µs a row), so past this many rows
    /// changed since the snapshot none is written: the next `rencana progress` restores the state and writes a new
    /// snapshot, and the sidecars of later saves are small again.
    static let maxRows = 10_000

    /// What a sidecar holds: the values of the rows changed after the snapshot, those of them where file evidence
    /// came or went (`fileRows`), and every piece of file evidence these hold now (`FileEvidence`; the snapshot's
    /// pieces of other rows stand).
    struct Contents {
        var rows: [ProgressTracker.RowValues] = []
        var fileRows: [Int] = []
        var files: [FileEvidence] = []
    }

    /// The sidecar's bytes: the snapshot it completes (`base`, its header's checksum), the state file's prefix
    /// it covers (`covered` bytes with `edges`), the values of the rows changed in between, and the file evidence
    /// of `fileRows`, those of them where a file came or went.
    static func encode(base: UInt64, covered: Int, edges: (UInt64, UInt64), rows: [ProgressTracker.RowValues],
                       fileRows: [Int] = [], files: [FileEvidence] = []) -> [UInt8] {
        var body = ByteWriter(capacity: 64 + rows.count * 40)
        body.string(StateSnapshot.buildID)
        body.u64(base)
        body.count(covered)
        body.u64(edges.0)
        body.u64(edges.1)
        body.count(rows.count)
        for values in rows {
            body.count(values.row)
            for month in 0..<12 { body.count(Int(values.cells[month])) }
            for lane in 0..<14 { body.count(Int(values.evidence[lane])) }
        }
        body.count(fileRows.count)
        for row in fileRows { body.count(row) }
        FileEvidence.write(files, to: &body)
        var out = ByteWriter(capacity: body.bytes.count + 48)
        out.raw(magic)
        out.varint(UInt64(formatVersion))
        out.count(body.bytes.count)
        out.raw(body.bytes)
        out.u64(Checksum.of(body.bytes))
        return out.bytes
    }

    /// The rows (and their file evidence) of the sidecar of `stateURL` when it completes the snapshot with header
    /// checksum `base` up to exactly `covered` bytes whose edges are `edges`; nil otherwise (no sidecar, another
    /// snapshot's, stale, damaged or cut). Its file rows must be among its rows, and its file evidence on them.
    static func contents(forState stateURL: URL, base: UInt64, covered: Int, edges: (UInt64, UInt64)) -> Contents? {
        guard let url = url(forState: stateURL), let bytes = readWhole(url) else { return nil }
        return bytes.withUnsafeBytes { buffer -> Contents? in
            do throws(ByteDecodingError) {
                var r = ByteReader(buffer)
                guard try r.raw(magic.count) == magic, try r.varint() == UInt64(formatVersion) else { return nil }
                let length = try r.count()
                let start = r.offset
                let body = UnsafeRawBufferPointer(rebasing: buffer[start..<(start + length)])
                _ = try r.raw(length)
                guard try r.u64() == Checksum.of(body), r.isAtEnd else { return nil }
                var b = ByteReader(body)
                guard try b.string() == StateSnapshot.buildID, try b.u64() == base,
                      try b.number(upTo: Int.max >> 1) == covered, try b.u64() == edges.0, try b.u64() == edges.1
                else { return nil }
                let count = try b.number(upTo: maxRows)
                var rows: [ProgressTracker.RowValues] = []
                rows.reserveCapacity(count)
                for _ in 0..<count {
                    let row = try b.number(upTo: Int(Int32.max))
                    var cells = SIMD16<UInt16>()
                    for month in 0..<12 { cells[month] = UInt16(try b.number(upTo: Int(UInt16.max))) }
                    var evidence = SIMD16<Int32>()
                    for lane in 0..<14 { evidence[lane] = Int32(try b.number(upTo: Int(Int32.max))) }
                    rows.append(.init(row: row, cells: cells, evidence: evidence))
                }
                var fileRows: [Int] = []
                for _ in 0..<(try b.number(upTo: count)) { fileRows.append(try b.number(upTo: Int(Int32.max))) }
                let files = try FileEvidence.read(from: &b, rows: Int(Int32.max))
                let rowSet = Set(rows.map(\.row)), fileRowSet = Set(fileRows)
                guard b.isAtEnd, fileRowSet.isSubset(of: rowSet), files.allSatisfy({ fileRowSet.contains($0.row) }) else { return nil }
                return Contents(rows: rows, fileRows: fileRows, files: files)
            } catch {
                return nil
            }
        }
    }

    /// Writes `bytes` as the sidecar of `stateURL`: a new file renamed into place in the user's cache folder
    /// (`CacheFolder.write`), never through an existing file or link; silent when it cannot.
    static func write(_ bytes: [UInt8], forState stateURL: URL) {
        guard let url = url(forState: stateURL) else { return }
        CacheFolder.write(bytes, to: url, sweep: false)  // each save: the snapshot's writes sweep
    }

    /// The bytes of a cache file of the user's own (`CacheFolder.openOwn`), at most 64 MiB; nil otherwise.
    private static func readWhole(_ url: URL) -> [UInt8]? {
        guard let (fd, info) = CacheFolder.openOwn(url) else { return nil }
        defer { close(fd) }
        guard info.st_size > 0, info.st_size <= 64 << 20 else { return nil }
        return StateSnapshot.read(fd, from: 0, count: Int(info.st_size))
    }
}
