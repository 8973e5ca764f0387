import XCTest
import PlanDocuments

/// `CellLines`: a cell's text with its line ends set where its rows are measured, so LibreOffice prints every line off
/// the right border (issue 21: "…Reformasi Birokrasi di" on the LAMPIRAN's border); the text otherwise as typed.
final class CellLinesTests: XCTestCase {
    static let text = "1) Kegiatan kick off / Pembangunan komitmen pelaksanaan Reformasi Birokrasi di lingkungan Biro pada "
        + "Sekretariat Jenderal KPU/Sekretariat KPU Provinsi/Sekretariat KPU Kabupaten/Sekretariat KPU Kota; e-LHKPN dan "
        + "SK_Sekretaris_KPU_Kabupaten_Sorong_Selatan_Nomor_2_ORT07_9204_2022_tentang_Pembentukan_Tim"

    /// The text as typed once the line feeds are read as the spaces they stand for (after `-` and a zero-width space,
    /// as nothing) and the zero-width spaces are left out.
    static func typed(_ text: String) -> String {
        text.replacingOccurrences(of: "-\n", with: "-").replacingOccurrences(of: "\u{200B}\n", with: "")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{200B}", with: "")
    }

    func testEveryLineEndsWithinTheNarrowerWidthAndTheRowsHoldThem() {
        for (points, full) in [(149.8, 161.0), (60.6, 69.25), (51.3, 55.8)] {
            let wrapped = CellLines.wrapped(Self.text, points: points, full: full, size: 10)
            XCTAssertEqual(Self.typed(wrapped), Self.text)
            // As LibreOffice wraps it at the cell's full width: each line as written, wrapped at `full`, is one line no
            // wider than `points` (a word longer than a line broken at its zero-width spaces), so it ends off the border.
            var printed = 0
            for line in wrapped.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                let pieces = line.split(separator: "\u{200B}").map(String.init)
                // (A word wider than `points` but not than the cell is printed whole: a line fewer than measured.)
                XCTAssertLessThanOrEqual(TextMeasure.lineCount(line, points: full, size: 10),
                                         TextMeasure.lineCount(line, points: points, size: 10), "\(points): \(line)")
                for piece in pieces where TextMeasure.lineCount(piece, points: full, size: 10) == 1 && piece.contains(" ") {
                    XCTAssertLessThanOrEqual(TextMeasure.width(piece.trimmingCharacters(in: .whitespaces), size: 10), points, piece)
                }
                printed += TextMeasure.lineCount(line, points: full, size: 10)
            }
            // The rows are measured on the text as typed at `points`: they hold every printed line.
            XCTAssertLessThanOrEqual(printed, TextMeasure.lineCount(Self.text, points: points, size: 10), "\(points)")
        }
    }

    /// Where LibreOffice breaks a line itself (the next word would not fit the cell's full width either), the space stays.
    func testALineFeedOnlyWhereLibreOfficeWouldPutOneMoreWordOnTheLine() {
        // "bbbbbbb" fits beside "aaaa" in 80 pt but not in 60: a line feed; "cccccccccc" beside "bbbbbbb" in neither.
        let wrapped = CellLines.wrapped("aaaa bbbbbbb cccccccccc", points: 60, full: 80, size: 10)
        XCTAssertEqual(wrapped, "aaaa\nbbbbbbb cccccccccc")
        // A text on one line is never touched.
        XCTAssertEqual(CellLines.wrapped("Kasubbag Umum", points: 60, full: 80, size: 10), "Kasubbag Umum")
        // A word wider than the lines but not than the cell stays whole (broken, it would be split mid-word).
        XCTAssertEqual(CellLines.wrapped("ab Penyelenggaraan", points: 80, full: 100, size: 10), "ab\nPenyelenggaraan")
    }

    /// An evidence number in a narrow column breaks after its slashes, before a digit too (LibreOffice cut
    /// `45/PL.01-Kpt/92|04/2022`); a short `a/b` word stays as typed.
    func testANumberWiderThanItsColumnIsBreakableAfterEverySlash() {
        XCTAssertEqual(MonevLayout.breakable("(1) SK 45/PL.01-Kpt/9204/2022 unit/satuan", wordsWiderThan: 60, size: 8.5),
                       "(1) SK 45/\u{200B}PL.01-Kpt/\u{200B}9204/\u{200B}2022 unit/satuan")
        XCTAssertEqual(MonevLayout.breakable("012/LHKPN/I/2022", wordsWiderThan: 200, size: 8.5), "012/LHKPN/I/2022")
    }
}
