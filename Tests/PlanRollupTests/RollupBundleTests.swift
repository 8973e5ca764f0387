import Foundation
import PlanModel
import PlanRollup
import PlanStore
import XCTest

/// The recap of a hand-made folder of offices' bundles (named as phones name them), every figure worked out by hand:
///
/// Office A (Kabupaten Alfa), `WhatsApp Document … .bin`, TW I as of March: r1 Jan+Feb, r2 Mar (area 1); r3 Feb+Mar
///   (area 2). r1 Jan done with bukti/sk.pdf (carried by the bundle), r1 Feb partly with bukti/foto.jpg (not carried:
///   kurang bukti), r3 Feb missed, r3 Mar done with a link (a link is never missing), r2 Mar nothing (overdue):
///   due 5, done 2, partly 1, missed 1, overdue 1, capaian (2 + ½)/5 = 50 %, kurang bukti 1.
/// Office B (Kota Beta), `kiriman.rencana`: one row planned in July, a PJ entry: nothing due in TW I, capaian "–".
/// Office C (Kabupaten Gama), sent twice: `c.rencana` (older: r1 Jan done) and `c (1).rencana` (newer: that entry,
///   r2 Mar done, lap.pdf for it, carried): merged, 3 entries, not 4. r1 Jan done without evidence (kurang bukti),
///   r1 Feb nothing (overdue), r2 Mar done with evidence: due 3, done 2, overdue 1, capaian 66,7 %, kurang bukti 1.
/// Province: due 8, done 4, partly 1, missed 1, overdue 2, capaian 4,5/8 = 56,3 %, kurang bukti 2.
/// Also: a copy of A's bundle with one byte of its entries changed (damaged), skipped with its reason.
final class RollupBundleTests: XCTestCase {
    private var folder: URL!
    static let start = Date(timeIntervalSince1970: 1_641_024_000)  // 2022-01-01T08:00:00Z

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rollup-bundles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let planA = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Alfa", areas: [
            ("1", "Manajemen Perubahan", [("r1", [Month.jan, .feb]), ("r2", [.mar])]),
            ("2", "Pengawasan", [("r3", [.feb, .mar])])])
        let a = try Self.bundle(planA, device: "d-aaaaaaaaaaaa", changes: [
            .status(row: "r1", month: .jan, old: nil, new: .done),
            .evidenceAdd(Self.evidence("e-00000000000a", "r1", .jan, .file("bukti/sk.pdf"))),
            .status(row: "r1", month: .feb, old: nil, new: .partly),
            .evidenceAdd(Self.evidence("e-00000000000b", "r1", .feb, .file("bukti/foto.jpg"))),
            .status(row: "r3", month: .feb, old: nil, new: .missed),
            .status(row: "r3", month: .mar, old: nil, new: .done),
            .evidenceAdd(Self.evidence("e-00000000000c", "r3", .mar, .url("https://bukti.example/3"))),
        ], evidence: [("bukti/sk.pdf", Array("%PDF-1.4 SK\n".utf8))])
        try Data(a).write(to: folder.appendingPathComponent("WhatsApp Document 2022-04-02 at 10.11.12.bin"))
        let planB = RollupTests.plan("Komisi Pemilihan Umum Kota Beta", areas: [("1", "Manajemen Perubahan", [("b1", [.jul])])])
        try Data(try Self.bundle(planB, device: "d-bbbbbbbbbbbb", changes: [.pj(row: "b1", old: "", new: "Ani")]))
            .write(to: folder.appendingPathComponent("kiriman.rencana"))
        let planC = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Gama", areas: [
            ("1", "Manajemen Perubahan", [("r1", [Month.jan, .feb]), ("r2", [.mar])])])
        let cChanges: [Change] = [
            .status(row: "r1", month: .jan, old: nil, new: .done),
            .status(row: "r2", month: .mar, old: nil, new: .done),
            .evidenceAdd(Self.evidence("e-00000000000d", "r2", .mar, .file("lap.pdf"))),
        ]
        try Data(try Self.bundle(planC, device: "d-cccccccccccc", changes: Array(cChanges.prefix(1))))
            .write(to: folder.appendingPathComponent("c.rencana"))
        try Data(try Self.bundle(planC, device: "d-cccccccccccc", changes: cChanges, evidence: [("lap.pdf", Array("%PDF lap\n".utf8))]))
            .write(to: folder.appendingPathComponent("c (1).rencana"))
        // A's bundle with one byte of its entries changed.
        var damaged = a
        let entriesStart = damaged.firstIndex(of: 0x0A)! + 1 + PlanEncoder.json(planA).utf8.count
        damaged[entriesStart + 80] ^= 0x01
        try Data(damaged).write(to: folder.appendingPathComponent("WhatsApp Document 2022-04-03 at 08.00.00.bin"))
    }

    override func tearDown() { try? FileManager.default.removeItem(at: folder) }

    static func evidence(_ id: String, _ row: String, _ month: Month, _ location: Evidence.Location) -> Evidence {
        Evidence(id: id, row: RowID(row), month: month, kind: EvidenceKind.allCases[0], title: "Bukti", location: location)
    }

    /// The team entries of `changes`, one a day from 1 January, as one laptop (`device`) writes them.
    static func entries(_ changes: [Change], device: String, idPrefix: String? = nil) -> [JournalEntry] {
        let prefix = idPrefix ?? String(device.suffix(4))
        return changes.enumerated().map { n, change in
            JournalEntry(seq: n + 1, id: prefix + String(repeating: "0", count: 32 - prefix.count - String(n + 1).count) + "\(n + 1)",
                         at: start.addingTimeInterval(Double(n) * 86_400), by: "tim", device: device, clock: n + 1, change: change)
        }
    }

    /// A bundle of `plan` as `rencana send` writes it.
    static func bundle(_ plan: Plan, device: String, changes: [Change], entries given: [JournalEntry]? = nil,
                       evidence: [(path: String, bytes: [UInt8])] = []) throws -> [UInt8] {
        BundleFile.make(planBytes: Array(PlanEncoder.json(plan).utf8), planName: "plan.json", plan: plan,
                        entries: given ?? entries(changes, device: device),
                        sender: BundleHeader.Sender(user: "tim", device: device, at: "2022-04-01T09:00:00Z"), since: nil,
                        evidence: evidence)
    }

    /// Every file's bytes (a file over 1 MB: its size and time of change, not read).
    private func listing() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            files[name] = size > 1 << 20 ? Data("\(size) \(attributes[.modificationDate] ?? "")".utf8)
                                         : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return files
    }

    func testTheRecapOfBundlesHasTheFiguresWorkedOutByHand() throws {
        let before = try listing()
        let rollup = Rollup.read([folder.path])
        XCTAssertEqual(try listing(), before, "the roll-up wrote into the folder of bundles")
        XCTAssertEqual(rollup.offices.count, 3)
        XCTAssertEqual(rollup.skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent },
                       ["WhatsApp Document 2022-04-03 at 08.00.00.bin"])
        XCTAssertTrue(rollup.skipped[0].reason.contains("damaged"), rollup.skipped[0].reason)
        // C's two sends merged: one office, the union of their entries (3, not 1 + 3), named by the newer send.
        XCTAssertEqual(rollup.merged.count, 1)
        XCTAssertEqual(rollup.merged[0].files.map { URL(fileURLWithPath: $0).lastPathComponent }, ["c (1).rencana", "c.rencana"])
        XCTAssertEqual(rollup.merged[0].fileEntries, [3, 1])
        XCTAssertEqual(rollup.merged[0].entries, 3)
        let gama = try XCTUnwrap(rollup.offices.first { $0.institution.hasSuffix("Gama") })
        XCTAssertEqual(gama.year.entries.count, 3)
        XCTAssertEqual(gama.sources.count, 2)
        XCTAssertTrue(gama.source.plan.hasSuffix("c (1).rencana"))

        let lines = rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)
        XCTAssertEqual(lines.map(\.name), ["Komisi Pemilihan Umum Kabupaten Alfa", "Komisi Pemilihan Umum Kabupaten Gama",
                                           "Komisi Pemilihan Umum Kota Beta", "Seluruh kantor"])
        XCTAssertEqual(lines[0].figures, ProgressFigures(due: 5, done: 2, partly: 1, missed: 1, overdue: 1, kurangBukti: 1))
        XCTAssertEqual(lines[0].figures.capaianText, "50%")
        XCTAssertEqual(lines[1].figures, ProgressFigures(due: 3, done: 2, overdue: 1, kurangBukti: 1))
        XCTAssertEqual(lines[1].figures.capaianText, "66,7%")
        XCTAssertEqual(lines[2].figures, ProgressFigures())
        XCTAssertEqual(lines[2].figures.capaianText, "–")
        XCTAssertEqual(lines[3].figures, ProgressFigures(due: 8, done: 4, partly: 1, missed: 1, overdue: 2, kurangBukti: 2))
        XCTAssertEqual(lines[3].figures.capaianText, "56,3%")
        XCTAssertEqual(lines.map(\.rows), [3, 2, 1, 6])
        XCTAssertEqual(lines[1].latestEntry, Self.start.addingTimeInterval(2 * 86_400))

        // Area 1 over the province: Alfa 3 due (done 1, partly 1, overdue 1) + Gama 3 due (done 2, overdue 1) + Beta 0.
        let areas = rollup.lines(by: .area, period: .triwulan(1), asOf: .mar, sort: .office).filter { $0.level == .provinceArea }
        XCTAssertEqual(areas.map(\.figures), [ProgressFigures(due: 6, done: 3, partly: 1, overdue: 2, kurangBukti: 2),
                                              ProgressFigures(due: 2, done: 1, missed: 1)])
    }

    func testTheOlderSendAloneIsWhatItHeld() throws {
        let rollup = Rollup.read([folder.appendingPathComponent("c.rencana").path])
        XCTAssertEqual(rollup.offices.count, 1)
        XCTAssertTrue(rollup.merged.isEmpty)
        // r1 Jan done, without evidence; r1 Feb and r2 Mar overdue.
        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)[0].figures,
                       ProgressFigures(due: 3, done: 1, overdue: 2, kurangBukti: 1))
    }

    func testABundleAndAPlanFolderOfOneOfficeMergeAndItsEvidenceOnDiskCounts() throws {
        // The older send as a plan folder (plan.json and its journal), its evidence of January beside it.
        let planC = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Gama", areas: [
            ("1", "Manajemen Perubahan", [("r1", [Month.jan, .feb]), ("r2", [.mar])])])
        let office = folder.appendingPathComponent("gama")
        try FileManager.default.createDirectory(at: office, withIntermediateDirectories: true)
        try Data(PlanEncoder.json(planC).utf8).write(to: office.appendingPathComponent("plan.json"))
        let older = Self.entries([.status(row: "r1", month: .jan, old: nil, new: .done),
                                  .evidenceAdd(Self.evidence("e-00000000000e", "r1", .jan, .file("sk-jan.pdf")))],
                                 device: "d-cccccccccccc", idPrefix: "f")
        try Data(StateFormat.text(planName: "plan.json", entries: older, version: 3).utf8).write(to: office.appendingPathComponent("plan.jsonl"))
        try Data("%PDF\n".utf8).write(to: office.appendingPathComponent("sk-jan.pdf"))
        // The newer send: a bundle holding the folder's two entries and one more (r2 Mar done).
        let newer = older + Self.entries([.status(row: "r2", month: .mar, old: nil, new: .done)], device: "d-dddddddddddd", idPrefix: "9")
            .map { entry -> JournalEntry in
                var entry = entry
                entry.seq = 3
                entry.clock = 3
                return entry
            }
        let bundle = folder.appendingPathComponent("newer.bin")
        try Data(try Self.bundle(planC, device: "d-dddddddddddd", changes: [], entries: newer)).write(to: bundle)
        let rollup = Rollup.read([office.path, bundle.path])
        XCTAssertEqual(rollup.skipped, [])
        XCTAssertEqual(rollup.offices.count, 1)
        XCTAssertEqual(rollup.merged.first?.entries, 3)
        // r1 Jan done with its evidence on disk beside the plan, r2 Mar done without: due 3, done 2, overdue 1, KB 1.
        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)[0].figures,
                       ProgressFigures(due: 3, done: 2, overdue: 1, kurangBukti: 1))
    }

    func testTwoSendsWhoseUnionHoldsMoreThanEitherAreMergedInTheYearsOrder() throws {
        // Two laptops of one office each sent only its own work: the union is both.
        let plan = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Delta", areas: [("1", "Manajemen Perubahan", [("d1", [.jan, .feb])])])
        let first = Self.entries([.status(row: "d1", month: .jan, old: nil, new: .done)], device: "d-111111111111", idPrefix: "1")
        var second = Self.entries([.status(row: "d1", month: .feb, old: nil, new: .missed)], device: "d-222222222222", idPrefix: "2")
        second[0].clock = 1
        let one = folder.appendingPathComponent("one.bin"), two = folder.appendingPathComponent("two.bin")
        try Data(try Self.bundle(plan, device: "d-111111111111", changes: [], entries: first)).write(to: one)
        try Data(try Self.bundle(plan, device: "d-222222222222", changes: [], entries: second)).write(to: two)
        let rollup = Rollup.read([one.path, two.path])
        XCTAssertEqual(rollup.offices.count, 1)
        XCTAssertEqual(rollup.offices[0].year.entries.map(\.id), [first[0].id, second[0].id])
        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)[0].figures,
                       ProgressFigures(due: 2, done: 1, missed: 1, kurangBukti: 1))
    }

    func testASendOfPartOfTheYearCountsOnlyWithTheRestOfIt() throws {
        let plan = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Delta", areas: [("1", "Manajemen Perubahan", [("d1", [.jan, .feb])])])
        let all = Self.entries([.status(row: "d1", month: .jan, old: nil, new: .done),
                                .status(row: "d1", month: .feb, old: nil, new: .partly)], device: "d-111111111111")
        func write(_ name: String, _ entries: [JournalEntry], since: String?) throws -> String {
            let bytes = BundleFile.make(planBytes: Array(PlanEncoder.json(plan).utf8), planName: "plan.json", plan: plan,
                                        entries: entries, sender: BundleHeader.Sender(user: "tim", device: "d-111111111111",
                                                                                      at: "2022-03-01T09:00:00Z"),
                                        since: since, evidence: [])
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        // `rencana send --since`: February's entry alone, which cannot stand for the office's year.
        let part = try write("part.bin", [all[1]], since: "2022-02-01")
        let alone = Rollup.read([part])
        XCTAssertEqual(alone.offices.count, 0)
        XCTAssertEqual(alone.skipped.map(\.path), [part])
        XCTAssertTrue(alone.skipped[0].reason.contains("2022-02-01"), alone.skipped[0].reason)
        // With the older whole send beside it, the union is the year.
        let whole = try write("whole.bin", [all[0]], since: nil)
        let both = Rollup.read([whole, part])
        XCTAssertEqual(both.skipped, [])
        XCTAssertEqual(both.offices.map(\.year.entries.count), [2])
        XCTAssertEqual(both.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)[0].figures,
                       ProgressFigures(due: 2, done: 1, partly: 1, kurangBukti: 2))
    }

    func testOfTwoSignedPlansOfOneOfficeTheNewerSendsIsRolledUp() throws {
        // The office signed its plan again (a row added) and sent its year on it: the older send is left out, named.
        let signed = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Delta", areas: [("1", "Manajemen Perubahan", [("d1", [.jan])])])
        let again = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Delta",
                                     areas: [("1", "Manajemen Perubahan", [("d1", [.jan]), ("d2", [.feb])])])
        let old = folder.appendingPathComponent("delta-lama.bin"), new = folder.appendingPathComponent("delta-baru.bin")
        try Data(try Self.bundle(signed, device: "d-111111111111", changes: [.status(row: "d1", month: .jan, old: nil, new: .missed)]))
            .write(to: old)
        try Data(try Self.bundle(again, device: "d-111111111111", changes: [], entries: Self.entries(
            [.status(row: "d1", month: .jan, old: nil, new: .done), .status(row: "d2", month: .feb, old: nil, new: .done)],
            device: "d-111111111111", idPrefix: "b"))).write(to: new)
        let rollup = Rollup.read([old.path, new.path])
        XCTAssertEqual(rollup.offices.map(\.source.plan), [new.path])
        XCTAssertEqual(rollup.skipped.map(\.path), [old.path])
        XCTAssertTrue(rollup.skipped[0].reason.contains(new.path), rollup.skipped[0].reason)
        XCTAssertEqual(rollup.lines(by: .office, period: .triwulan(1), asOf: .mar, sort: .office)[0].figures,
                       ProgressFigures(due: 2, done: 2, kurangBukti: 2))
    }

    func testTheSameIdWithOtherContentSkipsTheOfficesFilesNamingBoth() throws {
        let plan = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Delta", areas: [("1", "Manajemen Perubahan", [("d1", [.jan])])])
        let done = Self.entries([.status(row: "d1", month: .jan, old: nil, new: .done)], device: "d-111111111111")
        var forged = done
        forged[0].change = .status(row: "d1", month: .jan, old: nil, new: .missed)
        let one = folder.appendingPathComponent("delta-1.bin"), two = folder.appendingPathComponent("delta-2.bin")
        try Data(try Self.bundle(plan, device: "d-111111111111", changes: [], entries: done)).write(to: one)
        try Data(try Self.bundle(plan, device: "d-111111111111", changes: [], entries: forged)).write(to: two)
        let rollup = Rollup.read([folder.path])
        XCTAssertEqual(rollup.offices.count, 3, "the other offices still roll up")
        let skipped = rollup.skipped.filter { $0.path.contains("delta") }
        XCTAssertEqual(Set(skipped.map { URL(fileURLWithPath: $0.path).lastPathComponent }), ["delta-1.bin", "delta-2.bin"])
        for item in skipped {
            XCTAssertTrue(item.reason.contains(one.path) && item.reason.contains(two.path), item.reason)
            XCTAssertFalse(item.reason.contains("\n"))
        }
    }

    func testHostileFilesAreListedWithAOneLineReasonAndTheRestRollsUp() throws {
        let eta = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Eta", areas: [("1", "Manajemen Perubahan", [("h1", [.jan])])])
        func put(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        // Evidence that would be unpacked outside the plan's folder.
        try put("outside.bin", try Self.bundle(eta, device: "d-eeeeeeeeeeee", changes: [
            .status(row: "h1", month: .jan, old: nil, new: .done),
            .evidenceAdd(Self.evidence("e-0000000000ee", "h1", .jan, .file("../../etc/cron.d/x")))],
            evidence: [("../../etc/cron.d/x", Array("* * * * * root sh\n".utf8))]))
        let good = try Data(contentsOf: folder.appendingPathComponent("kiriman.rencana"))
        try put("truncated.bin", Array(good.dropLast(10)))
        try put("trailing.bin", Array(good) + Array("x".utf8))
        try put("newer.bin", Array("{\"format\":\"rencana-bundle\",\"version\":9}\n".utf8))
        // A file claiming to be a bundle, over 1 GiB (sparse: refused by its size before anything is read).
        let huge = folder.appendingPathComponent("huge.bin")
        try put("huge.bin", Array("{\"format\":\"rencana-bundle\",".utf8))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(1 << 30) + 1)
        try handle.close()
        // A plan of another year.
        var old = RollupTests.plan("Komisi Pemilihan Umum Kabupaten Lama", areas: [("1", "Manajemen Perubahan", [("l1", [.jan])])])
        old = Plan(document: DocumentInfo(institution: old.document.institution, title: "Lama", unit: old.document.unit, year: 2021),
                   areas: old.areas)
        try put("lama.bin", try Self.bundle(old, device: "d-ffffffffffff", changes: []))
        // Controls and formulas in an office's texts, and in a file's name.
        let hostile = "=HYPERLINK(\"http://x\")\u{1B}]0;pwned\u{07}\u{202E}"
        try put("texts.bin", try Self.bundle(RollupTests.plan(hostile, areas: [("1", "@SUM(A1)\u{1B}[2J", [("x1", [.jan])])]),
                                             device: "d-999999999999", changes: [.status(row: "x1", month: .jan, old: nil, new: .done)]))
        try put("evil\u{1B}[2J\u{07}.bin", Array(good.prefix(200)))
        // A link, and a foreign file among the bundles.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.bin").path,
                                                   withDestinationPath: folder.appendingPathComponent("kiriman.rencana").path)
        try put("laporan.pdf", Array("%PDF-1.4\n".utf8))

        let before = try listing()
        let rollup = Rollup.read([folder.path])
        XCTAssertEqual(try listing(), before)
        XCTAssertEqual(rollup.offices.count, 4, "A, B, C and the office with hostile texts")
        let reasons = Dictionary(rollup.skipped.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) },
                                 uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(Set(reasons.keys), ["WhatsApp Document 2022-04-03 at 08.00.00.bin", "outside.bin", "truncated.bin",
                                           "trailing.bin", "newer.bin", "huge.bin", "lama.bin", "evil\u{1B}[2J\u{07}.bin",
                                           "link.bin", "laporan.pdf"])
        for (name, fragment) in [("outside.bin", "outside"), ("truncated.bin", "truncated"), ("trailing.bin", "after"),
                                 ("newer.bin", "newer"), ("huge.bin", "large"), ("lama.bin", "2021"), ("link.bin", "link"),
                                 ("laporan.pdf", "bundle")] {
            XCTAssertTrue(reasons[name]!.lowercased().contains(fragment), "\(name): \(reasons[name]!)")
        }
        XCTAssertTrue(rollup.skipped.allSatisfy { !$0.reason.isEmpty && !$0.reason.contains("\n") })
        // Nothing from an office's file reaches an output as a control, nor a spreadsheet as a formula.
        for by in RollupBy.allCases {
            let lines = rollup.lines(by: by, period: .triwulan(1), asOf: .mar, sort: .office)
            var jsonl = ""
            RollupFormats.jsonl(rollup, period: .triwulan(1), asOf: .mar, into: &jsonl)
            let csv = RollupFormats.csv(rollup, lines: lines)
            for output in [RollupFormats.text(rollup, lines: lines, by: by, period: .triwulan(1), asOf: .mar), csv,
                           RollupFormats.json(rollup, lines: lines, period: .triwulan(1), asOf: .mar), jsonl] {
                XCTAssertFalse(output.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, output)
            }
            XCTAssertFalse(csv.contains(",=") || csv.contains("\n=") || csv.contains(",@") || csv.contains(",\"="), csv)
            XCTAssertTrue(csv.contains("'=HYPERLINK"), csv)
        }
    }
}
