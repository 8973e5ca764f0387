/// Cleaning a text from a plan before it goes into a document.
public enum DocumentText {
    /// `text` with every control character but line feed and tab (C0, DEL, C1), a lone carriage return,
    /// and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) written visibly as
    /// `\u{1B}`: XML cannot hold most of them, and none should act inside a signed document.
    /// CRLF becomes LF.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if previousCR && scalar != "\n" { out.append(contentsOf: escaped("\r")) }
            previousCR = scalar == "\r"
            if previousCR { continue }
            if needsEscape(scalar) { out.append(contentsOf: escaped(scalar)) } else { out.append(scalar) }
        }
        if previousCR { out.append(contentsOf: escaped("\r")) }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0xFFFE || v == 0xFFFF
    }

    static func escaped(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars
    }
}
