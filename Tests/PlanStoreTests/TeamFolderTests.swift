import Foundation
import PlanModel
@testable import PlanStore
import XCTest

/// The shared folder (issue 22): laptops as stores with their own journal and device, one `plan.team/` folder
/// beside the plan; each writes only its own file there and merges everyone's.
final class TeamFolderTests: StoreTestCase {
    let r1 = RowID("1.1.1.1"), r2 = RowID("1.1.1.2"), r3 = RowID("2.1.1.1")
    var planPath: String { folder.appendingPathComponent("plan.json").path }
    var team: URL { folder.appendingPathComponent("plan.team") }

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(at: team, withIntermediateDirectories: true)
    }

    /// Laptop `name`: its own journal (in its own "home"), device `dev-<name>`, joined to the plan's team folder.
    func laptop(_ name: String, device: String? = nil, journal: String? = nil) throws -> StateStore {
        let url = folder.appendingPathComponent("home-\(journal ?? name)/state.jsonl")
        let store = try StateStore.open(plan: plan, url: url, user: name, device: device ?? "dev-\(name)")
        store.planPath = planPath
        XCTAssertNotNil(store.openTeamFolder(), "the folder beside the plan is found")
        return store
    }

    /// The team folder's warnings of a laptop.
    func warnings(_ store: StateStore) -> [String] { store.teamFolder?.warnings ?? [] }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    func deviceFile(_ device: String) -> URL { team.appendingPathComponent("\(device).jsonl") }

    /// The devices of the entries in a file of the team folder.
    func devices(in url: URL) throws -> Set<String?> { Set(try JournalFile.read(url).map(\.device)) }

    func testThreeLaptopsEndWithTheSameJournalAndEachFileHasOneWriter() throws {
        let a = try laptop("ani"), b = try laptop("budi"), c = try laptop("citra")
        try a.setStatus(r1, .jan, to: .done)
        try c.setPJ(r3, to: "Kasubbag")
        try a.setNote(r1, .jan, to: "SK terbit")
        try b.setNote(r1, .jan, to: "SK belum terbit")  // the same value, neither having seen the other's
        try b.setNote(r2, .jun, to: "rapat ditunda")
        for store in [a, b, c] { store.pullTeamFolder() }
        try c.setStatus(r3, .mar, to: .partly)       // after seeing everything
        for store in [a, b, c] { store.pullTeamFolder() }

        let texts = try [a, b, c].map { try text($0.url) }
        XCTAssertEqual(Set(texts).count, 1, texts.joined(separator: "\n---\n"))
        XCTAssertEqual(a.entries.count, 6)
        XCTAssertEqual(a.realisation, c.realisation)
        XCTAssertEqual(b.conflicts.map(\.key.description), ["note 1.1.1.1 Jan"])
        // Each file of the folder: only its own device's entries, in the order they were written.
        for (name, count) in [("ani", 2), ("budi", 2), ("citra", 2)] {
            XCTAssertEqual(try devices(in: deviceFile("dev-\(name)")), ["dev-\(name)"], name)
            XCTAssertEqual(try JournalFile.read(deviceFile("dev-\(name)")).count, count, name)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: team.path).sorted(),
                       ["dev-ani.jsonl", "dev-budi.jsonl", "dev-citra.jsonl"])

        // Undo stays each laptop's own, and travels like any change.
        XCTAssertEqual(try b.undo()?.device, "dev-budi")
        for store in [a, b, c] { store.pullTeamFolder() }
        XCTAssertEqual(Set(try [a, b, c].map { try text($0.url) }).count, 1)
        XCTAssertEqual(a.realisation.record(r2, .jun).note ?? "", "")
        XCTAssertEqual(a.realisation, b.realisation)
        XCTAssertEqual(c.realisation, b.realisation)
        XCTAssertEqual(try devices(in: deviceFile("dev-budi")), ["dev-budi"])
    }

    func testANewLaptopMergesFilesThatDependOnEachOtherInOneGo() throws {
        // Ani's second entry has seen Budi's, which has seen Ani's first: neither file can be merged alone first.
        let a = try laptop("ani"), b = try laptop("budi")
        try a.setStatus(r1, .jan, to: .done)
        b.pullTeamFolder()
        try b.setStatus(r1, .jan, to: .partly)
        a.pullTeamFolder()
        try a.setStatus(r1, .jan, to: .missed)
        let alone = try StateStore.open(plan: plan, url: folder.appendingPathComponent("alone.jsonl"), device: "dev-x")
        XCTAssertThrowsError(try alone.merge(try JournalFile.read(deviceFile("dev-ani")), source: "ani"),
                             "Ani's file alone refers to an entry it does not hold")

        let citra = try laptop("citra")
        XCTAssertEqual(citra.teamFolder?.lastPull?.outcome.added, 3)
        XCTAssertEqual(citra.teamFolder?.lastPull?.files, 2)
        XCTAssertEqual(warnings(citra), [])
        XCTAssertEqual(citra.realisation.record(r1, .jan).status, .missed)
        XCTAssertEqual(citra.conflicts, [])
        b.pullTeamFolder()
        XCTAssertEqual(try text(citra.url), try text(b.url))
    }

    func testSyncConflictCopiesAreMergedLikeAnyOtherFile() throws {
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        // The same device's file, diverged elsewhere (a restored laptop, a copied config): the sync tool keeps
        // each version under another name. Each copy holds an entry the others lack.
        let names = ["dev-ani.sync-conflict-20261206-101010-ABCDEFG.jsonl", "dev-ani (1).jsonl",
                     "dev-ani (conflicted copy 2026-12-06).jsonl"]
        for (index, name) in names.enumerated() {
            let elsewhere = folder.appendingPathComponent("elsewhere-\(index)")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            let twin = try StateStore.open(plan: plan, url: elsewhere.appendingPathComponent("state.jsonl"), user: "ani",
                                           device: "dev-ani")
            twin.join(TeamFolder(url: elsewhere))
            try twin.setNote(r2, .jun, to: "salinan \(index)")
            try FileManager.default.copyItem(at: elsewhere.appendingPathComponent("dev-ani.jsonl"), to: team.appendingPathComponent(name))
        }
        let b = try laptop("budi")
        XCTAssertEqual(warnings(b), [])
        XCTAssertEqual(b.teamFolder?.lastPull?.outcome.added, 4)
        XCTAssertEqual(b.teamFolder?.lastPull?.files, 4)
        XCTAssertEqual(Set(b.entries.map { $0.change.write?.value }), ["done", "salinan 0", "salinan 1", "salinan 2"])
        XCTAssertEqual(b.conflicts.count, 1, "three concurrent notes: one conflict")
    }

    func testADamagedOrHostileFileIsSkippedWithItsLineAndTheOthersAreMerged() throws {
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        try a.setNote(r1, .jan, to: "SK terbit")
        let lines = try text(deviceFile("dev-ani")).split(separator: "\n").map(String.init)
        guard lines.count == 3 else { return XCTFail(lines.joined(separator: "\n")) }
        // A file cut and garbled at its third line; one that repeats Ani's first id with other content (read
        // before hers: the one blamed is the file not named after the entry's device).
        try (lines[0] + "\n" + lines[1] + "\n{\"seq\":2,\"id\":\n" + lines[2] + "\n").write(to: deviceFile("dev-rusak"), atomically: true, encoding: .utf8)
        let forged = lines[1].replacingOccurrences(of: "\"ani\"", with: "\"mallory\"")
        try (lines[0] + "\n" + forged + "\n").write(to: deviceFile("dev-aaa"), atomically: true, encoding: .utf8)
        let b = try laptop("budi")
        try b.setPJ(r3, to: "Kasubbag")
        let before = try text(b.url)

        b.pullTeamFolder()
        XCTAssertEqual(warnings(b).count, 2, warnings(b).joined(separator: "\n"))
        XCTAssertTrue(warnings(b).contains { $0.hasPrefix(deviceFile("dev-rusak").path + ": line 3: ") }, warnings(b).joined(separator: "\n"))
        XCTAssertTrue(warnings(b).contains { $0.hasPrefix(deviceFile("dev-aaa").path + ": line 2: ") },
                      warnings(b).joined(separator: "\n"))
        XCTAssertEqual(b.entries.count, 3, "Ani's two entries merged, Budi's kept")
        XCTAssertTrue(try text(b.url).hasPrefix(String(before.split(separator: "\n")[0])))
        XCTAssertEqual(b.realisation.record(r1, .jan).note, "SK terbit")
        // Looked at again: the same files are not read again, and not reported again.
        let warned = warnings(b)
        try a.setStatus(r2, .jun, to: .partly)
        b.pullTeamFolder()
        XCTAssertEqual(warnings(b), warned)
        XCTAssertEqual(b.entries.count, 4)
        XCTAssertEqual(try devices(in: deviceFile("dev-budi")), ["dev-budi"], "nothing of the bad files was written")
    }

    func testALinkInTheFolderIsNotFollowed() throws {
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        let outside = folder.appendingPathComponent("outside.jsonl")
        try FileManager.default.copyItem(at: deviceFile("dev-ani"), to: outside)
        try FileManager.default.moveItem(at: deviceFile("dev-ani"), to: folder.appendingPathComponent("moved.jsonl"))
        try FileManager.default.createSymbolicLink(at: deviceFile("dev-link"), withDestinationURL: outside)
        let b = try laptop("budi")
        XCTAssertEqual(b.entries.count, 0)
        XCTAssertEqual(warnings(b).count, 1)
        XCTAssertTrue(warnings(b).first?.hasPrefix(deviceFile("dev-link").path + ": not a regular file") == true, "\(warnings(b))")
    }

    func testAnUnchangedFileIsNotReadAgainAndAGrownOneOnlyFromItsEnd() throws {
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        try a.setNote(r1, .jan, to: "SK terbit")
        let b = try laptop("budi")
        XCTAssertEqual(b.entries.count, 2)
        // Line 2 broken, the size and time kept: the file is not read again, so b never sees it.
        let file = deviceFile("dev-ani")
        var info = stat()
        XCTAssertEqual(stat(file.path, &info), 0)
        let header = try text(file).split(separator: "\n")[0].utf8.count
        let fd = Glibc.open(file.path, O_WRONLY)
        XCTAssertEqual(pwrite(fd, "#", 1, off_t(header + 1)), 1)
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(futimens(fd, &times), 0)
        close(fd)
        XCTAssertEqual(b.pullTeamFolder()?.warnings, [])
        // Grown: only the new lines are read (line 2 still unseen); a laptop that reads it whole is told.
        try a.setStatus(r2, .jun, to: .partly)
        let pull = try XCTUnwrap(b.pullTeamFolder())
        XCTAssertEqual(pull.warnings, [])
        XCTAssertEqual(pull.outcome.added, 1)
        let c = try laptop("citra")
        XCTAssertEqual(warnings(c).count, 1)
        XCTAssertTrue(warnings(c).first?.hasPrefix(file.path + ": line 2: ") == true, "\(warnings(c))")
    }

    func testALineStillBeingWrittenIsReadOnceItIsWhole() throws {
        let a = try laptop("ani")
        try a.setStatus(r1, .jan, to: .done)
        try a.setNote(r1, .jan, to: "SK terbit")
        let whole = try text(deviceFile("dev-ani"))
        let cut = String(whole.dropLast(20))
        try cut.write(to: deviceFile("dev-ani"), atomically: false, encoding: .utf8)
        let b = try laptop("budi")
        XCTAssertEqual(warnings(b), [])
        XCTAssertEqual(b.entries.count, 1)
        try whole.write(to: deviceFile("dev-ani"), atomically: true, encoding: .utf8)  // as a sync tool does: a new file
        XCTAssertEqual(b.pullTeamFolder()?.outcome.added, 1)
        XCTAssertEqual(warnings(b), [])
    }

    func testAPublishCutShortIsWrittenOverAndHistoryBeforeTheTeamGoesOnce() throws {
        // Ani worked alone before the team: her journal (version 2) has entries without a device.
        let alone = try StateStore.open(plan: plan, url: folder.appendingPathComponent("home-ani/state.jsonl"), user: "ani",
                                        device: nil)
        try alone.setStatus(r1, .jan, to: .done)
        try alone.setNote(r1, .jan, to: "SK terbit")
        let a = try laptop("ani")
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-ani")).count, 2, "her history before the team is hers")
        XCTAssertEqual(try devices(in: deviceFile("dev-ani")).map { $0?.hasPrefix("early-") }, [true],
                       "made team entries as the team began")
        // A crash cut her next write to the folder short.
        try a.setPJ(r3, to: "Kasubbag")
        let file = deviceFile("dev-ani")
        let full = try text(file)
        try String(full.dropLast(30)).write(to: file, atomically: false, encoding: .utf8)
        let again = try laptop("ani")  // a new process
        XCTAssertEqual(try text(file), full, "the cut line written again, whole")
        try again.setStatus(r2, .jun, to: .partly)
        let b = try laptop("budi")
        XCTAssertEqual(b.entries.count, 4)
        XCTAssertEqual(warnings(b), [])
        // Budi's file never gets Ani's entries, with or without a device.
        try b.setPJ(r2, to: "Sekretaris")
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-budi")).map(\.by), ["budi"])
    }

    func testAChangeTheFolderRefusesIsSavedHereAndGoesWithTheNextSave() throws {
        let a = try laptop("ani")
        // Ani's file cannot be written (something else holds its name: the drive's fault, say).
        try FileManager.default.removeItem(at: deviceFile("dev-ani"))  // made, empty, as she joined
        try FileManager.default.createDirectory(at: deviceFile("dev-ani"), withIntermediateDirectories: false)
        try a.setStatus(r1, .jan, to: .done)
        XCTAssertEqual(a.entries.count, 1, "saved on this laptop")
        XCTAssertTrue(warnings(a).contains { $0.hasPrefix("this laptop's changes are saved here but not yet in the team folder: ") },
                      warnings(a).joined(separator: "\n"))
        try FileManager.default.removeItem(at: deviceFile("dev-ani"))
        try a.setNote(r1, .jan, to: "SK terbit")
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-ani")).map(\.id), a.entries.map(\.id), "both, in order, once")
        let b = try laptop("budi")
        XCTAssertEqual(b.realisation, a.realisation)
    }

    func testWhatCameByABundleIsRelayedSoTheFoldersOtherLaptopsGetIt() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        // Dewi works away from the folder and sends Ani a bundle (here: her entries merged in, then published).
        let d = try StateStore.open(plan: plan, url: folder.appendingPathComponent("home-dewi/state.jsonl"), user: "dewi",
                                    device: "dev-dewi")
        try d.upgradeToTeam()
        try d.setStatus(r2, .jun, to: .done)
        try a.merge(d.teamEntries, source: "dari-dewi.rencana")
        a.publishToTeamFolder()
        // Ani's file carries Dewi's entry (Ani alone writes it); Budi gets it from the folder.
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-ani")).map(\.by), ["dewi"])
        b.pullTeamFolder()
        XCTAssertEqual(b.realisation.record(r2, .jun).status, .done)
        // Budi's own file never repeats what the folder holds.
        try b.setPJ(r1, to: "Sekretaris")
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-budi")).map(\.by), ["budi"])
        a.pullTeamFolder()
        XCTAssertEqual(try text(a.url), try text(b.url))
    }

    /// A bundle whose entries go before what Ani already published (Dewi worked at the same time, offline): the merge
    /// writes Ani's journal again in the year's order, Dewi's entries now stand before Ani's published ones, and they
    /// are still relayed to the folder (found by TeamPropertyTests through bundles and the folder: they were not).
    func testABundleThatGoesBeforeWhatWasPublishedIsStillRelayed() throws {
        let a = try laptop("ani"), b = try laptop("budi")
        let d = try StateStore.open(plan: plan, url: folder.appendingPathComponent("home-dewi/state.jsonl"), user: "dewi",
                                    device: "dev-dewi")
        try d.upgradeToTeam()
        try d.setStatus(r2, .jun, to: .done)
        try d.setNote(r2, .jun, to: "laporan dikirim")
        try a.setStatus(r1, .jan, to: .done)
        try a.setStatus(r1, .feb, to: .done)
        try a.setPJ(r3, to: "Kasubbag")
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-ani")).count, 3)
        let outcome = try a.merge(d.teamEntries, source: "dari-dewi.rencana")
        XCTAssertTrue(outcome.rewrote, "Dewi's clocks 1 and 2 go before Ani's 2 and 3")
        a.publishToTeamFolder()
        XCTAssertEqual(try JournalFile.read(deviceFile("dev-ani")).map(\.by), ["ani", "ani", "ani", "dewi", "dewi"])
        b.pullTeamFolder()
        XCTAssertEqual(b.realisation.record(r2, .jun).note, "laporan dikirim")
        XCTAssertEqual(try text(a.url), try text(b.url))
    }
}
