import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// SHA-256 against the standard's vectors.
final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Fed in pieces of every size, the digest is the same as fed whole (the block boundary handled).
    func testPiecesGiveTheSameDigest() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for piece in [1, 3, 63, 64, 65, 200] {
            var digest = SHA256()
            var at = 0
            while at < bytes.count {
                digest.update(bytes[at..<min(at + piece, bytes.count)])
                at += piece
            }
            XCTAssertEqual(digest.finalHex(), whole, "pieces of \(piece)")
        }
        // 55 and 56 bytes: the padding's length fits in the last block or needs one more.
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 55)), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 56)), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }
}

/// Bundles written and read back; every damaged or hostile one refused with one line naming the file.
final class BundleFileTests: StoreTestCase {
    var bundleURL: URL { folder.appendingPathComponent("bundle.rencana") }
    let sender = BundleHeader.Sender(user: "ani", device: "d-0123456789ab", at: "2026-12-06T07:00:00Z")

    /// A team laptop with a few entries, one of them naming an evidence file.
    func laptop() throws -> StateStore {
        let store = try StateStore.open(plan: plan, url: folder.appendingPathComponent("ani.jsonl"), user: "ani", device: "d-0123456789ab")
        try store.upgradeToTeam()
        try store.setStatus("1.1.1.1", .jan, to: .done)
        try store.setNote("1.1.1.2", .jun, to: "rapat")
        _ = try store.record(.addEvidence(Evidence(id: "", row: "1.1.1.1", month: .jan, kind: .lainnya, location: .file("bukti/sk.pdf"))))
        return store
    }

    func make(_ store: StateStore, evidence: [(path: String, bytes: [UInt8])] = []) -> [UInt8] {
        BundleFile.make(planBytes: Array(PlanEncoder.json(plan).utf8), planName: "plan.json", plan: plan,
                        entries: store.teamEntries, sender: sender, since: nil, evidence: evidence)
    }

    func read(_ bytes: [UInt8], maxBytes: Int = BundleFile.maxBytes) throws -> BundleContents {
        try Data(bytes).write(to: bundleURL)
        return try BundleFile.read(bundleURL.path, name: "bundle.rencana", maxBytes: maxBytes)
    }

    func refusal(_ bytes: [UInt8], maxBytes: Int = BundleFile.maxBytes) -> String {
        do {
            _ = try read(bytes, maxBytes: maxBytes)
            return "read"
        } catch {
            return "\(error)"
        }
    }

    func testRoundTripAndEvidenceStoredOnceByContent() throws {
        let store = try laptop()
        let pdf = Array("%PDF-1.4 SK".utf8)
        let bytes = make(store, evidence: [("bukti/sk.pdf", pdf), ("bukti/sk.pdf", pdf)])
        let contents = try read(bytes)
        XCTAssertEqual(contents.entries.count, 3)
        XCTAssertTrue(zip(contents.entries, store.teamEntries).allSatisfy { JournalMerge.sameContent($0, $1) })
        XCTAssertEqual(contents.header.office, BundleHeader.Office(plan.document))
        XCTAssertEqual(contents.header.sender, sender)
        XCTAssertEqual(contents.evidence.count, 1)
        XCTAssertEqual(Array(contents.evidence[0].bytes), pdf)
        XCTAssertEqual(contents.evidence[0].section.paths, ["bukti/sk.pdf"])
        XCTAssertEqual(contents.planBytes, Array(PlanEncoder.json(plan).utf8))
        // The header is one inspectable line.
        let first = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
        XCTAssertTrue(first.hasPrefix(#"{"format":"rencana-bundle","version":1,"plan":"plan.json","office":{"#), first)
    }

    func testDamagedBundlesAreRefusedNamingTheFile() throws {
        let store = try laptop()
        let bytes = make(store)
        XCTAssertEqual(refusal(Array(bytes.dropLast(10))),
                       "bundle.rencana: truncated: its sections need \(bytes.count) bytes, the file has \(bytes.count - 10); ask for the bundle again")
        XCTAssertEqual(refusal(bytes + Array("x".utf8)), "bundle.rencana: 1 bytes after its last section: the sizes do not add up; nothing was merged")
        var flipped = bytes
        flipped[flipped.count - 5] ^= 0x01
        XCTAssertEqual(refusal(flipped), "bundle.rencana: section entries is damaged (its SHA-256 differs from the header's); ask for the bundle again")
        XCTAssertEqual(refusal(Array("hello\n".utf8)), "bundle.rencana: not a Rencana bundle (its first line is not a bundle header)")
        XCTAssertEqual(refusal([]), "bundle.rencana: not a Rencana bundle (its first line is not a bundle header)")
        // Larger than the limit: refused by its size, before it is read.
        XCTAssertEqual(refusal(bytes, maxBytes: 100), "bundle.rencana: too large for a bundle (1 MB; the limit is 0 MB)")
        // A newer version is named.
        let newer = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"version\":1,\"plan\"", with: "\"version\":2,\"plan\"")
        XCTAssertEqual(refusal(Array(newer.utf8)), "bundle.rencana: bundle version 2 is newer than this Rencana reads; update Rencana")
    }

    /// Re-signed sections (a forger who also fixes the hashes) are still refused by what they hold.
    func testForgedBundlesAreRefused() throws {
        let store = try laptop()
        var entries = store.teamEntries
        // An entry's line broken: named by its line in the entries.
        let broken = forge(entriesText: StateFormat.text(planName: "plan.json", entries: entries, version: 3)
            .replacingOccurrences(of: "\"seq\":2,", with: "\"seq\":7,"))
        XCTAssertEqual(refusal(broken), "bundle.rencana: entries line 3: entry number 7 is out of order (expected 2)")
        // An evidence path out of the plan's folder, absolute, hidden, with controls, or named by no entry.
        entries[2].change = .evidenceAdd(Evidence(id: "e-1", row: "1.1.1.1", kind: .lainnya, location: .file("../x")))
        for (path, why) in [("../x", "goes outside the plan's folder (`..`, `.` or an empty part)"),
                            ("/etc/x", "an absolute path; evidence is unpacked only inside the plan's folder"),
                            (".git/hooks/pre-commit", "a hidden or team folder part; evidence is unpacked only into ordinary folders"),
                            ("a\u{1B}[2Jb", "holds control characters"),
                            ("bukti/other.pdf", "no entry of the bundle names it")] {
            var named = entries
            named[2].change = .evidenceAdd(Evidence(id: "e-1", row: "1.1.1.1", kind: .lainnya,
                                                    location: .file(path == "bukti/other.pdf" ? "bukti/sk.pdf" : path)))
            let bytes = BundleFile.make(planBytes: Array(PlanEncoder.json(plan).utf8), planName: "plan.json", plan: plan,
                                        entries: named, sender: sender, since: nil, evidence: [(path, [1, 2, 3])])
            let shown = path.replacingOccurrences(of: "\u{1B}", with: "\\u{1B}")
            XCTAssertEqual(refusal(bytes), "bundle.rencana: evidence path \(shown): \(why)")
        }
        // A header naming another office than its plan.
        let other = Plan(document: DocumentInfo(institution: "KPU Kota Sorong", title: "Contoh", year: 2022), areas: plan.areas)
        let mismatch = BundleFile.make(planBytes: Array(PlanEncoder.json(other).utf8), planName: "plan.json", plan: plan,
                                       entries: entries, sender: sender, since: nil, evidence: [])
        XCTAssertEqual(refusal(mismatch), "bundle.rencana: its header names another office than its plan: damaged or forged")
    }

    /// A bundle whose entries section is `entriesText`, every hash made right.
    func forge(entriesText: String) -> [UInt8] {
        let planBytes = Array(PlanEncoder.json(plan).utf8), entryBytes = Array(entriesText.utf8)
        let header = BundleHeader(planName: "plan.json", office: BundleHeader.Office(plan.document), sender: sender, since: nil, sections: [
            BundleHeader.Section(name: "plan", size: planBytes.count, sha256: SHA256.hex(planBytes)),
            BundleHeader.Section(name: "entries", size: entryBytes.count, sha256: SHA256.hex(entryBytes)),
        ])
        return Array((header.line + "\n").utf8) + planBytes + entryBytes
    }

    func testEvidenceUnpacksOnlyInsideTheFolderAndNeverReplaces() throws {
        let store = try laptop()
        let pdf = Array("%PDF SK".utf8)
        let contents = try read(make(store, evidence: [("bukti/sk.pdf", pdf)]))
        let target = folder.appendingPathComponent("office")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        var outcome = try BundleEvidence.unpack(contents, folder: target.path, name: "b")
        XCTAssertEqual(outcome.written, ["bukti/sk.pdf"])
        XCTAssertEqual(Array(try Data(contentsOf: target.appendingPathComponent("bukti/sk.pdf"))), pdf)
        // Again: the same content is already there.
        outcome = try BundleEvidence.unpack(contents, folder: target.path, name: "b")
        XCTAssertEqual(outcome, BundleEvidence.Outcome(written: [], alreadyHere: 1, keptBoth: []))
        // A different file there: kept, the bundle's beside it.
        try Data("mine".utf8).write(to: target.appendingPathComponent("bukti/sk.pdf"))
        outcome = try BundleEvidence.unpack(contents, folder: target.path, name: "b")
        XCTAssertEqual(outcome.keptBoth, [.init(path: "bukti/sk.pdf", savedAs: "bukti/sk (received 1).pdf")])
        XCTAssertEqual(try String(contentsOf: target.appendingPathComponent("bukti/sk.pdf"), encoding: .utf8), "mine")
        XCTAssertEqual(Array(try Data(contentsOf: target.appendingPathComponent("bukti/sk (received 1).pdf"))), pdf)
        // A symbolic link on the way is refused before anything is written.
        let other = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let linked = folder.appendingPathComponent("linked")
        try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: linked.appendingPathComponent("bukti").path, withDestinationPath: other.path)
        XCTAssertThrowsError(try BundleEvidence.checkWay(contents, folder: linked.path, name: "b")) { error in
            XCTAssertEqual("\(error)", "b: evidence path bukti/sk.pdf: a symbolic link on the way; nothing was merged")
        }
        XCTAssertThrowsError(try BundleEvidence.unpack(contents, folder: linked.path, name: "b"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: other.path), [])
    }
}
