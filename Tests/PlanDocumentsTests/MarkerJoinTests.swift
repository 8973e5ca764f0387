import XCTest
import PlanDocuments

/// Issue 21's review: a list marker printed alone on a line (`2)` over `Menyempurnakan/mengubah`) or at a line's end with
/// its text on the next. A workbook's cell holds a no-break space after each marker whose first piece fits a line.
final class MarkerJoinTests: XCTestCase {
    func joined(_ text: String, _ points: Double = 200) -> String {
        DocumentText.markerJoined(text, points: points, size: 8.5)
    }

    func testAMarkerIsJoinedToItsWordWhereTheyFitALine() {
        XCTAssertEqual(joined("2) Menyempurnakan/mengubah berbagai"), "2)\u{00A0}Menyempurnakan/mengubah berbagai")
        XCTAssertEqual(joined("kerja; 3) Pelaksanaan dan 4) Pembangunan"), "kerja; 3)\u{00A0}Pelaksanaan dan 4)\u{00A0}Pembangunan")
        XCTAssertEqual(joined("(3) Daftar Hadir"), "(3)\u{00A0}Daftar Hadir")
        XCTAssertEqual(joined("a) satu b. dua 12. tiga"), "a)\u{00A0}satu b.\u{00A0}dua 12.\u{00A0}tiga")
        XCTAssertEqual(joined("(2) Foto\n(3) Daftar Hadir"), "(2)\u{00A0}Foto\n(3)\u{00A0}Daftar Hadir")
    }

    func testOtherTextStaysAsTyped() {
        for text in ["Tahun 2022. Tim", "e-LHKPN (RB) di", "Jan: Terlaksana", "2)", "2)  dua", "ab) x", "1234) x", "x2) y", "No. 3 dan"] {
            XCTAssertEqual(joined(text), text)
        }
    }

    func testAMarkerStaysApartWhereItsWordWouldBreakInside() {
        let piece = TextMeasure.width("2) Menyempurnakan/", size: 8.5)
        XCTAssertEqual(joined("2) Menyempurnakan/mengubah", piece - 1), "2) Menyempurnakan/mengubah")
        XCTAssertEqual(joined("2) Menyempurnakan/mengubah", piece + 1), "2)\u{00A0}Menyempurnakan/mengubah")
    }
}
