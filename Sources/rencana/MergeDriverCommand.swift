import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana merge-driver %O %A %B %P`: git's merge driver for journals (docs/TEAM.md, "git"). Two branches that
/// both recorded entries merge to the union, so `git pull` never conflicts over a journal; a damaged or forged
/// side is a conflict (exit 1, ours untouched), never a silently mixed file.
struct MergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge-driver", abstract: Text.Git.driverAbstract,
                                                    discussion: Text.Git.driverDiscussion, shouldDisplay: false)

    @Argument(help: ArgumentHelp(Text.Git.ancestorHelp, valueName: "ancestor"))
    var ancestor: String

    @Argument(help: ArgumentHelp(Text.Git.oursHelp, valueName: "ours"))
    var ours: String

    @Argument(help: ArgumentHelp(Text.Git.theirsHelp, valueName: "theirs"))
    var theirs: String

    @Argument(help: ArgumentHelp(Text.Git.pathHelp, valueName: "path"))
    var path: String?

    func run() throws {
        let name = path ?? ours
        let oursSide = try side(ours, Text.Git.oursWord, name: name)
        // What the others share with ours, line for line, is ours' entries: only the rest is read.
        let ancestorSide = try side(ancestor, Text.Git.ancestorWord, name: name, missingAllowed: true, after: oursSide.bytes)
        let theirsSide = try side(theirs, Text.Git.theirsWord, name: name, after: oursSide.bytes)
        let oursPlan = JournalHeader.read(oursSide.bytes)?.plan, theirsPlan = JournalHeader.read(theirsSide.bytes)?.plan
        if let oursPlan, let theirsPlan, oursPlan != theirsPlan {
            throw Console.fail(Text.Git.otherPlans(ours: oursPlan, theirs: theirsPlan))
        }
        // Both sides empty: nothing to write, ours stays as it is.
        guard let planName = oursPlan ?? theirsPlan else { return }
        let merged: [JournalEntry]
        do throws(JournalMerge.Refusal) {
            merged = try JournalMerge.union([oursSide.side, theirsSide.side], ancestor: ancestorSide.side)
        } catch {
            throw Console.fail(error.message)
        }
        let bytes = Array(StateFormat.text(planName: planName, entries: merged, version: 3).utf8)
        guard bytes != oursSide.bytes else { return }
        do throws(OutputFile.Failure) {
            try OutputFile.write(bytes, to: ours, force: true, replacingJournal: true)
        } catch {
            throw Console.fail(Text.Git.cannotWrite(error.message))
        }
    }

    /// The entries of one version, read by the journal's rules; a refusal names the journal and the side. With
    /// `shared` (ours' bytes), only the entries after the whole lines it starts with too: the others are ours'.
    private func side(_ file: String, _ which: String, name: String, missingAllowed: Bool = false,
                      after shared: [UInt8]? = nil) throws -> (side: JournalMerge.Side, bytes: [UInt8]) {
        let shown = Text.Git.side(name, which)
        var info = stat()
        if missingAllowed && stat(file, &info) != 0 && errno == ENOENT {
            return (JournalMerge.Side(name: shown, entries: []), [])
        }
        let bytes: [UInt8]
        do throws(FileReading.Failure) {
            bytes = try FileReading.read(file)
        } catch {
            throw Console.fail("\(shown): \(error.reason)")
        }
        do throws(StoreError) {
            if let shared, let start = SharedStart(bytes, shared) {
                let rest = try JournalFile.entries(bytes[start.bytes...], name: shown, linesBefore: start.lines,
                                                   entriesBefore: start.entries)
                // A version-1 undo finds its target by position in its own file: such a side is read whole.
                if !rest.contains(where: \.namesTargetByPositionOnly) { return (JournalMerge.Side(name: shown, entries: rest), bytes) }
            }
            return (JournalMerge.Side(name: shown, entries: try JournalFile.entries(bytes[...], name: shown)), bytes)
        } catch {
            throw Console.fail(error.description)
        }
    }
}

/// The whole lines two files start with alike (at least the header): how many bytes, lines and entries.
struct SharedStart {
    let bytes: Int
    let lines: Int
    let entries: Int

    init?(_ a: [UInt8], _ b: [UInt8]) {
        let count = min(a.count, b.count)
        var same = a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                var i = 0
                // Blocks of 4 KiB by memcmp, then byte by byte in the block that differs.
                while i + 4_096 <= count, memcmp(pa.baseAddress! + i, pb.baseAddress! + i, 4_096) == 0 { i += 4_096 }
                while i < count, pa[i] == pb[i] { i += 1 }
                return i
            }
        }
        // Back to the end of the last whole line both have.
        while same > 0, a[same - 1] != 0x0A { same -= 1 }
        var lines = 0, entries = 0, lineStart = 0
        for i in 0..<same where a[i] == 0x0A {
            lines += 1
            if lines > 1, a[lineStart..<i].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { entries += 1 }
            lineStart = i + 1
        }
        guard lines >= 1 else { return nil }
        self.bytes = same
        self.lines = lines
        self.entries = entries
    }
}

private extension JournalEntry {
    /// An undo or redo that names its target only by position (version 1).
    var namesTargetByPositionOnly: Bool {
        switch change {
        case .undo(let step), .redo(let step): step.target == nil
        default: false
        }
    }
}

/// What a journal's first line says: the plan it belongs to and its version (nil when there is no header).
/// The entries' own reader (`JournalFile`) checks the header; this only reads the two fields it keeps internal.
struct JournalHeader {
    let plan: String
    let version: Int

    static func read(_ bytes: [UInt8]) -> JournalHeader? {
        let line = bytes.prefix { $0 != 0x0A }
        guard !line.isEmpty, let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let plan = object["plan"] as? String, let version = object["version"] as? Int else { return nil }
        return JournalHeader(plan: plan, version: version)
    }

    /// The header of the file at `path`, nil when it is missing, empty or not a journal.
    static func read(path: String) -> JournalHeader? {
        guard let bytes = try? FileReading.readPrefix(path, count: 4_096).bytes else { return nil }
        return read(bytes)
    }
}
