import Foundation
import GanttUI
import PlanModel

/// `rencana-bench --long-texts`: the detail pane, wrapping, width measurement, truncation and search on one row
/// whose indicator holds a long text of each script, at two lengths: time per character must stay flat (linear).
enum LongTexts {
    /// 10 characters of each script, repeated to the length measured.
    static let scripts: [(String, String)] = [
        ("ASCII words", "kata uji. "),
        ("CJK (no spaces)", "東京都庁改革計画実施"),
        ("Thai (no spaces)", "การปฏิรูประบบราชการ"),
        ("combining accents", String(repeating: "e\u{301}", count: 5)),
        ("ZWJ emoji", String(repeating: "👨‍👩‍👧", count: 10)),
        ("controls", "a\u{1B}]0;x\u{07}b\nc\t"),
    ]

    nonisolated(unsafe) static var lengths = [10_000, 100_000]

    static func plan(_ text: String) -> Plan {
        Plan(document: DocumentInfo(title: "Bench", unit: "Unit", year: 2022), areas: [
            ChangeArea(number: 1, name: "Area", kegiatan: [Kegiatan(title: "Kegiatan", subKegiatan: [
                SubKegiatan(title: "Sub", indicators: [Indicator(text: text, months: MonthSet([.jan]))]),
            ])]),
        ])
    }

    /// Median of `reps` runs of `body`, in milliseconds.
    static func median(_ reps: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<reps {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }

    static func run() {
        print("| script | chars | detail pane (d) | wrap to 60 | width | search miss | ns/char (detail) |")
        fflush(nil); print("|---|---:|---:|---:|---:|---:|---:|")
        for (name, unit) in scripts {
            for length in LongTexts.lengths {
                let repeats = length / unit.count
                let text = String(repeating: unit, count: max(1, repeats))
                let chars = text.count
                let plan = plan(text)
                let state = AppState(plan: plan, width: 200, height: 50, searchInBackground: false)
                let detail = median(3) { _ = state.pressing(.char("d")).detailContent.lines.count }
                let wrap = median(3) { _ = text.wrapped(toWidth: 60).count }
                let width = median(3) { _ = text.displayWidth }
                let search = median(3) { _ = state.matches(for: "tidak ada", among: nil).count }
                defer { fflush(nil) }
                print("| \(name) | \(chars) | \(f(detail)) | \(f(wrap)) | \(f(width)) | \(f(search)) | \(f(detail * 1e6 / Double(chars))) |")
            }
        }
    }

    static func f(_ v: Double) -> String { String(format: v < 10 ? "%.2f" : "%.0f", v) }
}

extension AppState {
    /// The state after pressing `key` (effects dropped).
    func pressing(_ key: Key) -> AppState { handle(self, key).0 }
}
