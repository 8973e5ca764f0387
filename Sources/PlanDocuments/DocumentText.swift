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

extension DocumentText {
    /// `text` with the space after each list marker (`2)`, `a.`, `(3)`: one to three digits or one small letter, at the
    /// text's start or after a space or a line feed) a no-break space, for a workbook's cell, where the marker and the first piece of
    /// its word (up to a space or its first slash) fit a line of `points` at `size`: LibreOffice printed `2)` alone on a
    /// line before `Menyempurnakan/mengubah`, and left markers at lines' ends (issue 21's review). Where they do not
    /// fit, the space stays: a marker alone is better than its word broken inside.
    public static func markerJoined(_ text: String, points: Double, size: Double) -> String {
        guard text.utf8.contains(0x29) || text.utf8.contains(0x2E) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var joined = false
        var i = 0
        while i < scalars.count {
            let start = i
            // A marker starts the text or follows a space.
            if i == 0 || scalars[i - 1] == " " || scalars[i - 1] == "\n", let end = markerEnd(scalars, from: i), end + 1 < scalars.count,
               scalars[end] == " ", scalars[end + 1] != " ", scalars[end + 1] != "\n" {
                var last = end + 1
                while last < scalars.count && scalars[last] != " " && scalars[last] != "\n" && scalars[last] != "/" { last += 1 }
                if last < scalars.count && scalars[last] == "/" { last += 1 }
                let piece = String(String.UnicodeScalarView(scalars[start..<last]))
                if TextMeasure.width(piece, size: size) <= points {
                    out.append(contentsOf: scalars[start..<end])
                    out.append("\u{00A0}")
                    joined = true
                    i = end + 1
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return joined ? String(out) : text
    }

    /// The index after a list marker starting at `i` (`12)`, `a)`, `(3)`, `4.`), or nil.
    static func markerEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        let open = s[j] == "("
        if open { j += 1 }
        let first = j
        while j < s.count, j - first < 3, ("0"..."9").contains(s[j]) { j += 1 }
        if j == first, j < s.count, ("a"..."z").contains(s[j]) { j += 1 }
        guard j > first, j < s.count else { return nil }
        if s[j] == ")" || (s[j] == "." && !open) { return j + 1 }
        return nil
    }
}
