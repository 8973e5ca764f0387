import PlanModel

/// Display widths come from `PlanModel.TextWidth`, shared with the command line's tables.
public typealias DisplayWidth = TextWidth

extension String {
    /// Display columns of the string in a terminal.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The string cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        TextWidth.truncate(self, to: width, ellipsis: ellipsis)
    }

    /// The text broken into lines of at most `width` columns, at spaces where possible.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        return wrappedPrintableASCII(toWidth: width) ?? wrappedByCharacters(toWidth: width)
    }

    /// `wrapped(toWidth:)` for any text, grapheme by grapheme.
    func wrappedByCharacters(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = word.displayWidth
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                if wordWidth > width {  // a word longer than a line is cut hard, in one pass (linear: CJK has no spaces)
                    var head = "", used = 0
                    for c in word {
                        let w = DisplayWidth.of(c)
                        if used + w > width && !head.isEmpty {
                            lines.append(head)
                            head = ""
                            used = 0
                        }
                        head.append(c)
                        used += w
                    }
                    word = head
                    wordWidth = used
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// `wrapped(toWidth:)` on the UTF-8 bytes, for text of printable ASCII and newlines only (one column per byte,
    /// one grapheme per byte): the same lines without grapheme breaking. Nil for any other text.
    func wrappedPrintableASCII(toWidth width: Int) -> [String]? {
        guard width > 0 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            for byte in bytes where (byte < 0x20 || byte > 0x7E) && byte != 0x0A { return nil }
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(width)
            func emit() {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
            }
            var i = 0
            let n = bytes.count
            while true {  // one paragraph per pass
                while i < n && bytes[i] != 0x0A {
                    if bytes[i] == 0x20 { i += 1; continue }
                    var end = i
                    while end < n && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
                    var start = i
                    i = end
                    if !line.isEmpty && line.count + 1 + (end - start) <= width {
                        line.append(0x20)
                        line.append(contentsOf: bytes[start..<end])
                        continue
                    }
                    if !line.isEmpty { emit() }
                    while end - start > width {  // a word longer than a line is cut hard
                        line.append(contentsOf: bytes[start..<(start + width)])
                        emit()
                        start += width
                    }
                    line.append(contentsOf: bytes[start..<end])
                }
                emit()
                if i >= n { break }
                i += 1  // past the newline
            }
            return lines
        } ?? nil
    }
}

/// Text whose every Unicode scalar is a grapheme of its own, one column wide: printable ASCII, Latin letters,
/// punctuation, arrows, box drawing and the like. Such text is measured, cut and drawn scalar by scalar,
/// without grapheme breaking; anything else (combining marks, wide, zero-width or control characters,
/// emoji) takes the general path.
enum SimpleText {
    /// Columns of `text` (its scalar count) when it is simple; nil otherwise.
    static func columns(_ text: String) -> Int? {
        let ascii: Int?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for byte in bytes where byte < 0x20 || byte > 0x7E {
                return nil
            }
            return bytes.count
        }
        if let ascii = ascii ?? nil { return ascii }
        var count = 0
        for scalar in text.unicodeScalars {
            guard isSimple(scalar) else { return nil }
            count += 1
        }
        return count
    }

    /// Whether `scalar` always forms a one-column grapheme by itself when every neighbour is simple too:
    /// none of these ranges holds a combining, joining, prepended, control or wide character.
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x24F,  // ASCII, Latin-1 (not the soft hyphen), Latin Extended-A/B
             0x2010...0x2027, 0x2030...0x205E,         // dashes, quotes, bullets, ellipsis, primes
             0x2190...0x2319, 0x231C...0x2328,         // arrows, mathematical operators (√), technical (not the wide ones)
             0x2500...0x25FC:                          // box drawing, blocks, geometric shapes (▸)
            return true
        default:
            return false
        }
    }
}
