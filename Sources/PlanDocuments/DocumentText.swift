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
        guard hasMarker(text) else { return text }
        // Over the UTF-8 bytes (markers are ASCII): a scalar-by-scalar copy of each text was a quarter of a 100,000-row
        // LAMPIRAN's export.
        let bytes = Array(text.utf8)
        var joins: [Int] = []
        var i = 0
        while i < bytes.count {
            if i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x0A, let end = markerEnd(bytes, from: i), end + 1 < bytes.count,
               bytes[end] == 0x20, bytes[end + 1] != 0x20, bytes[end + 1] != 0x0A {
                var last = end + 1
                while last < bytes.count && bytes[last] != 0x20 && bytes[last] != 0x0A && bytes[last] != 0x2F { last += 1 }
                if last < bytes.count && bytes[last] == 0x2F { last += 1 }
                if TextMeasure.width(String(decoding: bytes[i..<last], as: UTF8.self), size: size) <= points {
                    joins.append(end)
                    i = end + 1
                    continue
                }
            }
            i += 1
        }
        guard !joins.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + joins.count)
        var from = 0
        for space in joins {
            out.append(contentsOf: bytes[from..<space])
            out.append(contentsOf: [0xC2, 0xA0])
            from = space + 1
        }
        out.append(contentsOf: bytes[from...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` may hold a list marker followed by a space (`12) `, `a. `, `(3) `), over its UTF-8 bytes: most
    /// texts hold none, and a 100,000-row LAMPIRAN asks for a million cells (an array of each text's scalars took
    /// the xlsx export from 5.1 to 7.5 s).
    static func hasMarker(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count > 2 else { return false }
            for i in 1..<(bytes.count - 1) where (bytes[i] == 0x29 || bytes[i] == 0x2E) && bytes[i + 1] == 0x20 {
                // The marker's characters before it: up to three digits or one small letter, after `(`, a space, a
                // line feed or the text's start.
                var j = i - 1, digits = 0, letters = 0
                while j >= 0, (0x30...0x39).contains(bytes[j]), digits < 4 { digits += 1; j -= 1 }
                if digits == 0, j >= 0, (0x61...0x7A).contains(bytes[j]) { letters = 1; j -= 1 }
                guard (1...3).contains(digits) || letters == 1 else { continue }
                if j < 0 || bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x28 { return true }
            }
            return false
        } ?? true
    }

    /// The byte index after a list marker starting at byte `i` (`12)`, `a)`, `(3)`, `4.`), or nil.
    static func markerEnd(_ s: [UInt8], from i: Int) -> Int? {
        var j = i
        let open = s[j] == 0x28
        if open { j += 1 }
        let first = j
        while j < s.count, j - first < 3, (0x30...0x39).contains(s[j]) { j += 1 }
        if j == first, j < s.count, (0x61...0x7A).contains(s[j]) { j += 1 }
        guard j > first, j < s.count else { return nil }
        if s[j] == 0x29 || (s[j] == 0x2E && !open) { return j + 1 }
        return nil
    }
}
