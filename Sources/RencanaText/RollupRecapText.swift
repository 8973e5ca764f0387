/// Interface and document strings of the province's signed recap (`rencana rollup --format xlsx|html`).
extension Text {
    public enum RollupRecap {}
}

extension Text.RollupRecap {
    /// The recap's title, over two lines (one is too long for the page at 11 pt).
    public static let titleLine = "REKAPITULASI MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI"
    /// The second title line: the offices of one province, or of no province named.
    public static func offices(provinsi: String) -> String {
        provinsi.isEmpty ? "KPU KABUPATEN/KOTA" : "KPU KABUPATEN/KOTA SE-\(provinsi)"
    }
    public static let numberColumn = "NO."
    public static let officeColumn = "SATUAN KERJA"
    public static let totalColumn = "% CAPAIAN TOTAL"
    public static let kurangBuktiColumn = "KURANG BUKTI"
    /// Unresolved conflicts in an office's journal (a team's: docs/TEAM.md).
    public static let conflictsColumn = "KONFLIK"
    /// The heading of an area's capaian column: `AREA 1`, its name under it.
    public static func areaColumn(_ number: Int, _ name: String) -> String { "AREA \(number) \(name)" }
    /// The province's total line.
    public static let totalLine = "JUMLAH (Σ/Σ)"
    /// The signer's office when none is given: the province's secretary, who signs the province's monev.
    public static func defaultSignerTitle(provinsi: String) -> String {
        provinsi.isEmpty ? "" : "SEKRETARIS KPU PROVINSI \(provinsi)"
    }

    public static var provinsiHelp: String {
        Text.pick("The province in the xlsx/html recap's title (SE-<PROVINSI>). The plans name no province, so none is guessed.",
                  id: "Provinsi pada judul rekap xlsx/html (SE-<PROVINSI>). Rencana tidak menyebut provinsi, jadi tidak ditebak.")
    }
    public static var placeHelp: String {
        Text.pick("xlsx/html: where the recap is signed.",
                  id: "xlsx/html: tempat rekap ditandatangani.")
    }
    public static var dateHelp: String {
        Text.pick("xlsx/html: the signing date (default today).",
                  id: "xlsx/html: tanggal penandatanganan (bawaan hari ini).")
    }
    public static var signerHelp: String { Text.pick("xlsx/html: who signs the recap.", id: "xlsx/html: penandatangan rekap.") }
    public static var signerTitleHelp: String {
        Text.pick("xlsx/html: the signer's office (default SEKRETARIS KPU PROVINSI <PROVINSI>).",
                  id: "xlsx/html: jabatan penandatangan (bawaan SEKRETARIS KPU PROVINSI <PROVINSI>).")
    }
    public static var nipHelp: String { Text.pick("xlsx/html: the signer's NIP.", id: "xlsx/html: NIP penandatangan.") }
    public static func onlyForDocuments(_ option: String) -> String {
        Text.pick("\(option) is for the signed recap: use it with --format xlsx or html",
                  id: "\(option) untuk rekap bertanda tangan: gunakan dengan --format xlsx atau html")
    }
    /// `rencana document --code`.
    public static var codeHelp: String { Text.pick("The office's code (kode satker), optional: names the office in a province's roll-up; \"\" removes it.", id: "Kode kantor (kode satker), tidak wajib: menamai kantor dalam rekap provinsi; \"\" menghapusnya.") }
    public static func failed(_ format: String, _ reason: String) -> String {
        Text.pick("cannot make the \(format) recap: \(reason)",
                  id: "rekap \(format) tidak dapat dibuat: \(reason)")
    }
}
