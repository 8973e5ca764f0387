import PlanModel
import Foundation
import RencanaText
#if canImport(Glibc)
import Glibc
#endif

/// How a merge writes: new entries appended in one write, or the whole journal written again to a new file renamed
/// into place. Each new line is made once and read back before a byte is written; a held entry's line is taken from
/// the file as it is (its number changed), and the year is replayed on a second core while the file is written.
extension StateStore {
    /// The journal's bytes as read under the lock, with where each held entry's line lies: present only when the
    /// file's lines are exactly the year's entries in order (a team's file as Rencana writes it).
    struct HeldLines {
        let bytes: [UInt8]
        /// Line `k` (after the header) is `state.entries[k]`'s: the bytes from after its `{"seq":N` to its newline.
        let afterSeq: [Range<Int>]
    }

    /// A merge's new lines made and read back (`madeLines`): line `k` is `plan.new[k]`'s, the bytes from after its
    /// `{"seq":N` to its newline; nil for one made again where it goes (an undo or redo, whose number changes).
    struct MadeLines: Sendable {
        let bytes: [UInt8]
        let afterSeq: [Range<Int>?]
    }

    /// The held entries' lines, checked to be theirs (each starts `{"seq":<its seq>,"id":"<its id>"`); nil when any
    /// is not (a journal written otherwise, an unterminated last line): the merge then makes every line anew.
    func heldLines(_ fd: Int32) -> HeldLines? {
        guard !lastLineUnterminated, consumedBytes > 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: consumedBytes)
        var done = 0
        while done < consumedBytes {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, consumedBytes - done, off_t(done)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        let entries = state.entries
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(entries.count)
        let seqKey = Array("{\"seq\":".utf8), idKey = Array(",\"id\":\"".utf8)
        let ok = bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard var start = buffer.firstIndex(of: 0x0A).map({ $0 + 1 }) else { return false }  // after the header
            for entry in entries {
                guard let end = buffer[start...].firstIndex(of: 0x0A) else { return false }
                var at = start
                func expect(_ expected: some Sequence<UInt8>) -> Bool {
                    for byte in expected {
                        guard at < end, buffer[at] == byte else { return false }
                        at += 1
                    }
                    return true
                }
                guard expect(seqKey) else { return false }
                let afterSeq = at + String(entry.seq).utf8.count
                guard expect(String(entry.seq).utf8), expect(idKey), expect(entry.id.utf8), expect(CollectionOfOne(0x22))
                else { return false }
                ranges.append(afterSeq..<end)
                start = end + 1
            }
            return start == buffer.count
        }
        return ok ? HeldLines(bytes: bytes, afterSeq: ranges) : nil
    }

    /// The lines of `entries` as numbered, each new one (`isNew`, nil: all) read back first: refused, before a byte
    /// is written, when this journal's reader would refuse it or read it otherwise (an id that is no id, a device or
    /// row with control characters, a `seen` longer than 64, a text too long…). The writer's rule is the reader's, so
    /// no merge can leave a journal that no longer opens. A held entry's line is its line in the file (`held`) with its
    /// new number, unless it is an undo or redo (whose target's number may have changed); a new one's, when `made`
    /// holds it (made and read back already, `madeLines`), is taken from there with its number.
    private func checkedLines(_ entries: [JournalEntry], isNew: [Bool]?, held: HeldLines?, made: MadeLines? = nil,
                              plan: JournalMerge.Plan, source: String, lines origin: EntryLines? = nil,
                              into out: inout [UInt8]) throws(StoreError) {
        var lines = StateEntryBytes()
        swap(&lines.out, &out)
        defer { swap(&lines.out, &out) }
        lines.out.reserveCapacity(lines.out.count + entries.count * 220)
        var heldIndex = 0, newIndex = 0
        for (position, entry) in entries.enumerated() {
            let new = isNew?[position] ?? true
            if !new, let held, heldIndex < held.afterSeq.count {
                defer { heldIndex += 1 }
                switch entry.change {
                case .undo, .redo: break
                default:
                    lines.appendHeld(seq: entry.seq, rest: held.bytes[held.afterSeq[heldIndex]])
                    continue
                }
            }
            if new, let made {
                defer { newIndex += 1 }
                if newIndex < made.afterSeq.count, let rest = made.afterSeq[newIndex] {
                    lines.appendHeld(seq: entry.seq, rest: made.bytes[rest])
                    continue
                }
            }
            let start = lines.out.count
            lines.append(entry)
            guard new else { continue }
            // `entries` are `plan.new` (numbered) when `origin` is given: the append's.
            let original = origin.flatMap { origin in plan.newIndices.indices.contains(position) ? origin.line(plan.newIndices[position]) : nil }
            if let refusal = Self.refusal(of: entry, line: lines.out[start..<(lines.out.count - 1)], original: original,
                                          plan: plan, source: source) {
                throw refusal
            }
        }
    }

    /// Why `entry`'s line (as made) cannot go into a journal: the reader would refuse it or read it otherwise;
    /// nil when it reads back as the same entry. The refusal names the entry's line in what arrived.
    static func refusal(of entry: JournalEntry, line: ArraySlice<UInt8>, original: ArraySlice<UInt8>? = nil,
                        plan: JournalMerge.Plan, source: String) -> StoreError? {
        refusal(of: entry, line: line, original: original, new: plan.new, newIndices: plan.newIndices, source: source)
    }

    /// The same, for the new entries `new`, each from `newIndices` in what arrived (nil: `new` is all that arrived).
    static func refusal(of entry: JournalEntry, line: ArraySlice<UInt8>, original: ArraySlice<UInt8>?,
                        new: [JournalEntry], newIndices: [Int]?, source: String) -> StoreError? {
        // The line it was read from, the same after the number: it reads back as it did (an undo or redo, whose
        // number of its target may be checked against its own, is read back whatever).
        switch entry.change {
        case .undo, .redo: break
        default: if let original, Self.sameAfterSeq(line, original) { return nil }
        }
        do throws(FormatProblem) {
            let read = try StateFormat.entry(line)
            guard JournalMerge.sameContent(read, entry) else { throw FormatProblem(Text.Team.wouldNotReadBack) }
            return nil
        } catch {
            // Its place in what arrived (looked for only now: the usual merge refuses nothing).
            let index = new.firstIndex { $0.id == entry.id }.map { newIndices?[$0] ?? $0 } ?? 0
            return StoreError(file: source, line: index + 1, message: Text.Team.refusedEntry(error.message))
        }
    }

    /// True when two entry lines are the same but for their numbers: each starts `{"seq":` and digits, and the rest
    /// is byte for byte the same.
    static func sameAfterSeq(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        func rest(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
            let key: [UInt8] = [0x7B, 0x22, 0x73, 0x65, 0x71, 0x22, 0x3A]  // {"seq":
            guard line.starts(with: key) else { return nil }
            var at = line.startIndex + key.count
            guard at < line.endIndex, (0x30...0x39).contains(line[at]) else { return nil }
            while at < line.endIndex, (0x30...0x39).contains(line[at]) { at += 1 }
            return line[at...]
        }
        guard let x = rest(a), let y = rest(b), x.count == y.count else { return false }
        return x.withUnsafeBufferPointer { p in y.withUnsafeBufferPointer { q in memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
    }

    /// The lines of a merge's new entries (`plan.new`), each made and read back once, or the first refusal: what a
    /// rewrite makes on another core while it interleaves the journal (`checkedLines` takes them from here). With
    /// `lines` (where the entries were read from), a line made the same is not read again.
    static func madeLines(_ plan: JournalMerge.Plan, source: String, lines origin: EntryLines? = nil) -> Result<MadeLines, StoreError> {
        madeLines(new: plan.new, newIndices: plan.newIndices, source: source, lines: origin)
    }

    /// The same, for the new entries `new`, each from `newIndices` in what arrived (nil: `new` is all that arrived, the
    /// bet of an `EarlyReplay`). `cancel`, when set, stops it within a few thousand lines (what it made is thrown away).
    static func madeLines(new: [JournalEntry], newIndices: [Int]?, source: String, lines origin: EntryLines? = nil,
                          cancel: Cancellation? = nil) -> Result<MadeLines, StoreError> {
        var lines = StateEntryBytes(capacity: new.count * 220)
        var afterSeq: [Range<Int>?] = []
        afterSeq.reserveCapacity(new.count)
        let seqKey = Array("{\"seq\":".utf8)
        for (k, entry) in new.enumerated() {
            if k & 4_095 == 4_095, let cancel, cancel.isCancelled { break }
            let start = lines.out.count
            lines.append(entry)
            let end = lines.out.count - 1  // its newline
            if let refusal = refusal(of: entry, line: lines.out[start..<end], original: origin?.line(newIndices?[k] ?? k),
                                     new: new, newIndices: newIndices, source: source) { return .failure(refusal) }
            switch entry.change {
            case .undo, .redo:  // numbered as its target will be: made where it goes
                afterSeq.append(nil)
                continue
            default: break
            }
            var at = start + seqKey.count
            guard at < end, lines.out[start..<at].elementsEqual(seqKey) else {
                afterSeq.append(nil)
                continue
            }
            while at < end, (0x30...0x39).contains(lines.out[at]) { at += 1 }
            afterSeq.append(at..<end)
        }
        return .success(MadeLines(bytes: lines.out, afterSeq: afterSeq))
    }

    /// The whole version-3 file of the journal `held` (its lines `heldLines`) with the new entries `new` (`plan.new`,
    /// their lines `made`, read back already) merged in as they go (`mergesAsItGoes`): each line taken as it is with
    /// its new number, no list of the union made. The same bytes as `wholeFile` of the union; nil when a line is missing.
    func mergedFile(held: [JournalEntry], new: [JournalEntry], heldLines: HeldLines, made: MadeLines) -> [UInt8]? {
        guard heldLines.afterSeq.count == held.count, made.afterSeq.count == new.count else { return nil }
        var lines = StateEntryBytes(capacity: heldLines.bytes.count + made.bytes.count + (held.count + new.count) * 8)
        lines.out += Array((StateFormat.headerLine(planName: URL(fileURLWithPath: planPath).lastPathComponent, version: 3) + "\n").utf8)
        var i = 0, j = 0, seq = 0
        while i < held.count || j < new.count {
            seq += 1
            if j < new.count && (i == held.count || JournalMerge.precedes(new[j], held[i])) {
                guard let rest = made.afterSeq[j] else { return nil }
                lines.appendHeld(seq: seq, rest: made.bytes[rest])
                j += 1
            } else {
                lines.appendHeld(seq: seq, rest: heldLines.bytes[heldLines.afterSeq[i]])
                i += 1
            }
        }
        return lines.out
    }

    /// A whole version-3 file of `entries`, the new ones checked (`checkedLines`).
    func wholeFile(_ entries: [JournalEntry], isNew: [Bool]?, held: HeldLines?, made: MadeLines? = nil,
                   plan: JournalMerge.Plan, source: String) throws(StoreError) -> [UInt8] {
        var out = Array((StateFormat.headerLine(planName: URL(fileURLWithPath: planPath).lastPathComponent, version: 3) + "\n").utf8)
        try checkedLines(entries, isNew: isNew, held: held, made: made, plan: plan, source: source, into: &out)
        return out
    }

    /// Appends entries that go after every entry held, numbered on, in one write and one `fsync` (cut back on failure).
    /// An undo or redo gets its target's number here (as `JournalMerge.ordered` gives it), so the lines are the ones a
    /// rewrite would write.
    func append(_ fd: Int32, _ plan: JournalMerge.Plan, source: String, lines: EntryLines? = nil) throws(StoreError) {
        let new = plan.new
        var numbered: [JournalEntry] = []
        numbered.reserveCapacity(new.count)
        var seqOf: [String: Int] = [:]
        seqOf.reserveCapacity(new.count)
        for (offset, var entry) in new.enumerated() {
            entry.seq = state.entries.count + offset + 1
            seqOf[entry.id] = entry.seq
            numbered.append(entry)
        }
        for i in numbered.indices {
            switch numbered[i].change {
            case .undo(var step), .redo(var step):
                guard let target = step.target, let seq = state.entry(id: target)?.seq ?? seqOf[target]
                else { continue }
                step.undoes = seq
                if case .undo = numbered[i].change { numbered[i].change = .undo(step) } else { numbered[i].change = .redo(step) }
            default: break
            }
        }
        // The year with them applied, on another core while this one makes, checks and writes their lines. The year is
        // handed over whole (not copied: this one keeps a year of the plan alone meanwhile); should the lines be refused
        // or not written, the year is replayed again from the entries it held.
        let handed = HandedYear(state)
        let (noting, keep) = (changedRows.from != nil, state.progress != nil)
        state = YearState(signed: state.signed, device: state.localDevice, aliases: state.localAliases)
        let applied = Background(here: numbered.count < 16) { [numbered] () -> (YearState, [EntryReach]) in
            var year = handed.take()
            var reaches: [EntryReach] = []
            if noting { reaches.reserveCapacity(numbered.count) }
            year.beginReplay(expectedEntries: numbered.count)
            for entry in numbered {
                year.apply(entry)
                if noting { reaches.append(year.reach(of: entry)) }
            }
            year.endReplay()
            return (year, reaches)
        }
        var data: [UInt8] = lastLineUnterminated ? [0x0A] : []
        do throws(StoreError) {
            try checkedLines(numbered, isNew: nil, held: nil, plan: plan, source: source, lines: lines, into: &data)
            if fileVersion < 3 { try upgradeHeader(fd, to: 3) }
            if let code = injectedWriteError { throw StoreError(notSaved: FileReading.describe(errno: code), file: url.path) }
            if ftruncate(fd, off_t(consumedBytes)) != 0 || !appendMarked(fd, data, at: consumedBytes, entries: numbered.count) {
                let why = FileReading.describe(errno: errno)
                _ = ftruncate(fd, off_t(consumedBytes))
                throw StoreError(notSaved: why, file: url.path)
            }
        } catch {
            let held = applied.value.0.entries.dropLast(numbered.count)  // no thread outlives the merge
            state = YearState(signed: state.signed, device: state.localDevice, aliases: state.localAliases, entries: held)
            if keep { _ = state.keepProgress() }
            throw error
        }
        let reaches: [EntryReach]
        (state, reaches) = applied.value
        for reach in reaches { changedRows.note(reach, endingAt: nil) }
        consumedBytes += data.count
        consumedLines += numbered.count
        lastLineUnterminated = false
    }

    /// Writes a new state file's header (version 3) and entries into the empty file open as `fd`.
    func writeNewFile(_ fd: Int32, entries: [JournalEntry], bytes: [UInt8]) throws(StoreError) {
        if let code = injectedWriteError { throw StoreError(notSaved: FileReading.describe(errno: code), file: url.path) }
        guard ftruncate(fd, 0) == 0, writeAll(fd, bytes, at: 0), fsync(fd) == 0 else {
            let why = FileReading.describe(errno: errno)
            _ = ftruncate(fd, 0)
            throw StoreError(notSaved: why, file: url.path)
        }
        syncDirectory(url.deletingLastPathComponent())
        adopt(replayed(entries),
              entries: entries.count, bytes: bytes, identityOf: fd)
    }

    /// Writes the whole journal again (`entries` in the year's order, as `bytes`) to a new file in the same folder,
    /// and renames it into place: readers and writers see the old file or the new one, never a mix. `replay`, when
    /// given, is the year of `entries` being replayed meanwhile; `check`, the check of the new lines being run
    /// meanwhile (the rename waits for it, and a refusal leaves the journal as it was).
    func rewrite(_ entries: [JournalEntry], count: Int? = nil, bytes data: [UInt8], replay given: Background<YearState>? = nil,
                 check: Background<StoreError?>? = nil) throws(StoreError) {
        let replay = given ?? backgroundReplay(of: entries)
        defer { _ = replay.value; _ = check?.value }  // no thread outlives the merge
        let temporary = url.path + ".merge-\(getpid())"
        removeStaleMergeFiles()
        var info = stat()
        let mode = stat(url.path, &info) == 0 ? info.st_mode & 0o777 : 0o644  // the new file keeps the old one's mode
        let out = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard out >= 0 else { throw StoreError(notSaved: Text.Team.cannotRewrite(FileReading.describe(errno: errno)), file: url.path) }
        let written = injectedWriteError == nil && writeAll(out, data, at: 0) && fsync(out) == 0
        let why = FileReading.describe(errno: injectedWriteError ?? errno)
        guard written else {
            close(out)
            unlink(temporary)
            throw StoreError(notSaved: Text.Team.cannotRewrite(why), file: url.path)
        }
        if let refusal = check?.value {
            close(out)
            unlink(temporary)
            throw refusal
        }
        guard rename(temporary, url.path) == 0 else {
            let why = FileReading.describe(errno: errno)
            close(out)
            unlink(temporary)
            throw StoreError(notSaved: Text.Team.cannotRewrite(why), file: url.path)
        }
        syncDirectory(url.deletingLastPathComponent())
        adopt(replay.value, entries: count ?? entries.count, bytes: data, identityOf: out)
        close(out)
    }

    /// Removes the new files of merges killed before their rename (`<journal>.merge-<pid>`, each as big as the journal):
    /// one is only ever made under the journal's lock, which this process holds, so any there now is left over.
    private func removeStaleMergeFiles() {
        let folder = url.deletingLastPathComponent()
        let prefix = url.lastPathComponent + ".merge-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.utf8.dropFirst(prefix.utf8.count).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// After writing a whole file: its year, the store's bookkeeping at its end.
    private func adopt(_ year: YearState, entries: Int, bytes: [UInt8], identityOf fd: Int32) {
        journalReplaced += 1
        state = year
        consumedBytes = bytes.count
        consumedLines = entries + 1
        lastLineUnterminated = false
        fileVersion = 3
        let header = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let key = Array("\"version\":".utf8)
        versionDigitOffset = (0...max(0, header - key.count)).first { bytes[$0..<min($0 + key.count, header)].elementsEqual(key) }
            .map { $0 + key.count }
        var info = stat()
        if fstat(fd, &info) == 0 { fileIdentity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) }
        changedRows.from = nil
        changedRows.start(at: consumedBytes)
    }
}
