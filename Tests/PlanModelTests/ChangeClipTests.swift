import XCTest
@testable import PlanModel

/// The journal's words cut long texts for `rencana log`: an edit's pair from where the two differ, a file by the end of
/// its path, and never inside the `\u{…}` that shows a control (the cut is made on the text, then made safe).
final class ChangeClipTests: XCTestCase {
    let hostile = "=cmd ESC:\u{1B}]0;pwn\u{07} bidi:\u{202E}evil C1:\u{9B}2J and more words after it"

    func testAPairIsShownFromWhereItDiffers() {
        let old = "SK Tim Reformasi Birokrasi di lingkungan Sekretariat KPU Kab."
        let new = "SK Tim Reformasi Birokrasi di lingkungan Sekretariat KPU Kabupaten"
        let shown = ChangeClip.pair(old, new)
        XCTAssertEqual(shown.old, "\"…di lingkungan Sekretariat KPU Kab.\"")
        XCTAssertEqual(shown.new, "\"…di lingkungan Sekretariat KPU Kabupaten\"")
    }

    func testNoCutFallsInsideAControlsEscape() {
        for cut in 0..<hostile.count {
            let text = String(hostile.dropFirst(cut))
            let words = [ChangeWords.quoted(text), ChangeClip.location(.file("bukti/" + text + ".pdf")),
                         ChangeClip.pair(text + " lama", text + " baru").old]
            for shown in words {
                XCTAssertFalse(shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E },
                               shown)
                // Every `\u{` that is shown is closed: no escape is cut in two.
                for piece in shown.components(separatedBy: "\\u{").dropFirst() {
                    XCTAssertTrue(piece.range(of: #"^[0-9A-F]{1,6}\}"#, options: .regularExpression) != nil, "\(shown)")
                }
            }
        }
    }

    func testAFileKeepsTheEndOfItsPath() {
        XCTAssertEqual(ChangeClip.location(.file("bukti/2022/triwulan-1/notulen-rapat-koordinasi-reformasi.pdf")),
                       "\"…/notulen-rapat-koordinasi-reformasi.pdf\"")
    }
}
