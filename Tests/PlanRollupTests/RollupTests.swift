import Foundation
import PlanModel
import PlanRollup
import PlanStore
import XCTest

/// The recap of a small hand-made folder, every figure worked out by hand below.
///
/// Office A (Kabupaten Alfa), plan X, TW I as of March:
///   r1 Jan+Feb, r2 Mar (area 1); r3 Feb+Mar, r4 Jul (area 2).
///   r1 Jan done with evidence of January, r1 Feb partly (no evidence), r3 Feb missed, r3 Mar done (no evidence),
///   r2 Mar nothing, and r4 planned in August too (the plan revised): due 5, done 2, partly 1, missed 1, overdue 1, capaian (2 + ½)/5 = 50 %, kurang bukti 2.
///   Area 1: due 3, done 1, partly 1, overdue 1, 50 %, KB 1. Area 2: due 2, done 1, missed 1, 50 %, KB 1.
/// Office B (Kota Beta): one row planned in July: nothing due in TW I, capaian "–"; one `pj` entry.
/// Office C (Kabupaten Gama), sent twice (c-new holds c-old's entry and two more), plan X without r3:
///   r1 Jan done (no evidence), r2 Mar done with evidence of March, r1 Feb nothing:
///   due 3, done 2, overdue 1, capaian 2/3 = 66,7 %, kurang bukti 1.
/// Province: due 8, done 4, partly 1, missed 1, overdue 2, capaian 4,5/8 = 56,3 % (the mean of the offices'
///   percentages would be 58,3 %), kurang bukti 3.
/// Also in the folder: a damaged plan, a foreign JSON file, a plan whose journal is damaged, a plan of 2021, and a
/// plan with another plan's journal beside it.
final class RollupTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The evidence files are there: a file that has gone would be kurang bukti (issue 20).
        for name in ["sk.pdf", "lap.pdf"] { try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent(name)) }
        let planX = [("1", "Manajemen Perubahan", [("r1", [Month.jan, .feb]), ("r2", [.mar])]),
                     ("2", "Pengawasan", [("r3", [.feb, .mar]), ("r4", [.jul])])]
        try write("a", plan: Self.plan("Komisi Pemilihan Umum Kabupaten Alfa", areas: planX), entries: [
            .status(row: "r1", month: .jan, old: nil, new: .done),
            .evidenceAdd(Evidence(id: "e-000000000001", row: "r1", month: .jan, kind: EvidenceKind.allCases[0],
                                  title: "SK", location: .file("sk.pdf"))),
            .status(row: "r1", month: .feb, old: nil, new: .partly),
            .status(row: "r3", month: .feb, old: nil, new: .missed),
            .status(row: "r3", month: .mar, old: nil, new: .done),
            .set(MarkChange(row: "r4", month: .ags, old: false, new: true)),  // a revision of the schedule, outside TW I
        ])
        try write("b", plan: Self.plan("Komisi Pemilihan Umum Kota Beta", areas: [("1", "Manajemen Perubahan", [("b1", [.jul])])]),
                  entries: [.pj(row: "b1", old: "", new: "Ani")])
        let planC = [("1", "Manajemen Perubahan", [("r1", [Month.jan, .feb]), ("r2", [.mar])]),
                     ("2", "Pengawasan", [("r4", [.jul])])]
        let cEntries: [Change] = [
            .status(row: "r1", month: .jan, old: nil, new: .done),
            .status(row: "r2", month: .mar, old: nil, new: .done),
            .evidenceAdd(Evidence(id: "e-000000000002", row: "r2", month: .mar, kind: EvidenceKind.allCases[0],
                                  title: "Laporan", location: .file("lap.pdf"))),
        ]
        try write("c-new", plan: Self.plan("Komisi Pemilihan Umum Kabupaten Gama", areas: planC), entries: cEntries, idPrefix: "c")
        // The older send: the first entry only, same ids; its document differs in case and spaces only.
        try write("c-old", plan: Self.plan("KOMISI PEMILIHAN UMUM  Kabupaten Gama", areas: planC), entries: Array(cEntries.prefix(1)),
                  idPrefix: "c")
        try Data("{\"format\":\"rencana-plan\",\"document\":{\"title\":".utf8).write(to: folder.appendingPathComponent("d.json"))
        try Data("{\"name\":\"not a plan\"}".utf8).write(to: folder.appendingPathComponent("foreign.json"))
        try write("e", plan: Self.plan("Komisi Pemilihan Umum Kabupaten Eta", areas: planC), entries: [])
        try Data("{\"format\":\"rencana-state\",\"version\":2,\"plan\":\"e.json\"}\nnot json\n".utf8)
            .write(to: folder.appendingPathComponent("e.jsonl"))
        // A journal of plan X beside a plan whose rows are other ones: another plan's journal.
        try write("g", plan: Self.plan("Komisi Pemilihan Umum Kabupaten Geo", areas: [("1", "Manajemen Perubahan", [("g1", [.jan])])]),
                  entries: [.status(row: "r1", month: .jan, old: nil, new: .done), .status(row: "r2", month: .mar, old: nil, new: .done)])
        var old = Self.plan("Komisi Pemilihan Umum Kabupaten Lama", areas: planC)
        old = Plan(document: DocumentInfo(institution: old.document.institution, title: "Lama", unit: old.document.unit, year: 2021),
                   areas: old.areas)
        try write("f", plan: old, entries: [])
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    static func plan(_ institution: String, areas: [(String, String, [(String, [Month])])]) -> Plan {
        Plan(document: DocumentInfo(institution: institution, title: "Rencana Aksi", unit: "Sekretariat " + institution, year: 2022),
             areas: areas.map { number, name, rows in
                 ChangeArea(number: Int(number)!, name: name, kegiatan: [Kegiatan(title: "K", subKegiatan: [
                     SubKegiatan(title: "S", indicators: rows.map { Indicator(id: RowID($0.0), text: "Indikator \($0.0)",
                                                                              months: MonthSet($0.1)) })])])
             })
    }

    private func write(_ stem: String, plan: Plan, entries changes: [Change], idPrefix: String? = nil) throws {
        try Data(PlanEncoder.json(plan).utf8).write(to: folder.appendingPathComponent(stem + ".json"))
        let entries = changes.enumerated().map { n, change in
            JournalEntry(seq: n + 1, id: String(repeating: "0", count: 31 - (idPrefix ?? stem).count) + (idPrefix ?? stem) + "\(n + 1)",
                         at: Date(timeIntervalSince1970: 1_643_673_600 + Double(n) * 86_400), by: "tim", change: change)
        }
        try Data(StateFormat.text(planName: stem + ".json", entries: entries).utf8)
            .write(to: folder.appendingPathComponent(stem + ".jsonl"))
    }

    private func listing() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    func testTheRecapByOfficeHasTheFiguresWorkedOutByHand() throws {
        let before = try listing()
        let rollup = Rollup.read([folder.path])
        XCTAssertEqual(try listing(), before, "the roll-up wrote into the offices' folder")
        XCTAssertEqual(rollup.year, 2022)
        XCTAssertEqual(rollup.offices.count, 3)
        XCTAssertEqual(Set(rollup.skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent }),
                       ["d.json", "foreign.json", "e.jsonl", "f.json", "g.jsonl"])
        XCTAssertTrue(rollup.skipped.allSatisfy { !$0.reason.isEmpty && !$0.reason.contains("\n") })
        XCTAssertTrue(rollup.skipped.contains { $0.reason.contains("2021") })
        // One office sent twice: counted once, the newer (a superset) kept.
        XCTAssertEqual(rollup.merged.count, 1)
        XCTAssertTrue(rollup.merged[0].kept.hasSuffix("c-new.json"))
        XCTAssertTrue(rollup.merged[0].superset)
        XCTAssertEqual(rollup.merged[0].keptEntries, 3)
        // Each office keeps its replayed year (what its own grid shows).
        XCTAssertEqual(rollup.offices.map(\.year.entries.count), [6, 1, 3])
        XCTAssertEqual(rollup.offices.map(\.year.plan.rows.count), rollup.offices.map(\.plan.rows.count))
        XCTAssertEqual(rollup.offices[0].year.realisation.evidence.count, 1)

        let lines = rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)
        XCTAssertEqual(lines.map(\.name), ["Komisi Pemilihan Umum Kabupaten Alfa", "Komisi Pemilihan Umum Kabupaten Gama",
                                           "Komisi Pemilihan Umum Kota Beta", "Seluruh kantor"])
        XCTAssertEqual(lines[0].figures, ProgressFigures(due: 5, done: 2, partly: 1, missed: 1, overdue: 1, kurangBukti: 2))
        XCTAssertEqual(lines[0].figures.capaianText, "50%")
        XCTAssertEqual(lines[1].figures, ProgressFigures(due: 3, done: 2, overdue: 1, kurangBukti: 1))
        XCTAssertEqual(lines[1].figures.capaianText, "66,7%")
        XCTAssertEqual(lines[2].figures.due, 0)
        XCTAssertEqual(lines[2].figures.capaianText, "–")
        XCTAssertEqual(lines[3].figures, ProgressFigures(due: 8, done: 4, partly: 1, missed: 1, overdue: 2, kurangBukti: 3))
        XCTAssertEqual(lines[3].figures.capaianText, "56,3%")
        XCTAssertEqual(lines.map(\.rows), [4, 3, 1, 8])
        XCTAssertEqual(lines[1].latestEntry, Date(timeIntervalSince1970: 1_643_673_600 + 2 * 86_400))
        XCTAssertEqual(lines[2].latestEntry, Date(timeIntervalSince1970: 1_643_673_600))
        XCTAssertEqual(lines.compactMap(\.revised), [true, false, false])

        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .capaian).map(\.figures.capaianText),
                       ["50%", "66,7%", "–", "56,3%"])
        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .kurangBukti).map(\.figures.kurangBukti),
                       [2, 1, 0, 3])
    }

    func testTheRecapByAreaAndItsProvinceLines() throws {
        let rollup = Rollup.read([folder.path])
        let lines = rollup.lines(by: .area, period: .triwulan(1), asOf: .mar, sort: .office)
        let alfa = lines.filter { $0.name.hasSuffix("Alfa") }
        XCTAssertEqual(alfa.map(\.areaNumber), [1, 2])
        XCTAssertEqual(alfa[0].figures, ProgressFigures(due: 3, done: 1, partly: 1, overdue: 1, kurangBukti: 1))
        XCTAssertEqual(alfa[1].figures, ProgressFigures(due: 2, done: 1, missed: 1, kurangBukti: 1))
        let areaTotals = lines.filter { $0.level == .provinceArea }
        // Area 1: Alfa 3 due + Gama 3 due + Beta 0; area 2: Alfa 2 + Gama 0.
        XCTAssertEqual(areaTotals.map(\.figures.due), [6, 2])
        XCTAssertEqual(areaTotals.map(\.figures.done), [3, 1])
        XCTAssertEqual(lines.last?.figures, ProgressFigures(due: 8, done: 4, partly: 1, missed: 1, overdue: 2, kurangBukti: 3))
    }

    func testTheOlderSendFoundFirstStillGivesWayToTheNewer() throws {
        let rollup = Rollup.read([folder.appendingPathComponent("c-old.json").path, folder.appendingPathComponent("c-new.json").path])
        XCTAssertEqual(rollup.offices.count, 1)
        XCTAssertTrue(rollup.offices[0].source.plan.hasSuffix("c-new.json"))
        XCTAssertTrue(rollup.offices[0].source.journal?.hasSuffix("c-new.jsonl") ?? false)
    }

    func testHostileTextsAreNeutralisedInEveryFormat() throws {
        let hostile = "=HYPERLINK(\"http://x\")\u{1B}]0;pwned\u{07}\u{202E}"
        try write("h", plan: Self.plan(hostile, areas: [("1", "@SUM(A1)\u{1B}[2J", [("h1", [.jan])])]), entries: [])
        let rollup = Rollup.read([folder.path])
        for by in RollupBy.allCases {
            let lines = rollup.lines(by: by, period: .triwulan(1), asOf: .mar, sort: .office)
            let text = RollupFormats.text(rollup, lines: lines, by: by, period: .triwulan(1), asOf: .mar)
            let csv = RollupFormats.csv(rollup, lines: lines)
            let json = RollupFormats.json(rollup, lines: lines, period: .triwulan(1), asOf: .mar)
            var jsonl = ""
            RollupFormats.jsonl(rollup, period: .triwulan(1), asOf: .mar, into: &jsonl)
            for output in [text, csv, json, jsonl] {
                XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, output)
            }
            // Every CSV cell that starts like a formula is neutralised with an apostrophe.
            XCTAssertFalse(csv.contains(",=") || csv.contains("\n=") || csv.contains(",@") || csv.contains(",\"=") , csv)
            XCTAssertTrue(csv.contains("'=HYPERLINK"), csv)
        }
    }

    func testAFolderOfGeneratedOfficesIsDeterministicAndVaried() throws {
        let base = Self.plan("Komisi Pemilihan Umum Kabupaten Sorong Selatan",
                             areas: [("1", "Manajemen Perubahan", (1...12).map { ("g\($0)", [Month(index: $0 - 1)!]) })])
        let first = (0..<20).map { SyntheticOffices.office($0, base: base, seed: 3) }
        let again = (0..<20).map { SyntheticOffices.office($0, base: base, seed: 3) }
        XCTAssertEqual(first.map(\.entries), again.map(\.entries))
        XCTAssertEqual(Set(first.map { $0.plan.document.institution }).count, 20)
        XCTAssertGreaterThan(Set(first.map(\.plan.rows.count)).count, 1, "rows added and removed")
        XCTAssertGreaterThan(Set(first.map(\.entries.count)).count, 5, "a varying share of the year recorded")
    }
}

/// How offices are found in a folder: which journal pairs with which plan, subfolders, what is listed as skipped.
final class OfficeSourcesTests: XCTestCase {
    func testJournalsPairWithTheirPlansByName() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let office = root.appendingPathComponent("kab-a"), deep = root.appendingPathComponent("x/y/z")
        for folder in [office, deep] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        for name in ["kab-a/plan.json", "kab-a/plan-1a2b3c4d.jsonl", "kab-a/bukti.pdf", "b.json", "b.state.jsonl", "c.json",
                     "c.jsonl", "c-deadbeef.jsonl", "orphan.jsonl", "x/y/z/too-deep.json", ".hidden.json"] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.json").path, withDestinationPath: "/etc/passwd")
        let found = OfficeSources.find([root.path])
        let relative = { (path: String?) in path.map { String($0.dropFirst(root.path.count + 1)) } }
        XCTAssertEqual(found.sources.map { [relative($0.plan)!, relative($0.journal) ?? "-"] },
                       [["b.json", "b.state.jsonl"], ["c.json", "c.jsonl"], ["kab-a/plan.json", "kab-a/plan-1a2b3c4d.jsonl"]])
        XCTAssertEqual(Set(found.skipped.map { relative($0.path)! }), ["c-deadbeef.jsonl", "orphan.jsonl", "link.json"])
        // Files named one by one: a journal brings its plan, a plan its journal, the same office once.
        let named = OfficeSources.find([root.appendingPathComponent("b.state.jsonl").path, root.appendingPathComponent("b.json").path,
                                        root.appendingPathComponent("nothing.json").path])
        XCTAssertEqual(named.sources.map { relative($0.journal) }, ["b.state.jsonl"])
        XCTAssertEqual(named.skipped.map { relative($0.path) }, ["nothing.json"])
    }
}
