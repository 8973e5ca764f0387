import PlanModel

/// Column widths and row heights of the LAMPIRAN, shared by the renderers.
///
/// Spreadsheets do not grow a row for the text of a merged cell, so the workbook needs its row heights
/// worked out here: each row is as tall as its own wrapped texts (INDIKATOR, KET.), and a merged cell
/// whose text needs more lines than its rows give grows them evenly.
public enum LampiranLayout {
    /// Widths of the 18 columns in spreadsheet character units (NO. … INDIKATOR, 12 months, KET.),
    /// chosen so that F4 and A4 landscape, fitted to one page wide, keep the body text near 8–9 pt.
    public static let columnWidths: [Double] = [4, 14.5, 20, 30, 32.5] + Array(repeating: 3.9, count: 12) + [11]

    /// The table's font size in points and the height of one of its lines (with leading).
    public static let fontSize = 10.0
    public static let lineHeight = 12.0

    /// How many characters of the body font fit on a line of a column `width` units wide, with the
    /// cell's padding taken off: about 1.33 at 9 pt Bookman (measured on LibreOffice's PDF of the real
    /// plan), so 1.2 at 10 pt, taken as 1.15 so a wider Bookman Old Style still fits. The line height is
    /// Excel's (LibreOffice sets lines tighter and shows some room under the text).
    public static func charactersPerLine(width: Double) -> Int {
        max(1, Int((width - 0.5) * 1.15))
    }

    /// The lines `text` takes when word-wrapped at `width` characters (long words are broken).
    /// Counted over the UTF-8 bytes (characters as their first bytes): at 100,000 rows this runs
    /// for every text of the plan.
    public static func lineCount(_ text: String, width: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var lines = 1, used = 0, word = 0
            func endWord() {
                guard word > 0 else { return }
                if used > 0 && used + 1 + word <= width {
                    used += 1 + word
                } else {
                    if used > 0 { lines += 1 }
                    var length = word
                    while length > width { lines += 1; length -= width }
                    used = length
                }
                word = 0
            }
            for byte in bytes {
                switch byte {
                case 0x20: endWord()
                case 0x0A: endWord(); lines += 1; used = 0
                case 0x80...0xBF: continue  // a continuation byte: the same character
                default: word += 1
                }
            }
            endWord()
            return lines
        }
    }

    /// The number of text lines each row of `rows` needs (at least 1).
    public static func rowLines(_ rows: [LampiranRow]) -> [Int] {
        let width = columnWidths.map(charactersPerLine)
        var lines = rows.map { row in
            max(lineCount(row.indikator, width: width[4]), lineCount(row.ket, width: width[17]))
        }
        // The innermost merges first, so a sub kegiatan's growth counts for its kegiatan and area.
        for column in [3, 2, 1] {
            for (start, row) in rows.enumerated() {
                guard let cell = row.spanned[column] else { continue }
                let end = min(start + cell.rowSpan, rows.count)
                let needed = lineCount(cell.text, width: width[column])
                let have = lines[start..<end].reduce(0, +)
                guard needed > have, end > start else { continue }
                let extra = needed - have, count = end - start
                for offset in 0..<count { lines[start + offset] += extra / count + (offset < extra % count ? 1 : 0) }
            }
        }
        return lines
    }
}
