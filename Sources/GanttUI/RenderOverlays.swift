import Foundation
import PlanModel

extension Painter {
    /// A bordered box with a title; returns the inner rectangle.
    @discardableResult
    mutating func box(x: Int, y: Int, width: Int, height: Int, title: String) -> (x: Int, y: Int, width: Int, height: Int) {
        let border = Style(.overlayTitle)
        for line in y..<(y + max(0, height)) { fill(x: x, y: line, width: width, style: Style(.overlay)) }
        guard width >= 2, height >= 2 else { return (x, y, 0, 0) }
        fill(x: x + 1, y: y, width: width - 2, style: border, with: glyphs.horizontal)
        fill(x: x + 1, y: y + height - 1, width: width - 2, style: border, with: glyphs.horizontal)
        for line in (y + 1)..<(y + height - 1) {
            text(glyphs.vertical, x: x, y: line, width: 1, style: border)
            text(glyphs.vertical, x: x + width - 1, y: line, width: 1, style: border)
        }
        text(glyphs.topLeft, x: x, y: y, width: 1, style: border)
        text(glyphs.topRight, x: x + width - 1, y: y, width: 1, style: border)
        text(glyphs.bottomLeft, x: x, y: y + height - 1, width: 1, style: border)
        text(glyphs.bottomRight, x: x + width - 1, y: y + height - 1, width: 1, style: border)
        text(" \(title) ", x: x + 2, y: y, width: max(0, width - 4), style: Style(.overlayTitle, bold: true))
        return (x + 2, y + 1, max(0, width - 4), height - 2)
    }

    /// A history time as `YYYY-MM-DD HH:MM` in `timeZone` (the dashboard's, injected: the local one).
    static func timestamp(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))"
    }
}
