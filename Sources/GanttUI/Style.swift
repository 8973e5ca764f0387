/// What a cell means on screen. The backend maps each role to a colour pair, or to
/// bold / reverse / underline when the terminal has no colour or `NO_COLOR` is set.
public enum StyleRole: Int, CaseIterable, Sendable {
    /// Plain table text.
    case normal
    /// Secondary text: inherited labels, empty-month dots, counts.
    case dim
    /// Column headers.
    case header
    /// The header of the month the cursor is in.
    case headerCursor
    /// The header of the current calendar month.
    case currentMonth
    /// Rules between areas and under the header.
    case rule
    /// The title bar.
    case title
    /// A warning in the title bar (not saved, too small).
    case warning
    /// A key name in the bottom key bar.
    case key
    /// A key's label in the bottom key bar.
    case keyLabel
    /// A scheduled month as signed.
    case bar
    /// A scheduled month that the signed plan does not have.
    case barChanged
    /// A month the signed plan has but that is no longer scheduled.
    case removed
    /// Text on the cursor's row.
    case cursorRow
    /// The selected month cell.
    case cursorCell
    /// Search matches inside text.
    case match
    /// Text of overlays and panes.
    case overlay
    /// Borders and titles of overlays and panes.
    case overlayTitle
    /// The highlighted line inside a picker.
    case selection
    /// Realisasi: a month recorded Terlaksana (done).
    case done
    /// Realisasi: Terlaksana Sebagian (partly done).
    case partly
    /// Realisasi: Tidak Terlaksana (not done).
    case missed
    /// Realisasi: moved to another month (Digeser).
    case moved
    /// Realisasi: planned, due by the as-of month and not recorded (terlambat).
    case overdue
    /// Realisasi: done in a month that was not planned.
    case outside
    /// Realisasi: planned for a month after the as-of month (belum jatuh tempo).
    case notYetDue
    /// Revision view: a row added since the plan as signed.
    case added
    /// Revision view: a row of the plan as signed that was removed.
    case deleted
    /// Revision view: a row moved to another place.
    case movedRow
    /// Revision view: a row whose text changed.
    case textChanged
}

/// How one cell is drawn: its role plus attributes laid on top.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var bold: Bool
    public var underline: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
    }

    public static let normal = Style()
}

/// The characters the interface draws with: Unicode, or plain ASCII when the locale is not UTF-8.
public struct Glyphs: Equatable, Sendable {
    /// A scheduled month (the document's √).
    public var mark: String
    /// An unscheduled month.
    public var empty: String
    /// Marks a cell that differs from the plan as signed.
    public var changed: String
    public var ellipsis: String
    public var horizontal: String
    public var vertical: String
    /// Separates outline levels: area ▸ kegiatan ▸ sub kegiatan ▸ indikator.
    public var outline: String
    /// Drawn under the current month's header.
    public var currentMonth: String
    public var topLeft: String, topRight: String, bottomLeft: String, bottomRight: String
    public var checked: String, unchecked: String
    /// The marker of a folded line (htop's `+`; `+` opens it).
    public var folded: String = "+"
    /// Realisasi cells: done, partly, missed, moved, overdue, done outside the schedule, not yet due.
    public var done = "√", partly = "½", missed = "✗", moved = "→", overdue = "!", outside = "+", notYetDue = "○"
    /// Revision view markers: added, removed, moved, text changed (months changed use `changed`).
    public var added = "+", deleted = "−", movedRow = "↕", textChanged = "~"
    /// A row or month cell whose value two laptops changed differently (a conflict, issue 22).
    public var conflict = "≠"

    public static let unicode = Glyphs(
        mark: "√", empty: "·", changed: "*", ellipsis: "…", horizontal: "─", vertical: "│",
        outline: "▸", currentMonth: "━", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        checked: "[x]", unchecked: "[ ]")

    public static let ascii = Glyphs(
        mark: "v", empty: ".", changed: "*", ellipsis: "~", horizontal: "-", vertical: "|",
        outline: ">", currentMonth: "=", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        checked: "[x]", unchecked: "[ ]", done: "v", partly: "/", missed: "x", moved: ">", overdue: "!", outside: "+",
        notYetDue: "o", deleted: "-", movedRow: "^", conflict: "#")
}
