/// Makes any text safe to write to a terminal or into a text export: the one function every output path uses.
///
/// Text from a plan, a state file, a CSV, an argument or the environment may hold escape sequences that set a
/// terminal's title, write its clipboard (OSC 52), clear the screen or hide earlier lines, and bidirectional
/// overrides that make a line read differently from what it holds. Each such character is shown visibly and
/// harmlessly instead: `\u{1B}` for ESC, `\n`, `\r`, `\t` for line breaks and tabs (so a text never breaks
/// a line or an alignment).
public enum TerminalText {
    /// Whether `scalar` is shown escaped: C0 controls, DEL, C1 controls, the line and paragraph separators,
    /// and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    @inlinable
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// The visible form of one unsafe scalar (`\n`, `\t`, `\r` or `\u{1B}`).
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    /// Whether `text` holds anything `safe` would change; a fast scan of the UTF-8 bytes.
    public static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 || b == 0x7F { return true }
                // C1 controls are C2 80…C2 9F in UTF-8.
                if b == 0xC2, i + 1 < n, bytes[i + 1] <= 0x9F { return true }
                // U+2028…U+202E are E2 80 A8…AE; U+2066…U+2069 are E2 81 A6…A9.
                if b == 0xE2, i + 2 < n {
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if b1 == 0x80 && (0xA8...0xAE).contains(b2) { return true }
                    if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `text` with every unsafe scalar shown visibly; with `limit`, cut to that many characters and ended
    /// with `…` (for arguments echoed in error messages). Linear in the text's length.
    public static func safe(_ text: String, limit: Int? = nil) -> String {
        var source = Substring(text)
        var cut = false
        if let limit, limit >= 0 {
            // Cheap first check on UTF-8 length: a short text is never cut, without counting characters.
            if text.utf8.count > limit, let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex),
               end < text.endIndex {
                source = text[..<end]
                cut = true
            }
        }
        var out: String
        if needsEscaping(String(source)) {
            out = ""
            out.reserveCapacity(source.utf8.count + 16)
            for scalar in source.unicodeScalars {
                if isUnsafe(scalar) { out += visible(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        } else {
            out = String(source)
        }
        return cut ? out + "…" : out
    }
}
