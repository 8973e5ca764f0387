import RencanaText

/// A reporting period of the plan's year: a Triwulan, a Semester, the whole year, or January up to a month.
public enum ProgressPeriod: Hashable, Sendable {
    /// Triwulan 1–4: TW I Jan–Mar, TW II Apr–Jun, TW III Jul–Sep, TW IV Okt–Des.
    case triwulan(Int)
    /// Semester 1 (Jan–Jun) or 2 (Jul–Des).
    case semester(Int)
    /// Tahunan: January to December.
    case year
    /// January up to and including this month.
    case until(Month)

    /// The period's first and last month (a number outside 1–4 / 1–2 is clamped into range).
    public var months: ClosedRange<Month> {
        switch self {
        case .triwulan(let number):
            let tw = min(max(number, 1), 4)
            return Month(rawValue: 3 * tw - 2)!...Month(rawValue: 3 * tw)!
        case .semester(let number):
            let semester = min(max(number, 1), 2)
            return Month(rawValue: 6 * semester - 5)!...Month(rawValue: 6 * semester)!
        case .year: return .jan ... .des
        case .until(let month): return .jan ... month
        }
    }

    /// The cumulative period (kumulatif): from January to this period's last month.
    public var cumulative: ProgressPeriod { .until(months.upperBound) }

    /// The Triwulan (1–4) a month belongs to.
    public static func triwulan(of month: Month) -> Int { (month.rawValue + 2) / 3 }
}

/// The counts of one row or group over a period, as of a month. Every count is of planned
/// month-items (a row planned in Jan and Apr has two), except `outside`, which counts cells.
public struct ProgressFigures: Hashable, Sendable {
    /// Planned months due in the period by the as-of month, a moved month counted where it was moved to.
    public var due = 0
    /// Due and recorded Terlaksana.
    public var done = 0
    /// Due and recorded Terlaksana Sebagian.
    public var partly = 0
    /// Due and recorded Tidak Terlaksana (and a move that leads round in a circle).
    public var missed = 0
    /// Due and not recorded yet (terlambat).
    public var overdue = 0
    /// Planned months of the period moved to another month (Digeser), counted where they were planned.
    public var moved = 0
    /// Months recorded done (or partly) that were not planned: done outside the schedule, counted apart.
    public var outside = 0
    /// Done or partly done (in the schedule or outside it) without any evidence of the row for that month.
    public var kurangBukti = 0

    public init(due: Int = 0, done: Int = 0, partly: Int = 0, missed: Int = 0, overdue: Int = 0,
                moved: Int = 0, outside: Int = 0, kurangBukti: Int = 0) {
        self.due = due
        self.done = done
        self.partly = partly
        self.missed = missed
        self.overdue = overdue
        self.moved = moved
        self.outside = outside
        self.kurangBukti = kurangBukti
    }

    /// Capaian as a fraction, (done + ½·partly) ÷ due; nil when nothing is due (shown "–", never 0 or 100 %).
    public var capaian: Double? {
        due == 0 ? nil : (Double(done) + 0.5 * Double(partly)) / Double(due)
    }

    /// Capaian in tenths of a percent, rounded half up (875 for 87,5 %); nil when nothing is due.
    /// Integer arithmetic, so the display never depends on how a binary fraction rounds.
    public var capaianTenths: Int? {
        guard due > 0 else { return nil }
        // (2·done + partly) / (2·due) × 1000, rounded half up.
        let numerator = (2 * done + partly) * 1000
        let denominator = 2 * due
        return (2 * numerator + denominator) / (2 * denominator)
    }

    /// Capaian as Indonesians write it: `87,5%`, `100%`, or `–` when nothing is due.
    public var capaianText: String { IndonesianNumber.percent(tenths: capaianTenths) }

    /// Σ of two groups' counts: aggregation is a sum of counts, never a mean of percentages.
    public static func + (a: ProgressFigures, b: ProgressFigures) -> ProgressFigures {
        var sum = a
        sum += b
        return sum
    }

    public static func += (a: inout ProgressFigures, b: ProgressFigures) {
        a.due += b.due
        a.done += b.done
        a.partly += b.partly
        a.missed += b.missed
        a.overdue += b.overdue
        a.moved += b.moved
        a.outside += b.outside
        a.kurangBukti += b.kurangBukti
    }
}

/// Numbers the Indonesian way (CLDR `id`): decimal comma, thousands dot, percent without a space.
public enum IndonesianNumber {
    /// `1.234.567`.
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// A percentage from tenths: 875 → `87,5%`, 1000 → `100%`; nil → `–`.
    public static func percent(tenths: Int?) -> String {
        guard let tenths else { return Text.Progress.nothingDue }
        let whole = integer(tenths / 10)
        let tenth = tenths % 10
        return tenth == 0 ? whole + "%" : whole + "," + String(tenth) + "%"
    }
}

/// What one month of one row amounts to for progress, worked out from the row's planned months,
/// its recorded statuses and whether it has evidence. Twelve of these are a row's contribution.
///
/// Packed in 16 bits: bits 0–3 how many planned items are due in this month (a month moved here
/// adds one), bits 4–6 their status, bit 7 planned here and moved away, bit 8 done outside the
/// schedule, bit 9 recorded done or partly without evidence.
public struct MonthProgress: Hashable, Sendable {
    /// The status that the items due in a month share (the month's own record).
    public enum Outcome: UInt16, Sendable {
        case overdue = 0, done, partly, missed
    }

    public let bits: UInt16
    public static let none = MonthProgress(bits: 0)

    init(bits: UInt16) { self.bits = bits }

    init(items: Int, outcome: Outcome, movedAway: Bool, outside: Bool, withoutEvidence: Bool) {
        var bits = UInt16(items) & 0xF
        bits |= outcome.rawValue << 4
        if movedAway { bits |= 1 << 7 }
        if outside { bits |= 1 << 8 }
        if withoutEvidence { bits |= 1 << 9 }
        self.bits = bits
    }

    /// Planned items due in this month (0 when none; 2 when a month was moved into a planned one).
    public var items: Int { Int(bits & 0xF) }
    /// The status of the items due here; `.overdue` when nothing is recorded.
    public var outcome: Outcome { Outcome(rawValue: (bits >> 4) & 0x7) ?? .overdue }
    /// Planned in this month and moved to another one.
    public var movedAway: Bool { bits & (1 << 7) != 0 }
    /// Not planned (nor moved here) and recorded done or partly.
    public var outside: Bool { bits & (1 << 8) != 0 }
    /// Recorded done or partly with no evidence for this month.
    public var withoutEvidence: Bool { bits & (1 << 9) != 0 }

    /// This month's counts, assuming it is due (in the period and not after the as-of month).
    public var figures: ProgressFigures {
        var figures = ProgressFigures()
        let items = self.items
        figures.due = items
        if items > 0 {
            switch outcome {
            case .done: figures.done = items
            case .partly: figures.partly = items
            case .missed: figures.missed = items
            case .overdue: figures.overdue = items
            }
            if withoutEvidence && (outcome == .done || outcome == .partly) { figures.kurangBukti = items }
        }
        if movedAway { figures.moved = 1 }
        if outside {
            figures.outside = 1
            if withoutEvidence { figures.kurangBukti += 1 }
        }
        return figures
    }
}

/// Which months of a row have evidence: any piece tied to no month covers the whole row.
public struct EvidenceCover: Hashable, Sendable {
    public var wholeRow = false
    public var months = MonthSet()

    public init(wholeRow: Bool = false, months: MonthSet = MonthSet()) {
        self.wholeRow = wholeRow
        self.months = months
    }

    public func covers(_ month: Month) -> Bool { wholeRow || months.contains(month) }
}

/// The progress arithmetic of one row, pure: from its planned months (current marks), its
/// recorded statuses and its evidence to twelve `MonthProgress` values.
public enum RowProgress {
    /// Where each planned month is due and how it stands.
    ///
    /// A month recorded `moved(q)` is no longer due where planned: it is due in q, and q's own
    /// record counts for it (if q is moved too, the move is followed on). Several items may land on
    /// one month; they share its record. A move that leads back to a month already on its way
    /// (a circle) is taken as not done: due where planned, counted missed.
    public static func months(planned: MonthSet, status: (Month) -> RealisationStatus?,
                              evidence: EvidenceCover) -> [MonthProgress] {
        var codes = StatusCodes()
        for month in Month.allCases { codes.set(month.index, status(month)) }
        let packed = self.packed(planned: planned, codes: codes, evidence: evidence)
        return (0..<12).map { MonthProgress(bits: packed[$0]) }
    }

    /// `months(planned:status:evidence:)` without allocating: the twelve values' bits in lanes 0–11.
    static func packed(planned: MonthSet, codes: StatusCodes, evidence: EvidenceCover) -> SIMD16<UInt16> {
        var items = SIMD16<UInt8>(repeating: 0)
        var movedAway: UInt16 = 0
        var rest = planned.bits
        while rest != 0 {
            let month = rest.trailingZeroBitCount
            rest &= rest - 1
            let target = resolve(month, codes: codes)
            items[target] &+= 1
            if target != month { movedAway |= 1 << month }
        }
        var result = SIMD16<UInt16>(repeating: 0)
        let covered: UInt16 = evidence.wholeRow ? 0xFFFF : evidence.months.bits
        for month in 0..<12 {
            let code = codes.codes[month]
            let doneOrPartly = code == StatusCodes.done || code == StatusCodes.partly
            let count = UInt16(items[month])
            let bit: UInt16 = 1 << month
            let outside = count == 0 && planned.bits & bit == 0 && doneOrPartly
            let doneHere = (count > 0 || outside) && doneOrPartly
            // nil → overdue (0), done 1, partly 2, missed and moved → missed (3).
            let outcome: UInt16 = count == 0 || code == StatusCodes.none ? 0 : min(UInt16(code), 3)
            var bits = count & 0xF | outcome << 4
            if movedAway & bit != 0 { bits |= 1 << 7 }
            if outside { bits |= 1 << 8 }
            if doneHere && covered & bit == 0 { bits |= 1 << 9 }
            result[month] = bits
        }
        return result
    }

    /// The month a planned month is due in after following its moves.
    static func resolve(_ start: Month, status: (Month) -> RealisationStatus?) -> Month {
        var codes = StatusCodes()
        for month in Month.allCases { codes.set(month.index, status(month)) }
        return Month(index: resolve(start.index, codes: codes)) ?? start
    }

    /// The month index a planned month index is due in after following its moves (a circle: where planned).
    static func resolve(_ start: Int, codes: StatusCodes) -> Int {
        var visited: UInt16 = 1 << start
        var month = start
        while let next = codes.movedTo(month) {
            if visited & (1 << next) != 0 { return start }
            visited |= 1 << next
            month = next
        }
        return month
    }

    /// A row's figures over a period, as of a month, from its twelve values.
    public static func figures(_ months: [MonthProgress], period: ProgressPeriod, asOf: Month) -> ProgressFigures {
        var figures = ProgressFigures()
        let range = period.months
        guard range.lowerBound <= asOf else { return figures }
        for month in range.lowerBound.rawValue...min(range.upperBound, asOf).rawValue {
            figures += months[month - 1].figures
        }
        return figures
    }
}

/// A row's twelve recorded statuses as small numbers in one fixed-size value (no dictionary, no closure):
/// 0 not recorded, 1 done, 2 partly, 3 missed, 4 + m moved to the month with index m.
struct StatusCodes {
    static let none: UInt8 = 0, done: UInt8 = 1, partly: UInt8 = 2, missed: UInt8 = 3, moved: UInt8 = 4
    var codes = SIMD16<UInt8>(repeating: 0)

    /// Sets month index `month`'s status.
    mutating func set(_ month: Int, _ status: RealisationStatus?) {
        switch status {
        case nil: codes[month] = Self.none
        case .done: codes[month] = Self.done
        case .partly: codes[month] = Self.partly
        case .missed: codes[month] = Self.missed
        case .moved(let target): codes[month] = Self.moved + UInt8(target.index)
        }
    }

    /// The month index this month was moved to, if it was.
    func movedTo(_ month: Int) -> Int? {
        let code = codes[month]
        return code >= Self.moved ? Int(code - Self.moved) : nil
    }
}
