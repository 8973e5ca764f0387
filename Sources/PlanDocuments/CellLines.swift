/// A spreadsheet cell's text with its line ends set by the workbook, so LibreOffice prints it with room at the right.
///
/// An xlsx cell has no right padding (an indent is at the left only, and LibreOffice reads no cell padding from
/// xlsx): LibreOffice wraps a text up to about half a point from the right border (issue 21: "…Reformasi Birokrasi
/// di" on the LAMPIRAN's border). So a text is wrapped here, as `TextMeasure.lineCount` wraps it, at a width a little
/// narrower than the cell's, and a line feed is written wherever LibreOffice, wrapping at the cell's full width, would
/// put one more word on the line; everywhere else the text stays as typed (LibreOffice breaks there itself). The row
/// heights are measured at the same narrower width, so they are the printed lines' own.
public enum CellLines {
    /// LibreOffice is taken to fit a word on a line up to this share of a cell's width, and these points, past `full`
    /// (its room in a Laporan cell was 1.7 pt wider than estimated): a line feed more where it would not fit is
    /// harmless, a missing one lets a word reach the border.
    static let tolerance = 1.02, tolerancePoints = 3.0

    /// `text` wrapped at `points` (at `size`, bold or not) for a cell whose text LibreOffice wraps at `full` points:
    /// the last space before each line that `full` would make longer becomes a line feed (after a `-` or a zero-width
    /// space, a line feed is added), and a word longer than a line gets a zero-width space where it is broken (and a
    /// line feed when LibreOffice would put its next piece on the same line); a word wider than `points` that the cell holds
    /// stays whole on a line of its own. Wraps as `TextMeasure.lineCount`, so LibreOffice prints no more lines than
    /// `lineCount(t, points)`: rows measured so hold the text.
    public static func wrapped(_ text: String, points: Double, full: Double, size: Double, bold: Bool = false) -> String {
        let scale = size * TextMeasure.slack
        let limit = Int(points * 1000 / scale)
        let fullLimit = Int((full * tolerance + tolerancePoints) * 1000 / scale)
        // The widest word LibreOffice may print whole in the cell: one it cannot, it breaks between letters itself (a
        // word broken here where LibreOffice would not is a new split mid-word).
        let wholeLimit = fullLimit
        guard limit > 0, TextMeasure.width(text, size: size, bold: bold) > points || text.contains("\n") else { return text }
        var out = String.UnicodeScalarView()
        var used = 0, space = 0
        var spaces = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        var widths: [Int] = []
        func place() {
            let total = widths.reduce(0, +)
            guard total > 0 else {
                // Spaces before the first word, or a word of no width: kept as they are.
                out.append(contentsOf: word)
                word.removeAll(); widths.removeAll()
                return
            }
            if used > 0 && used + space + total <= limit {
                out.append(contentsOf: spaces)
                out.append(contentsOf: word)
                used += space + total
            } else {
                // A word wider than the lines but not than the cell stays whole on a line of its own (LibreOffice prints
                // it so: broken here, it would be split mid-word where it need not be); a longer one is broken, and
                // LibreOffice sees its first piece as what comes next.
                let whole = total <= limit || total <= wholeLimit
                var next = total
                if !whole {
                    next = 0
                    for width in widths { if next > 0 && next + width > limit { break }; next += width }
                }
                if used > 0 {
                    if used + space + next <= fullLimit {
                        // LibreOffice would keep this word on the line: the line ends here.
                        if !spaces.isEmpty { spaces.removeLast() }
                        out.append(contentsOf: spaces)
                        out.append("\n")
                    } else {
                        out.append(contentsOf: spaces)
                    }
                }
                if whole {
                    out.append(contentsOf: word)
                    used = total
                } else {
                    used = longWord(word, widths, limit: limit, fullLimit: fullLimit, into: &out)
                }
            }
            spaces.removeAll(); space = 0
            word.removeAll(); widths.removeAll()
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                place()
                spaces.append(scalar)
                space += TextMeasure.width(scalar, bold: bold)
            case "\n":
                place()
                out.append(contentsOf: spaces)
                out.append(scalar)
                spaces.removeAll(); space = 0
                used = 0
            case "-", "\u{200B}":
                word.append(scalar)
                widths.append(TextMeasure.width(scalar, bold: bold))
                place()
            default:
                word.append(scalar)
                widths.append(TextMeasure.width(scalar, bold: bold))
            }
        }
        place()
        out.append(contentsOf: spaces)
        return String(out)
    }

    /// A word longer than a line, broken between characters as `TextMeasure.lineCount` breaks it, into `out`: a
    /// zero-width space at each break, and a line feed after it where the next piece would fit beside the last in `fullLimit`.
    /// Returns the width of its last line.
    static func longWord(_ word: String.UnicodeScalarView, _ widths: [Int], limit: Int, fullLimit: Int,
                         into out: inout String.UnicodeScalarView) -> Int {
        var pieces: [(scalars: String.UnicodeScalarView, width: Int)] = [(String.UnicodeScalarView(), 0)]
        for (scalar, width) in zip(word, widths) {
            if pieces[pieces.count - 1].width > 0 && pieces[pieces.count - 1].width + width > limit { pieces.append((String.UnicodeScalarView(), 0)) }
            pieces[pieces.count - 1].scalars.append(scalar)
            pieces[pieces.count - 1].width += width
        }
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                // A line feed inside a word follows a zero-width space, so a reader takes both out (`Workbook.planText`).
                out.append("\u{200B}")
                if pieces[index - 1].width + piece.width <= fullLimit { out.append("\n") }
            }
            out.append(contentsOf: piece.scalars)
        }
        return pieces[pieces.count - 1].width
    }
}

extension CellLines {
    /// `text` breakable after each slash inside a word wider than `points` at `size` (`MonevLayout.breakable`: before a
    /// digit too), every other word as typed. LibreOffice breaks no line after `/` by itself, and the Laporan's evidence
    /// numbers in a narrow column were cut inside a number (`45/PL.01-Kpt/92|04/2022`); `DocumentText.breakable` breaks
    /// only between two letters.
    public static func breakable(_ text: String, wordsWiderThan points: Double, size: Double) -> String {
        guard text.utf8.contains(0x2F) else { return text }
        var out = "", word = ""
        func flush() {
            out += word.contains("/") && TextMeasure.width(word, size: size) > points ? MonevLayout.breakable(word) : word
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
