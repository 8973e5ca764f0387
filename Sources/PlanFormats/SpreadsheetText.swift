/// The rule that keeps a cell written for a spreadsheet (CSV, and the xlsx writer's text cells) from being
/// read as a formula, as OWASP's "CSV injection" guidance recommends, and its exact inverse for import.
///
/// A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`;
/// so does one that already begins with `'`s followed by such a character, so the rule stays invertible:
/// `restored(neutralised(t)) == t` for every text `t`, and export → import → export is identical.
///
/// Control characters (C0 but line feed and tab, DEL, C1, a carriage return), the bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069) and U+FFFE/U+FFFF are written visibly as `\u{1B}`, as the documents
/// and the terminal show them (issue 20): none acts inside a spreadsheet. For the escape to be undone exactly,
/// a backslash that a text already has before `u{` is written `\u{5C}`.
public enum SpreadsheetText {
    /// Characters that make a spreadsheet start a formula (or, for tab and CR, hide one after them).
    static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }

    /// Whether `text`, after its leading apostrophes, begins with a trigger.
    static func beginsWithTrigger(afterApostrophes text: Substring.UnicodeScalarView) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return isTrigger(first)
    }

    /// `text` as it is written into a spreadsheet cell that `restored` reads back (the plan's CSV): controls
    /// and bidi characters escaped visibly, and a leading `'` when it could start a formula.
    public static func neutralised(_ text: String) -> String {
        guarded(escaped(text, invertibly: true))
    }

    /// `text` as it is written into a spreadsheet cell that people read and nothing imports (the report's,
    /// `progress`'s, `diff`'s CSV): controls and bidi characters escaped visibly, never a formula. Unlike
    /// `neutralised`, a `\u{…}` the text already shows (an escape made earlier) is left as it is.
    public static func shown(_ text: String) -> String {
        guarded(escaped(text, invertibly: false))
    }

    /// The text of an imported cell: the one `'` that `neutralised` adds removed, and its escapes undone.
    public static func restored(_ cell: String) -> String {
        unescaped(unguarded(cell))
    }

    /// `text` with a leading `'` when it could start a formula.
    static func guarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, isTrigger(first) || first == "'" else { return text }
        return beginsWithTrigger(afterApostrophes: Substring(text).unicodeScalars) ? "'" + text : text
    }

    /// The cell without the `'` that `guarded` adds, and nothing else.
    static func unguarded(_ cell: String) -> String {
        guard cell.unicodeScalars.first == "'" else { return cell }
        let rest = Substring(cell).unicodeScalars.dropFirst()
        return beginsWithTrigger(afterApostrophes: rest) ? String(rest) : cell
    }

    /// Whether `scalar` is written as `\u{…}` in a spreadsheet: what `DocumentText.clean` escapes in a document.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0xFFFE || v == 0xFFFF
    }

    /// Whether `text` needs no escaping at all: no hidden character and (when `invertibly`) no backslash. A scan of
    /// the UTF-8 bytes, for the common case.
    static func isPlain(_ text: String, invertibly: Bool) -> Bool {
        let bytes = text.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            i = bytes.index(after: i)
            if b < 0x20 && b != 0x0A && b != 0x09 || b == 0x7F || invertibly && b == 0x5C { return false }
            // C1 controls are C2 80…C2 9F; U+202A…U+202E are E2 80 AA…AE, U+2066…U+2069 E2 81 A6…A9; U+FFFE/F EF BF BE/BF.
            guard b == 0xC2 || b == 0xE2 || b == 0xEF, i != bytes.endIndex else { continue }
            let b1 = bytes[i]
            if b == 0xC2 { if b1 <= 0x9F { return false }; continue }
            let j = bytes.index(after: i)
            guard j != bytes.endIndex else { continue }
            let b2 = bytes[j]
            if b == 0xE2 && (b1 == 0x80 && (0xAA...0xAE).contains(b2) || b1 == 0x81 && (0xA6...0xA9).contains(b2)) { return false }
            if b == 0xEF && b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF) { return false }
        }
        return true
    }

    /// `text` with every hidden character written `\u{HEX}`; `invertibly`, a `\` before `u{` also (as `\u{5C}`).
    static func escaped(_ text: String, invertibly: Bool) -> String {
        guard !isPlain(text, invertibly: invertibly) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let literalEscape = invertibly && scalar == "\\" && i + 2 < scalars.count && scalars[i + 1] == "u" && scalars[i + 2] == "{"
            if isHidden(scalar) || literalEscape {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` with every `\u{HEX}` (one to six hex digits naming a scalar) turned back into its character.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(0x5C) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\\", i + 3 < scalars.count, scalars[i + 1] == "u", scalars[i + 2] == "{",
               let close = scalars[(i + 3)...].prefix(7).firstIndex(of: "}"), close > i + 3,
               scalars[(i + 3)..<close].allSatisfy({ $0.properties.isASCIIHexDigit }),
               let value = UInt32(String(String.UnicodeScalarView(scalars[(i + 3)..<close])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i = close + 1
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
