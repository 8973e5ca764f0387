import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a bundle holds, for a reader that only looks (the province's roll-up): the plan and the entries, and of the
/// evidence only its paths. Checked as `BundleFile.read` checks a bundle, every section's SHA-256 included.
public struct BundleSummary: Sendable {
    public let header: BundleHeader
    /// plan.json's bytes as the sender has them, and that plan decoded.
    public let planBytes: [UInt8]
    public let plan: Plan
    /// The entries, as `JournalFile.entries` read them (in the year's order, numbered from 1).
    public let entries: [JournalEntry]
    /// Every evidence path the bundle carries a content for (relative to the plan's folder).
    public let evidencePaths: Set<String>
}

/// Reading a bundle strictly read-only and in bounded memory (`BundleFile.summary`): the evidence sections are hashed
/// as they stream past and never kept, so a folder of offices' bundles with their evidence is read without holding
/// any file's evidence, and nothing is written or unpacked anywhere.
extension BundleFile {
    /// How many bytes are read at a time from an evidence section.
    static let streamChunk = 1 << 20

    /// True when `prefix` (a file's first bytes) starts as a bundle's header does: how a bundle is told from other
    /// files by its content (WhatsApp and e-mail rename files).
    public static func looksLikeBundle(_ prefix: some Collection<UInt8>) -> Bool {
        prefix.starts(with: Array("{\"format\":\"\(BundleHeader.formatName)\"".utf8))
    }

    /// The bundle at `path` read and checked whole (size, header, sizes adding up to the file's size exactly, every
    /// section's SHA-256, the plan and the office it names, every entry by the journal's rules, every evidence path),
    /// with the evidence's bytes hashed and dropped. A refusal is one line naming `name`. The file is opened read-only
    /// and never changed. `maxKeptBytes` bounds the plan and the entries sections, the only ones held in memory.
    public static func summary(_ path: String, name: String, maxBytes: Int = BundleFile.maxBytes,
                               maxKeptBytes: (plan: Int, entries: Int) = (FileReading.maxBytes, FileReading.maxBytes))
        throws(StoreError) -> BundleSummary {
        func refuse(_ message: String) -> StoreError { StoreError(file: name, message: message) }
        // O_NONBLOCK: a FIFO does not block the open; it is refused below as not regular.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw refuse(FileReading.describe(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw refuse(FileReading.describe(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw refuse(info.st_mode & S_IFMT == S_IFDIR ? Text.Files.isDirectory : Text.Files.notRegular)
        }
        let fileSize = Int(info.st_size)
        let start = try readAt(fd, offset: 0, count: min(fileSize, 64), refuse)
        guard looksLikeBundle(start) else { throw refuse(Text.Bundle.notABundle) }
        guard fileSize <= maxBytes else {
            throw refuse(Text.Bundle.tooLarge(megabytes: (fileSize + 999_999) / 1_000_000, limit: maxBytes / 1_000_000))
        }
        // The header line, read in growing pieces up to its limit.
        var headerBytes: [UInt8] = []
        var newline: Int?
        while newline == nil && headerBytes.count <= BundleHeader.maxHeaderBytes && headerBytes.count < fileSize {
            let piece = try readAt(fd, offset: headerBytes.count, count: min(64 << 10, fileSize - headerBytes.count), refuse)
            guard !piece.isEmpty else { break }
            if let at = piece.firstIndex(of: 0x0A) { newline = headerBytes.count + at }
            headerBytes += piece
        }
        guard let newline, newline <= BundleHeader.maxHeaderBytes else {
            throw refuse(headerBytes.count > BundleHeader.maxHeaderBytes ? Text.Bundle.headerTooLong : Text.Bundle.notABundle)
        }
        let header: BundleHeader
        do throws(BundleHeader.Problem) {
            header = try BundleHeader.parse(Array(headerBytes[..<newline]), maxSize: maxBytes)
        } catch {
            throw refuse(error.message)
        }
        let need = header.sections.reduce(newline + 1) { $0 + $1.size }
        guard need <= fileSize else { throw refuse(Text.Bundle.truncated(need: need, have: fileSize)) }
        guard need == fileSize else { throw refuse(Text.Bundle.trailing(fileSize - need)) }
        for (section, limit) in zip(header.sections, [maxKeptBytes.plan, maxKeptBytes.entries]) where section.size > limit {
            throw refuse(Text.RollupRead.sectionTooLarge(section.name, megabytes: (section.size + 999_999) / 1_000_000))
        }
        func damaged(_ section: BundleHeader.Section) -> StoreError {
            refuse(Text.Bundle.damagedSection(section.paths.first.map { "\(section.name) (\($0))" } ?? section.name))
        }
        var offset = newline + 1
        var kept: [[UInt8]] = []
        for (index, section) in header.sections.enumerated() {
            if index < 2 {
                let bytes = try readAt(fd, offset: offset, count: section.size, refuse)
                guard bytes.count == section.size else { throw refuse(Text.Bundle.truncated(need: need, have: offset + bytes.count)) }
                guard SHA256.hex(bytes) == section.sha256 else { throw damaged(section) }
                kept.append(bytes)
            } else {
                var digest = SHA256()
                var done = 0
                while done < section.size {
                    let piece = try readAt(fd, offset: offset + done, count: min(streamChunk, section.size - done), refuse)
                    guard !piece.isEmpty else { throw refuse(Text.Bundle.truncated(need: need, have: offset + done)) }
                    digest.update(piece)
                    done += piece.count
                }
                guard digest.finalHex() == section.sha256 else { throw damaged(section) }
            }
            offset += section.size
        }
        let plan: Plan
        do throws(PlanError) {
            plan = try PlanDecoder.decode(kept[0], file: name)
        } catch {
            throw refuse(Text.Bundle.badPlan(error.message))
        }
        guard BundleHeader.Office(plan.document) == header.office else { throw refuse(Text.Bundle.officeMismatch) }
        let entries: [JournalEntry]
        do throws(StoreError) {
            entries = try JournalFile.entries(kept[1][...], name: name)
        } catch {
            throw refuse(error.line.map { Text.Bundle.entryProblem(line: $0, error.message) } ?? error.message)
        }
        let paths = try evidencePaths(header, entries: entries, refuse)
        return BundleSummary(header: header, planBytes: kept[0], plan: plan, entries: entries, evidencePaths: paths)
    }

    /// Every evidence path is a safe relative path named by an entry of the bundle, each once; each content once
    /// (the rules `BundleFile.read` applies). Returns the paths.
    private static func evidencePaths(_ header: BundleHeader, entries: [JournalEntry],
                                      _ refuse: (String) -> StoreError) throws(StoreError) -> Set<String> {
        var named = Set<String>()
        for entry in entries {
            if case .evidenceAdd(let item) = entry.change, case .file(let path) = item.location { named.insert(path) }
        }
        var paths = Set<String>(), digests = Set<String>()
        for section in header.sections.dropFirst(2) {
            guard digests.insert(section.sha256).inserted else { throw refuse(Text.Bundle.contentTwice) }
            for path in section.paths {
                let shown = TerminalText.safe(path, limit: 300)
                if let problem = BundleEvidence.pathProblem(path) { throw refuse(Text.Bundle.badEvidencePath(shown, problem)) }
                guard named.contains(path) else { throw refuse(Text.Bundle.badEvidencePath(shown, Text.Bundle.pathNotNamed)) }
                guard paths.insert(path).inserted else { throw refuse(Text.Bundle.badEvidencePath(shown, Text.Bundle.pathTwice)) }
            }
        }
        return paths
    }

    /// Up to `count` bytes at `offset` (fewer only at the file's end).
    private static func readAt(_ fd: Int32, offset: Int, count: Int, _ refuse: (String) -> StoreError) throws(StoreError) -> [UInt8] {
        guard count > 0 else { return [] }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let n = pread(fd, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                filled += n
            }
        }
        if failure != 0 { throw refuse(FileReading.describe(errno: failure)) }
        return bytes
    }
}
