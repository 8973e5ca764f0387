import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// A three-row plan and a fresh temporary folder per test.
class StoreTestCase: XCTestCase {
    var folder: URL!
    var stateURL: URL { folder.appendingPathComponent("state.jsonl") }

    let plan = Plan(document: DocumentInfo(title: "Contoh", year: 2022), areas: [
        ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
            Kegiatan(title: "1) Perencanaan", subKegiatan: [
                SubKegiatan(title: "1) Tim", indicators: [
                    Indicator(text: "SK Tim", months: MonthSet([.jan])),
                    Indicator(text: "Rencana Aksi", months: MonthSet([.jun, .des])),
                ]),
            ]),
        ]),
        ChangeArea(number: 2, name: "Deregulasi", kegiatan: [
            Kegiatan(title: "1) Evaluasi", subKegiatan: [
                SubKegiatan(title: "Pemetaan", indicators: [Indicator(text: "Data", months: MonthSet([.mar]))]),
            ]),
        ]),
    ])

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rencana-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        _ = chmod(folder.path, 0o755)
        try? FileManager.default.removeItem(at: folder)
    }

    /// A v2 header and the start of entry #1, for hand-written hostile lines (`head + body + "}"`).
    let hostileHeader = #"{"format":"rencana-state","version":2,"plan":"plan.json"}"#
    let hostileHead = #"{"seq":1,"id":"0123456789abcdef0123456789abcdef","at":"2026-01-05T08:00:00Z","by":"ani","#

    /// Writes a state file whose one entry is `body`, opens it, and gives the error's words (nil when it opened);
    /// fails when the file was changed.
    func refusal(_ body: String) throws -> String? {
        let text = hostileHeader + "\n" + hostileHead + body + "}\n"
        try Data(text.utf8).write(to: stateURL)
        defer { XCTAssertEqual(try? String(contentsOf: stateURL, encoding: .utf8), text, "left untouched") }
        do {
            _ = try open()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func open(user: String = "ani") throws -> StateStore {
        try StateStore.open(plan: plan, url: stateURL, user: user)
    }

    func stateText() throws -> String { try String(contentsOf: stateURL, encoding: .utf8) }

    func months(_ store: StateStore, _ id: RowID) -> [Month] {
        Array(store.marks[store.plan.rowIndex(of: id)!])
    }
}

/// A store test with the plan written to `plan.json` in the folder, as the snapshot cache needs (it is tied to the
/// plan file): a full open parses it, `restored` opens from the snapshot.
class SnapshotStoreTestCase: StoreTestCase {
    var planURL: URL { folder.appendingPathComponent("plan.json") }
    /// The user's cache folder of this test (`XDG_CACHE_HOME` points into the test's folder, never the real home).
    var cacheFolder: URL { folder.appendingPathComponent("cache/rencana") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        setenv("XDG_CACHE_HOME", folder.appendingPathComponent("cache").path, 1)
        try Data(PlanEncoder.json(plan).utf8).write(to: planURL)
    }

    override func tearDownWithError() throws {
        unsetenv("XDG_CACHE_HOME")
        try super.tearDownWithError()
    }

    /// A full open: the plan parsed from its file, every line replayed (what the snapshot must reproduce).
    func fullOpen() throws -> StateStore {
        let store = try StateStore.open(plan: try PlanFile.load(planURL.path), url: stateURL, user: "ani")
        store.planPath = planURL.path
        return store
    }

    /// The store restored from the snapshot (nil when there is no fresh one).
    func restoredStore() throws -> StateStore? {
        try StateStore.openFromSnapshot(planPath: planURL.path, url: stateURL, user: "ani")
    }
}

/// Every row's twelve month values and the plan's, each area's and kegiatan's figures, as text: two trackers
/// compared whole, with a readable difference when they are not equal.
func progressText(_ tracker: ProgressTracker) -> String {
    var out = (0..<tracker.plan.rows.count).map { "\(tracker.months(ofRow: $0).map(\.bits))" }
    out.append("\(tracker.figures(of: .plan, period: .year, asOf: .des))")
    for a in tracker.plan.areas.indices {
        out.append("\(tracker.figures(of: .area(a), period: .year, asOf: .des))")
        for k in tracker.plan.areas[a].kegiatan.indices {
            out.append("\(tracker.figures(of: .kegiatan(area: a, kegiatan: k), period: .triwulan(2), asOf: .jun))")
        }
    }
    return out.joined(separator: "\n")
}
