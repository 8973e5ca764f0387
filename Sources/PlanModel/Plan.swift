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

    public init(institution: String = "", number: String = "", title: String, unit: String = "", year: Int,
                place: String = "", date: String = "", signer: String = "", signerTitle: String = "") {
        self.institution = institution
        self.number = number
        self.title = title
        self.unit = unit
        self.year = year
        self.place = place
        self.date = date
        self.signer = signer
        self.signerTitle = signerTitle
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
    private var indexByID: [RowID: Int]

    public init(document: DocumentInfo, areas: [ChangeArea]) {
        self.document = document
        self.areas = areas
        var rows: [PlanRow] = []
        rows.reserveCapacity(areas.reduce(0) { total, area in
            total + area.kegiatan.reduce(0) { $0 + $1.subKegiatan.reduce(0) { $0 + $1.indicators.count } }
        })
        var indexByID: [RowID: Int] = [:]
        indexByID.reserveCapacity(rows.capacity)
        for a in areas.indices { Self.appendRows(of: areas[a], at: a, to: &rows, index: &indexByID) }
        self.rows = rows
        self.indexByID = indexByID
    }

    /// Appends the rows of `area`, the plan's area at index `a`, to `rows`, indexing their ids.
    private static func appendRows(of area: ChangeArea, at a: Int, to rows: inout [PlanRow], index indexByID: inout [RowID: Int]) {
        // Index loops and no temporaries: at 100,000 rows every copy of a row's strings shows in the load time.
        for k in area.kegiatan.indices {
            for s in area.kegiatan[k].subKegiatan.indices {
                let sub = area.kegiatan[k].subKegiatan[s]
                for i in sub.indicators.indices {
                    let id = sub.indicators[i].id
                        ?? .positional(area: area.number, kegiatan: k + 1, sub: s + 1, indicator: i + 1)
                    // The first row with an ID keeps it; `firstDuplicateID` reports any later one.
                    if let earlier = indexByID.updateValue(rows.count, forKey: id) { indexByID[id] = earlier }
                    rows.append(PlanRow(
                        index: rows.count, id: id, position: .init(area: a, kegiatan: k, sub: s, indicator: i),
                        areaNumber: area.number, areaName: area.name, kegiatan: area.kegiatan[k].title,
                        subKegiatan: sub.title, indikator: sub.indicators[i].text, baseline: sub.indicators[i].months,
                        ket: sub.indicators[i].ket))
                }
            }
        }
    }

    /// The rows of the areas at `range` (rows are in area order).
    func rowRange(ofAreas range: Range<Int>) -> Range<Int> { firstRow(ofArea: range.lowerBound)..<firstRow(ofArea: range.upperBound) }

    /// The index of the first row of the area at index `a` or of any later area (`rows.count` if none).
    private func firstRow(ofArea a: Int) -> Int {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if rows[mid].position.area < a { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Replaces the areas at `range`, and their rows, with `replacement` (rows with explicit ids, unique in
    /// the plan), numbering the areas by position. Costs the rows replaced, plus one pass over the rows after
    /// them when the number of rows or areas changes: a structural edit without rebuilding the whole plan.
    mutating func replaceAreas(_ range: Range<Int>, with replacement: [ChangeArea]) {
        let old = rowRange(ofAreas: range)
        for i in old where indexByID[rows[i].id] == i { indexByID[rows[i].id] = nil }
        var fresh: [PlanRow] = []
        var freshIndex: [RowID: Int] = [:]
        var numbered = replacement
        for n in numbered.indices {
            numbered[n].number = range.lowerBound + n + 1
            Self.appendRows(of: numbered[n], at: range.lowerBound + n, to: &fresh, index: &freshIndex)
        }
        let rowShift = fresh.count - old.count, areaShift = numbered.count - range.count
        for i in fresh.indices {
            fresh[i].index += old.lowerBound
            // Set even when the id is indexed elsewhere: a row moved here from a later area not yet replaced.
            indexByID[fresh[i].id] = fresh[i].index
        }
        rows.replaceSubrange(old, with: fresh)
        areas.replaceSubrange(range, with: numbered)
        guard rowShift != 0 || areaShift != 0 else { return }
        for i in (old.lowerBound + fresh.count)..<rows.count {
            if indexByID[rows[i].id] == rows[i].index { indexByID[rows[i].id] = i }
            rows[i].index = i
            if areaShift != 0 {
                let p = rows[i].position
                rows[i].position = .init(area: p.area + areaShift, kegiatan: p.kegiatan, sub: p.sub, indicator: p.indicator)
                rows[i].areaNumber = p.area + areaShift + 1
            }
        }
        if areaShift != 0 { for a in (range.lowerBound + numbered.count)..<areas.count { areas[a].number = a + 1 } }
    }

    /// The first row whose ID an earlier row already has, with that earlier row; nil when IDs are unique.
    public var firstDuplicateID: (row: PlanRow, first: PlanRow)? {
        guard indexByID.count < rows.count else { return nil }
        for row in rows where indexByID[row.id] != row.index { return (row, rows[indexByID[row.id]!]) }
        return nil
    }

    /// The position in `rows` of the row with this ID.
    public func rowIndex(of id: RowID) -> Int? { indexByID[id] }

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
