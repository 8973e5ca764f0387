import Foundation
import XCTest
@testable import PlanXlsx

/// The CRC-32 the workbook's patch writes into its ZIP entries: a wrong one makes Excel call the file damaged.
final class ZipChecksumTests: XCTestCase {
    func testTheChecksumIsZIPsCRC32() {
        // The standard check value of CRC-32 (ISO-HDLC, as ZIP uses it), the empty input, and a sheet-sized input
        // against zlib's own crc32 run once with Python (`zlib.crc32(bytes(range(256)) * 4096)`).
        XCTAssertEqual(Zip.crc32(Data("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(Zip.crc32(Data()), 0)
        let big = Data((0..<4096).flatMap { _ in (0...255).map { UInt8($0) } })
        XCTAssertEqual(Zip.crc32(big), 0x04D0_E435)
    }
}
