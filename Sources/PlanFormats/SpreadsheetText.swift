/// The rule that keeps a cell written for a spreadsheet (CSV, and the xlsx writer's text cells) from being
/// read as a formula, as OWASP's "CSV injection" guidance recommends, and its exact inverse for import.
///
/// A cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`;
/// so does one that already begins with `'`s followed by such a character, so the rule stays invertible:
/// `restored(neutralised(t)) == t` for every text `t`, and export → import → export is identical.
public enum SpreadsheetText {
    /// Characters that make a spreadsheet start a formula (or, for tab and CR, hide one after them).
    static func isTrigger(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "=" || scalar == "+" || scalar == "-" || scalar == "@" || scalar == "\t" || scalar == "\r"
    }

    /// Whether `text`, after its leading apostrophes, begins with a trigger.
    static func beginsWithTrigger(afterApostrophes text: Substring.UnicodeScalarView) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return isTrigger(first)
    }

    /// `text` as it is written into a spreadsheet cell: with a leading `'` when it could start a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, isTrigger(first) || first == "'" else { return text }
        return beginsWithTrigger(afterApostrophes: Substring(text).unicodeScalars) ? "'" + text : text
    }

    /// The text of an imported cell: the one `'` that `neutralised` adds removed, and nothing else.
    public static func restored(_ cell: String) -> String {
        guard cell.unicodeScalars.first == "'" else { return cell }
        let rest = Substring(cell).unicodeScalars.dropFirst()
        return beginsWithTrigger(afterApostrophes: rest) ? String(rest) : cell
    }
}
