import Foundation
import PlanModel
import RencanaText

/// The period of a Laporan Monev: a Triwulan (TW I Jan–Mar … TW IV Okt–Des), a Semester, the year, or January up
/// to a month (`--until` alone, as `rencana progress` counts it).
public enum ReportPeriod: Equatable, Sendable {
    case triwulan(Int)
    case semester(Int)
    case year
    case until(Month)

    /// The report of the period `rencana progress` counts for the same options, so the two name one period.
    public init(_ period: ProgressPeriod) {
        switch period {
        case .triwulan(let n): self = .triwulan(n)
        case .semester(let n): self = .semester(n)
        case .year: self = .year
        case .until(let month): self = .until(month)
        }
    }

    /// The period's months, in order.
    public var months: [Month] {
        switch self {
        case .triwulan(let n): Array(Month.allCases[(n - 1) * 3..<n * 3])
        case .semester(let n): Array(Month.allCases[(n - 1) * 6..<n * 6])
        case .year: Month.allCases
        case .until(let month): Array(Month.allCases[...month.index])
        }
    }

    /// The same period for the one progress computation.
    public var progressPeriod: ProgressPeriod {
        switch self {
        case .triwulan(let n): .triwulan(n)
        case .semester(let n): .semester(n)
        case .year: .year
        case .until(let month): .until(month)
        }
    }

    /// January to the period's last month: the span of the cumulative figure.
    public var cumulativeMonths: [Month] { Array(Month.allCases[...(months.last!.index)]) }

    /// `TRIWULAN I TAHUN 2022 (JANUARI – MARET 2022)`, `SEMESTER II …`, `TAHUNAN …`.
    public func heading(year: Int) -> String {
        let name: String
        switch self {
        case .triwulan(let n): name = "TRIWULAN \(Self.roman(n))"
        case .semester(let n): name = "SEMESTER \(Self.roman(n))"
        case .year: name = "TAHUNAN"
        case .until(let month): name = Text.Report.untilHeading(month.fullName.uppercased())
        }
        return "\(name) TAHUN \(year) (\(months.first!.fullName.uppercased()) – \(months.last!.fullName.uppercased()) \(year))"
    }

    static func roman(_ n: Int) -> String { Text.roman(n) }
}

/// Indonesian numbers and dates as printed: `87,5%`, `8 April 2022`.
public enum IndonesianFormat {
    /// A share as a percentage with a decimal comma and at most one decimal, `–` when nothing is due.
    public static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return IndonesianNumber.percent(tenths: nil) }
        return IndonesianNumber.percent(tenths: Int((value * 1000).rounded()))
    }

    /// `YYYY-MM-DD` as `8 April 2022`; any other text as written.
    public static func date(_ text: String) -> String {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]).flatMap({ Month(rawValue: $0) }),
              let day = Int(parts[2]), (1...31).contains(day) else { return text }
        return "\(day) \(month.fullName) \(year)"
    }
}

extension IndonesianFormat {
    /// `87,5%` back to 0.875 (nil for `–` or any other text): a workbook stores the figure as a number.
    public static func percentValue(_ text: String) -> Double? {
        guard text.hasSuffix("%") else { return nil }
        let number = text.dropLast().replacingOccurrences(of: ",", with: ".")
        return Double(number).map { $0 / 100 }
    }

    /// `8 April 2022` back to its year, month and day (nil for any other text).
    public static func dateValue(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: " ")
        guard parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), let year = Int(parts[2]), (1900...9999).contains(year),
              let month = Month.allCases.first(where: { $0.fullName == parts[1] }) else { return nil }
        return (year, month.rawValue, day)
    }
}
