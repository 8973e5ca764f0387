import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The mark of an append of several entries in progress, so that a process killed in the middle of its write leaves
/// the journal as before it (docs/TEAM.md, "Safety"): `<journal>.appending` names the journal (device and inode) and
/// the bytes being appended. It is written before the append and removed after its `fsync`, both under the journal's
/// exclusive lock; so whoever later finds it while holding a lock on the journal knows its writer died. A writer then
/// cuts the journal back to where the append began; a reader reads no further than that. A mark is believed only
/// when it is a regular file of the journal's owner, names this very journal, and the journal's size lies within
/// the append it describes; any other is left over and removed by the next writer.
struct AppendMark: Equatable {
    let identity: FileIdentity
    /// Where the append began (the journal's size before it) and where it ends.
    let from: Int
    let to: Int

    static func path(of journal: String) -> String { journal + ".appending" }

    /// Writes the mark as a new file (never through an existing file or a link) and `fsync`s it; false when it
    /// cannot (a folder that is not writable): the append then goes on unmarked, as before marks existed.
    func write(for journal: String) -> Bool {
        let path = Self.path(of: journal)
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let text = Array("rencana-append \(identity.device) \(identity.inode) \(from) \(to)\n".utf8)
        let written = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        return written == text.count && fsync(fd) == 0
    }

    static func remove(for journal: String) { unlink(path(of: journal)) }

    /// The mark beside `journal`, if there is one that reads as a mark and belongs to the journal's owner (`owner`).
    static func read(for journal: String, owner: uid_t) -> AppendMark? {
        let fd = open(path(of: journal), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == owner, info.st_size < 128 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 128)
        let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
        guard n > 0 else { return nil }
        let words = String(decoding: bytes[..<n], as: UTF8.self).split(separator: " ")
        guard words.count == 5, words[0] == "rencana-append", words[4].hasSuffix("\n"),
              let device = UInt64(words[1]), let inode = UInt64(words[2]), let from = Int(words[3]),
              let to = Int(words[4].dropLast()), from >= 0, to >= from else { return nil }
        return AppendMark(identity: FileIdentity(device: device, inode: inode), from: from, to: to)
    }

    /// True when this mark describes an append into the journal open as `info` that was cut short.
    func interrupts(_ info: stat) -> Bool {
        identity == FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            && Int(info.st_size) >= from && Int(info.st_size) <= to
    }
}

extension StateStore {
    /// The size of the journal open as `fd` that readers may believe: where an interrupted append began, else its size.
    func believedSize(_ fd: Int32, _ info: stat) -> Int {
        guard let mark = AppendMark.read(for: url.path, owner: info.st_uid), mark.interrupts(info) else { return Int(info.st_size) }
        return mark.from
    }

    /// Under the journal's exclusive lock: cuts back an append whose writer died before finishing it and removes its
    /// mark; removes a mark that describes no append of this journal.
    func repairInterruptedAppend(_ fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return }
        guard let mark = AppendMark.read(for: url.path, owner: info.st_uid) else {
            if access(AppendMark.path(of: url.path), F_OK) == 0, info.st_uid == geteuid() { AppendMark.remove(for: url.path) }
            return
        }
        if mark.interrupts(info), info.st_uid == geteuid() {
            guard ftruncate(fd, off_t(mark.from)) == 0, fsync(fd) == 0 else { return }
        }
        AppendMark.remove(for: url.path)
    }

    /// Appends `data` at `offset` of the journal open (and locked) as `fd`, then `fsync`s it: marked first when it
    /// holds more than one entry, so that a kill in the middle leaves the journal as before. False on failure (the
    /// caller cuts the journal back and says why).
    func appendMarked(_ fd: Int32, _ data: [UInt8], at offset: Int, entries: Int) -> Bool {
        var info = stat()
        var marked = false
        if entries > 1, fstat(fd, &info) == 0 {
            let mark = AppendMark(identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)),
                                  from: offset, to: offset + data.count)
            marked = mark.write(for: url.path)
        }
        if let bytes = debugKillAfterAppending {  // the process tests: killed in the middle of the write
            _ = writeAll(fd, Array(data.prefix(bytes)), at: offset)
            kill(getpid(), SIGKILL)
        }
        let done = writeAll(fd, data, at: offset) && fsync(fd) == 0
        if !done {
            let code = errno
            _ = ftruncate(fd, off_t(offset))
            errno = code
        }
        if marked { AppendMark.remove(for: url.path) }
        return done
    }
}
