import XCTest
@testable import GanttUI
import PlanModel

/// Wrapping and the detail pane are linear in the text's length for every script: four times the text takes
/// well under sixteen times as long (a quadratic cut of long unspaced words, as before, took 60 s at 100,000 CJK).
final class LongTextTests: XCTestCase {
    private func seconds(_ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    func testWrappingLongUnspacedTextsIsLinear() {
        for unit in ["東京都庁改革計画実施", "การปฏิรูประบบราชการ", String(repeating: "e\u{301}", count: 5), "abcdefghij"] {
            let short = String(repeating: unit, count: 1_000), long = String(repeating: unit, count: 4_000)
            let lines = long.wrapped(toWidth: 37)
            XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 37 })
            XCTAssertEqual(lines.joined(), long, "nothing lost or added")
            let a = seconds { _ = short.wrapped(toWidth: 37) }, b = seconds { _ = long.wrapped(toWidth: 37) }
            XCTAssertLessThan(b, a * 9 + 0.005, "\(unit): \(a) s for 10,000 characters, \(b) s for 40,000")
        }
    }

    func testTheDetailPaneOfA100000CharacterCJKRowIsQuick() {
        let text = String(repeating: "東京都庁改革計画実施", count: 10_000)
        let plan = Plan(document: DocumentInfo(title: "T", unit: "U", year: 2022), areas: [
            ChangeArea(number: 1, name: "A", kegiatan: [Kegiatan(title: "K", subKegiatan: [
                SubKegiatan(title: "S", indicators: [Indicator(text: text, months: MonthSet([.jan]))]),
            ])]),
        ])
        let state = AppState(plan: plan, width: 120, height: 40, today: .nov)
        let time = seconds { _ = state.pressing(.char("d")).detailContent.lines.count }
        // Generous for a debug build on a shared machine; the quadratic version took minutes here.
        XCTAssertLessThan(time, 10)
    }
}
