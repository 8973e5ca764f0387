import Foundation
import XCTest

/// Issue 20: every message in Sources/RencanaText exists in English and Indonesian. A string literal there is
/// either inside a `Text.pick(…)` (both languages side by side), or one of the plan's own words (which stay
/// Indonesian in both), or a code token (a dictionary key, a `case` pattern, a format's column name).
final class LanguageCompletenessTests: XCTestCase {
    /// The plan's own words and the formats' tokens a literal outside `pick` may be made of (case ignored):
    /// the document's labels, month names, status words, field names, and units.
    static let planWords: Set<String> = [
        // The table's and the decree's labels.
        "no", "area", "perubahan", "kegiatan", "sub", "indikator", "keberhasilan", "ket", "nomor", "tentang", "unit",
        "kerja", "tahun", "ditetapkan", "di", "pada", "tanggal", "penandatangan", "jabatan", "kode", "satker", "instansi",
        "nip", "tempat", "dokumen", "laporan", "uraian", "lingkungan", "kpu", "provinsi", "kabupaten", "kota", "se",
        "rekapitulasi", "monitoring", "dan", "evaluasi", "rencana", "aksi", "reformasi", "birokrasi", "satuan", "total",
        "jumlah", "kantor", "baris", "entri", "terakhir", "konflik", "institusi", "nama", "file", "seluruh", "sesuai",
        "ttd", "direvisi", "rekapitulasi", "keadaan", "sampai", "dengan", "januari", "bulan", "sekretaris",
        // Months and periods.
        "jan", "feb", "mar", "apr", "mei", "jun", "jul", "ags", "sep", "okt", "nov", "des", "februari", "maret", "april",
        "juni", "juli", "agustus", "september", "oktober", "november", "desember", "tw", "sem", "semester", "triwulan",
        "tahunan", "s", "d", "i", "ii", "iii", "iv",
        // Statuses and monitoring words.
        "terlaksana", "sebagian", "tidak", "digeser", "ke", "luar", "jadwal", "terlambat", "belum", "jatuh", "tempo",
        "tuntas", "dicatat", "capaian", "realisasi", "kurang", "bukti", "dukung", "catatan", "penanggung", "jawab",
        "pj", "kendala", "tindak", "lanjut", "tenggat", "status", "ada", "ditambahkan", "dihapus", "kosong", "baru",
        "setelah", "sebelum", "dipindah", "atas", "bawah", "undo", "redo", "id", "lanjutan",
        // Units and format tokens.
        "mb", "kb", "utc", "yyyy", "mm", "dd", "csv", "json", "null",
        // Keys as the keyboard names them (the key bar's first column).
        "enter", "esc", "space", "tab", "shift", "ctrl", "pgup", "pgdn", "ok",
    ]

    /// Files that hold no message of their own: the locale's variable names (Language), the parser's English
    /// words it translates (ParserText), the visible forms of control characters (TerminalText).
    static let filesWithoutMessages: Set<String> = ["Language.swift", "ParserText.swift", "TerminalText.swift"]

    /// Declarations whose literals are a format, not a message: never translated.
    static let formatDeclarations: Set<String> = [
        "columns",               // Text.Diff: diff's CSV header, read by scripts
        "setArgumentsHelp",      // ArgumentParser's usage placeholders: [PLAN] ROW-ID MONTH on|off
        "toggleArgumentsHelp",
        "listMonthsHeader",      // JFMAMJJASOND, the month initials
        "character",             // Text.JSON: a byte shown quoted
        "visible",               // TerminalText: \n, \t, \u{…}
        "office",                // Text.Bundle: "no. <number>", the decree's own abbreviation
        "driverName",            // git config merge.rencana.name, written into a repository shared by all languages
    ]

    func testEveryMessageInRencanaTextIsInBothLanguages() throws {
        let folder = CommandRunner.packageRoot.appendingPathComponent("Sources/RencanaText")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") && !Self.filesWithoutMessages.contains($0) }.sorted()
        XCTAssertGreaterThan(files.count, 30)
        var englishOnly: [String] = []
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            englishOnly += Self.literalsOutsidePick(source).map { "\(file): \"\($0)\"" }
        }
        XCTAssertEqual(englishOnly, [], "messages in one language only (write them as Text.pick(\"English\", id: \"Indonesia\")):\n"
                       + englishOnly.joined(separator: "\n"))
    }

    /// The screens take their words in the process's language (`Text.Dashboard.current`): no code outside RencanaText
    /// names the English set itself (the roll-up's office view did, and showed "all areas" in an Indonesian title bar).
    func testNoScreenIsPinnedToEnglish() throws {
        var pinned: [String] = []
        for folder in ["Sources/GanttUI", "Sources/rencana", "Sources/CursesBackend"] {
            let root = CommandRunner.packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".swift") {
                let source = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
                for (n, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                    where line.contains("Dashboard.english") || line.contains("text: .english") || line.contains("= .english") {
                    pinned.append("\(folder)/\(path):\(n + 1)")
                }
            }
        }
        XCTAssertEqual(pinned, [], "screens pinned to English (use Text.Dashboard.current)")
    }

    /// The check can fail: an English message outside `pick`, and one inside, in a made-up source.
    func testTheScanFindsAnEnglishOnlyMessage() {
        let source = """
            extension Text {
                /// "a comment is not a message"
                public static let saved = "saved"
                public static var kept: String { pick("kept \\(n) rows", id: "\\(n) baris disimpan") }
                public static func status(_ code: String) -> String {
                    switch code { case "done": "Terlaksana"; default: code == "up" ? "ke atas" : "row \\(code) moved" }
                }
                public static let keys = ["rows": Text.pick("next row", id: "baris berikutnya")]
            }
            """
        XCTAssertEqual(Self.literalsOutsidePick(source), ["saved", "row   moved"])
    }

    // MARK: The scan

    /// The text of each string literal of `source` outside a `pick(…)` that is not a plan word, a code token or a format.
    static func literalsOutsidePick(_ source: String) -> [String] {
        let chars = Array(source.unicodeScalars)
        var literals: [(start: Int, end: Int, text: String)] = []
        var code = [Bool](repeating: false, count: chars.count)  // true where a character is code (not string, not comment)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "/" && i + 1 < chars.count && chars[i + 1] == "/" {
                while i < chars.count && chars[i] != "\n" { i += 1 }
            } else if c == "/" && i + 1 < chars.count && chars[i + 1] == "*" {
                i += 2
                while i + 1 < chars.count && !(chars[i] == "*" && chars[i + 1] == "/") { i += 1 }
                i += 2
            } else if c == "\"" {
                i = readString(chars, i, into: &literals)
            } else {
                code[i] = true
                i += 1
            }
        }
        // The spans of `pick(` … `)`, counting parentheses in code only.
        var spans: [Range<Int>] = []
        for start in 0..<chars.count where code[start] && matches(chars, start, "pick(") && (start == 0 || !isIdentifier(chars[start - 1]) || chars[start - 1] == ".") {
            var depth = 0
            var j = start + 4
            while j < chars.count {
                if code[j] && chars[j] == "(" { depth += 1 }
                if code[j] && chars[j] == ")" { depth -= 1; if depth == 0 { break } }
                j += 1
            }
            spans.append(start..<j)
        }
        var found: [String] = []
        for literal in literals {
            if spans.contains(where: { $0.contains(literal.start) }) { continue }
            // Words of two letters or more (a single letter is a key, a variable or a glyph).
            let words = literal.text.unicodeScalars.split { !CharacterSet.letters.contains($0) }.map { String($0).lowercased() }
                .filter { $0.count > 1 }
            if words.isEmpty || words.allSatisfy(planWords.contains) { continue }
            if literal.end < chars.count && chars[literal.end] == ":" { continue }  // a dictionary key or a case pattern
            let before = String(String.UnicodeScalarView(chars[max(0, literal.start - 12)..<literal.start]))
                .trimmingCharacters(in: .whitespaces)
            if ["==", "!=", "hasPrefix(", "hasSuffix(", "case"].contains(where: before.hasSuffix) { continue }
            if let name = declaration(chars, before: literal.start), formatDeclarations.contains(name) { continue }
            found.append(literal.text)
        }
        return found
    }

    /// Reads the string literal starting at `start` (`"…"` or `"""…"""`) and appends it to `literals` with its text
    /// (interpolations left out; the literals nested in them appended on their own); returns the index after it.
    static func readString(_ chars: [Unicode.Scalar], _ start: Int,
                           into literals: inout [(start: Int, end: Int, text: String)]) -> Int {
        let triple = matches(chars, start, "\"\"\"")
        var i = start + (triple ? 3 : 1)
        var text = ""
        defer { literals.append((start, i, text)) }
        while i < chars.count {
            if triple ? matches(chars, i, "\"\"\"") : chars[i] == "\"" {
                i += triple ? 3 : 1
                return i
            }
            if chars[i] == "\\" && i + 1 < chars.count && chars[i + 1] == "(" {
                // An interpolation: skip its code, reading the literals inside it.
                var depth = 0
                i += 1
                while i < chars.count {
                    if chars[i] == "\"" {
                        i = readString(chars, i, into: &literals)
                        continue
                    }
                    if chars[i] == "(" { depth += 1 }
                    if chars[i] == ")" { depth -= 1; if depth == 0 { i += 1; break } }
                    i += 1
                }
                text += " "
                continue
            }
            if chars[i] == "\\" { text += " "; i += 2; continue }  // an escape: \" \n \\ \u{…}
            text.unicodeScalars.append(chars[i])
            i += 1
        }
        return i
    }

    /// The name of the `let`, `var` or `func` declared last before `index`.
    static func declaration(_ chars: [Unicode.Scalar], before index: Int) -> String? {
        let head = String(String.UnicodeScalarView(chars[0..<index]))
        let pattern = try! NSRegularExpression(pattern: "(?:let|var|func) (\\w+)")
        let matchesFound = pattern.matches(in: head, range: NSRange(head.startIndex..., in: head))
        return matchesFound.last.flatMap { Range($0.range(at: 1), in: head).map { String(head[$0]) } }
    }

    static func matches(_ chars: [Unicode.Scalar], _ i: Int, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        return i + w.count <= chars.count && Array(chars[i..<(i + w.count)]) == w
    }

    static func isIdentifier(_ c: Unicode.Scalar) -> Bool { CharacterSet.alphanumerics.contains(c) || c == "_" }
}
