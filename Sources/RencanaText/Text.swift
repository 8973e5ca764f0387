/// Every interface string of Rencana lives in this module, so a language can be added in one place.
///
/// The document's own labels (NO., AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN, INDIKATOR KEBERHASILAN,
/// Jan … Des, KET.) are data of the plan and stay Indonesian in every interface language.
/// Each area has its own file: `DashboardText.swift` for the dashboard, `CommandText.swift` for the command line.
public enum Text {}
