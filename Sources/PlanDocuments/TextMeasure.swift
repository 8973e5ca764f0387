/// How wide a text prints in the documents' font, and how many lines it takes in a cell, so the workbook
/// can give each row the height its wrapped text needs (a spreadsheet never grows a row for a merged
/// cell, and LibreOffice and Excel each guess their own heights otherwise).
///
/// The widths are URW Bookman Light's (the Bookman Old Style look-alike LibreOffice and Chromium use on
/// Linux), in thousandths of the font size; LibreOffice's PDF shows them as printed (`slack` 1).
public enum TextMeasure {
    /// Advance widths of ASCII 32…126, regular and bold (URW Bookman Light and Demi AFM).
    static let regular: [UInt16] = [
        320, 300, 380, 620, 620, 900, 800, 220, 300, 300, 440, 600, 320, 400, 320, 600, 620, 620, 620, 620, 620, 620, 620, 620,
        620, 620, 320, 320, 600, 600, 600, 540, 820, 680, 740, 740, 800, 720, 640, 800, 800, 340, 600, 720, 600, 920, 740, 800,
        620, 820, 720, 660, 620, 780, 700, 960, 720, 640, 640, 300, 600, 300, 600, 500, 220, 580, 620, 520, 620, 520, 320, 540,
        660, 300, 300, 620, 300, 940, 660, 560, 620, 580, 440, 520, 380, 680, 520, 780, 560, 540, 480, 280, 600, 280, 600,
    ]
    static let bold: [UInt16] = [
        340, 360, 420, 660, 660, 940, 800, 320, 320, 320, 460, 600, 340, 360, 340, 600, 660, 660, 660, 660, 660, 660, 660, 660,
        660, 660, 340, 340, 600, 600, 600, 660, 820, 720, 720, 740, 780, 720, 680, 780, 820, 400, 640, 800, 640, 940, 740, 800,
        660, 800, 780, 660, 700, 740, 720, 940, 780, 700, 640, 300, 600, 300, 600, 500, 320, 580, 600, 580, 640, 580, 380, 580,
        680, 360, 340, 660, 340, 1000, 680, 620, 640, 620, 460, 520, 460, 660, 600, 800, 600, 620, 560, 320, 600, 320, 600,
    ]
    /// A factor on every width (1: LibreOffice's URW Bookman as measured).
    public static let slack = 1.0

    /// The width of one character in thousandths of the font size (any non-ASCII letter as a wide one).
    @inline(__always)
    static func width(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let v = scalar.value
        if v >= 32 && v <= 126 { return Int((bold ? Self.bold : regular)[Int(v - 32)]) }
        if v == 0x200B || v == 0x0A { return 0 }
        if v == 0xA0 { return Int((bold ? Self.bold : regular)[0]) }
        return 700
    }

    /// The width of `text` in points at `size`.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(text.unicodeScalars.reduce(0) { $0 + width($1, bold: bold) }) * size / 1000 * slack
    }

    /// The lines `text` takes when wrapped into `points` at `size`: breaks at spaces, after `-` and at line feeds
    /// (never after `/`: LibreOffice breaks no line there, and the workbooks keep the plan's text as it is); a word longer than a line starts a line of its
    /// own and is broken between characters, as many whole characters on each line as fit (as LibreOffice
    /// and Chromium's `overflow-wrap: break-word` do with a URL or a file name).
    public static func lineCount(_ text: String, points: Double, size: Double, bold: Bool = false) -> Int {
        let limit = Int(points * 1000 / (size * slack))
        var lines = 1, used = 0, word = 0, space = 0
        // The current word's characters, kept for a word longer than a line.
        var characters: [Int] = []
        func place() {
            guard word > 0 else { return }
            if used > 0 && used + space + word <= limit {
                used += space + word
            } else {
                if used > 0 { lines += 1 }
                if word <= limit || limit <= 0 {
                    used = word
                } else {
                    var line = 0
                    for width in characters {
                        if line > 0 && line + width > limit { lines += 1; line = 0 }
                        line += width
                    }
                    used = line
                }
            }
            word = 0
            space = 0
            characters.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                place()
                space += width(scalar, bold: bold)
            case "\n":
                place()
                lines += 1
                used = 0
                space = 0
            case "-", "\u{200B}":
                let w = width(scalar, bold: bold)
                word += w
                characters.append(w)
                place()
            default:
                let w = width(scalar, bold: bold)
                word += w
                characters.append(w)
            }
        }
        place()
        return lines
    }
}

extension DocumentText {
    /// `text` with a zero-width space after each `/` between two letters, where the html allows a line break
    /// (`Perundangan/<wbr>Deregulasi`, LampiranHTML.breakable); never in a workbook's cell, which holds the text as it is.
    public static func breakable(_ text: String) -> String {
        guard text.utf8.contains(0x2F) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            out.append(scalar)
            if scalar == "/", i > 0, i + 1 < scalars.count, scalars[i - 1].properties.isAlphabetic, scalars[i + 1].properties.isAlphabetic {
                out.append("\u{200B}")
            }
        }
        return String(out)
    }
}

extension DocumentText {
    /// `text` breakable after a slash only inside a word wider than `points` at `size` (a zero-width space there):
    /// LibreOffice breaks no line after `/`, so such a word (`Organisasi/Kelembagaan` in the LAMPIRAN's AREA column)
    /// would be cut between letters. Every other word stays exactly as typed, so a search in the sheet finds it.
    public static func breakable(_ text: String, wordsWiderThan points: Double, size: Double) -> String {
        breakingWords(text, widerThan: points, size: size, with: breakable)
    }

    /// `text` with `breaker` applied to each word holding a `/` and wider than `points` at `size`, every other word and
    /// the spaces and line feeds between them as they are: the one walk behind each format's `breakable`.
    public static func breakingWords(_ text: String, widerThan points: Double, size: Double,
                                     with breaker: (String) -> String) -> String {
        guard text.utf8.contains(0x2F) else { return text }
        var out = "", word = ""
        func flush() {
            out += word.contains("/") && TextMeasure.width(word, size: size) > points ? breaker(word) : word
            word = ""
        }
        for character in text {
            if character == " " || character == "\n" {
                flush()
                out.append(character)
            } else {
                word.append(character)
            }
        }
        flush()
        return out
    }
}
