import XCTest
import RencanaText
@testable import PlanStore

/// Code that tells a refusal by its words must tell it in either language (issue 20: the interface is chosen
/// per process, and a message is never matched against its English text).
final class LanguageGuardTests: XCTestCase {
    func testAForeignOwnersFileIsNeverOfferedAResetInEitherLanguage() {
        for language in Language.allCases {
            Text.$language.withValue(language) {
                let foreign = StoreError(file: "plan.jsonl", message: Text.StateGuard.foreignOwner(uid: 1001, gid: 1001))
                XCTAssertFalse(StateFileGuard.resetMayHelp(foreign), "\(language): --reset-state cannot help with another user's file")
                let damaged = StoreError(file: "plan.jsonl", line: 3, message: Text.State.entryNotObject)
                XCTAssertTrue(StateFileGuard.resetMayHelp(damaged), "\(language): a damaged file may be moved aside")
                for refusal in [Text.StateGuard.isSymlink, Text.StateGuard.notRegular, Text.StateGuard.notAStateFile,
                                Text.StateGuard.isThePlan] {
                    XCTAssertFalse(StateFileGuard.resetMayHelp(StoreError(file: "plan.jsonl", message: refusal)), "\(language): \(refusal)")
                }
            }
        }
    }

    func testTheTwoLanguagesDiffer() {
        let english = Text.$language.withValue(.en) { Text.StateGuard.foreignOwner(uid: 1, gid: 2) }
        let indonesian = Text.$language.withValue(.id) { Text.StateGuard.foreignOwner(uid: 1, gid: 2) }
        XCTAssertEqual(english, "belongs to another user (uid 1, gid 2) and shares no group with you; it was left untouched")
        XCTAssertEqual(indonesian, "milik pengguna lain (uid 1, gid 2) dan tidak segrup dengan Anda; berkas dibiarkan apa adanya")
    }
}
