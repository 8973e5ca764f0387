import Foundation
import PlanModel
import PlanStore
import XCTest

/// Damaged and hostile bundles: each refused with one line naming the file (and the entry's line), exit 1, and
/// nothing already recorded changes (the journal's bytes, the office folder's files); a good bundle still merges after.
final class BundleHostileTests: BundleTestCase {
    private var ani: Laptop!
    private var budi: Laptop!
    /// Ani's bundle with entries Budi lacks (and one evidence file).
    private var next: BundleContents!

    override func setUpWithError() throws {
        try super.setUpWithError()
        ani = try laptop("ani")
        budi = try laptop("budi", plan: false)
        assertOK(try ani.run("realize", "1.1.1.1", "Jan", "done"))
        assertOK(try ani.run("send", "--out", bundle("first")))
        assertOK(try budi.run("receive", bundle("first")))
        assertOK(try ani.run("note", "1.1.1.1", "Jan", "SK terbit"))
        try FileManager.default.createDirectory(at: ani.office.appendingPathComponent("bukti"), withIntermediateDirectories: true)
        try Data("%PDF SK".utf8).write(to: ani.office.appendingPathComponent("bukti/sk.pdf"))
        assertOK(try ani.run("evidence", "add", "1.1.1.1", "--month", "Jan", "--file", "bukti/sk.pdf"))
        assertOK(try ani.run("send", "--out", bundle("next"), "--with-evidence"))
        next = try BundleFile.read(bundle("next"), name: "next")
    }

    /// Writes `bytes` as a bundle, receives it on Budi's laptop and checks the refusal: exit 1, one line naming the
    /// file that says `message`, Budi's journal and office folder as they were.
    func assertRefused(_ bytes: [UInt8], _ message: String, name: String = "hostile",
                       file: StaticString = #filePath, line: UInt = #line) throws {
        let path = bundle(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try assertRefused(path: path, message, file: file, line: line)
    }

    func assertRefused(path: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let journal = try Data(contentsOf: budi.stateFile)
        let files = try tree(budi.office)
        let result = try budi.run("receive", path)
        XCTAssertEqual(result.status, 1, file: file, line: line)
        XCTAssertEqual(result.stderr, "rencana: \(path): \(message)\n", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(try Data(contentsOf: budi.stateFile), journal, "the journal unchanged", file: file, line: line)
        XCTAssertEqual(try tree(budi.office), files, "no file written", file: file, line: line)
    }

    /// Every path under `folder` with its bytes.
    func tree(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            out[path] = (try? Data(contentsOf: folder.appendingPathComponent(path))) ?? Data()
        }
        return out
    }

    /// `next` written again with `entries` (and `evidence`), every hash made right: a forger's bundle.
    func forged(_ entries: [JournalEntry], evidence: [(path: String, bytes: [UInt8])]? = nil, plan: [UInt8]? = nil) -> [UInt8] {
        BundleFile.make(planBytes: plan ?? next.planBytes, planName: "plan.json", plan: next.plan, entries: entries,
                        sender: next.header.sender, since: nil,
                        evidence: evidence ?? next.evidence.map { ($0.section.paths[0], Array($0.bytes)) })
    }

    /// A bundle whose entries section is `text`, hashes right.
    func forged(entriesText text: String) -> [UInt8] {
        let entries = Array(text.utf8)
        let header = BundleHeader(planName: "plan.json", office: next.header.office, sender: next.header.sender, since: nil, sections: [
            .init(name: "plan", size: next.planBytes.count, sha256: SHA256.hex(next.planBytes)),
            .init(name: "entries", size: entries.count, sha256: SHA256.hex(entries)),
        ])
        return Array((header.line + "\n").utf8) + next.planBytes + entries
    }

    func testDamagedBundles() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: bundle("next"))))
        try assertRefused(Array(bytes.dropLast(100)),
                          "truncated: its sections need \(bytes.count) bytes, the file has \(bytes.count - 100); ask for the bundle again")
        try assertRefused(bytes + [0x0A], "1 bytes after its last section: the sizes do not add up; nothing was merged")
        var flipped = bytes
        let planStart = bytes.firstIndex(of: 0x0A)! + 1
        flipped[planStart + 500] ^= 0x20
        try assertRefused(flipped, "section plan is damaged (its SHA-256 differs from the header's); ask for the bundle again")
        var evidence = bytes
        evidence[bytes.count - 2] ^= 0x01
        try assertRefused(evidence, "section evidence (bukti/sk.pdf) is damaged (its SHA-256 differs from the header's); ask for the bundle again")
        try assertRefused(Array("PK\u{03}\u{04} a zip\n".utf8), "not a Rencana bundle (its first line is not a bundle header)")
        // A state file given as a bundle is no bundle either.
        try assertRefused(path: budi.stateFile.path, "not a Rencana bundle (its first line is not a bundle header)")
        // Good bundles still merge after all that.
        let result = try budi.run("receive", bundle("next"))
        XCTAssertTrue(result.stdout.contains(": 2 new entries (ani 2), 1 already here; no conflicts\n"), result.stdout)
    }

    func testAOneGigabyteFileIsRefusedByItsSizeBeforeReading() throws {
        let path = bundle("huge")
        let header = Array(#"{"format":"rencana-bundle","version":1}"#.utf8) + [0x0A]
        _ = FileManager.default.createFile(atPath: path, contents: Data(header))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(1 << 30) + 1)  // sparse: no gigabyte written
        try handle.close()
        let start = Date()
        try assertRefused(path: path, "too large for a bundle (1074 MB; the limit is 1073 MB)")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testForgedEntriesAreRefusedNamingTheirLine() throws {
        // The same id as an entry Budi holds, other content.
        var entries = next.entries
        entries[0].change = .status(row: "1.1.1.1", month: .jan, old: nil, new: .missed)
        try assertRefused(forged(entries), "entries line 2: entry \(entries[0].id) differs from the entry with the same id in "
                          + "\(budi.stateFile.lastPathComponent) line 2; this entry is damaged or forged, nothing was merged")
        // A clock from the future: beyond anything its laptop can have seen.
        entries = next.entries
        entries[2].clock = 1_000
        try assertRefused(forged(entries), "entries line 4: entry \(entries[2].id) has clock 1000, beyond what its laptop can have seen (3); nothing was merged")
        // Without evidence to unpack, the merge itself refuses, naming the same line.
        try assertRefused(forged(entries, evidence: []), "entries line 4: entry \(entries[2].id) has clock 1000, beyond what its laptop can have seen (3); nothing was merged")
        // A laptop with no plan: nothing unpacked, no folder left behind.
        let dedi = try laptop("dedi", plan: false)
        try Data(forged(entries)).write(to: URL(fileURLWithPath: bundle("future")))
        let unpacking = try dedi.run("receive", bundle("future"), "--into", "rb-2022")
        XCTAssertEqual(unpacking.status, 1)
        XCTAssertEqual(unpacking.stderr, "rencana: \(bundle("future")): entries line 4: entry \(entries[2].id) has clock 1000, "
                       + "beyond what its laptop can have seen (3); nothing was merged\n")
        XCTAssertEqual(try tree(dedi.office), [:])
        // A forged id (not 32 hex digits), caught by the journal's own rules.
        let text = StateFormat.text(planName: "plan.json", entries: next.entries, version: 3)
            .replacingOccurrences(of: next.entries[1].id, with: "../../etc/passwd")
        let refused = try budi.run("receive", { let p = bundle("forged-id"); try? Data(forged(entriesText: text)).write(to: URL(fileURLWithPath: p)); return p }())
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.hasPrefix("rencana: \(bundle("forged-id")): entries line 3: "), refused.stderr)
        XCTAssertEqual(refused.stderr.filter { $0 == "\n" }.count, 1)
        // An entry without a clock (not a team's).
        entries = next.entries
        entries[1].clock = nil
        entries[1].device = nil
        try assertRefused(forged(entries), "entries line 3: entry \(entries[1].id) has no \"device\" and \"clock\": only entries written for a team can be merged")
    }

    func testEvidenceOutsideThePlansFolderIsRefused() throws {
        var entries = next.entries
        guard case .evidenceAdd(var item) = entries[2].change else { return XCTFail("the third entry adds evidence") }
        for (path, why) in [("../evil.sh", "goes outside the plan's folder (`..`, `.` or an empty part)"),
                            ("/tmp/evil.sh", "an absolute path; evidence is unpacked only inside the plan's folder"),
                            ("bukti/../../evil.sh", "goes outside the plan's folder (`..`, `.` or an empty part)"),
                            (".git/hooks/post-merge", "a hidden or team folder part; evidence is unpacked only into ordinary folders")] {
            item.location = .file(path)
            entries[2].change = .evidenceAdd(item)
            try assertRefused(forged(entries, evidence: [(path, Array("#!/bin/sh\nrm -rf ~\n".utf8))]), "evidence path \(path): \(why)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("budi/evil.sh").path))
        // A file the entries do not name.
        try assertRefused(forged(next.entries, evidence: [("bukti/other.pdf", [1, 2])]), "evidence path bukti/other.pdf: no entry of the bundle names it")
        // A symbolic link on the way: nothing written through it, nothing merged.
        let elsewhere = root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: budi.office.appendingPathComponent("bukti"), withDestinationURL: elsewhere)
        try assertRefused(path: bundle("next"), "evidence path bukti/sk.pdf: a symbolic link on the way; nothing was merged")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
    }

    func testABundleOfAnotherPlanIsRefusedNamingBoth() throws {
        let citra = try laptop("citra")
        let other = try String(contentsOf: URL(fileURLWithPath: citra.plan), encoding: .utf8)
        try other.replacingOccurrences(of: "\"year\": 2022", with: "\"year\": 2023").write(toFile: citra.plan, atomically: true, encoding: .utf8)
        assertOK(try citra.run("realize", "1.1.1.1", "Mar", "done"))
        assertOK(try citra.run("send", "--out", bundle("2023")))
        let office = "Komisi Pemilihan Umum Kabupaten Sorong Selatan, Sekretariat Komisi Pemilihan Umum Kabupaten Sorong Selatan"
        try assertRefused(path: bundle("2023"), "is a bundle of \(office), 2023, no. 3/ORT.07/9204/2022, not of this plan "
                          + "(\(office), 2022, no. 3/ORT.07/9204/2022); nothing was merged")
        // The same office and year, another signed plan.
        let changed = try String(contentsOf: URL(fileURLWithPath: ani.plan), encoding: .utf8)
            .replacingOccurrences(of: "SK Tim Reformasi Birokrasi", with: "SK Tim RB")
        let planBytes = Array(changed.utf8)
        XCTAssertNotEqual(planBytes, next.planBytes)
        let resigned = BundleFile.make(planBytes: planBytes, planName: "plan.json", plan: try PlanDecoder.decode(planBytes, file: "p"),
                                       entries: next.entries, sender: next.header.sender, since: nil, evidence: [])
        try assertRefused(resigned, "holds another version of the signed plan of \(office), 2022, no. 3/ORT.07/9204/2022 than this one; nothing was merged")
    }

    func testNothingFromABundleReachesTheTerminalAsAControl() throws {
        let eve = try laptop("eve", user: "eve\u{1B}]0;pwned\u{07}\u{1B}[2J")
        try FileManager.default.removeItem(atPath: eve.plan)
        assertOK(try eve.run("receive", bundle("first")))
        assertOK(try eve.run("note", "1.1.1.1", "Feb", "catatan"))
        let path = bundle("from-eve\u{1B}[31m")
        assertOK(try eve.run("send", "--out", path))
        let result = try budi.run("receive", path)
        assertOK(result)
        XCTAssertFalse(result.stdout.contains("\u{1B}") || result.stdout.contains("\u{07}"), result.stdout)
        XCTAssertTrue(result.stdout.contains("1 new entry (eve\\u{1B}]0;pwned\\u{7}\\u{1B}[2J 1)"), result.stdout)
        // A refusal naming such a file is one harmless line too.
        try Data("junk".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try budi.run("receive", path)
        XCTAssertEqual(refused.stderr, "rencana: \(root.path)/from-eve\\u{1B}[31m: not a Rencana bundle (its first line is not a bundle header)\n")
    }
}
