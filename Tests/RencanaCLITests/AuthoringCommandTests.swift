import Foundation
import XCTest

/// Writing and revising the plan from the command line (issue 13): edit, add, remove, move, document,
/// diff, adopt and new-year through the real binary, each run its own process (so undo and redo are
/// also checked after a restart).
final class AuthoringCommandTests: XCTestCase {
    private var cli: CommandRunner!
    override func setUpWithError() throws { cli = try CommandRunner() }
    override func tearDown() { cli.cleanUp() }

    @discardableResult
    private func ok(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try cli.run(arguments)
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)", file: file, line: line)
        return result.stdout
    }

    private func ids(_ plan: String = "plan.json") throws -> [String] {
        try ok(["list", plan, "--ids", "--width", "200"]).split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: " ").first.map(String.init).flatMap { $0.contains(".") || $0.hasPrefix("r-") ? $0 : nil }
        }
    }

    private func temp(_ name: String) -> String { cli.stateHome.appendingPathComponent(name).path }

    func testEditPrintsEachTextChangeInTheLogsWordsAndUndoRedoTakeThemBackAcrossProcesses() throws {
        let original = try ok(["export", "plan.json"])
        XCTAssertEqual(try ok(["edit", "plan.json", "1.2.1.1", "--indikator", "1) Tersedianya media sosialisasi RB baru"]),
                       "1.2.1.1 INDIKATOR: \"1) Tersedianya media sosialisasi RB di …\" → \"1) Tersedianya media sosialisasi RB baru\" (saved as change #1)\n")
        XCTAssertEqual(try ok(["edit", "plan.json", "1.2.1.1", "--ket", "Subbag Teknis"]),
                       "1.2.1.1 KET: (kosong) → \"Subbag Teknis\" (saved as change #2)\n")
        XCTAssertEqual(try ok(["edit", "plan.json", "1.2.1.2", "--sub", "1) Sosialisasi RB"]),
                       "1.2.1.2 SUB KEGIATAN: \"1) Sosialisasi Reformasi Birokrasi mela…\" → \"1) Sosialisasi RB\" (saved as change #3)\n")
        XCTAssertEqual(try ok(["edit", "plan.json", "1.2.2.1", "--kegiatan", "2) Manajemen perubahan"]),
                       "1.2.2.1 KEGIATAN: \"2) Pelaksanaan manajemen perubahan\" → \"2) Manajemen perubahan\" (saved as change #4)\n")
        XCTAssertEqual(try ok(["edit", "plan.json", "1.1.1.1", "--area", "Manajemen Perubahan (MP)"]),
                       "1.1.1.1 AREA PERUBAHAN: \"Manajemen Perubahan\" → \"Manajemen Perubahan (MP)\" (saved as change #5)\n")
        XCTAssertEqual(try ok(["edit", "plan.json", "1.1.1.1", "--area", "Manajemen Perubahan (MP)"]),
                       "1.1.1.1: unchanged; nothing to save\n")
        // The group's text shows on every row of the group.
        let edited = try ok(["export", "plan.json"])
        let lines = edited.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[4].hasPrefix("1,Manajemen Perubahan (MP),2) Manajemen perubahan,1) Sosialisasi RB,1) Tersedianya media sosialisasi RB baru"), lines[4])
        XCTAssertTrue(lines[4].hasSuffix(",Subbag Teknis"), lines[4])
        XCTAssertTrue(lines[5].hasPrefix("1,Manajemen Perubahan (MP),2) Manajemen perubahan,1) Sosialisasi RB,"), lines[5])
        XCTAssertTrue(lines[6].hasPrefix("1,Manajemen Perubahan (MP),2) Manajemen perubahan,2) Sosialisasi nilai"), lines[6])
        let log = try ok(["log", "plan.json"]).split(separator: "\n")
        XCTAssertEqual(log.count, 5)
        XCTAssertTrue(log[0].hasSuffix("edit             1.1.1.1 AREA PERUBAHAN: \"Manajemen Perubahan\" → \"Manajemen Perubahan (MP)\""), String(log[0]))
        // Undo in five processes: the plan as signed again; redo in five more: as edited.
        XCTAssertEqual(try ok(["undo", "plan.json"]),
                       "undid change #5: 1.1.1.1 AREA PERUBAHAN: \"Manajemen Perubahan\" → \"Manajemen Perubahan (MP)\"\n")
        for _ in 0..<4 { try ok(["undo", "plan.json"]) }
        XCTAssertEqual(try ok(["export", "plan.json"]), original)
        XCTAssertEqual(try ok(["diff", "plan.json"]), "")
        for _ in 0..<5 { try ok(["redo", "plan.json"]) }
        XCTAssertEqual(try ok(["export", "plan.json"]), edited)
    }

    func testBadUsageAndBadDataAreOneLineWithTheirExitCodes() throws {
        let long = String(repeating: "x", count: 10_001)
        let cases: [([String], Int32, String)] = [
            (["edit", "plan.json", "1.1.1.1"], 64, "rencana: give one of --indikator, --ket, --sub, --kegiatan, --area (see `rencana help`)\n"),
            (["edit", "plan.json", "1.1.1.1", "--ket", "a", "--sub", "b"], 64,
             "rencana: give only one of --indikator, --ket, --sub, --kegiatan, --area (see `rencana help`)\n"),
            (["edit", "plan.json", "1.1.1.1", "--sub", " "], 64, "rencana: SUB KEGIATAN must not be empty (see `rencana help`)\n"),
            (["edit", "plan.json", "1.1.1.1", "--kegiatan", ""], 64, "rencana: KEGIATAN must not be empty (see `rencana help`)\n"),
            (["edit", "plan.json", "1.1.1.1", "--area", "\n"], 64, "rencana: AREA PERUBAHAN must not be empty (see `rencana help`)\n"),
            // Issue 20: what the dashboard refuses, the command line refuses: an empty INDIKATOR, a bare add.
            (["edit", "plan.json", "1.1.1.1", "--indikator", ""], 64, "rencana: INDIKATOR must not be empty (see `rencana help`)\n"),
            (["add", "plan.json", "--after", "1.1.1.1"], 64, "rencana: INDIKATOR must not be empty (see `rencana help`)\n"),
            (["add", "--after", "1.1.1.1", "--text", " "], 64, "rencana: INDIKATOR must not be empty (see `rencana help`)\n"),
            (["edit", "plan.json", "9.9.9.9", "--ket", "x"], 1, "rencana: the plan has no row \"9.9.9.9\" (see `rencana list --ids`)\n"),
            (["edit", "plan.json", "9.9\u{1B}[2J", "--ket", "x"], 1, "rencana: the plan has no row \"9.9\\u{1B}[2J\" (see `rencana list --ids`)\n"),
            (["edit", "plan.json", "1.1.1.1", "--indikator", long], 64, "rencana: \"INDIKATOR\" is longer than 10000 characters (see `rencana help`)\n"),
            (["add", "plan.json", "--text", "x"], 64, "rencana: give --after ROW-ID or --before ROW-ID (see `rencana help`)\n"),
            (["add", "plan.json", "--after", "1.1.1.1", "--before", "1.1.1.1"], 64, "rencana: give only one of --after and --before (see `rencana help`)\n"),
            (["add", "plan.json", "--after", "1.1.1.1", "--months", "Jan,Smarch"], 64,
             "rencana: unknown month \"Smarch\" in --months (use Jan…Des or 1–12, comma-separated) (see `rencana help`)\n"),
            (["add", "plan.json", "--after", "1.1.1.1", "--level", "kegiatan", "--sub", "S"], 64,
             "rencana: a new kegiatan needs --kegiatan TEXT (see `rencana help`)\n"),
            (["add", "plan.json", "--after", "9.9.9.9", "--text", "x"], 1, "rencana: the plan has no row \"9.9.9.9\" (see `rencana list --ids`)\n"),
            (["remove", "plan.json", "9.9.9.9", "--yes"], 1, "rencana: the plan has no row \"9.9.9.9\" (see `rencana list --ids`)\n"),
            (["move", "plan.json", "1.2.1.1"], 64, "rencana: give one of --up, --down, --to-sub, --after, --before (see `rencana help`)\n"),
            (["move", "plan.json", "1.2.1.1", "--up", "--down"], 64, "rencana: give one of --up, --down, --to-sub, --after, --before (see `rencana help`)\n"),
            (["move", "plan.json", "1.2.1.1", "--up"], 1, "rencana: 1.2.1.1: its indikator is already the first of its parent; nothing moved\n"),
            (["move", "plan.json", "1.1.1.1", "--to-sub", "1.2.1.1"], 1,
             "rencana: plan.json: the only row of its sub kegiatan cannot move to another one (move the sub kegiatan, or add a row first)\n"),
            (["document", "plan.json", "--title", ""], 64, "rencana: TENTANG must not be empty (see `rencana help`)\n"),
            (["document", "plan.json", "--year", "20x3"], 64, "rencana: --year must be a year from 1900 to 2999, found \"20x3\" (see `rencana help`)\n"),
            (["diff", "plan.json", "--format", "xml"], 64, ""),
            (["new-year", "plan.json", "--year", "0", "--out", temp("n.json")], 64,
             "rencana: --year must be a year from 1900 to 2999, found \"0\" (see `rencana help`)\n"),
            (["adopt", "plan.json"], 64, ""),
        ]
        for (arguments, code, message) in cases {
            let result = try cli.run(arguments)
            XCTAssertEqual(result.status, code, "\(arguments.prefix(4))")
            XCTAssertEqual(result.stderr.filter { $0 == "\n" }.count, 1, "\(arguments.prefix(4)): \(result.stderr)")
            if !message.isEmpty { XCTAssertEqual(result.stderr, message, "\(arguments.prefix(4))") }
            XCTAssertEqual(result.stdout, "", "\(arguments.prefix(4))")
        }
        XCTAssertEqual(try ok(["log", "plan.json"]), "no changes yet: the plan is as signed\n", "nothing was saved")
    }

    func testAddPrintsTheNewRowsIdAndNewGroupsGoWhereAsked() throws {
        let before = try ids()
        let row = try ok(["add", "plan.json", "--after", "1.2.1.1", "--text", "3) Video sosialisasi", "--months", "Jan,3,Des", "--ket", "Humas"])
        XCTAssertNotNil(row.range(of: #"^r-[0-9a-f]{12}\n$"#, options: .regularExpression), row)
        let id = String(row.dropLast())
        var expected = before
        expected.insert(id, at: before.firstIndex(of: "1.2.1.1")! + 1)
        XCTAssertEqual(try ids(), expected)
        let csv = try ok(["export", "plan.json"]).components(separatedBy: "\r\n")
        XCTAssertEqual(csv[5], "1,Manajemen Perubahan,2) Pelaksanaan manajemen perubahan,1) Sosialisasi Reformasi Birokrasi melalui berbagai media,"
                       + "3) Video sosialisasi,√,,√,,,,,,,,,√,Humas")
        // Before the first row of a sub kegiatan, and a new kegiatan with a second row in it.
        let first = String(try ok(["add", "plan.json", "--before", "1.2.2.1", "--text", "0) Awal"]).dropLast())
        let kegiatan = String(try ok(["add", "plan.json", "--after", "1.2.2.2", "--level", "kegiatan", "--kegiatan", "2a) Kegiatan baru",
                                      "--sub", "1) Sub baru", "--text", "1) Satu", "--months", "Feb"]).dropLast())
        let second = String(try ok(["add", "plan.json", "--after", kegiatan, "--text", "2) Dua"]).dropLast())
        expected.insert(first, at: expected.firstIndex(of: "1.2.2.1")!)
        expected.insert(contentsOf: [kegiatan, second], at: expected.firstIndex(of: "1.2.2.2")! + 1)
        XCTAssertEqual(try ids(), expected)
        XCTAssertEqual(try ok(["diff", "plan.json"]), """
            \(id) row added at SUB KEGIATAN 1.2.1 place 2: "3) Video sosialisasi" [Jan, Mar, Des]
            \(first) row added at SUB KEGIATAN 1.2.2 place 1: "0) Awal"
            1.3 KEGIATAN added: "2a) Kegiatan baru"
            1.3.1 SUB KEGIATAN added: "1) Sub baru"
            \(kegiatan) row added at SUB KEGIATAN 1.3.1 place 1: "1) Satu" [Feb]
            \(second) row added at SUB KEGIATAN 1.3.1 place 2: "2) Dua"

            """)
        // A new area before area 2, and undo/redo of an addition.
        let area = String(try ok(["add", "plan.json", "--before", "2.1.1.1", "--level", "area", "--area", "Area baru",
                                  "--kegiatan", "K", "--sub", "S", "--text", "I"]).dropLast())
        XCTAssertEqual(try ids().firstIndex(of: area), try ids().firstIndex(of: "2.1.1.1")! - 1)
        XCTAssertTrue(try ok(["list", "plan.json", "--area", "2"]).contains("Area baru"))
        XCTAssertEqual(try ok(["undo", "plan.json"]), "undid change #5: \(area) area perubahan baru sebelum 2.1.1.1: \"Area baru\", \"I\"\n")
        XCTAssertEqual(try ids(), expected)
        try ok(["redo", "plan.json"])
        XCTAssertTrue(try ids().contains(area))
    }

    func testRemoveAsksOrNeedsYesAndUndoBringsBackTheRowItsRealisationAndEvidence() throws {
        let original = try ok(["export", "plan.json"])
        try ok(["realize", "plan.json", "1.2.1.2", "Jan", "done"])
        try ok(["realize", "plan.json", "1.2.1.2", "Feb", "partly"])
        try ok(["evidence", "add", "plan.json", "1.2.1.2", "--month", "Jan", "--url", "https://example.org/kolom-rb"])
        let evidence = try ok(["evidence", "list", "plan.json"])
        XCTAssertTrue(evidence.contains("1.2.1.2"), evidence)
        let refused = try cli.run(["remove", "plan.json", "1.2.1.2"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertEqual(refused.stderr, "rencana: delete 1.2.1.2's indikator: 1 row, 2 months of recorded realisation, "
                       + "1 piece of evidence; not a terminal: pass --yes to delete\n")
        XCTAssertTrue(try ids().contains("1.2.1.2"))
        XCTAssertEqual(try ok(["remove", "plan.json", "1.2.1.2", "--yes"]), "1.2.1.2 indikator dihapus (1 baris) (saved as change #4)\n")
        XCTAssertFalse(try ids().contains("1.2.1.2"))
        XCTAssertEqual(try ok(["diff", "plan.json"]),
                       "1.2.1.2 row removed from SUB KEGIATAN 1.2.1 place 2: \"2) Pembangunan kolom Reformasi Birokrasi Unit/Satuan Kerja di website resmi yang berisikan dokumentasi/pelaporan pelaksanaan RB di lingkungan Unit Kerja;\"\n")
        // Kept on record, and reported by check while the row is gone (not an error: the journal deleted it).
        let check = try cli.run(["check", "plan.json"])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stdout.split(separator: "\n").last, "state: 4 entries are for rows deleted in Rencana (1.2.1.2); "
                       + "kept on record (`rencana undo` of the removal brings them back)")
        XCTAssertEqual(try ok(["undo", "plan.json"]), "undid change #4: 1.2.1.2 indikator dihapus (1 baris)\n")
        XCTAssertEqual(try ok(["export", "plan.json"]), original)
        XCTAssertEqual(try ok(["evidence", "list", "plan.json"]), evidence)
        XCTAssertEqual(try cli.run(["check", "plan.json"]).status, 0)
        let log = try ok(["log", "plan.json", "--row", "1.2.1.2"])
        XCTAssertTrue(log.contains("1.2.1.2 Feb: belum dicatat → Terlaksana Sebagian"), log)
        // The only row of a sub kegiatan takes the sub kegiatan with it.
        let sub = try cli.run(["remove", "plan.json", "1.1.1.1"])
        XCTAssertEqual(sub.stderr, "rencana: delete 1.1.1.1's sub kegiatan: 1 row, 0 months of recorded realisation, "
                       + "0 pieces of evidence; not a terminal: pass --yes to delete\n")
        XCTAssertEqual(try ok(["remove", "plan.json", "1.2.1.1", "--level", "kegiatan", "--yes"]),
                       "1.2.1.1 kegiatan dihapus (4 baris) (saved as change #6)\n")
        XCTAssertFalse(try ids().contains("1.2.2.2"))
        try ok(["undo", "plan.json"])
        XCTAssertEqual(try ok(["export", "plan.json"]), original)
    }

    func testMoveKeepsIdsAndTheRowsHistory() throws {
        let before = try ids()
        try ok(["realize", "plan.json", "1.2.1.1", "Jan", "done"])
        XCTAssertEqual(try ok(["move", "plan.json", "1.2.1.1", "--down"]), "1.2.1.1 indikator dipindah ke bawah (saved as change #2)\n")
        XCTAssertEqual(try ok(["move", "plan.json", "1.2.1.1", "--to-sub", "1.2.2.1"]),
                       "1.2.1.1 indikator dipindah setelah 1.2.2.2 (saved as change #3)\n")
        XCTAssertEqual(try ok(["move", "plan.json", "1.2.2.1", "--level", "sub", "--up"]),
                       "1.2.2.1 sub kegiatan dipindah ke atas (saved as change #4)\n")
        // #5 and #6: the two sub kegiatan's "1)" and "2)" follow their new order (issue 20).
        XCTAssertTrue(try ok(["export", "plan.json"]).contains("1) Sosialisasi nilai-nilai"))
        XCTAssertEqual(try ok(["move", "plan.json", "1.2.2.2", "--before", "1.2.2.1"]),
                       "1.2.2.2 indikator dipindah sebelum 1.2.2.1 (saved as change #7)\n")
        var expected = before
        expected.removeSubrange(expected.firstIndex(of: "1.2.1.1")!...expected.firstIndex(of: "1.2.2.2")!)
        expected.insert(contentsOf: ["1.2.2.2", "1.2.2.1", "1.2.1.1", "1.2.1.2"], at: before.firstIndex(of: "1.2.1.1")!)
        XCTAssertEqual(try ids(), expected, "ids never change")
        // The row's realisation follows it: its history is still its own.
        XCTAssertTrue(try ok(["log", "plan.json", "--row", "1.2.1.1"]).contains("1.2.1.1 Jan: belum dicatat → Terlaksana"))
        XCTAssertEqual(try cli.run(["check", "plan.json"]).status, 0)
        for _ in 0..<4 { try ok(["undo", "plan.json"]) }
        XCTAssertEqual(try ids(), before)
    }

    func testDocumentShowsAndChangesTheDecreesDetails() throws {
        XCTAssertEqual(try ok(["document", "plan.json"]), """
            Instansi:              Komisi Pemilihan Umum Kabupaten Sorong Selatan
            NOMOR:                 3/ORT.07/9204/2022
            TENTANG:               Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum Kabupaten Sorong Selatan Tahun 2022
            Unit:                  Sekretariat Komisi Pemilihan Umum Kabupaten Sorong Selatan
            Tahun:                 2022
            Ditetapkan di:         Teminabuan
            Pada tanggal:          26 Januari 2022
            Penandatangan:         Ester Homer
            Jabatan penandatangan: Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan

            """)
        XCTAssertEqual(try ok(["document", "plan.json", "--number", "4/ORT.07/9204/2022", "--date", "1 Juli 2022",
                               "--signer-title", "Ketua"]), """
            Dokumen: Nomor: "3/ORT.07/9204/2022" → "4/ORT.07/9204/2022" (saved as change #1)
            Dokumen: Tanggal: "26 Januari 2022" → "1 Juli 2022" (saved as change #2)
            Dokumen: Jabatan: "Ketua Komisi Pemilihan Umum Kabupaten S…" → "Ketua" (saved as change #3)

            """)
        XCTAssertEqual(try ok(["document", "plan.json", "--date", "1 Juli 2022"]), "document: unchanged; nothing to save\n")
        XCTAssertTrue(try ok(["document", "plan.json"]).contains("Pada tanggal:          1 Juli 2022\n"))
        XCTAssertEqual(try ok(["diff", "plan.json"]), """
            document NOMOR: "3/ORT.07/9204/2022" → "4/ORT.07/9204/2022"
            document Pada tanggal: "26 Januari 2022" → "1 Juli 2022"
            document Jabatan penandatangan: "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan" → "Ketua"

            """)
        try ok(["undo", "plan.json"])
        XCTAssertTrue(try ok(["document", "plan.json"]).contains("Jabatan penandatangan: Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan\n"))
    }

    func testDiffOfAHandMadeRevisionInEveryFormatAndNothingWhenThereIsNone() throws {
        XCTAssertEqual(try ok(["diff", "plan.json"]), "")
        XCTAssertEqual(try ok(["diff", "plan.json", "--format", "markdown"]), "")
        XCTAssertEqual(try ok(["diff", "plan.json", "--format", "csv"]), "change,level,place,row,field,old,new,months\r\n")
        try ok(["edit", "plan.json", "1.2.2.2", "--indikator", "2) Menurunnya\u{1B}[31m angka\npelanggaran"])
        try ok(["set", "plan.json", "1.2.2.1", "Jun", "on"])
        try ok(["remove", "plan.json", "1.2.1.2", "--yes"])
        try ok(["move", "plan.json", "1.2.2.1", "--down"])
        try ok(["document", "plan.json", "--number", "9/2022"])
        XCTAssertEqual(try ok(["diff", "plan.json"]), """
            document NOMOR: "3/ORT.07/9204/2022" → "9/2022"
            1.2.2.2 row moved from SUB KEGIATAN 1.2.2 place 2 to place 1
            1.2.2.2 INDIKATOR: "2) Menurunnya angka pelanggaran disiplin ASN;" → "2) Menurunnya\\u{1B}[31m angka\\npelanggaran"
            1.2.2.1 months added: Jun
            1.2.1.2 row removed from SUB KEGIATAN 1.2.1 place 2: "2) Pembangunan kolom Reformasi Birokrasi Unit/Satuan Kerja di website resmi yang berisikan dokumentasi/pelaporan pelaksanaan RB di lingkungan Unit Kerja;"

            """)
        let csv = try ok(["diff", "plan.json", "--format", "csv"]).components(separatedBy: "\r\n")
        XCTAssertEqual(csv.count, 7)
        XCTAssertEqual(csv[4], "monthsAdded,indikator,SUB KEGIATAN 1.2.2 place 2,1.2.2.1,,,,Jun")
        let markdown = try ok(["diff", "plan.json", "--format", "markdown"])
        XCTAssertTrue(markdown.hasPrefix("5 differences from the plan as signed\n\n| Place | Row | Change | Old | New |\n"), markdown)
        XCTAssertFalse(markdown.contains("\u{1B}"))
        // The log shows the same text escaped.
        XCTAssertFalse(try ok(["log", "plan.json"]).contains("\u{1B}"))
    }

    func testAdoptThenCheckThenExportRoundTripAndItsRefusals() throws {
        try ok(["edit", "plan.json", "1.2.1.1", "--indikator", "1) Media sosialisasi"])
        try ok(["add", "plan.json", "--after", "1.2.1.2", "--text", "3) Baru", "--months", "Mar"])
        try ok(["remove", "plan.json", "1.1.3.1", "--yes"])
        try ok(["move", "plan.json", "1.2.2.1", "--down"])
        try ok(["toggle", "plan.json", "1.3.1.1", "Jul"])
        let out = temp("plan-revisi.json")
        let adopted = try cli.run(["adopt", "plan.json", "--out", out])
        XCTAssertEqual(adopted.status, 0, adopted.stderr)
        XCTAssertEqual(adopted.stdout, "")
        // Issue 20: the new plan's references read in order; the rows whose reference changed are listed.
        let now = try ids("plan.json")
        let positions = try ids(out)
        let numbers = positions.map { $0.split(separator: ".").map { Int($0) ?? -1 } }
        XCTAssertEqual(numbers, numbers.sorted { $0.lexicographicallyPrecedes($1) }, "in order")
        XCTAssertEqual(Set(positions).count, positions.count)
        XCTAssertFalse(positions.contains { $0.hasPrefix("r-") })
        XCTAssertEqual(positions.filter { $0.hasPrefix("1.2.") }, ["1.2.1.1", "1.2.1.2", "1.2.1.3", "1.2.2.1", "1.2.2.2"])
        let renamed = zip(now, positions).filter { $0 != $1 }
        XCTAssertEqual(adopted.stderr, "rencana: wrote \(out) (124 rows)\n"
                       + "rencana: \(renamed.count) rows have a new reference, its position in the new plan (old → new):\n"
                       + renamed.map { "  \($0) → \($1)\n" }.joined())
        XCTAssertTrue(renamed.contains { $0.0.hasPrefix("r-") && $0.1 == "1.2.1.3" }, "\(renamed)")
        XCTAssertTrue(renamed.contains { $0 == ("1.2.2.2", "1.2.2.1") }, "\(renamed)")
        XCTAssertTrue(try ok(["check", out]).contains("124"))
        XCTAssertEqual(try ok(["export", "--baseline", out]), try ok(["export", "plan.json"]))
        XCTAssertEqual(try ok(["diff", out]), "", "a new plan starts with no changes")
        // Refusals: an existing file without --force, the plan itself even with --force.
        let again = try cli.run(["adopt", "plan.json", "--out", out])
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.stderr, "rencana: \(out) already exists; pass --force to overwrite it\n")
        let itself = try cli.run(["adopt", "plan.json", "--out", "plan.json", "--force"])
        XCTAssertEqual(itself.status, 1)
        XCTAssertEqual(itself.stderr.filter { $0 == "\n" }.count, 1, itself.stderr)
        // Over a plan whose state has changes: written, with the warning of issue 9.
        try ok(["edit", out, "1.2.1.1", "--ket", "x"])
        let over = try cli.run(["adopt", "plan.json", "--out", out, "--force"])
        XCTAssertEqual(over.status, 0, over.stderr)
        let warning = over.stderr.split(separator: "\n")
        XCTAssertEqual(warning.count, 3 + renamed.count, over.stderr)
        XCTAssertTrue(warning[0].hasPrefix("rencana: warning: \(out) had changes in "), String(warning[0]))
        XCTAssertTrue(warning[0].hasSuffix("`rencana check \(out) --reset-state`)"), String(warning[0]))
        XCTAssertTrue(warning[0].contains("numbered afresh, so some may now name other rows"), String(warning[0]))
    }

    func testNewYearOnTheRealPlanCopiesTheTableButNotTheRealisation() throws {
        try ok(["realize", "plan.json", "1.1.1.1", "Jan", "done"])
        try ok(["note", "plan.json", "1.1.1.1", "Jan", "Rapat"])
        let out = temp("plan-2023.json")
        let made = try cli.run(["new-year", "plan.json", "--year", "2023", "--out", out])
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertEqual(made.stderr, "rencana: wrote \(out) (124 rows)\n")
        XCTAssertEqual(try cli.run(["check", out]).status, 0)
        XCTAssertEqual(try ids(out), try ids("plan.json"))
        let document = try ok(["document", out])
        XCTAssertTrue(document.contains("NOMOR:                 \n"), document)
        XCTAssertTrue(document.contains("Pada tanggal:          \n"), document)
        XCTAssertTrue(document.contains("Tahun:                 2023\n"), document)
        XCTAssertTrue(document.contains("Kabupaten Sorong Selatan Tahun 2023\n"), document)
        // The table and months as they are; the realisation, evidence and notes are this year's only.
        XCTAssertEqual(try ok(["export", out]), try ok(["export", "plan.json"]))
        XCTAssertEqual(try ok(["log", out]), "no changes yet: the plan is as signed\n")
        let progress = try ok(["progress", out, "--format", "csv"]).components(separatedBy: "\r\n")
        XCTAssertTrue(progress.last(where: { !$0.isEmpty })!.contains(",0,0,0,"), progress.joined(separator: "\n"))
        XCTAssertEqual(try cli.run(["new-year", "plan.json", "--year", "2023", "--out", out]).status, 1, "exists")
    }

    func testTwoProcessesEditingAtOnceLoseNothing() throws {
        let rows = try ids().prefix(40)
        let writers = try [0, 1].map { parity in
            let commands = rows.enumerated().filter { $0.offset % 2 == parity }.map { n, row in
                "\"$RENCANA\" edit plan.json \(row) --ket 'ket-\(n)' >/dev/null || exit 1"
            }
            return try cli.shell(commands.joined(separator: "\n"))
        }
        for writer in writers { try writer.run() }
        for writer in writers { writer.waitUntilExit() }
        XCTAssertEqual(writers.map(\.terminationStatus), [0, 0])
        let csv = try ok(["export", "plan.json", "--ids"]).components(separatedBy: "\r\n")
        for (n, row) in rows.enumerated() {
            XCTAssertTrue(csv.contains { $0.hasPrefix(row + ",") && $0.hasSuffix(",ket-\(n)") }, row)
        }
        XCTAssertEqual(try ok(["log", "plan.json"]).split(separator: "\n").count, 40)
    }

    func testImportOverAPlanWhoseStateHasChangesWarnsThatTheHistoryNamesRowsById() throws {
        let csv = temp("p.csv")
        try Data(try ok(["export", "plan.json", "--ids"]).utf8).write(to: URL(fileURLWithPath: csv))
        let out = temp("imported.json")
        let first = try cli.run(["import", csv, "--out", out])
        XCTAssertEqual(first.stderr.split(separator: "\n").count, 1, "a new plan: no warning: \(first.stderr)")
        XCTAssertEqual(try cli.run(["import", csv, "--out", out, "--force"]).stderr.split(separator: "\n").count, 1,
                       "no changes yet: no warning")
        try ok(["edit", out, "1.1.1.1", "--ket", "x"])
        let again = try cli.run(["import", csv, "--out", out, "--force"])
        XCTAssertEqual(again.status, 0, again.stderr)
        let lines = again.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, again.stderr)
        XCTAssertTrue(lines[0].hasPrefix("rencana: warning: \(out) had changes in "), String(lines[0]))
        XCTAssertTrue(lines[0].contains("they name rows by id"), String(lines[0]))
    }

    func testHelpListsEveryAuthoringCommandAndItsOptions() throws {
        let root = try ok(["--help"])
        let options: [String: [String]] = [
            "edit": ["--indikator", "--ket", "--sub", "--kegiatan", "--area"],
            "add": ["--after", "--before", "--level", "--text", "--months", "--ket", "--sub", "--kegiatan", "--area"],
            "remove": ["--level", "--yes"],
            "move": ["--up", "--down", "--to-sub", "--after", "--before", "--level"],
            "document": ["--number", "--title", "--unit", "--year", "--place", "--date", "--signer", "--signer-title"],
            "diff": ["--format"],
            "adopt": ["--out", "--force"],
            "new-year": ["--year", "--out", "--force", "--baseline"],
        ]
        for (command, flags) in options {
            XCTAssertTrue(root.contains("  \(command) "), "\(command) missing from --help")
            let help = try ok(["help", command])
            XCTAssertTrue(help.contains("USAGE: rencana \(command)"), help)
            for flag in flags { XCTAssertTrue(help.contains("  \(flag) "), "\(command) \(flag)") }
        }
    }
}
