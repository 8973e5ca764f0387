import PlanModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The snapshot cache of a state file (`<digest>.snapshot` in the user's own cache folder, `CacheFolder`): the
/// signed plan and the replayed `YearState` in a compact binary form, so a large plan with a long journal opens without parsing plan.json or replaying every
/// line (docs/STATE-V2.md, "Snapshot cache").
///
/// It is never a source of truth. It is used only when it provably matches: a file only this user could have
/// written, the same program build, the plan file with the same device, inode, size, modification and change
/// times (and, when those times are too close to its build to tell a later edit apart, the same bytes), the state file with the same
/// device and inode, at least as long as the snapshot's prefix, whose first and last 4 KiB have the checksums
/// recorded. Then only the journal's tail after that prefix is replayed on top. Anything else (stale, damaged,
/// truncated, another version, a symbolic link) is ignored as if there were no snapshot, and rewritten after
/// the next full open. Deleting it changes nothing but speed.
public enum StateSnapshot {
    /// Where the snapshot of the state file at `stateURL` lives (in the user's cache folder, made when `create`);
    /// nil when there is no usable cache folder or no state file.
    public static func url(forState stateURL: URL, create: Bool = false) -> URL? {
        CacheFolder.file(forState: stateURL, suffix: "snapshot", create: create)
    }

    /// Opens written after the journal held fewer entries (plus plan rows) than this replay them instead:
    /// small plans and short journals open fast anyway. `RENCANA_SNAPSHOT_THRESHOLD` overrides it (a number;
    /// `off` never writes one).
    public static let defaultThreshold = 20_000

    /// Whether snapshots are on in this process (`RENCANA_SNAPSHOT_THRESHOLD` is not `off`), read once: asked
    /// after every save (the progress sidecar), where reading the environment again would cost more than the rest.
    static let isOn = threshold() != nil

    /// The threshold in force, or nil when snapshots are off.
    public static func threshold(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        guard let text = environment["RENCANA_SNAPSHOT_THRESHOLD"] else { return defaultThreshold }
        if text == "off" { return nil }
        return Int(text).map { max(0, $0) } ?? defaultThreshold
    }

    /// The prefix of the state file a snapshot holds, and how it was read (restored into the store).
    struct Journal: Equatable {
        var bytes: Int
        var lines: Int
        var fileVersion: Int
        var versionDigitOffset: Int?
    }

    /// A fresh snapshot read whole: the signed plan, the state, and the journal prefix it replays.
    struct Restored {
        let signed: Plan
        let state: YearState
        let journal: Journal
        /// The checksum of the plan file's bytes it was checked against, when its times were racy.
        let planChecksum: UInt64?
    }

    private static let magic = Array("RENCANA-SNAPSHOT\n".utf8)
    /// The snapshot's own layout (bumped by hand when it changes) and, below it, the journal kinds' fingerprint
    /// (`JournalKinds.fingerprint`: names and keys of every kind), so a new or changed kind needs no bump.
    static let formatVersion = 4 << 32 | Int(JournalKinds.fingerprint)  // 4: the document's office code
    private static let edge = 4_096

    // MARK: Identities

    /// A file's identity as `stat` gives it (nil when it cannot be read).
    struct FileIdentity: Equatable {
        var device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            self.init(info)
        }

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int(info.st_size)
            modified = Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec)
            changed = Int(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int(info.st_ctim.tv_nsec)
        }

        init(device: UInt64, inode: UInt64, size: Int, modified: Int, changed: Int) {
            self.device = device
            self.inode = inode
            self.size = size
            self.modified = modified
            self.changed = changed
        }
    }

    /// This program's build: its executable's size and modification time, so a rebuilt or upgraded rencana
    /// never reads a snapshot an older one wrote.
    static let buildID: String = {
        guard let exe = FileIdentity(path: "/proc/self/exe") ?? FileIdentity(path: CommandLine.arguments.first ?? "") else {
            return "unknown"
        }
        return "\(exe.size)-\(exe.modified)"
    }()

    /// The checksums of the first and last 4 KiB of the state's first `length` bytes.
    static func edges(fd: Int32, length: Int) -> (UInt64, UInt64)? {
        func checksum(from start: Int, count: Int) -> UInt64? {
            var buffer = [UInt8](repeating: 0, count: count)
            var done = 0
            while done < count {
                let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(start + done)) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                done += n
            }
            return Checksum.of(buffer)
        }
        let head = min(edge, length)
        guard let first = checksum(from: 0, count: head),
              let last = checksum(from: length - head, count: head) else { return nil }
        return (first, last)
    }

    // MARK: Reading

    /// The sections, in file order.
    enum Section: Int, CaseIterable {
        /// The plan as signed: its structure, and its other texts (`PlanCoding`).
        case signed, signedTexts
        /// The current plan, when edits changed it.
        case current
        /// Marks, changed cells, realisation.
        case view
        /// Entries, stacks, history links.
        case journal
        /// The progress tracker's values.
        case progress
        /// The file evidence the tracker counts (`FileEvidence`): what `rencana progress` checks for gone files.
        case files
    }

    /// The header's facts, in the order written.
    struct Header {
        var build: String
        var plan: FileIdentity
        /// When the plan's identity was taken (ns since the epoch), and the checksum of its bytes when it was racy.
        var taken: Int, planChecksum: UInt64?
        var stateDevice: UInt64, stateInode: UInt64
        var journal: Journal
        var edges: (UInt64, UInt64)
        var sections: [(length: Int, checksum: UInt64)]
        /// The checksum of the header's bytes: names this snapshot (the progress sidecar's base).
        var checksum: UInt64
    }

    /// A snapshot found fresh: its header, and its sections read on demand (each checked against its checksum).
    final class Fresh {
        let fd: Int32
        let header: Header
        let start: Int
        let stateSize: Int

        init(fd: Int32, header: Header, start: Int, stateSize: Int) {
            self.fd = fd
            self.header = header
            self.start = start
            self.stateSize = stateSize
        }

        deinit { close(fd) }

        /// The signed plan (an outline without its texts section when `texts` is false); nil when damaged.
        func signedPlan(texts: Bool) -> Plan? {
            guard let textBytes = texts ? bytes(.signedTexts) : [] else { return nil }
            return textBytes.withUnsafeBytes { textBuffer -> Plan? in
                decode(.signed) { (r) throws(ByteDecodingError) in
                    var t: ByteReader? = texts ? ByteReader(textBuffer) : nil
                    let plan = try PlanCoding.plan(from: &r, texts: &t)
                    if let t, !t.isAtEnd { throw ByteDecodingError(offset: t.offset) }
                    return plan
                }
            }
        }

        /// One section's bytes, checked against its checksum; nil when damaged.
        func bytes(_ section: Section) -> [UInt8]? {
            let from = start + header.sections[..<section.rawValue].reduce(0) { $0 + $1.length }
            guard let bytes = StateSnapshot.read(fd, from: from, count: header.sections[section.rawValue].length),
                  Checksum.of(bytes) == header.sections[section.rawValue].checksum else { return nil }
            return bytes
        }

        /// Decodes one section with `read`, which must consume it whole; nil when it is damaged.
        func decode<T>(_ section: Section, _ read: (inout ByteReader) throws(ByteDecodingError) -> T) -> T? {
            guard let bytes = bytes(section) else { return nil }
            return bytes.withUnsafeBytes { part -> T? in
                var r = ByteReader(part)
                do throws(ByteDecodingError) {
                    let value = try read(&r)
                    guard r.isAtEnd else { return nil }
                    return value
                } catch {
                    return nil
                }
            }
        }
    }

    /// `count` bytes of `fd` from `offset`; nil when the file is shorter.
    static func read(_ fd: Int32, from offset: Int, count: Int) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failed = true; break }
                done += n
            }
            initialized = done
        }
        return failed ? nil : bytes
    }

    /// The snapshot when it matches the plan and the state as they are now; nil otherwise.
    static func openFresh(planPath: String, stateURL: URL) -> Fresh? {
        guard threshold() != nil, let planIdentity = FileIdentity(path: planPath),
              let url = url(forState: stateURL), let (fd, info) = CacheFolder.openOwn(url) else { return nil }
        guard info.st_size > 0, let first = read(fd, from: 0, count: min(Int(info.st_size), edge)) else {
            close(fd)
            return nil
        }
        let parsed: (Header, Int)? = first.withUnsafeBytes { buffer in
            do throws(ByteDecodingError) { return try readHeader(buffer) } catch { return nil }
        }
        guard let (header, start) = parsed, header.build == buildID, header.plan == planIdentity,
              start + header.sections.reduce(0, { $0 + $1.length }) == Int(info.st_size),
              PlanStamp.matches(planPath: planPath, identity: planIdentity, taken: header.taken, checksum: header.planChecksum) else {
            close(fd)
            return nil
        }
        // The state file: the same file, at least as long, with the same first and last bytes of the prefix.
        let stateFD = Glibc.open(stateURL.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard stateFD >= 0 else {
            close(fd)
            return nil
        }
        defer { close(stateFD) }
        var state = stat()
        guard fstat(stateFD, &state) == 0, state.st_mode & S_IFMT == S_IFREG, UInt64(state.st_dev) == header.stateDevice,
              UInt64(state.st_ino) == header.stateInode, Int(state.st_size) >= header.journal.bytes,
              let found = edges(fd: stateFD, length: header.journal.bytes), found == header.edges else {
            close(fd)
            return nil
        }
        return Fresh(fd: fd, header: header, start: start, stateSize: Int(state.st_size))
    }

    private static func readHeader(_ buffer: UnsafeRawBufferPointer) throws(ByteDecodingError) -> (Header, Int) {
        var r = ByteReader(buffer)
        guard try r.raw(magic.count) == magic, try r.varint() == UInt64(formatVersion) else { throw ByteDecodingError(offset: 0) }
        let length = try r.count()
        let headerStart = r.offset
        let body = UnsafeRawBufferPointer(rebasing: buffer[headerStart..<(headerStart + length)])
        _ = try r.raw(length)
        let checksum = Checksum.of(body)
        guard try r.u64() == checksum else { throw ByteDecodingError(offset: headerStart) }
        let start = r.offset
        var h = ByteReader(body)
        let build = try h.string()
        let plan = FileIdentity(device: try h.varint(), inode: try h.varint(), size: try h.int(), modified: try h.int(),
                                changed: try h.int())
        let taken = try h.int()
        let planChecksum: UInt64? = try h.varint() == 1 ? try h.u64() : nil
        let device = try h.varint(), inode = try h.varint()
        let bytes = try h.number(upTo: Int.max >> 1), lines = try h.number(upTo: Int.max >> 1)
        let version = try h.number(upTo: 9)
        let digit = try h.int()
        let journal = Journal(bytes: bytes, lines: lines, fileVersion: version, versionDigitOffset: digit < 0 ? nil : digit)
        let edges = (try h.u64(), try h.u64())
        var sections: [(Int, UInt64)] = []
        for _ in Section.allCases { sections.append((try h.number(upTo: FileReading.maxBytes), try h.u64())) }
        guard h.isAtEnd, bytes > 0 else { throw ByteDecodingError(offset: headerStart) }
        return (Header(build: build, plan: plan, taken: taken, planChecksum: planChecksum, stateDevice: device, stateInode: inode, journal: journal, edges: edges,
                       sections: sections, checksum: checksum), start)
    }

    /// The whole state from a fresh snapshot (the journal's tail after it not yet replayed), or nil.
    static func restore(planPath: String, stateURL: URL) -> Restored? {
        guard let fresh = openFresh(planPath: planPath, stateURL: stateURL),
              let signed = fresh.signedPlan(texts: true),
              let plan = fresh.decode(.current, { (r) throws(ByteDecodingError) in try YearState.currentPlan(signed: signed, from: &r) }),
              let (view, changed) = fresh.decode(.view, { (r) throws(ByteDecodingError) in try YearState.view(plan: plan, from: &r) }),
              let state = fresh.decode(.journal, { (r) throws(ByteDecodingError) in
                  try YearState(signed: signed, view: view, changedCells: changed, journal: &r)
              }),
              state.entries.count < fresh.header.journal.lines
        else { return nil }
        return Restored(signed: signed, state: state, journal: fresh.header.journal, planChecksum: fresh.header.planChecksum)
    }

    /// The edges (`edges(fd:length:)`) of the first `length` bytes of the state file; nil when it is shorter.
    static func stateEdges(_ stateURL: URL, length: Int) -> (UInt64, UInt64)? {
        let fd = Glibc.open(stateURL.path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        return edges(fd: fd, length: length)
    }

    /// What names the snapshot of `stateURL` as it is on disk, read from its header alone: its checksum, the
    /// state file's device and inode, and the length of the journal prefix it holds; nil without a readable one.
    /// (Whether it is fresh is for its readers to decide.)
    static func base(forState stateURL: URL) -> (checksum: UInt64, device: UInt64, inode: UInt64, journalBytes: Int)? {
        guard isOn, let url = url(forState: stateURL), let (fd, info) = CacheFolder.openOwn(url) else { return nil }
        defer { close(fd) }
        guard info.st_size > 0, let first = read(fd, from: 0, count: min(Int(info.st_size), edge)) else { return nil }
        let parsed: (Header, Int)? = first.withUnsafeBytes { buffer in
            do throws(ByteDecodingError) { return try readHeader(buffer) } catch { return nil }
        }
        guard let (header, _) = parsed, header.build == buildID else { return nil }
        return (header.checksum, header.stateDevice, header.stateInode, header.journal.bytes)
    }

    // MARK: Writing

    /// The snapshot's bytes for `state` replayed from the first `journal.bytes` bytes of the state file open as
    /// `stateFD`, the signed plan read from the file stamped `plan`; nil when the state cannot be read. Its
    /// progress section is `progress` (the state's, kept by the store) or, without one, computed.
    static func encode(signed: Plan, state: YearState, journal: Journal, plan stamp: PlanStamp, stateFD: Int32,
                       progress: ProgressTracker) -> [UInt8]? {
        var info = stat()
        guard journal.bytes > 0, fstat(stateFD, &info) == 0, let edges = edges(fd: stateFD, length: journal.bytes) else { return nil }
        var sections = Section.allCases.map { _ in ByteWriter() }
        var signedTexts = ByteWriter()
        PlanCoding.write(signed, to: &sections[Section.signed.rawValue], texts: &signedTexts)
        sections[Section.signedTexts.rawValue] = signedTexts
        state.writeCurrentPlan(to: &sections[Section.current.rawValue])
        state.writeView(to: &sections[Section.view.rawValue])
        state.writeJournal(to: &sections[Section.journal.rawValue])
        progress.write(to: &sections[Section.progress.rawValue])
        FileEvidence.write(FileEvidence.of(plan: state.plan, realisation: state.realisation), to: &sections[Section.files.rawValue])
        var h = ByteWriter()
        h.string(buildID)
        let plan = stamp.identity
        h.varint(plan.device); h.varint(plan.inode); h.int(plan.size); h.int(plan.modified); h.int(plan.changed)
        h.int(stamp.taken)
        if let checksum = stamp.checksum { h.varint(1); h.u64(checksum) } else { h.varint(0) }
        h.varint(UInt64(info.st_dev)); h.varint(UInt64(info.st_ino))
        h.count(journal.bytes); h.count(journal.lines); h.count(journal.fileVersion); h.int(journal.versionDigitOffset ?? -1)
        h.u64(edges.0); h.u64(edges.1)
        for part in sections {
            h.count(part.bytes.count)
            h.u64(Checksum.of(part.bytes))
        }
        var out = ByteWriter(capacity: sections.reduce(64 + h.bytes.count) { $0 + $1.bytes.count })
        out.raw(magic)
        out.varint(UInt64(formatVersion))
        out.count(h.bytes.count)
        out.raw(h.bytes)
        out.u64(Checksum.of(h.bytes))
        for part in sections { out.raw(part.bytes) }
        return out.bytes
    }

    /// Writes `bytes` as the snapshot of `stateURL` in the user's cache folder (`CacheFolder.write`: a new file
    /// renamed into place). Returns false, writing nothing, when there is no usable folder or anything fails.
    @discardableResult
    static func write(_ bytes: [UInt8], forState stateURL: URL) -> Bool {
        guard let target = url(forState: stateURL, create: true) else { return false }
        // The old snapshot's sidecar names it; it would never be read again.
        if let sidecar = ProgressSidecar.url(forState: stateURL) { unlink(sidecar.path) }
        return CacheFolder.write(bytes, to: target)
    }
}
