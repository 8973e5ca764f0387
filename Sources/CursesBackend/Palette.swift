@preconcurrency import CNCursesW
import GanttUI

/// The theme: each `StyleRole` as a colour pair, or as bold / reverse / underline without colour.
struct Palette {
    let color: Bool
    let colors: Int

    /// Foreground and background of each role in colour (-1 is the terminal's default).
    private func pair(_ role: StyleRole) -> (Int16, Int16) {
        let black = Int16(COLOR_BLACK), white = Int16(COLOR_WHITE), green = Int16(COLOR_GREEN)
        let yellow = Int16(COLOR_YELLOW), blue = Int16(COLOR_BLUE), cyan = Int16(COLOR_CYAN)
        let magenta = Int16(COLOR_MAGENTA), red = Int16(COLOR_RED)
        let grey: Int16 = colors >= 256 ? 244 : -1
        let rowBackground: Int16 = colors >= 256 ? 237 : blue
        switch role {
        case .normal: return (-1, -1)
        case .dim: return (grey, -1)
        case .header: return (black, green)
        case .headerCursor: return (white, magenta)
        case .currentMonth: return (red, green)
        case .rule: return (colors >= 256 ? 244 : blue, -1)
        case .title: return (white, blue)
        case .warning: return (white, red)
        case .key: return (white, -1)
        case .keyLabel: return (black, cyan)
        case .bar: return (black, green)
        case .barChanged: return (black, yellow)
        case .removed: return (red, -1)
        case .cursorRow: return (colors >= 256 ? 15 : white, rowBackground)  // bright white: "\e[97m", 5 bytes
        case .cursorCell: return (white, magenta)
        case .match: return (black, yellow)
        case .overlay: return (-1, -1)
        case .overlayTitle: return (cyan, -1)
        case .selection: return (black, cyan)
        case .done: return (black, green)
        case .partly: return (black, yellow)
        case .missed: return (white, red)
        case .moved: return (black, cyan)
        case .overdue: return (red, -1)
        case .outside: return (black, magenta)
        case .notYetDue: return (grey, -1)
        case .added: return (green, -1)
        case .deleted: return (red, -1)
        case .movedRow: return (cyan, -1)
        case .textChanged: return (yellow, -1)
        }
    }

    /// Attributes standing in for colour on monochrome terminals and under NO_COLOR.
    private func monochrome(_ role: StyleRole) -> attr_t {
        let bold = rencana_a_bold(), reverse = rencana_a_reverse(), underline = rencana_a_underline()
        switch role {
        case .normal, .rule, .overlay: return rencana_a_normal()
        case .dim: return rencana_a_dim()
        case .header, .key, .overlayTitle: return bold
        case .headerCursor, .warning, .cursorCell: return reverse | bold
        case .currentMonth: return bold | underline
        case .title, .keyLabel, .bar, .selection: return reverse
        case .barChanged: return reverse | bold
        case .removed, .match: return bold | underline
        case .cursorRow: return bold | underline
        // Without colour the glyph tells the status; attributes only add weight to what needs acting on.
        case .done, .moved, .outside: return rencana_a_normal()
        case .partly: return underline
        case .missed, .overdue: return bold
        // Revision view: the marker column tells what happened; removed rows are dim, changed ones bold.
        case .added, .movedRow, .textChanged: return bold
        case .deleted: return rencana_a_dim()
        case .notYetDue: return rencana_a_dim()
        }
    }

    /// Registers the colour pairs (pair n is role n - 1).
    func install() {
        guard color else { return }
        for role in StyleRole.allCases {
            let (fg, bg) = pair(role)
            init_pair(Int16(role.rawValue + 1), fg, bg)
        }
    }

    /// The colour pair a role is drawn with: the first role with the same colours, so that ncurses sends no
    /// colour change between cells that look the same (it compares pair numbers, not colours).
    private func pairNumber(_ role: StyleRole) -> Int16 {
        let colours = pair(role)
        let first = StyleRole.allCases.first { pair($0) == colours } ?? role
        return Int16(first.rawValue + 1)
    }

    /// Whether a blank cell in `style` may be drawn with the attributes of a blank in `neighbour`: in colour, a
    /// blank shows only its background (and an underline), so any style with the same background and no
    /// underline looks the same. Lets the backend run blanks on with their neighbour's attributes.
    func blankLooksAlike(_ style: Style, _ neighbour: Style) -> Bool {
        guard color, !style.underline, !neighbour.underline else { return false }
        return style.role == neighbour.role || pair(style.role).1 == pair(neighbour.role).1
    }

    /// Attributes and colour pair for one cell's style.
    func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes: attr_t = color ? rencana_a_normal() : monochrome(style.role)
        if style.bold { attributes |= rencana_a_bold() }
        if style.underline { attributes |= rencana_a_underline() }
        if color && style.role == .dim && colors < 256 { attributes |= rencana_a_dim() }
        return (attributes, color ? pairNumber(style.role) : 0)
    }
}
