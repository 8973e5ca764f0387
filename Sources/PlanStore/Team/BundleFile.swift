import PlanModel
import Foundation
import RencanaText

/// What a bundle holds, read and checked whole (`BundleFile.read`): nothing of it is used before every part passed.
public struct BundleContents: Sendable {
    public let header: BundleHeader
    /// plan.json's bytes as the sender has them.
    public let planBytes: [UInt8]
    /// That plan, decoded.
    public let plan: Plan
    /// The entries, as `JournalFile.entries` read them (in the year's order, numbered from 1).
    public let entries: [JournalEntry]
    /// Each evidence section and its bytes.
    public let evidence: [(section: BundleHeader.Section, bytes: ArraySlice<UInt8>)]
    /// Each entry's line in the bundle (for `StateStore.merge`'s check of the lines it makes).
    public let entryLines: EntryLines?
}

/// Writing and reading bundle files (the format: `BundleHeader`).
public enum BundleFile {
    /// Largest bundle written or read.
    public static let maxBytes = FileReading.maxBytes

    /// A bundle's bytes: the header line, then the plan, the entries (renumbered from 1 as a state file) and each
    /// distinct evidence content once, with every path that holds it.
    public static func make(planBytes: [UInt8], planName: String, plan: Plan, entries: [JournalEntry],
                            sender: BundleHeader.Sender, since: String?,
                            evidence: [(path: String, bytes: [UInt8])]) -> [UInt8] {
        var numbered = entries
        for i in numbered.indices { numbered[i].seq = i + 1 }
        let entryBytes = Array(StateFormat.text(planName: planName, entries: numbered, version: 3).utf8)
        var sections = [BundleHeader.Section(name: "plan", size: planBytes.count, sha256: SHA256.hex(planBytes)),
                        BundleHeader.Section(name: "entries", size: entryBytes.count, sha256: SHA256.hex(entryBytes))]
        var contents: [[UInt8]] = []
        var sectionOf: [String: Int] = [:]
        for file in evidence {
            let digest = SHA256.hex(file.bytes)
            if let at = sectionOf[digest] {
                if !sections[at].paths.contains(file.path) { sections[at].paths.append(file.path) }
                continue
            }
            sectionOf[digest] = sections.count
            sections.append(BundleHeader.Section(name: "evidence", size: file.bytes.count, sha256: digest, paths: [file.path]))
            contents.append(file.bytes)
        }
        let header = BundleHeader(planName: planName, office: BundleHeader.Office(plan.document), sender: sender,
                                  since: since, sections: sections)
        var out = Array((header.line + "\n").utf8)
        out.reserveCapacity(out.count + sections.reduce(0) { $0 + $1.size })
        out += planBytes
        out += entryBytes
        for bytes in contents { out += bytes }
        return out
    }

    /// Reads the bundle at `path` and checks all of it before anything is used: its size (at most `maxBytes`), the
    /// header, that the sizes add up to the file's size, every section's SHA-256, the plan, every entry (by the
    /// journal's rules) and every evidence path. A refusal is one line naming `name` (and the entry's line).
    public static func read(_ path: String, name: String, maxBytes: Int = BundleFile.maxBytes) throws(StoreError) -> BundleContents {
        func refuse(_ message: String) -> StoreError { StoreError(file: name, message: message) }
        // The size first, from the file system: a huge file is refused without reading it.
        let prefix: (bytes: [UInt8], fileSize: Int)
        do throws(FileReading.Failure) {
            prefix = try FileReading.readPrefix(path, count: 64)
        } catch {
            throw refuse(error.reason)
        }
        guard prefix.bytes.starts(with: Array("{\"format\":\"\(BundleHeader.formatName)\"".utf8)) else {
            throw refuse(Text.Bundle.notABundle)
        }
        guard prefix.fileSize <= maxBytes else {
            throw refuse(Text.Bundle.tooLarge(megabytes: (prefix.fileSize + 999_999) / 1_000_000, limit: maxBytes / 1_000_000))
        }
        let bytes: [UInt8]
        do throws(FileReading.Failure) {
            bytes = try FileReading.read(path, maxBytes: maxBytes)
        } catch {
            throw refuse(error.reason)
        }
        guard let newline = bytes.prefix(BundleHeader.maxHeaderBytes + 1).firstIndex(of: 0x0A) else {
            throw refuse(bytes.count > BundleHeader.maxHeaderBytes ? Text.Bundle.headerTooLong : Text.Bundle.notABundle)
        }
        let header: BundleHeader
        do throws(BundleHeader.Problem) {
            header = try BundleHeader.parse(Array(bytes[..<newline]), maxSize: maxBytes)
        } catch {
            throw refuse(error.message)
        }
        // The sizes must add up to the file, exactly.
        let need = header.sections.reduce(newline + 1) { $0 + $1.size }
        guard need <= bytes.count else { throw refuse(Text.Bundle.truncated(need: need, have: bytes.count)) }
        guard need == bytes.count else { throw refuse(Text.Bundle.trailing(bytes.count - need)) }
        var slices: [ArraySlice<UInt8>] = []
        var start = newline + 1
        for section in header.sections {
            let slice = bytes[start..<(start + section.size)]
            guard SHA256.hex(slice) == section.sha256 else {
                throw refuse(Text.Bundle.damagedSection(section.paths.first.map { "\(section.name) (\($0))" } ?? section.name))
            }
            slices.append(slice)
            start += section.size
        }
        let plan: Plan
        do throws(PlanError) {
            plan = try PlanDecoder.decode(Array(slices[0]), file: name)
        } catch {
            throw refuse(Text.Bundle.badPlan(error.message))
        }
        guard BundleHeader.Office(plan.document) == header.office else { throw refuse(Text.Bundle.officeMismatch) }
        let entries: [JournalEntry], lines: EntryLines
        do throws(StoreError) {
            (entries, lines) = try JournalFile.entriesWithLines(slices[1], name: name)
        } catch {
            throw refuse(error.line.map { Text.Bundle.entryProblem(line: $0, error.message) } ?? error.message)
        }
        try checkEvidence(header, entries: entries, name: name)
        let evidence = zip(header.sections, slices).dropFirst(2).map { (section: $0.0, bytes: $0.1) }
        return BundleContents(header: header, planBytes: Array(slices[0]), plan: plan, entries: entries, evidence: evidence,
                              entryLines: lines)
    }

    /// Every evidence path is a safe relative path named by an entry of the bundle, each once; each content once.
    private static func checkEvidence(_ header: BundleHeader, entries: [JournalEntry], name: String) throws(StoreError) {
        var named = Set<String>()
        for entry in entries {
            if case .evidenceAdd(let item) = entry.change, case .file(let path) = item.location { named.insert(path) }
        }
        var paths = Set<String>(), digests = Set<String>()
        for section in header.sections.dropFirst(2) {
            guard digests.insert(section.sha256).inserted else { throw StoreError(file: name, message: Text.Bundle.contentTwice) }
            for path in section.paths {
                let shown = TerminalText.safe(path, limit: 300)
                if let problem = BundleEvidence.pathProblem(path) {
                    throw StoreError(file: name, message: Text.Bundle.badEvidencePath(shown, problem))
                }
                guard named.contains(path) else { throw StoreError(file: name, message: Text.Bundle.badEvidencePath(shown, Text.Bundle.pathNotNamed)) }
                guard paths.insert(path).inserted else { throw StoreError(file: name, message: Text.Bundle.badEvidencePath(shown, Text.Bundle.pathTwice)) }
            }
        }
    }
}
