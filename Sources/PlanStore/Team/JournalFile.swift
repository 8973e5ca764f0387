import PlanModel
import Foundation
import RencanaText

/// Reads the entries of a journal that is not this laptop's (a colleague's device file, a bundle's entries, a git
/// merge's side) without applying them: the header checked, every line by the journal's own rules, a refusal as
/// one line naming the file and the line. An interrupted last line (no newline, not a whole entry) is ignored.
public enum JournalFile {
    /// The entries of the state file at `url` (at most `maxBytes`, 1 GiB by default).
    public static func read(_ url: URL, maxBytes: Int = FileReading.maxBytes) throws(StoreError) -> [JournalEntry] {
        let bytes: [UInt8]
        do throws(FileReading.Failure) {
            bytes = try FileReading.read(url.path, maxBytes: maxBytes)
        } catch {
            throw StoreError(file: url.path, message: error.reason)
        }
        return try entries(bytes[...], name: url.path)
    }

    /// The entries of a state file's text; `name` names it in a refusal. Lines must be numbered 1, 2, … in order.
    /// `bytes` may start after `linesBefore` whole lines (the header among them) already read, holding `entriesBefore`
    /// entries: the part of a file after what it shares with another (git's two sides), read once.
    public static func entries(_ bytes: ArraySlice<UInt8>, name: String, linesBefore: Int = 0,
                               entriesBefore: Int = 0) throws(StoreError) -> [JournalEntry] {
        var lines: [Range<Int>]? = nil
        return try entries(bytes, name: name, linesBefore: linesBefore, entriesBefore: entriesBefore, lines: &lines)
    }

    /// The entries with where each one's line lies in `bytes` (`EntryLines`), for a merge that makes them again.
    public static func entriesWithLines(_ bytes: ArraySlice<UInt8>, name: String) throws(StoreError) -> ([JournalEntry], EntryLines) {
        var lines: [Range<Int>]? = []
        let entries = try entries(bytes, name: name, linesBefore: 0, entriesBefore: 0, lines: &lines)
        return (entries, EntryLines(bytes: bytes, ranges: lines ?? []))
    }

    private static func entries(_ bytes: ArraySlice<UInt8>, name: String, linesBefore: Int, entriesBefore: Int,
                                lines: inout [Range<Int>]?) throws(StoreError) -> [JournalEntry] {
        var out: [JournalEntry] = []
        out.reserveCapacity(bytes.count / 200)  // lines are 150–300 bytes
        lines?.reserveCapacity(bytes.count / 200)
        var start = bytes.startIndex
        var line = linesBefore
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A)
            let text = bytes[start..<(end ?? bytes.endIndex)]
            line += 1
            do throws(FormatProblem) {
                if line == 1 {
                    guard end != nil else { throw FormatProblem(Text.State.notHeader) }
                    try StateFormat.checkHeader(text)
                } else if !text.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    let entry: JournalEntry
                    do throws(FormatProblem) {
                        entry = try StateFormat.entry(text)
                    } catch {
                        if end == nil { break }  // an interrupted last line
                        throw error
                    }
                    guard entry.seq == entriesBefore + out.count + 1 else {
                        throw FormatProblem(Text.State.entryOutOfOrder(entry.seq, expected: entriesBefore + out.count + 1))
                    }
                    out.append(entry)
                    lines?.append(text.startIndex..<text.endIndex)
                }
            } catch {
                throw StoreError(file: name, line: line, message: error.message)
            }
            guard let end else { break }
            start = end + 1
        }
        return out
    }
}

/// Where each entry of a journal's text came from (its line, without the newline), index for index with the entries
/// read from it: a merge that makes an entry's line again and finds it the same after its number knows it reads back
/// as that entry (it was read from those bytes) without reading it again (`StateStore.refusal`).
public struct EntryLines: Sendable {
    let bytes: ArraySlice<UInt8>
    let ranges: [Range<Int>]

    /// Entry `index`'s line, if known.
    func line(_ index: Int) -> ArraySlice<UInt8>? { ranges.indices.contains(index) ? bytes[ranges[index]] : nil }
}
