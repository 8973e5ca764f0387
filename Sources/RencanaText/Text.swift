/// Every interface string of Rencana lives in this module, so a language can be added in one place.
///
/// The document's own labels (NO., AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR KEBERHASILAN,
/// Jan … Des, KET.) are data of the plan and stay Indonesian in every interface language.
/// Each area has its own file: `DashboardText.swift` for the dashboard, `CommandText.swift` for the command line.
public enum Text {}

extension Text {
    /// A Triwulan's number as the documents write it: I, II, III, IV (out-of-range numbers clamp to I or IV).
    public static func roman(_ tw: Int) -> String { ["I", "II", "III", "IV"][max(0, min(3, tw - 1))] }
}
