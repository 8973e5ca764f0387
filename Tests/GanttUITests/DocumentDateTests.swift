import Foundation
import XCTest
@testable import GanttUI
import PlanModel

/// `D`'s "Pada tanggal" follows `rencana document --date`: a day that is not on the calendar is refused in the form
/// (the typed text kept, the form open), a real one is saved as the documents print it.
final class DocumentDateTests: XCTestCase {
    private func keys(_ text: String) -> [ScriptedInputs.Step] { text.map { .key(.char($0)) } }

    func testAnImpossibleDayIsRefusedInTheFormAndARealOneSaved() throws {
        let plan = try Fixture.plan()
        let store = MemoryStore(plan: plan)
        let state = AppState(plan: plan, year: store.state, width: 80, height: 24, today: .nov, asOf: .nov)
        let clear: [ScriptedInputs.Step] = [.key(.ctrl("e"))] + Array(repeating: .key(.backspace), count: 40)
        let toDate = Array(repeating: ScriptedInputs.Step.key(.down), count: DocumentForm.fields.firstIndex(of: .date)!)
        let (runtime, inputs, _) = Runtime.scripted(state, store: store, clock: FakeClock(date: utcDate(11, 10, "09:00:00"))) { _ in
            [.key(.char("D"))] + toDate + clear + self.keys("31 Februari 2022") + [.key(.enter), .look("refused")]
                + clear + self.keys("kapan-kapan") + [.key(.enter), .look("refused again")]
                + clear + self.keys("2022-02-28") + [.key(.enter), .key(.char("q"))]
        }
        XCTAssertEqual(runtime.run(), .quit)
        try GoldenScreen.check(XCTUnwrap(inputs.looks["refused"]), "document-date-refused-80x24")
        let again = try XCTUnwrap(inputs.looks["refused again"]).text
        XCTAssertTrue(again.contains("Pada tanggal*  kapan-kapan") && again.contains("no such day"), again)
        XCTAssertEqual(store.state.entries.map(\.change), [
            .document(field: .date, old: plan.document.date, new: "28 Februari 2022"),
        ], "only the real day is saved, as the command line writes it")
    }
}
