import Foundation
import XCTest
import PlanModel
@testable import PlanFormats

/// Shared helpers: the real plan.json, a small hand-made plan, and error capture.
enum Support {
    /// The package root: the nearest folder above this file that holds Package.swift.
    static func packageRoot(file: String = #filePath) -> URL {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(file)")
    }

    /// /work/main/plan.json, decoded; the test fails (not crashes) when it is missing or invalid.
    static func realPlan(file: StaticString = #filePath, line: UInt = #line) throws -> Plan {
        let url = packageRoot().appendingPathComponent("plan.json")
        let data = try XCTUnwrap(FileManager.default.contents(atPath: url.path),
                                 "plan.json not found at \(url.path)", file: file, line: line)
        return try PlanDecoder.decode(Array(data), file: "plan.json")
    }

    static func realPlanText() throws -> String {
        let url = packageRoot().appendingPathComponent("plan.json")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A fixture file's text.
    static func fixture(_ name: String, _ ext: String) throws -> String {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"),
                                "fixture \(name).\(ext) missing from the test bundle")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// A small plan with two areas and text that needs quoting.
    static func smallPlan() -> Plan {
        let doc = DocumentInfo(institution: "KPU Kabupaten Contoh", number: "1/ORT.07/0000/2023",
                               title: "Rencana Aksi | Uji", unit: "Sekretariat", year: 2023,
                               place: "Teminabuan", date: "2 Januari 2023", signer: "Nama Penanda",
                               signerTitle: "Ketua")
        return Plan(document: doc, areas: [
            ChangeArea(number: 1, name: "Manajemen Perubahan", kegiatan: [
                Kegiatan(title: "1) Perencanaan, tahap \"awal\"", subKegiatan: [
                    SubKegiatan(title: "1) Tim RB", indicators: [
                        Indicator(text: "SK Tim", months: MonthSet([.jan]), ket: ""),
                        Indicator(text: "Baris satu\nBaris dua", months: MonthSet([.mar, .jun, .sep, .des]), ket: " spasi depan"),
                    ]),
                    SubKegiatan(title: "2) Komitmen", indicators: [
                        Indicator(text: "a | b", months: MonthSet(), ket: "Belum ada"),
                    ]),
                ]),
                Kegiatan(title: "2) Pelaksanaan", subKegiatan: [
                    SubKegiatan(title: "1) Sosialisasi", indicators: [
                        Indicator(id: "X-1", text: "Media; daring", months: .all, ket: ""),
                    ]),
                ]),
            ]),
            ChangeArea(number: 2, name: "Penataan", kegiatan: [
                Kegiatan(title: "1) Evaluasi", subKegiatan: [
                    SubKegiatan(title: "Pemetaan", indicators: [
                        Indicator(text: "", months: MonthSet([.jan, .ags]), ket: ""),
                    ]),
                ]),
            ]),
        ])
    }

    /// Runs `body`, expecting a `CSVImportError`; returns it (nil and a failure when none is thrown).
    static func importError(_ text: String, file: String = "t.csv", _ testFile: StaticString = #filePath,
                            line: UInt = #line) -> CSVImportError? {
        do {
            let plan = try CSVImport.plan(fromCSV: text, file: file, year: 2023)
            XCTFail("expected an error, got a plan of \(plan.rows.count) rows", file: testFile, line: line)
            return nil
        } catch {
            return error
        }
    }

    /// A comparable picture of a plan: every row's columns, and the document.
    static func snapshot(_ plan: Plan) -> [[String]] {
        plan.rows.map { row in
            [row.id.rawValue, String(row.areaNumber), row.areaName, row.kegiatan, row.subKegiatan,
             row.indikator, row.baseline.description, row.ket,
             "\(row.position.area).\(row.position.kegiatan).\(row.position.sub).\(row.position.indicator)"]
        }
    }
}
