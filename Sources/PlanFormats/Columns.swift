import PlanModel

/// The column layout shared by the CSV and Markdown exports and the CSV import:
/// the source table's 18 columns, optionally preceded by a row ID column.
///
/// These names are the document's own labels (Indonesian in every interface language),
/// written without the trailing dots of the printed table so spreadsheets keep them plain.
public enum PlanColumns {
    /// `NO`
    public static let number = "NO"
    /// `AREA PERUBAHAN`
    public static let area = TableHeader.area
    /// `KEGIATAN`
    public static let kegiatan = TableHeader.kegiatan
    /// `SUB KEGIATAN`
    public static let subKegiatan = TableHeader.subKegiatan
    /// `INDIKATOR KEBERHASILAN`
    public static let indikator = TableHeader.indikator
    /// `KET`
    public static let ket = TableHeader.ket
    /// `ID`: the optional first column holding each row's `RowID`.
    public static let id = "ID"

    /// The 18 columns in table order: NO … INDIKATOR KEBERHASILAN, Jan … Des, KET.
    public static let table: [String] = [number, area, kegiatan, subKegiatan, indikator] + Month.labels + [ket]

    /// The header cells of an export, with or without the leading ID column.
    public static func header(includeIDs: Bool) -> [String] {
        includeIDs ? [id] + table : table
    }

    /// The mark written for a scheduled month (U+221A SQUARE ROOT, as printed in the source).
    public static let mark = "√"

    /// The cells of one table row: NO … KET with the given months (the row's baseline when nil).
    static func cells(of row: PlanRow, months: MonthSet?, includeID: Bool) -> [String] {
        let months = months ?? row.baseline
        var cells: [String] = []
        cells.reserveCapacity(19)
        if includeID { cells.append(row.id.rawValue) }
        cells.append(String(row.areaNumber))
        cells.append(row.areaName)
        cells.append(row.kegiatan)
        cells.append(row.subKegiatan)
        cells.append(row.indikator)
        for month in Month.allCases { cells.append(months.contains(month) ? mark : "") }
        cells.append(row.ket)
        return cells
    }
}
