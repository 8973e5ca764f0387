import Foundation

/// A deterministic realisation of a plan, for benchmarks and trials (`rencana generate --realisation`):
/// journal entries recording a status for about half of the planned cells and `evidence` items.
/// The same plan, seed and count always give the same entries, ids and times included.
public enum SyntheticRealisation {
    /// Evidence items per 100,000 rows when not told otherwise (the benchmark: 20,000).
    public static func defaultEvidence(rows: Int) -> Int { rows / 5 }

    /// The entries, numbered from 1, one minute apart from January 1 of the plan's year.
    ///
    /// Each planned cell (row × month with a √) is recorded with probability ½: done 60 %, partly 15 %,
    /// missed 15 % (with a note), moved 10 % (to the next month, or the one before for December).
    /// Evidence goes to recorded done or partly cells in turn (a file or, one in four, a link),
    /// cycling when there are fewer such cells than items.
    public static func entries(plan: Plan, marks: [MonthSet]? = nil, seed: UInt64 = 1, evidence: Int,
                               by user: String = "generate") -> [JournalEntry] {
        var random = SplitMix64(seed: seed ^ 0x5245_414C_4953_4153)  // "REALISAS"
        var ids = SplitMix64(seed: seed &+ 0x1D)
        var changes: [Change] = []
        var doneCells: [(RowID, Month)] = []
        for row in plan.rows {
            let planned = marks?[row.index] ?? row.baseline
            for month in planned where random.next(below: 2) == 0 {
                let status: RealisationStatus
                switch random.next(below: 20) {
                case 0..<12: status = .done
                case 12..<15: status = .partly
                case 15..<18: status = .missed
                default: status = .moved(month == .des ? .nov : Month(index: month.index + 1)!)
                }
                changes.append(.status(row: row.id, month: month, old: nil, new: status))
                if status == .missed {
                    changes.append(.note(row: row.id, month: month, old: "", new: "Tidak terlaksana: jadwal bentrok"))
                }
                if status == .done || status == .partly { doneCells.append((row.id, month)) }
            }
        }
        let kinds = EvidenceKind.allCases
        for n in 0..<(doneCells.isEmpty ? 0 : max(0, evidence)) {
            let (row, month) = doneCells[n % doneCells.count]
            let kind = kinds[random.next(below: kinds.count)]
            let location: Evidence.Location = n % 4 == 3 ? .url("https://bukti.example/\(n + 1)")
                                                         : .file("bukti/\(kind.rawValue.lowercased())-\(n + 1).pdf")
            changes.append(.evidenceAdd(Evidence(id: "e-" + hex(ids.next(), digits: 12), row: row, month: month, kind: kind,
                                                 title: "\(kind.rawValue) \(month.fullName) \(n + 1)",
                                                 number: n % 3 == 0 ? "\(n + 1)/RB/\(plan.document.year)" : "",
                                                 location: location)))
        }
        var parts = DateComponents()
        parts.year = plan.document.year
        parts.month = 1
        parts.day = 1
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
        return changes.enumerated().map { n, change in
            JournalEntry(seq: n + 1, id: hex(ids.next(), digits: 16) + hex(ids.next(), digits: 16),
                         at: start.addingTimeInterval(Double(n) * 60), by: user, change: change)
        }
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String((String(repeating: "0", count: 16 - text.count) + text).suffix(digits))
    }
}
