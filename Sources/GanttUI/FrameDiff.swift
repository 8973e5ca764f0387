/// What a terminal shows: the last frame sent, and the style each of its cells was drawn in (a blank may be
/// drawn in its left neighbour's style, see `FrameDiff`).
public struct Frame: Equatable, Sendable {
    public let buffer: Buffer
    /// Indexed like `buffer.cells`.
    public let drawn: [Style]
}

/// One cell to send: where, what, and the style to draw it in.
public struct CellUpdate: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell
    public var style: Style
}

/// The diff from one frame to the next: which cells a backend must send, as a pure function of two
/// buffers, so the code that decides what reaches the terminal is tested without one.
///
/// Rules:
/// - A cell is sent when its grapheme or the style it is drawn in differs from the terminal's (so the
///   terminal's copy always holds the drawn styles, and lines its own optimiser scrolls match).
/// - The right half of a wide character is never sent: drawing the left half covers it.
/// - A blank that looks the same in its left neighbour's style (`looksAlike`) is drawn in that style,
///   so fewer attribute changes are sent and a blank whose look did not change is not sent at all.
/// - With no previous frame (the first frame, a size change, Ctrl-L) every cell is sent.
public enum FrameDiff {
    public static func updates(from old: Frame?, to new: Buffer,
                               looksAlike: (Style, Style) -> Bool) -> (updates: [CellUpdate], frame: Frame) {
        let old = old.flatMap { $0.buffer.width == new.width && $0.buffer.height == new.height ? $0 : nil }
        var updates: [CellUpdate] = []
        var drawn = [Style](repeating: .normal, count: new.width * new.height)
        for y in 0..<new.height {
            var left: Style?
            for x in 0..<new.width {
                let i = y * new.width + x
                let cell = new.cells[i]
                if cell.isContinuation {
                    drawn[i] = left ?? cell.style
                    continue
                }
                var style = cell.style
                if cell.grapheme == " ", let left, looksAlike(cell.style, left) { style = left }
                left = style
                drawn[i] = style
                // What the terminal shows is the grapheme in its drawn style: when both are the same, nothing changes.
                if let old, old.buffer.cells[i].grapheme == cell.grapheme, old.drawn[i] == style { continue }
                updates.append(CellUpdate(x: x, y: y, cell: cell, style: style))
            }
        }
        return (updates, Frame(buffer: new, drawn: drawn))
    }
}

/// What the event loop draws on and reads from: the curses terminal, or `TestBackend` in tests.
public protocol Backend: AnyObject {
    /// Columns and lines now.
    var size: (width: Int, height: Int) { get }
    /// Shows `buffer`, sending only what changed since the last frame (everything when `full`).
    func draw(_ buffer: Buffer, full: Bool)
    /// The next key, or nil when `timeoutMilliseconds` pass without one.
    func readKey(timeoutMilliseconds: Int32?) -> Key?
}

/// A backend without a terminal: it applies each frame's updates to a screen of its own, the way a terminal
/// does (a character drawn over half of a wide one erases the other half), and queues keys to read.
public final class TestBackend: Backend {
    public private(set) var size: (width: Int, height: Int)
    /// What a terminal would show now: each cell's grapheme in the style it was drawn in.
    public private(set) var screen: Buffer
    /// The updates of the last `draw`.
    public private(set) var lastUpdates: [CellUpdate] = []
    public var keys: [Key] = []
    private var frame: Frame?
    private let looksAlike: (Style, Style) -> Bool

    public init(width: Int, height: Int, looksAlike: @escaping (Style, Style) -> Bool = { _, _ in false }) {
        size = (width, height)
        screen = Buffer(width: width, height: height)
        self.looksAlike = looksAlike
    }

    /// The terminal changes size: its screen is cleared, as a real one may be.
    public func resize(width: Int, height: Int) {
        size = (width, height)
        screen = Buffer(width: width, height: height)
        keys.append(.resize(width: width, height: height))
    }

    public func draw(_ buffer: Buffer, full: Bool) {
        let previous = full || screen.width != buffer.width || screen.height != buffer.height ? nil : frame
        if previous == nil { screen = Buffer(width: buffer.width, height: buffer.height) }
        let (updates, next) = FrameDiff.updates(from: previous, to: buffer, looksAlike: looksAlike)
        for update in updates { screen.send(update) }
        lastUpdates = updates
        frame = next
    }

    public func readKey(timeoutMilliseconds: Int32?) -> Key? { keys.isEmpty ? nil : keys.removeFirst() }
}

extension Buffer {
    /// Applies one update as a terminal would: a wide character takes its cell and the next; a character drawn
    /// over either half of a wide one leaves the other half blank.
    mutating func send(_ update: CellUpdate) {
        let (x, y) = (update.x, update.y)
        guard contains(x, y) else { return }
        let wide = DisplayWidth.of(Character(update.cell.grapheme.isEmpty ? " " : update.cell.grapheme)) == 2
        func erase(_ x: Int) {
            guard contains(x, y) else { return }
            if self[x, y].isContinuation, x > 0 { setCell(Cell(" ", self[x - 1, y].style), x: x - 1, y: y) }
            if x + 1 < width, self[x + 1, y].isContinuation { setCell(Cell(" ", self[x, y].style), x: x + 1, y: y) }
        }
        erase(x)
        if wide { erase(x + 1) }
        setCell(Cell(update.cell.grapheme, update.style), x: x, y: y)
        if wide, x + 1 < width { setCell(Cell("", update.style), x: x + 1, y: y) }
    }
}
