import XCTest
@testable import GanttUI

/// SGR (1006) mouse reports: clicks past column 223 arrive whole, and anything garbled is dropped.
final class SGRMouseTests: XCTestCase {
    func testPressesAndWheelAtAnyColumn() {
        XCTAssertEqual(SGRMouse.parse("0;1;1M"), .mouse(x: 0, y: 0, .press))
        XCTAssertEqual(SGRMouse.parse("0;240;7M"), .mouse(x: 239, y: 6, .press))
        XCTAssertEqual(SGRMouse.parse("0;1000;300M"), .mouse(x: 999, y: 299, .press))
        XCTAssertEqual(SGRMouse.parse("64;230;5M"), .mouse(x: 229, y: 4, .wheelUp))
        XCTAssertEqual(SGRMouse.parse("65;12;3M"), .mouse(x: 11, y: 2, .wheelDown))
        // A press with Shift, Meta or Ctrl held is still a press.
        XCTAssertEqual(SGRMouse.parse("4;10;2M"), .mouse(x: 9, y: 1, .press))
        XCTAssertEqual(SGRMouse.parse("16;10;2M"), .mouse(x: 9, y: 1, .press))
    }

    func testReleasesMotionAndOtherButtonsAreRecognisedAndIgnored() {
        XCTAssertEqual(SGRMouse.parse("0;10;2m"), .unknown)
        XCTAssertEqual(SGRMouse.parse("32;10;2M"), .unknown)
        XCTAssertEqual(SGRMouse.parse("1;10;2M"), .unknown)
        XCTAssertEqual(SGRMouse.parse("2;10;2M"), .unknown)
    }

    func testMalformedReportsAreNotKeys() {
        for body in ["", "M", "0;1M", "0;1;1;1M", "0;;1M", "a;1;1M", "0;1;1", "0;1;1X", "0;0;1M", "0;1;0M",
                     "-1;1;1M", "0;1;1 M", "0;123456;1M", "0;1;1M0", String(repeating: "9", count: 30) + "M",
                     "0;１;1M", "0;+1;1M"] {
            XCTAssertNil(SGRMouse.parse(body), "\(body.debugDescription) is not a report")
        }
    }
}
