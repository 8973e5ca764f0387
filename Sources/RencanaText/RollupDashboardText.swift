/// Interface strings of the roll-up dashboard (`rencana DIR`, `rencana rollup DIR` on a terminal): the province's
/// offices as one tree, and an office's own grid opened read-only.
extension Text {
    public enum RollupDashboard {}
}

extension Text.RollupDashboard {
    public static func title(_ year: Int, offices: Int) -> String {
        Text.pick("Roll-up \(year) · \(offices) \(offices == 1 ? "office" : "offices")", id: "Rekap \(year) · \(offices) kantor")
    }
    public static var titleReading: String { Text.pick("Roll-up", id: "Rekap") }
    /// The period the figures are of: January up to a month, a Triwulan, a Semester (the plan's own words).
    public static func untilMonth(_ month: String) -> String { Text.pick("Jan–\(month)", id: "s.d. \(month)") }
    public static func triwulan(_ roman: String) -> String { "TW \(roman)" }
    public static func semester(_ roman: String) -> String { "Semester \(roman)" }
    public static func asOf(_ month: String) -> String { Text.pick("as of \(month)", id: "keadaan \(month)") }
    public static var sortNames: [String] {
        [Text.pick("by office", id: "menurut kantor"), Text.pick("by capaian", id: "menurut capaian"),
         Text.pick("by kurang bukti", id: "menurut kurang bukti")]
    }
    public static var allAreas: String { Text.pick("all areas", id: "semua area") }
    public static func areas(_ numbers: [Int]) -> String {
        let list = numbers.map(String.init).joined(separator: ", ")
        return numbers.count == 1 ? "area \(list)" : Text.pick("areas \(list)", id: "area \(list)")
    }
    public static func skipped(_ count: Int) -> String {
        Text.pick("\(count) \(count == 1 ? "file" : "files") skipped", id: "\(count) berkas dilewati")
    }
    public static func searchPosition(_ query: String, _ current: Int?, _ count: Int) -> String {
        current.map { "/\(query) \($0)/\(count)" } ?? "/\(query) (\(count))"
    }
    public static func allOffices(_ count: Int) -> String { Text.pick("All offices (\(count))", id: "Seluruh kantor (\(count))") }
    public static var officeColumn: String { Text.pick("OFFICE / AREA", id: "KANTOR / AREA") }
    /// The figures' headings, as the recap prints them (Indonesian in both languages, as the document is).
    public static let figureHeadings = ["BARIS", "J.TEMPO", "TERLAKSANA", "CAPAIAN", "K.BUKTI", "KONFLIK", "TERAKHIR"]
    public static var reading: String { Text.pick("Reading the offices' files…", id: "Membaca berkas kantor…") }
    public static var noOffices: String { Text.pick("No office in this folder yet.", id: "Belum ada kantor di folder ini.") }
    public static var noMatchingOffice: String {
        Text.pick("No office matches the search and area filter.", id: "Tidak ada kantor yang cocok dengan pencarian dan filter area.")
    }
    public static func tooSmall(_ width: Int, _ height: Int, _ minWidth: Int, _ minHeight: Int) -> String {
        Text.pick("Terminal too small (\(width)x\(height)); the roll-up needs \(minWidth)x\(minHeight).",
             id: "Terminal terlalu kecil (\(width)x\(height)); rekap memerlukan \(minWidth)x\(minHeight).")
    }

    // Notices (one line, until the next key).
    public static var readOnly: String {
        Text.pick("Read-only: the roll-up changes no office's file (Esc: roll-up)",
                  id: "Hanya baca: rekap tidak mengubah berkas kantor (Esc: rekap)")
    }
    /// The office's grid's title bar, where the plan dashboard says "saved".
    public static var readOnlyTag: String { Text.pick("read-only", id: "hanya baca") }
    public static func noMatches(_ query: String) -> String { Text.pick("No office matches \(query)", id: "Tidak ada kantor yang cocok: \(query)") }
    public static func noSuchArea(_ number: Int) -> String { Text.pick("No area \(number)", id: "Tidak ada area \(number)") }
    public static func unreadable(_ name: String) -> String {
        Text.pick("\(name) cannot be read now", id: "\(name) tidak dapat dibaca saat ini")
    }
    public static func foldPrefixCancelled(_ key: String) -> String {
        key.isEmpty ? Text.pick("z cancelled", id: "z dibatalkan") : Text.pick("z\(key) is no fold command", id: "z\(key) bukan perintah lipat")
    }
    public static func reread(_ offices: Int) -> String {
        Text.pick("Folder read again: \(offices) \(offices == 1 ? "office" : "offices")", id: "Folder dibaca ulang: \(offices) kantor")
    }

    // The key bar and help.
    public static var keys: [(key: String, label: String)] {
        [("Enter", Text.pick("Open", id: "Buka")), ("s", Text.pick("Sort", id: "Urut")), ("t", Text.pick("Period", id: "Periode")),
         ("r", Text.pick("Layer", id: "Lapis")), ("/", Text.pick("Search", id: "Cari")), ("?", Text.pick("Help", id: "Bantuan")),
         ("q", Text.pick("Quit", id: "Keluar"))]
    }
    public static var officeKeys: [(key: String, label: String)] {
        [("Esc", Text.pick("Roll-up", id: "Rekap")), ("t", Text.pick("Period", id: "Periode")), ("r", Text.pick("Layer", id: "Lapis")),
         ("/", Text.pick("Search", id: "Cari")), ("d", Text.pick("Detail", id: "Rincian")), ("?", Text.pick("Help", id: "Bantuan")),
         ("q", Text.pick("Quit", id: "Keluar"))]
    }
    public static var searchKeys: [(key: String, label: String)] {
        [("Enter", Text.pick("Keep", id: "Simpan")), ("Esc", Text.pick("Clear", id: "Hapus")), ("↑↓", Text.pick("Matches", id: "Hasil"))]
    }
    public static var helpTitle: String { Text.pick("Roll-up keys", id: "Tombol rekap") }
    public static var helpKeys: [(key: String, label: String)] { [("Esc", Text.pick("Close", id: "Tutup")), ("↑↓", Text.pick("Scroll", id: "Gulir"))] }
    /// What each key of the roll-up does, by its entry's id (`RollupKeys`).
    public static func keyHelp(_ id: String) -> String {
        switch id {
        case "rows": Text.pick("Move between offices and areas", id: "Pindah antar kantor dan area")
        case "periods": Text.pick("Choose the period of the figures (month, Triwulan or Semester)",
                             id: "Pilih periode angka (bulan, Triwulan atau Semester)")
        case "pages": Text.pick("Page up / down", id: "Halaman naik / turun")
        case "halfPages": Text.pick("Half a page up / down", id: "Setengah halaman naik / turun")
        case "ends": Text.pick("First / last line", id: "Baris pertama / terakhir")
        case "open": Text.pick("Open the office's own plan, read-only (Esc comes back here)",
                          id: "Buka rencana kantor itu, hanya baca (Esc kembali ke sini)")
        case "area": Text.pick("Show only this area (in every office)", id: "Tampilkan area ini saja (di setiap kantor)")
        case "allAreas": Text.pick("Show all areas", id: "Tampilkan semua area")
        case "search": Text.pick("Search office names", id: "Cari nama kantor")
        case "matches": Text.pick("Next / previous matching office", id: "Kantor cocok berikutnya / sebelumnya")
        case "period": Text.pick("Columns by month, Triwulan or Semester", id: "Kolom per bulan, Triwulan atau Semester")
        case "layer": Text.pick("Rencana (planned items) or Realisasi (capaian) in the period columns",
                           id: "Rencana (butir terjadwal) atau Realisasi (capaian) di kolom periode")
        case "sort": Text.pick("Sort by office, capaian (lowest first) or kurang bukti (most first)",
                          id: "Urutkan menurut kantor, capaian (terendah dulu) atau kurang bukti (terbanyak dulu)")
        case "fold": Text.pick("Fold the office under the cursor", id: "Lipat kantor di kursor")
        case "unfold": Text.pick("Open the office under the cursor (its areas)", id: "Buka kantor di kursor (areanya)")
        case "foldAll": Text.pick("Fold every office, or open all when all are folded",
                             id: "Lipat semua kantor, atau buka semua bila semua terlipat")
        case "foldLevels": Text.pick("Offices only / offices and areas", id: "Kantor saja / kantor dan area")
        case "foldPrefix": Text.pick("vim's fold keys: zc zo za zM zR z1 z2", id: "Tombol lipat vim: zc zo za zM zR z1 z2")
        case "help": Text.pick("This help", id: "Bantuan ini")
        case "close": Text.pick("Close help, clear the search", id: "Tutup bantuan, hapus pencarian")
        case "redraw": Text.pick("Redraw the screen", id: "Gambar ulang layar")
        case "quit": Text.pick("Quit", id: "Keluar")
        default: ""
        }
    }
    public static var legend: [String] {
        [Text.pick("Rencana: planned items in each period. Realisasi: capaian of each period (·: not yet due, –: nothing due).",
              id: "Rencana: butir terjadwal tiap periode. Realisasi: capaian tiap periode (·: belum jatuh tempo, –: tidak ada yang jatuh tempo)."),
         Text.pick("The figures are of the period under the cursor: Jan up to its month, its Triwulan or its Semester.",
              id: "Angka untuk periode di kursor: Jan s.d. bulannya, Triwulannya atau Semesternya."),
         Text.pick("The folder is read again when a file in it changes; nothing in it is ever written.",
              id: "Folder dibaca ulang bila ada berkas yang berubah; tidak ada yang ditulis ke dalamnya.")]
    }
}
