/// The column headers of the source table (NO. … INDIKATOR KEBERHASILAN, the months, KET): data of the
/// document, shown in Indonesian in every interface language. The months are `Month.labels`.
public enum TableHeader {
    public static let no = "NO."
    public static let area = "AREA PERUBAHAN"
    public static let kegiatan = "KEGIATAN"
    public static let subKegiatan = "SUB KEGIATAN"
    public static let indikator = "INDIKATOR KEBERHASILAN"
    public static let ket = "KET"
}
