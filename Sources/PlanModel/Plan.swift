/// The stable identifier of one indicator row, such as `7.3.1.2`
/// (area 7, its third kegiatan, that kegiatan's first sub kegiatan, second indicator).
///
/// Rows get this positional ID unless plan.json gives an explicit `id`.
public struct RowID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (a: RowID, b: RowID) -> Bool { a.rawValue < b.rawValue }

    /// The positional ID of an indicator from 1-based positions.
    public static func positional(area: Int, kegiatan: Int, sub: Int, indicator: Int) -> RowID {
        RowID("\(area).\(kegiatan).\(sub).\(indicator)")
    }
}

/// Facts about the decree the plan belongs to, shown in the dashboard's title and in exports.
public struct DocumentInfo: Equatable, Sendable {
    /// The issuing body, e.g. "Komisi Pemilihan Umum Kabupaten Sorong Selatan".
    public var institution: String
    /// The decree number (NOMOR), e.g. "3/ORT.07/9204/2022".
    public var number: String
    /// What the decree is about (TENTANG).
    public var title: String
    /// The unit whose plan the appendix table is.
    public var unit: String
    /// The plan's year; its months are this year's.
    public var year: Int
    /// Where and when it was signed (Ditetapkan di / Pada tanggal), the date as written, e.g. "26 Januari 2022".
    public var place: String
    public var date: String
    /// Who signed, and in what office.
    public var signer: String
    public var signerTitle: String
    /// The office's code (e.g. the kode satker), optional: it names the office in a province's roll-up.
    public var code: String

    public init(institution: String = "", number: String = "", title: String, unit: String = "", year: Int,
                place: String = "", date: String = "", signer: String = "", signerTitle: String = "", code: String = "") {
        self.institution = institution
        self.number = number
        self.title = title
        self.unit = unit
        self.year = year
        self.place = place
        self.date = date
        self.signer = signer
        self.signerTitle = signerTitle
        self.code = code
    }
}

/// One indicator row (INDIKATOR KEBERHASILAN) with its scheduled months and remark (KET).
public struct Indicator: Equatable, Sendable {
    /// An explicit ID from the plan file; nil means the positional ID.
    public var id: RowID?
    /// The indicator text as printed, numbering such as "1)" included. May be empty, as in the source.
    public var text: String
    /// The months marked √ in the plan as signed.
    public var months: MonthSet
    /// The KET (keterangan) column.
    public var ket: String

    public init(id: RowID? = nil, text: String, months: MonthSet, ket: String = "") {
        self.id = id
        self.text = text
        self.months = months
        self.ket = ket
    }
}

/// A SUB KEGIATAN and its indicator rows.
public struct SubKegiatan: Equatable, Sendable {
    public var title: String
    public var indicators: [Indicator]
    public init(title: String, indicators: [Indicator]) {
        self.title = title
        self.indicators = indicators
    }
}

/// A KEGIATAN (activity) of a change area.
public struct Kegiatan: Equatable, Sendable {
    public var title: String
    public var subKegiatan: [SubKegiatan]
    public init(title: String, subKegiatan: [SubKegiatan]) {
        self.title = title
        self.subKegiatan = subKegiatan
    }
}

/// An AREA PERUBAHAN (change area), numbered 1…n as in the NO. column.
public struct ChangeArea: Equatable, Sendable {
    public var number: Int
    public var name: String
    public var kegiatan: [Kegiatan]
    public init(number: Int, name: String, kegiatan: [Kegiatan]) {
        self.number = number
        self.name = name
        self.kegiatan = kegiatan
    }
}

/// A whole action plan: the decree's facts and its table, with the table flattened into rows.
public struct Plan: Sendable {
    public internal(set) var document: DocumentInfo
    public internal(set) var areas: [ChangeArea]
    /// Every indicator row in document order: the 18-column table, one line per indicator.
    public internal(set) var rows: [PlanRow]
    /// Each id's slot (the first row with an id keeps it), each slot's row index, each row's slot: a structural
    /// edit shifts the rows after it by rewriting `rowOfSlot`, an array, never the dictionary.
    private var slotOfID: [RowID: Int]
    private var rowOfSlot: [Int]
    private var slotOfRow: [Int]

    public init(document: DocumentInfo, areas: [ChangeArea]) {
        self.document = document
        self.areas = areas
        var rows: [PlanRow] = []
        rows.reserveCapacity(areas.reduce(0) { total, area in
            total + area.kegiatan.reduce(0) { $0 + $1.subKegiatan.reduce(0) { $0 + $1.indicators.count } }
        })
        var slotOfID: [RowID: Int] = [:]
        slotOfID.reserveCapacity(rows.capacity)
        for a in areas.indices {
            for k in areas[a].kegiatan.indices { Self.appendRows(of: areas[a], at: a, kegiatan: k, to: &rows, slots: &slotOfID) }
        }
        self.rows = rows
        self.slotOfID = slotOfID
        rowOfSlot = Array(rows.indices)
        slotOfRow = rowOfSlot
    }

    /// Appends the rows of kegiatan `k` of `area` (the plan's area at index `a`) to `rows`; a new id gets the
    /// slot equal to its row's index in `rows`.
    private static func appendRows(of area: ChangeArea, at a: Int, kegiatan k: Int, to rows: inout [PlanRow],
                                   slots: inout [RowID: Int]) {
        // Index loops and no temporaries: at 100,000 rows every copy of a row's strings shows in the load time.
        for s in area.kegiatan[k].subKegiatan.indices {
            let sub = area.kegiatan[k].subKegiatan[s]
            for i in sub.indicators.indices {
                let id = sub.indicators[i].id
                    ?? .positional(area: area.number, kegiatan: k + 1, sub: s + 1, indicator: i + 1)
                // The first row with an ID keeps it; `firstDuplicateID` reports any later one.
                if let earlier = slots.updateValue(rows.count, forKey: id) { slots[id] = earlier }
                rows.append(PlanRow(
                    index: rows.count, id: id, position: .init(area: a, kegiatan: k, sub: s, indicator: i),
                    areaNumber: area.number, areaName: area.name, kegiatan: area.kegiatan[k].title,
                    subKegiatan: sub.title, indikator: sub.indicators[i].text, baseline: sub.indicators[i].months,
                    ket: sub.indicators[i].ket))
            }
        }
    }

    /// The rows of the areas at `range` (rows are in area order).
    func rowRange(ofAreas range: Range<Int>) -> Range<Int> {
        firstRow { $0.area < range.lowerBound }..<firstRow { $0.area < range.upperBound }
    }

    /// The rows of kegiatan `k` of the area at index `a`.
    func rowRange(area a: Int, kegiatan k: Int) -> Range<Int> {
        firstRow { $0.area < a || ($0.area == a && $0.kegiatan < k) }..<firstRow { $0.area < a || ($0.area == a && $0.kegiatan <= k) }
    }

    /// The first row for which `before` is false (rows are in document order).
    private func firstRow(where before: (PlanRow.Position) -> Bool) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if before(rows[mid].position) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Replaces the rows at `old` with `fresh` (explicit, unique ids), re-indexing the rows after them.
    private mutating func replaceRows(_ old: Range<Int>, with fresh: [PlanRow]) {
        for i in old where slotOfID[rows[i].id] == slotOfRow[i] { slotOfID[rows[i].id] = nil }
        var slots: [Int] = []
        slots.reserveCapacity(fresh.count)
        var placed = fresh
        for i in placed.indices {
            placed[i].index = old.lowerBound + i
            // Set even when the id has a slot elsewhere: a row moved here from a group not yet replaced.
            slotOfID[placed[i].id] = rowOfSlot.count
            slots.append(rowOfSlot.count)
            rowOfSlot.append(placed[i].index)
        }
        rows.replaceSubrange(old, with: placed)
        slotOfRow.replaceSubrange(old, with: slots)
        guard fresh.count != old.count else { return }
        for i in (old.lowerBound + fresh.count)..<rows.count {
            rows[i].index = i
            rowOfSlot[slotOfRow[i]] = i
        }
    }

    /// Replaces the areas at `range`, and their rows, with `replacement` (rows with explicit ids, unique in
    /// the plan), numbering the areas by position. Costs the rows replaced, plus one pass over the rows after
    /// them when the number of rows or areas changes: a structural edit without rebuilding the whole plan.
    mutating func replaceAreas(_ range: Range<Int>, with replacement: [ChangeArea]) {
        let old = rowRange(ofAreas: range)
        var fresh: [PlanRow] = []
        var scratch: [RowID: Int] = [:]
        var numbered = replacement
        for n in numbered.indices {
            numbered[n].number = range.lowerBound + n + 1
            for k in numbered[n].kegiatan.indices {
                Self.appendRows(of: numbered[n], at: range.lowerBound + n, kegiatan: k, to: &fresh, slots: &scratch)
            }
        }
        replaceRows(old, with: fresh)
        areas.replaceSubrange(range, with: numbered)
        let areaShift = numbered.count - range.count
        guard areaShift != 0 else { return }
        for i in (old.lowerBound + fresh.count)..<rows.count {
            let p = rows[i].position
            rows[i].position = .init(area: p.area + areaShift, kegiatan: p.kegiatan, sub: p.sub, indicator: p.indicator)
            rows[i].areaNumber = p.area + areaShift + 1
        }
        for a in (range.lowerBound + numbered.count)..<areas.count { areas[a].number = a + 1 }
    }

    /// Replaces kegiatan `k` of the area at index `a`, and its rows (explicit, unique ids), with `replacement`.
    mutating func replaceKegiatan(area a: Int, _ k: Int, with replacement: Kegiatan) {
        let old = rowRange(area: a, kegiatan: k)
        areas[a].kegiatan[k] = replacement
        var fresh: [PlanRow] = []
        var scratch: [RowID: Int] = [:]
        Self.appendRows(of: areas[a], at: a, kegiatan: k, to: &fresh, slots: &scratch)
        replaceRows(old, with: fresh)
    }

    /// The first row whose ID an earlier row already has, with that earlier row; nil when IDs are unique.
    public var firstDuplicateID: (row: PlanRow, first: PlanRow)? {
        guard slotOfID.count < rows.count else { return nil }
        for row in rows where rowIndex(of: row.id) != row.index { return (row, rows[rowIndex(of: row.id)!]) }
        return nil
    }

    /// The position in `rows` of the row with this ID.
    public func rowIndex(of id: RowID) -> Int? { slotOfID[id].map { rowOfSlot[$0] } }

    /// The row with this ID.
    public func row(_ id: RowID) -> PlanRow? { rowIndex(of: id).map { rows[$0] } }

    /// The months of every row as signed, indexed like `rows`.
    public var baselineMarks: [MonthSet] { rows.map(\.baseline) }

    /// The area with this number (its NO.).
    public func area(number: Int) -> ChangeArea? { areas.first { $0.number == number } }

    /// How many KEGIATAN the plan has, across all areas.
    public var kegiatanCount: Int { areas.reduce(0) { $0 + $1.kegiatan.count } }
}

/// One line of the 18-column table: an indicator with its ancestors' texts repeated.
public struct PlanRow: Equatable, Sendable {
    /// Where a row sits in the hierarchy, as zero-based indices.
    public struct Position: Equatable, Sendable {
        public let area: Int, kegiatan: Int, sub: Int, indicator: Int
    }

    /// Position in `Plan.rows`.
    public internal(set) var index: Int
    public let id: RowID
    public internal(set) var position: Position
    /// NO.
    public internal(set) var areaNumber: Int
    /// AREA PERUBAHAN
    public internal(set) var areaName: String
    /// KEGIATAN
    public internal(set) var kegiatan: String
    /// SUB KEGIATAN
    public internal(set) var subKegiatan: String
    /// INDIKATOR KEBERHASILAN
    public internal(set) var indikator: String
    /// PELAKSANAAN (BULAN) as signed.
    public let baseline: MonthSet
    /// KET.
    public internal(set) var ket: String

    /// True on the first row of its area: where the merged NO./AREA PERUBAHAN cell is printed.
    public var isFirstInArea: Bool { position.kegiatan == 0 && position.sub == 0 && position.indicator == 0 }
    /// True on the first row of its kegiatan.
    public var isFirstInKegiatan: Bool { position.sub == 0 && position.indicator == 0 }
    /// True on the first row of its sub kegiatan.
    public var isFirstInSubKegiatan: Bool { position.indicator == 0 }

    /// The text columns in table order: AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR, KET.
    public var texts: [String] { [areaName, kegiatan, subKegiatan, indikator, ket] }
}
