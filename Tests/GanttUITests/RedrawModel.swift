@testable import GanttUI

/// What the terminal is sent to go from one frame to the next, modelled on what the backend and ncurses do: the
/// backend hands ncurses the cells that changed; ncurses scrolls a stretch of lines that moved (a scroll region),
/// and on each line sends its changed stretches (moving the cursor over unchanged stretches longer than a move),
/// an attribute change (SGR) wherever the style changes, an erase for a run of blanks, and each cell's UTF-8 bytes;
/// "─" one byte, as the backend sends rules as DEC line drawing.
///
/// The model errs on the high side (worst-case SGR sequences, a cursor move per stretch): on walks over plan.json
/// and a synthetic plan in a pty (`Benchmarks/e2e.py --walk`) the bytes written were 60–100 % of its estimate.
struct Redraw {
    /// Lines scrolled (0: none), positive when the content moved up.
    var scroll = 0
    /// Lines with at least one cell to send.
    var lines = 0
    /// Cells to send, after the scroll.
    var cells = 0
    /// Style changes sent (each an SGR sequence).
    var styleChanges = 0
    /// Cursor moves (one per changed stretch).
    var moves = 0
    /// Runs of blanks sent as one erase.
    var erases = 0
    /// Bytes of the cells' text.
    var textBytes = 0

    /// Bytes of the attribute changes (SGR sequences), see `sgrBytes`.
    var styleBytes = 0

    /// Bytes to the terminal: the text, the attribute changes, a cursor move 10, an erase 5, a scroll 25.
    var estimatedBytes: Int { textBytes + styleBytes + 10 * moves + 5 * erases + (scroll != 0 ? 25 : 0) }

    /// Roles drawn on a background colour of their own (the rest on the terminal's background).
    static let filled: Set<StyleRole> = [.header, .headerCursor, .currentMonth, .title, .warning, .keyLabel, .bar,
                                         .barChanged, .cursorRow, .cursorCell, .match, .selection]

    /// Bytes of the SGR sequences ncurses sends to go from `old` to `new` (xterm-256color, 256 colours): a colour
    /// 11 bytes at most ("\e[38;5;244m"); onto a background colour both colours; off one, a reset of both first
    /// ("\e[39;49m") then the foreground; turning bold or underline off resets everything ("\e(B\e[m") and sets
    /// it all again. Nil `old` (the first cell after a cursor move): the worst case.
    static func sgrBytes(_ old: Style?, _ new: Style) -> Int {
        guard let old else { return 40 }
        if old == new { return 0 }
        if (old.bold && !new.bold) || (old.underline && !new.underline) {
            return 8 + 22 + (new.bold ? 4 : 0) + (new.underline ? 4 : 0)
        }
        var bytes = (new.bold && !old.bold ? 4 : 0) + (new.underline && !old.underline ? 4 : 0)
        if old.role != new.role {
            switch (filled.contains(old.role), filled.contains(new.role)) {
            case (false, false): bytes += 11
            case (true, false): bytes += 8 + 11
            default: bytes += 22
            }
        }
        return bytes
    }

    /// A cursor move costs about this many cells, so ncurses redraws unchanged stretches that are shorter.
    static let moveCost = 6
    static let maxScroll = 4

    init() {}

    /// The redraw from `old` to `new` (same size); lines `region` (the grid's body) may scroll.
    init(from old: Buffer, to new: Buffer, region: Range<Int>) {
        precondition(old.width == new.width && old.height == new.height)
        let width = new.width
        func cellLines(_ buffer: Buffer) -> [[Cell]] {
            (0..<buffer.height).map { y in Array(buffer.cells[(y * width)..<((y + 1) * width)]) }
        }
        let newLines = cellLines(new), oldLines = cellLines(old)
        let newHashes = newLines.map { $0.hashValue }, oldHashes = oldLines.map { $0.hashValue }
        func sameLine(_ a: Int, _ b: Int) -> Bool { newHashes[a] == oldHashes[b] && newLines[a] == oldLines[b] }
        // ncurses scrolls a stretch of lines that moved (a scroll region inside the grid's body) and redraws the
        // rest: the model takes the stretch and the shift that leave the fewest cells to redraw.
        func differences(_ y: Int, _ source: Int?) -> [Bool] {
            (0..<width).map { x in source.map { oldLines[$0][x] != newLines[y][x] } ?? (newLines[y][x] != .blank) }
        }
        func cost(_ y: Int, _ source: Int?) -> Int {
            if let source, sameLine(y, source) { return 0 }
            return differences(y, source).filter { $0 }.count
        }
        let shifts = Array(-Self.maxScroll...Self.maxScroll)
        let lower = region.lowerBound
        // costs[k][y - lower]: cells of line y to redraw when it shows old line y + shifts[k]; blank[y - lower]:
        // when it shows a blank line (scrolled in); prefix sums to add them up over any stretch.
        let costs = shifts.map { shift in region.map { cost($0, region.contains($0 + shift) ? $0 + shift : nil) } }
        let blank = region.map { cost($0, nil) }
        func prefix(_ values: [Int]) -> [Int] { values.reduce(into: [0]) { $0.append($0.last! + $1) } }
        let sums = costs.map(prefix), blankSums = prefix(blank)
        let unshifted = sums[Self.maxScroll]
        var best = (shift: 0, from: lower, to: lower, total: unshifted.last!)
        for (k, shift) in shifts.enumerated() where shift != 0 {
            for a in 0..<region.count {
                for b in stride(from: a + abs(shift) + 1, through: region.count, by: 1) {
                    // Lines a..<b scroll by `shift`; the |shift| lines at the end they scroll from come in blank.
                    let edge = shift > 0 ? (b - shift)..<b : a..<(a - shift)
                    let moved = shift > 0 ? a..<(b - shift) : (a - shift)..<b
                    let total = unshifted.last! - (unshifted[b] - unshifted[a])
                        + (sums[k][moved.upperBound] - sums[k][moved.lowerBound])
                        + (blankSums[edge.upperBound] - blankSums[edge.lowerBound])
                    if total < best.total { best = (shift, lower + a, lower + b, total) }
                }
            }
        }
        scroll = best.shift
        for y in 0..<new.height {
            let shifted = scroll != 0 && (best.from..<best.to).contains(y)
            let source: Int? = shifted ? ((best.from..<best.to).contains(y + scroll) ? y + scroll : nil) : y
            let changed = differences(y, source)
            let line = newLines[y]
            guard let first = changed.firstIndex(of: true), let last = changed.lastIndex(of: true) else { continue }
            lines += 1
            var x = first
            var style: Style?
            while x <= last {
                // A stretch: changed cells and unchanged ones between them shorter than a cursor move.
                moves += 1
                var end = x + 1  // after the stretch's last changed cell
                var probe = end
                while probe <= last {
                    var gap = 0
                    while !changed[probe + gap] { gap += 1 }  // `last` is changed: this stops
                    if gap > Self.moveCost { break }
                    probe += gap + 1
                    end = probe
                }
                var i = x
                while i < end {
                    let cell = line[i]
                    if cell.style != style {
                        styleChanges += 1
                        styleBytes += Self.sgrBytes(i == x ? nil : style, cell.style)
                        style = cell.style
                    }
                    var run = 1
                    while cell.grapheme == " " && i + run < end && line[i + run] == cell { run += 1 }
                    if run > Self.moveCost {
                        erases += 1
                        moves += 1  // an erase leaves the cursor where it was
                        cells += run
                    } else {
                        run = 1
                        cells += 1
                        if !cell.isContinuation { textBytes += cell.grapheme == "─" ? 1 : cell.grapheme.utf8.count }
                    }
                    i += run
                }
                x = end
                while x <= last && !changed[x] { x += 1 }
            }
        }
    }
}
