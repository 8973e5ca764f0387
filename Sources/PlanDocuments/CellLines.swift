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
        // A text no longer than a line of its widest letters (1,000 thousandths of the size a byte at most) fits on one.
        guard limit > 0, text.utf8.count * 1000 > limit || text.utf8.contains(0x0A) else { return text }
        // Over the UTF-8 bytes, the changes noted first: most texts need none and are returned as they are (a
        // 100,000-row LAMPIRAN writes half a million cells; a scalar-by-scalar copy of each doubled its export's time).
        func apply(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            var wrap = Wrap(limit: limit, fullLimit: fullLimit, bold: bold)
            let edits = wrap.edits(bytes)
            guard !edits.isEmpty else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + edits.count * 4)
            var from = 0
            for edit in edits {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<edit.at]))
                out.append(contentsOf: edit.bytes)
                from = edit.replaces ? edit.at + 1 : edit.at
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
            return String(decoding: out, as: UTF8.self)
        }
        let result = text.utf8.withContiguousStorageIfAvailable(apply) ?? Array(text.utf8).withUnsafeBufferPointer(apply)
        return result ?? text
    }

    /// One change to a text: `bytes` put at byte offset `at`, in place of the byte there when `replaces` (a space).
    struct Edit {
        let at: Int
        let bytes: [UInt8]
        let replaces: Bool
    }

    /// The walk of `wrapped` over a text's UTF-8 bytes, as `TextMeasure.lineCount` wraps (a non-ASCII character as a
    /// wide one, a zero-width space as a break of no width), noting where a line must end. Its state in fields, not in
    /// variables a nested function captures (which Swift boxes on the heap: half a million cells a large export).
    struct Wrap {
        let limit, fullLimit: Int
        let table: [UInt16]
        var edits: [Edit] = []
        var used = 0, space = 0, lastSpace = -1, wordStart = -1, word = 0
        static let lineFeed: [UInt8] = [0x0A], zeroWidth: [UInt8] = [0xE2, 0x80, 0x8B], zeroWidthLineFeed: [UInt8] = [0xE2, 0x80, 0x8B, 0x0A]

        init(limit: Int, fullLimit: Int, bold: Bool) {
            self.limit = limit
            self.fullLimit = fullLimit
            table = bold ? TextMeasure.bold : TextMeasure.regular
        }

        /// The width of the character starting at byte `i` (a continuation byte: 0).
        @inline(__always)
        func width(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
            let b = bytes[i]
            if b < 0x80 {
                if b >= 32 && b <= 126 { return Int(table[Int(b - 32)]) }
                return b == 0x0A ? 0 : 700
            }
            if b < 0xC0 { return 0 }
            // A no-break space (`DocumentText.markerJoined`) as wide as a space, as TextMeasure measures it.
            if b == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 { return Int(table[0]) }
            return Self.isZeroWidth(bytes, i) ? 0 : 700
        }

        @inline(__always)
        static func isZeroWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
            bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x8B
        }

        mutating func edits(_ bytes: UnsafeBufferPointer<UInt8>) -> [Edit] {
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 {
                    place(bytes, end: i)
                    space += width(bytes, i)
                    lastSpace = i
                    i += 1
                } else if b == 0x0A {
                    place(bytes, end: i)
                    used = 0; space = 0; lastSpace = -1
                    i += 1
                } else {
                    if wordStart < 0 { wordStart = i }
                    word += width(bytes, i)
                    if b == 0x2D {
                        i += 1
                        place(bytes, end: i)
                    } else if Self.isZeroWidth(bytes, i) {
                        i += 3
                        place(bytes, end: i)
                    } else {
                        i += 1
                    }
                }
            }
            place(bytes, end: bytes.count)
            return edits
        }

        /// Places the word `wordStart..<end` (of width `word`) after the line so far, as `lineCount` does.
        mutating func place(_ bytes: UnsafeBufferPointer<UInt8>, end: Int) {
            guard wordStart >= 0 else { return }
            defer { wordStart = -1; word = 0 }
            // A word of no width: the spaces before it stay pending.
            guard word > 0 else { return }
            defer { space = 0; lastSpace = -1 }
            if used > 0 && used + space + word <= limit { used += space + word; return }
            // A word wider than the lines but not than the cell stays whole on a line of its own (LibreOffice prints it
            // so: broken here, it would be split mid-word where it need not be); a longer one is broken, and LibreOffice
            // sees its first piece as what comes next.
            let whole = word <= limit || word <= fullLimit
            let pieces = whole ? [] : self.pieces(bytes, from: wordStart, to: end)
            let next = whole ? word : pieces[0].width
            if used > 0 && used + space + next <= fullLimit {
                // LibreOffice would keep this on the line: the line ends here.
                edits.append(lastSpace >= 0 ? Edit(at: lastSpace, bytes: Self.lineFeed, replaces: true)
                                            : Edit(at: wordStart, bytes: Self.lineFeed, replaces: false))
            }
            guard !whole else { used = word; return }
            for k in pieces.indices.dropFirst() {
                edits.append(Edit(at: pieces[k].start, bytes: pieces[k - 1].width + pieces[k].width <= fullLimit
                                    ? Self.zeroWidthLineFeed : Self.zeroWidth, replaces: false))
            }
            used = pieces[pieces.count - 1].width
        }

        /// A word longer than a line (bytes `from..<to`) broken between characters as `TextMeasure.lineCount` breaks it:
        /// each piece's first byte and width.
        func pieces(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> [(start: Int, width: Int)] {
            var pieces: [(start: Int, width: Int)] = [(from, 0)]
            for i in from..<to where bytes[i] < 0x80 || bytes[i] >= 0xC0 {
                let w = width(bytes, i)
                if pieces[pieces.count - 1].width > 0 && pieces[pieces.count - 1].width + w > limit { pieces.append((i, 0)) }
                pieces[pieces.count - 1].width += w
            }
            return pieces
        }
    }
}
