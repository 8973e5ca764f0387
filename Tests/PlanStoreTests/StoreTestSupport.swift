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

    func open(user: String = "ani") throws -> StateStore {
        try StateStore.open(plan: plan, url: stateURL, user: user)
    }

    func stateText() throws -> String { try String(contentsOf: stateURL, encoding: .utf8) }

    func months(_ store: StateStore, _ id: RowID) -> [Month] {
        Array(store.marks[store.plan.rowIndex(of: id)!])
    }
}
