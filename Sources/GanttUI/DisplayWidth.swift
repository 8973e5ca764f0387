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
                while wordWidth > width {  // a word longer than a line is cut hard
                    var head = "", used = 0
                    var rest = Substring(word)
                    while let c = rest.first, used + DisplayWidth.of(c) <= width {
                        head.append(c); used += DisplayWidth.of(c); rest = rest.dropFirst()
                    }
                    if head.isEmpty { head = String(rest.prefix(1)); rest = rest.dropFirst() }
                    lines.append(head)
                    word = String(rest)
                    wordWidth = word.displayWidth
                }
                line = word
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
