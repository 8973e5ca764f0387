import Foundation
import XCTest

/// The province's signed recap printed as the reviewer prints it: `rollup --format xlsx|html` of 40 generated
/// offices through LibreOffice and Chromium, the PDFs' pages read with poppler: the header on every page, the
/// title on the first, each office's line once with the figures `rollup --format json` gives, the total and the
/// signature on the last page only, page numbers on all.
final class RollupRecapPagesTests: XCTestCase {
    private var cli: CommandRunner!
    private var folder: URL!

    override func setUpWithError() throws {
        for tool in ["soffice", "chromium", "pdftotext", "pdfinfo"] where DocumentExportTests.which(tool) == nil {
            XCTFail("\(tool) is not installed: .ci/run installs libreoffice-calc, chromium and poppler-utils")
        }
        cli = try CommandRunner()
        folder = cli.stateHome.appendingPathComponent("offices")
        let made = try run(["generate", "--offices", "40", "--seed", "5", "--out", folder.path])
        XCTAssertEqual(made.status, 0, made.stderr)
    }

    override func tearDown() { cli.cleanUp() }

    private func run(_ arguments: [String], in directory: URL? = nil) throws -> CommandRunner.Result {
        let process = try cli.start(arguments)
        process.environment?["RENCANA_TODAY"] = "2022-04-10"
        if let directory { process.currentDirectoryURL = directory }
        let output = try cli.capture(process) { process in
            try process.run()
            process.waitUntilExit()
        }
        return CommandRunner.Result(stdout: output.stdout, stderr: output.stderr, status: process.terminationStatus)
    }

    /// Runs `tool` in `directory` (its profile there too, so parallel printers never share one), exit 0 expected.
    private func print(_ tool: String, _ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(DocumentExportTests.which(tool)))
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments)")
    }

    private func pages(_ pdf: URL) throws -> [String] {
        let info = try DocumentExportTests.tool("pdfinfo", [pdf.path])
        let count = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
        return try (1...count).map { try DocumentExportTests.tool("pdftotext", ["-layout", "-f", "\($0)", "-l", "\($0)", pdf.path, "-"]) }
    }

    func testTheRecapPrintsEveryOfficeOnceWithItsFiguresTheHeaderOnEveryPageAndTheSignatureLast() throws {
        let work = cli.stateHome.appendingPathComponent("print")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let signing = ["--provinsi", "Jawa Timur", "--place", "Surabaya", "--date", "2022-04-08", "--signer", "Nama Sekretaris",
                       "--nip", "197001012000031001"]
        for format in ["xlsx", "html"] {
            let made = try run(["rollup", folder.path, "--tw", "1", "--format", format, "--out", work.appendingPathComponent("recap.\(format)").path] + signing)
            XCTAssertEqual(made.status, 0, made.stderr)
        }
        try print("soffice", ["--headless", "-env:UserInstallation=file://\(work.path)/lo", "--convert-to", "pdf", "recap.xlsx"], in: work)
        try print("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(work.path)/ch",
                               "--print-to-pdf=\(work.path)/recap-html.pdf", "recap.html"], in: work)
        let json = try run(["rollup", folder.path, "--tw", "1", "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try XCTUnwrap(object["lines"] as? [[String: Any]])
        let offices = lines.filter { $0["level"] as? String == "office" }
        let province = try XCTUnwrap(lines.last)
        XCTAssertEqual(offices.count, 40)
        for pdf in ["recap.pdf", "recap-html.pdf"] {
            let pages = try pages(work.appendingPathComponent(pdf))
            XCTAssertEqual(pages.count, 2, pdf)
            for (index, page) in pages.enumerated() {
                let squeezed = page.filter { !$0.isWhitespace && $0 != "\u{200B}" }
                for label in ["NO.", "SATUANKERJA", "MANAJEMEN", "AKUNTABILITAS", "CAPAIAN", "TOTAL", "KURANG", "BUKTI", "KONFLIK"] {
                    XCTAssertTrue(squeezed.contains(label), "\(pdf) page \(index + 1) lacks the header's \(label)")
                }
                XCTAssertEqual(squeezed.contains("REKAPITULASIMONITORINGDANEVALUASIRENCANAAKSIREFORMASIBIROKRASI"), index == 0, pdf)
                XCTAssertEqual(squeezed.contains("KPUKABUPATEN/KOTASE-JAWATIMUR"), index == 0, pdf)
                XCTAssertEqual(squeezed.contains("TRIWULANITAHUN2022"), index == 0, pdf)
                let isLast = index == pages.count - 1
                XCTAssertEqual(squeezed.contains("NAMASEKRETARIS"), isLast, "\(pdf) page \(index + 1): the signer on the last page only")
                XCTAssertEqual(squeezed.contains("Surabaya,8April2022"), isLast, pdf)
                XCTAssertEqual(squeezed.contains("SEKRETARISKPU"), isLast, pdf)
                XCTAssertTrue(squeezed.contains("-\(index + 1)-"), "\(pdf) page \(index + 1)'s number")
            }
            let all = pages.joined(separator: "\n").split(separator: "\n").map(String.init)
            for office in offices {
                let name = try XCTUnwrap(office["name"] as? String).replacingOccurrences(of: "Komisi Pemilihan Umum ", with: "KPU ")
                let found = all.filter { $0.range(of: "\\b\(name)\\b", options: .regularExpression) != nil }
                XCTAssertEqual(found.count, 1, "\(pdf): \(name) printed \(found.count) times")
                let words = found.first.map { $0.split(separator: " ").map(String.init) } ?? []
                XCTAssertEqual(Array(words.suffix(3)), [try XCTUnwrap(office["capaianText"] as? String), "\(try XCTUnwrap(office["kurangBukti"] as? Int))",
                                                        "\(try XCTUnwrap(office["conflicts"] as? Int))"],
                               "\(pdf): \(name)'s total and kurang bukti")
            }
            let total = try XCTUnwrap(all.first { $0.contains("JUMLAH") }, pdf)
            XCTAssertEqual(Array(total.split(separator: " ").map(String.init).suffix(3)),
                           [try XCTUnwrap(province["capaianText"] as? String), "\(try XCTUnwrap(province["kurangBukti"] as? Int))",
                            "\(try XCTUnwrap(province["conflicts"] as? Int))"], pdf)
        }
    }
}
