import Foundation
import XCTest
import PlanModel
import PlanStore

/// The real plan.json and the expected merges, computed by grouping consecutive rows (not from the tree,
/// as the model does), so the tests check the model against a second way of counting.
enum RealPlan {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url
    }()

    static func load() throws -> Plan { try PlanFile.load(root.appendingPathComponent("plan.json").path) }

    /// Runs of consecutive rows with the same key: (first row index, count).
    static func runs(_ plan: Plan, key: (PlanRow) -> [Int]) -> [(first: Int, count: Int)] {
        var runs: [(Int, Int)] = []
        for row in plan.rows {
            if let last = runs.last, key(plan.rows[last.0]) == key(row) { runs[runs.count - 1].1 += 1 } else { runs.append((row.index, 1)) }
        }
        return runs
    }

    static func areaRuns(_ plan: Plan) -> [(first: Int, count: Int)] { runs(plan) { [$0.position.area] } }
    static func kegiatanRuns(_ plan: Plan) -> [(first: Int, count: Int)] { runs(plan) { [$0.position.area, $0.position.kegiatan] } }
    static func subRuns(_ plan: Plan) -> [(first: Int, count: Int)] {
        runs(plan) { [$0.position.area, $0.position.kegiatan, $0.position.sub] }
    }

    /// Rows whose months were read off the source document's LAMPIRAN by hand.
    static let knownMonths: [(RowID, String)] = [
        ("1.1.1.1", "Jan"), ("1.1.3.1", "Jun Nov"), ("1.2.2.1", "Des"), ("1.3.1.1", "Jan"), ("1.3.1.2", "Jan Feb Mar"),
        ("1.3.1.3", "Jan Feb Mar"), ("1.3.1.4", "Feb"), ("1.3.3.1", "Jul Des"), ("2.1.1.1", "Mar Jun Sep Des"),
        ("3.1.1.1", "Jun Des"), ("3.2.1.1", "Jul Ags Sep Okt Nov Des"), ("7.1.4.1", "Jun Des"), ("7.3.2.1", "Des"),
        ("7.5.2.1", "Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des"), ("7.6.2.1", "Des"), ("8.3.1.11", "Jan Sep"),
    ]
}

/// A workbook read back with the system's `unzip`: its sheet's cells (shared strings resolved), merges and XML.
struct Workbook {
    let sheet: String
    let workbook: String
    let styles: String
    /// `A1`-style reference → text.
    var cells: [String: String] = [:]
    var merges: Set<String> = []
    /// Number cells (figures, counts, dates as serial days) and each cell's style index.
    var numbers: [String: Double] = [:]
    var styleIndex: [String: Int] = [:]

    /// The `<xf>` of the cell format a cell uses (its alignment, number format, quote prefix).
    func format(of ref: String) -> String? {
        guard let index = styleIndex[ref], let xfs = Self.matches(#"<cellXfs[^>]*>(.*?)</cellXfs>"#, in: styles).first?[1] else { return nil }
        let all = Self.matches(#"<xf [^>]*?(?:/>|>.*?</xf>)"#, in: xfs).map { $0[0] }
        return index < all.count ? all[index] : nil
    }

    /// The number format code of a cell (`[$-421]0.0%` …), when it has its own.
    func numberFormat(of ref: String) -> String? {
        guard let xf = format(of: ref), let id = Self.matches(#"numFmtId="([0-9]+)""#, in: xf).first?[1] else { return nil }
        return Self.matches(#"<numFmt numFmtId="\#(id)" formatCode="([^"]*)"/>"#, in: styles).first.map { XML.decode($0[1]) }
    }

    /// The workbook's sheet number `sheetNumber` (1: the first).
    init(data: Data, sheetNumber: Int = 1) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString).xlsx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        func part(_ name: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") else {
                throw XMLReadError.noUnzip  // a failure, not a skip: .ci/run installs unzip
            }
            process.arguments = ["-p", url.path, name]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let bytes = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw XMLReadError.missingPart(name) }
            return String(decoding: bytes, as: UTF8.self)
        }
        sheet = try part("xl/worksheets/sheet\(sheetNumber).xml")
        workbook = try part("xl/workbook.xml")
        styles = try part("xl/styles.xml")
        // Constant-memory workbooks have inline strings and no shared-strings part.
        let shared = (try? part("xl/sharedStrings.xml")) ?? ""
        let strings = Self.matches(#"<si>(.*?)</si>"#, in: shared).map { si in
            Self.matches(#"<t(?: [^>]*)?>(.*?)</t>"#, in: si[1]).map { XML.decode($0[1]) }.joined()
        }
        for cell in Self.matches(#"<c r="([A-Z]+[0-9]+)"([^>]*?)(?:/>|>(.*?)</c>)"#, in: sheet) {
            styleIndex[cell[1]] = Self.matches(#" s="([0-9]+)""#, in: cell[2]).first.flatMap { Int($0[1]) }
            // The zero-width spaces after slashes and the line feeds ending a cell's lines are print aids, not the text.
            if cell[2].contains(#"t="inlineStr""#) {
                cells[cell[1]] = Self.planText(Self.matches(#"<t(?: [^>]*)?>(.*?)</t>"#, in: cell[3]).map { XML.decode($0[1]) }.joined())
                continue
            }
            if !cell[2].contains(#" t=""#), let v = Self.matches(#"<v>([-0-9.E]+)</v>"#, in: cell[3]).first, let number = Double(v[1]) {
                numbers[cell[1]] = number
                continue
            }
            guard cell[2].contains(#"t="s""#), let v = Self.matches(#"<v>([0-9]+)</v>"#, in: cell[3]).first,
                  let index = Int(v[1]) else { continue }
            cells[cell[1]] = Self.planText(strings[index])
        }
        merges = Set(Self.matches(#"<mergeCell ref="([A-Z0-9:]+)"/>"#, in: sheet).map { $0[1] })
    }

    /// A cell's text as the plan has it: without the print aids the workbooks add, the zero-width spaces after slashes and
    /// the line feeds that end a cell's lines off its right border (`CellLines`: in place of a space, or after a `-` or a
    /// zero-width space), and the no-break space after an opening list marker (`DocumentText.markerJoined`). The real
    /// plan's texts hold no line feed nor no-break space of their own.
    static func planText(_ text: String) -> String {
        guard text.contains("\n") || text.contains("\u{200B}") || text.contains("\u{00A0}") else { return text }
        return text.replacingOccurrences(of: "-\n", with: "-").replacingOccurrences(of: "\u{200B}\n", with: "")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{200B}", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    enum XMLReadError: Error { case missingPart(String), noUnzip }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { match in
            (0..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : ns.substring(with: match.range(at: $0)) }
        }
    }

    /// The spreadsheet name of a 0-based column and row: (5, 10) → `F11`.
    static func ref(_ column: Int, _ row: Int) -> String {
        String(UnicodeScalar(UInt8(65 + column))) + String(row + 1)
    }
}

enum XML {
    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// An HTML table read back: each `tr` as its cells (text, rowspan, colspan), and the grid they make.
struct HTMLTable {
    struct Cell { var text: String; var rowSpan: Int; var colSpan: Int; var continued = false }
    var rows: [[Cell]] = []

    /// The rows of the `<tbody>` (or `<thead>`) of `html`; for the body, every printed page's rows (the closing row
    /// left out).
    init(_ html: String, section: String) throws {
        // The html prints one table a page: the body is every page's rows, in order (the closing row left out).
        var body = try XCTUnwrap(Workbook.matches("<\(section)>(.*?)</\(section)>", in: html).first?[1], "no <\(section)>")
        if section == "tbody" {
            body = Workbook.matches("<tbody>(.*?)</tbody>", in: html).map { $0[1] }.joined()
            if let closing = body.range(of: #"<tr class="closing">"#) { body = String(body[..<closing.lowerBound]) }
        }
        for tr in Workbook.matches(#"<tr[^>]*>(.*?)</tr>"#, in: body) {
            rows.append(Workbook.matches(#"<t[dh]([^>]*)>(.*?)</t[dh]>"#, in: tr[1]).map { cell in
                let rowSpan = Workbook.matches(#"rowspan="([0-9]+)""#, in: cell[1]).first.flatMap { Int($0[1]) } ?? 1
                let colSpan = Workbook.matches(#"colspan="([0-9]+)""#, in: cell[1]).first.flatMap { Int($0[1]) } ?? 1
                return Cell(text: XML.decode(cell[2].replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "<wbr>", with: "")),
                            rowSpan: rowSpan, colSpan: colSpan,
                            continued: Workbook.matches(#"class="([^"]*)""#, in: cell[1]).first?[1].split(separator: " ").contains("cont") ?? false)
            })
        }
    }

    /// The table as a grid: each slot holds the row and column where its cell starts, and the cell.
    func grid(columns: Int) -> [[(origin: Int, cell: Cell)?]] {
        var grid = Array(repeating: [(origin: Int, cell: Cell)?](repeating: nil, count: columns), count: rows.count)
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row {
                while c < columns, grid[r][c] != nil { c += 1 }
                guard c < columns else { break }
                // A continued cell (opened again at a page's top) is the cell above it, grown; the rest of a text cut
                // over the page (opening with "(lanjutan) ") is joined to it without the mark, a repeated text marked
                // (lanjutan) is not.
                if cell.continued, r > 0, let above = grid[r - 1][c] {
                    var whole = above.cell
                    whole.rowSpan = r - above.origin + cell.rowSpan
                    if !cell.text.hasSuffix("(lanjutan)") && cell.text != whole.text {
                        // A text moved whole to this page (too little room above for three lines) left its cell empty there.
                        whole.text += (whole.text.isEmpty ? "" : " ") + (cell.text.hasPrefix("(lanjutan) ") ? String(cell.text.dropFirst("(lanjutan) ".count)) : cell.text)
                    }
                    for row in above.origin..<min(above.origin + whole.rowSpan, rows.count) { grid[row][c] = (above.origin, whole) }
                    c += 1
                    continue
                }
                for dr in 0..<cell.rowSpan where r + dr < rows.count {
                    for dc in 0..<cell.colSpan where c + dc < columns { grid[r + dr][c + dc] = (r, cell) }
                }
                c += cell.colSpan
            }
        }
        return grid
    }
}
