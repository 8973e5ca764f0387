import PlanModel
import XCTest

final class MonthTests: XCTestCase {
    func testLabelsAreTheSourceTablesHeaders() {
        XCTAssertEqual(Month.allCases.map(\.label),
                       ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"])
        XCTAssertEqual(Month.ags.fullName, "Agustus")
    }

    func testParsingAcceptsWhatPeopleType() {
        let cases: [(String, Month)] = [
            ("Jan", .jan), ("jan", .jan), ("JAN", .jan), ("Januari", .jan), ("1", .jan),
            ("Mei", .mei), ("may", .mei), ("Ags", .ags), ("Agu", .ags), ("agt", .ags), ("Aug", .ags),
            ("Agustus", .ags), ("8", .ags), ("Okt", .okt), ("Oct", .okt), ("Des", .des), ("Dec", .des),
            ("desember", .des), ("12", .des), (" Feb ", .feb),
        ]
        for (text, month) in cases { XCTAssertEqual(Month(parsing: text), month, text) }
    }

    func testParsingRefusesNonsense() {
        for text in ["", "0", "13", "-1", "Jux", "Ja", "month", "1.5"] {
            XCTAssertNil(Month(parsing: text), text)
        }
    }

    func testMonthSetIsCompactAndOrdered() {
        var set = MonthSet([.des, .mar, .jun])
        XCTAssertEqual(set.count, 3)
        XCTAssertEqual(Array(set), [.mar, .jun, .des])
        XCTAssertEqual(set.description, "Mar Jun Des")
        XCTAssertTrue(set.contains(.jun))
        XCTAssertFalse(set.contains(.jul))
        XCTAssertTrue(set.toggle(.jul))
        XCTAssertFalse(set.toggle(.mar))
        XCTAssertEqual(Array(set), [.jun, .jul, .des])
        set.set(.jun, false)
        XCTAssertEqual(set.strip(), "······√····√")
        XCTAssertEqual(MonthSet.all.count, 12)
        XCTAssertEqual(MonthSet(bits: 0xFFFF), MonthSet.all, "bits above December are dropped")
    }
}
