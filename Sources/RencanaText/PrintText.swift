/// Words of the printed documents added for issue 21's last pass. The documents are in the decree's language,
/// Indonesian, whatever the interface's: these are the document's words, not messages, so they are not picked.
extension Text {
    public enum Print {}
}

extension Text.Print {
    /// Marks a merged KEGIATAN, SUB KEGIATAN or area cell continued from the page before, after its text (`3) Pengelolaan
    /// JDIH (lanjutan)`), as offices mark a table's parts that run over a page.
    public static let continued = "(lanjutan)"
    /// Stands for the words of a continued cell's text left out to fit its rows (`1) Penguatan … (lanjutan)`).
    public static let shortened = "…"
}
