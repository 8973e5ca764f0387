import Foundation

/// Which rows to show: some change areas (none = all) and a search text (empty = everything).
public struct RowFilter: Equatable, Sendable {
    /// Area numbers (NO.) to keep; empty keeps every area.
    public var areas: Set<Int>
    /// Text to look for in every text column, case- and diacritic-insensitively.
    public var search: String

    public init(areas: Set<Int> = [], search: String = "") {
        self.areas = areas
        self.search = search
    }

    public var isEmpty: Bool { areas.isEmpty && search.isEmpty }
}

/// Normalises text for matching: lower case, no diacritics, runs of whitespace as one space.
public func foldForSearch(_ text: String) -> String {
    String(decoding: foldedBytes(text), as: UTF8.self)
}

/// `foldForSearch` as UTF-8 bytes.
func foldedBytes(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    appendFolded(text, to: &out)
    return out
}

/// Appends `text` folded as by `foldForSearch`; ASCII text (most of a plan) is folded byte by byte,
/// without Foundation.
func appendFolded(_ text: String, to out: inout [UInt8]) {
    var lastWasSpace = false
    let ascii: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
        var isASCII = true
        for byte in bytes where byte >= 0x80 {
            isASCII = false
            break
        }
        guard isASCII else { return false }
        // Copy, then fold in place: a tight loop without capacity checks.
        let start = out.count
        out.append(contentsOf: bytes)
        let written = out.withUnsafeMutableBufferPointer { buffer -> Int in
            var write = start
            for read in start..<buffer.count {
                var byte = buffer[read]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if lastWasSpace { continue }
                    byte = 0x20
                    lastWasSpace = true
                } else {
                    if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                    lastWasSpace = false
                }
                buffer[write] = byte
                write += 1
            }
            return write
        }
        out.removeLast(out.count - written)
        return true
    }
    if ascii == true { return }
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    for scalar in folded.unicodeScalars {
        if scalar.properties.isWhitespace {
            if !lastWasSpace { out.append(0x20) }
            lastWasSpace = true
        } else {
            out.append(contentsOf: String(scalar).utf8)
            lastWasSpace = false
        }
    }
}

/// Search over every text column of a plan, case- and accent-insensitive.
///
/// The folded text is built once, on the first search or ahead of it with `prepareInBackground()`,
/// so opening a large plan does not wait for it; every copy of an index shares that one build.
public struct SearchIndex: Sendable {
    private final class Storage: @unchecked Sendable {
        /// The plan to fold, let go of once folded (so the plan's owner can change it in place).
        private var plan: Plan?
        private var folded: FoldedText?
        private let lock = NSLock()

        init(plan: Plan) { self.plan = plan }
        init(folded: FoldedText) { self.folded = folded }

        var text: FoldedText {
            lock.lock()
            defer { lock.unlock() }
            if let folded { return folded }
            let built = FoldedText(plan: plan!)
            folded = built
            plan = nil
            return built
        }

        /// The folded text when it is built, nil while it is not.
        var builtText: FoldedText? {
            lock.lock()
            defer { lock.unlock() }
            return folded
        }

        /// Patches the folded text in place (the caller holds the only reference).
        func patch(_ change: (inout FoldedText) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            if folded != nil { change(&folded!) }
        }
    }

    private var storage: Storage

    /// An index over `plan`; nothing is folded until it is needed.
    public init(plan: Plan) { storage = Storage(plan: plan) }

    /// Starts folding the text on another thread, so the first search finds it ready.
    public func prepareInBackground() {
        let storage = self.storage
        DispatchQueue.global(qos: .utility).async { _ = storage.text }
    }

    /// The indices, among `candidates`, of rows containing `query` (case and accents ignored).
    public func rows(matching query: String, among candidates: [Int]) -> [Int] {
        guard !foldedBytes(query).allSatisfy({ $0 == FoldedText.separator }) else { return candidates }
        return storage.text.rows(matching: query, among: candidates)
    }

    /// Takes a text edit of `plan` (the plan after it): the `field` of the rows at `rows` (the group holding the
    /// text, contiguous). Costs the new text and the rows re-pointed to it, not the plan: the new text is folded
    /// at the end of the buffer. An index not folded yet starts over on `plan`, lazily.
    public mutating func textChanged(_ field: PlanTextField, rows: ClosedRange<Int>, in plan: Plan) {
        guard rows.upperBound < plan.rows.count else { self = SearchIndex(plan: plan); return }
        guard var folded = storage.builtText else { self = SearchIndex(plan: plan); return }
        if isKnownUniquelyReferenced(&storage) {
            folded = FoldedText.empty  // let go of the copy, so the patch below changes the buffer in place
            storage.patch { $0.replace(field, rows: rows, in: plan) }
        } else {
            folded.replace(field, rows: rows, in: plan)
            storage = Storage(folded: folded)
        }
    }

    /// Takes a change of rows of `plan` (the plan after rows were added, removed or moved): see `FoldedText.splice`.
    /// Returns the rows refolded, before and after the change (the rows after them moved by the difference of
    /// their counts); nil when the index was not folded yet (it starts over on `plan`, lazily).
    public mutating func rowsChanged(in plan: Plan) -> (old: Range<Int>, new: Range<Int>)? {
        guard var folded = storage.builtText else { self = SearchIndex(plan: plan); return nil }
        if isKnownUniquelyReferenced(&storage) {
            folded = FoldedText.empty
            var change: (old: Range<Int>, new: Range<Int>)?
            storage.patch { change = $0.splice(plan) }
            return change
        }
        let change = folded.splice(plan)
        storage = Storage(folded: folded)
        return change
    }
}

/// The folded text of a plan, so each search is one scan of one buffer.
///
/// Parent texts (area, kegiatan, sub kegiatan) are stored once, not once per row: a search first
/// finds the matching pieces of text, then keeps the rows whose own text or any parent matched.
struct FoldedText: Sendable {
    /// Every piece of folded text, each followed by a separator no query can contain. (These four change only
    /// through the edits in SearchIndexEdits.swift, which append pieces and re-point rows.)
    var buffer: [UInt8]
    /// Where each piece starts in `buffer`, plus one last entry for the end.
    var starts: [Int]
    /// For each row, its pieces: own text (ID, indikator, KET), sub kegiatan, kegiatan, area.
    var pieces: [(own: Int32, sub: Int32, kegiatan: Int32, area: Int32)]
    /// Each row's id, to tell after a change of rows which rows are still where they were.
    var ids: [RowID]

    static let separator: UInt8 = 0x1F

    /// Folds all text columns of `plan`'s rows (ID included).
    init(plan: Plan) {
        var buffer: [UInt8] = []
        var starts: [Int] = []
        var pieces: [(own: Int32, sub: Int32, kegiatan: Int32, area: Int32)] = []
        pieces.reserveCapacity(plan.rows.count)
        var ids: [RowID] = []
        ids.reserveCapacity(plan.rows.count)
        func add(_ texts: String...) -> Int32 {
            starts.append(buffer.count)
            for (i, text) in texts.enumerated() {
                if i > 0 { buffer.append(FoldedText.separator) }  // a match never spans two columns
                appendFolded(text, to: &buffer)
            }
            buffer.append(FoldedText.separator)
            return Int32(starts.count - 1)
        }
        var area: Int32 = 0, kegiatan: Int32 = 0, sub: Int32 = 0
        for row in plan.rows {
            if row.isFirstInArea || pieces.isEmpty { area = add(row.areaName) }
            if row.isFirstInKegiatan || pieces.isEmpty { kegiatan = add(row.kegiatan) }
            if row.isFirstInSubKegiatan || pieces.isEmpty { sub = add(row.subKegiatan) }
            let own = add(row.id.rawValue, row.indikator, row.ket)
            pieces.append((own, sub, kegiatan, area))
            ids.append(row.id)
        }
        starts.append(buffer.count)
        self.buffer = buffer
        self.starts = starts
        self.pieces = pieces
        self.ids = ids
    }

    /// The indices, among `candidates`, of rows containing `query` (case and accents ignored).
    func rows(matching query: String, among candidates: [Int]) -> [Int] {
        let needle = foldedBytes(query).filter { $0 != FoldedText.separator }
        guard !needle.isEmpty else { return candidates }
        if candidates.count * 4 < pieces.count {
            return rowsByPiece(matching: needle, among: candidates)  // few candidates: look only at their text
        }
        let matched = matchingPieces(needle)
        return candidates.filter { index in
            guard pieces.indices.contains(index) else { return false }  // not a row of this index's plan
            let p = pieces[index]
            return matched[Int(p.own)] || matched[Int(p.sub)] || matched[Int(p.kegiatan)] || matched[Int(p.area)]
        }
    }

    /// Candidates checked one by one, each shared parent text searched once.
    private func rowsByPiece(matching needle: [UInt8], among candidates: [Int]) -> [Int] {
        var known: [Int32: Bool] = [:]
        func matches(_ piece: Int32) -> Bool {
            if let answer = known[piece] { return answer }
            let answer = contains(needle, from: starts[Int(piece)], to: starts[Int(piece) + 1])
            known[piece] = answer
            return answer
        }
        return candidates.filter { index in
            guard pieces.indices.contains(index) else { return false }
            let p = pieces[index]
            return matches(p.own) || matches(p.sub) || matches(p.kegiatan) || matches(p.area)
        }
    }

    /// Whether `buffer[from..<to]` contains `needle`.
    private func contains(_ needle: [UInt8], from: Int, to: Int) -> Bool {
        buffer.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let first = pin.first else { return false }
                var at = from
                while at + pin.count <= to, let found = memchr(base + at, Int32(first), to - at - pin.count + 1) {
                    if memcmp(found, pin.baseAddress!, pin.count) == 0 { return true }
                    at = base.distance(to: UnsafeRawPointer(found)) + 1
                }
                return false
            }
        }
    }

    /// Which pieces contain `needle`: one pass over the buffer (`memchr` for the first byte, then `memcmp`).
    private func matchingPieces(_ needle: [UInt8]) -> [Bool] {
        var matched = [Bool](repeating: false, count: starts.count)
        buffer.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                guard let base = hay.baseAddress, let first = pin.first else { return }
                var from = 0
                while from + pin.count <= hay.count,
                      let found = memchr(base + from, Int32(first), hay.count - from - pin.count + 1) {
                    let offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, pin.baseAddress!, pin.count) == 0 {
                        let piece = pieceIndex(containing: offset)
                        matched[piece] = true
                        from = starts[piece + 1]  // the rest of this piece cannot add anything
                    } else {
                        from = offset + 1
                    }
                }
            }
        }
        return matched
    }

    /// The piece whose bytes include `offset` (binary search in `starts`).
    private func pieceIndex(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low + 1 < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return low
    }
}

extension Plan {
    /// Indices of rows in the given areas (all rows when `areas` is empty), in document order.
    public func rowIndices(inAreas areas: Set<Int>) -> [Int] {
        guard !areas.isEmpty else { return Array(rows.indices) }
        return rows.indices.filter { areas.contains(rows[$0].areaNumber) }
    }

    /// Indices of rows passing `filter`, in document order. Pass a prebuilt index to search many times.
    public func rowIndices(matching filter: RowFilter, index: SearchIndex? = nil) -> [Int] {
        let inAreas = rowIndices(inAreas: filter.areas)
        guard !filter.search.isEmpty else { return inAreas }
        return (index ?? SearchIndex(plan: self)).rows(matching: filter.search, among: inAreas)
    }
}

/// Totals over a plan's current marks: what `rencana check` and the title bar report.
public struct PlanCounts: Equatable, Sendable {
    public struct AreaCount: Equatable, Sendable {
        public let number: Int
        public let kegiatan: Int
        public let rows: Int
        public let scheduledMonths: Int
    }

    public let areas: [AreaCount]
    /// How many rows are scheduled in each month, Jan first.
    public let perMonth: [Int]
    public let kegiatan: Int
    public let rows: Int
    /// Checkmarks in the whole table.
    public let scheduledMonths: Int

    /// Counts `plan` with `marks` (indexed like `plan.rows`; the baseline when nil).
    public init(plan: Plan, marks: [MonthSet]? = nil) {
        let marks = marks ?? plan.baselineMarks
        var perMonth = [Int](repeating: 0, count: 12)
        var perArea: [Int: (rows: Int, months: Int)] = [:]
        for index in plan.rows.indices {
            let set = marks[index], area = plan.rows[index].areaNumber
            for month in set { perMonth[month.index] += 1 }
            perArea[area, default: (0, 0)].rows += 1
            perArea[area, default: (0, 0)].months += set.count
        }
        areas = plan.areas.map { area in
            let count = perArea[area.number] ?? (0, 0)
            return AreaCount(number: area.number, kegiatan: area.kegiatan.count, rows: count.rows, scheduledMonths: count.months)
        }
        self.perMonth = perMonth
        kegiatan = plan.kegiatanCount
        rows = plan.rows.count
        scheduledMonths = perMonth.reduce(0, +)
    }
}
