import Foundation
import PlanModel

/// The plan as the decree's appendix (LAMPIRAN), laid out as the signed table: a pure value that the
/// xlsx and HTML renderers draw, so both show the same heading, header, merges, marks and signature.
public struct Lampiran: Sendable {
    /// The top-right heading: `LAMPIRAN KEPUTUSAN …`, `NOMOR : …`, `TENTANG`, the decree's title.
    public var heading: [String]
    /// The centred bold title: `RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN <unit> TAHUN <year>`.
    public var title: String
    /// One line per indicator row, in document order.
    public var rows: [LampiranRow]
    /// The closing block after the table: place, date, the signer's office and name.
    public var closing: Closing
    public var paper: Paper
    /// True to print `-1-` on the first page too; KPU decrees leave it unnumbered and start at `-2-`.
    public var numberFirstPage = false

    /// The signature block: `Ditetapkan di : …`, `Pada tanggal : …`, the office, room to sign, the name.
    public struct Closing: Sendable, Equatable {
        public var place: String
        public var date: String
        /// The signer's office in capitals, one line per printed line.
        public var signerTitle: [String]
        /// The signer's name in capitals, without titles (as UU 12/2011 asks).
        public var signer: String

        /// The copy (salinan) an office circulates: `Ttd.` where the signature was, and the authentication block.
        public var salinan: Salinan? = nil

        /// `Ditetapkan di : <place>`
        public var placeLine: String { "Ditetapkan di : \(place)" }
        /// `Pada tanggal : <date>`
        public var dateLine: String { "Pada tanggal : \(date)" }
    }

    /// `Salinan sesuai dengan aslinya`, the unit's Sekretariat, and optionally who authenticates the copy.
    public struct Salinan: Sendable, Equatable {
        /// The Sekretariat, one line per printed line, the last ending in a comma as the seed prints it.
        public var office: [String]
        /// The authenticating officer's title (e.g. `Sekretaris`), name and NIP; empty when not given.
        public var signerTitle: String
        public var signer: String
        public var nip: String

        public static let certified = "Salinan sesuai dengan aslinya"
        public static let signed = "Ttd."

        /// The block for `document`: its unit when that is a Sekretariat, else `Sekretariat` and the institution.
        public init(document: DocumentInfo, signerTitle: String = "", signer: String = "", nip: String = "") {
            let unit = DocumentText.clean(document.unit)
            let office = unit.lowercased().hasPrefix("sekretariat") ? unit : "Sekretariat " + DocumentText.clean(document.institution)
            var lines = Lampiran.officeLines(office, anyCase: true)
            if !lines.isEmpty { lines[lines.count - 1] += "," }
            self.office = lines
            self.signerTitle = DocumentText.clean(signerTitle)
            self.signer = DocumentText.clean(signer).uppercased()
            self.nip = DocumentText.clean(nip)
        }

        /// Every printed line, with empty strings where room is left to sign.
        public var lines: [String] {
            var out = [Self.certified] + office
            if !signerTitle.isEmpty { out.append(signerTitle) }
            if !signer.isEmpty { out += ["", "", "", signer] }
            if !nip.isEmpty { out.append("NIP \(nip)") }
            return out
        }
    }

    /// The document's labels of the 18 columns, as printed in the source (NO. … KET.).
    public static let columnLabels: [String] =
        [TableHeader.no, TableHeader.area, TableHeader.kegiatan, TableHeader.subKegiatan, TableHeader.indikator]
        + Month.labels + [TableHeader.ket + "."]
    /// The label spanning the twelve month columns.
    public static let monthsLabel = "PELAKSANAAN (BULAN)"
    /// The mark of a scheduled month (U+221A), as printed in the source.
    public static let mark = "√"
    /// The column of January (0-based); the months are columns 5…16 and KET. is 17.
    public static let firstMonthColumn = 5
    public static let columnCount = 18

    /// The LAMPIRAN of `plan` with `marks` (indexed like `plan.rows`; the plan as signed when nil).
    /// `salinan` makes the circulated copy (`Ttd.` and the authentication block).
    public init(plan: Plan, marks: [MonthSet]? = nil, paper: Paper = .f4, salinan: Salinan? = nil, numberFirstPage: Bool = false) {
        let document = plan.document
        let institution = DocumentText.clean(document.institution).uppercased()
        heading = ["LAMPIRAN KEPUTUSAN \(institution)", "NOMOR : \(DocumentText.clean(document.number))", "TENTANG",
                   DocumentText.clean(document.title).uppercased()]
        let unit = DocumentText.clean(document.unit.isEmpty ? document.institution : document.unit).uppercased()
        title = "RENCANA AKSI REFORMASI BIROKRASI DI LINGKUNGAN \(unit) TAHUN \(document.year)"
        closing = Closing(place: DocumentText.clean(document.place), date: DocumentText.clean(document.date),
                          signerTitle: Self.officeLines(DocumentText.clean(document.signerTitle).uppercased()),
                          signer: DocumentText.clean(document.signer).uppercased(), salinan: salinan)
        self.paper = paper
        self.numberFirstPage = numberFirstPage
        rows = Self.rows(plan, marks)
    }

    /// Splits an office before its last `KABUPATEN`/`KOTA`/`PROVINSI`, as the source prints
    /// `KETUA KOMISI PEMILIHAN UMUM` over `KABUPATEN SORONG SELATAN`.
    static func officeLines(_ office: String, anyCase: Bool = false) -> [String] {
        for word in [" KABUPATEN ", " KOTA ", " PROVINSI "] {
            if let range = office.range(of: word, options: anyCase ? [.backwards, .caseInsensitive] : .backwards) {
                return [String(office[..<range.lowerBound]), String(office[range.lowerBound...].dropFirst())]
            }
        }
        return office.isEmpty ? [] : [office]
    }

    static func rows(_ plan: Plan, _ marks: [MonthSet]?) -> [LampiranRow] {
        let planRows = plan.rows
        var out: [LampiranRow] = []
        out.reserveCapacity(planRows.count)
        // Spans counted once per area, kegiatan and sub kegiatan from the tree, not by scanning rows.
        var areaSpan = 0, kegiatanSpan = 0, subSpan = 0
        for row in planRows {
            let area = plan.areas[row.position.area]
            let kegiatan = area.kegiatan[row.position.kegiatan]
            if row.isFirstInArea {
                areaSpan = area.kegiatan.reduce(0) { $0 + $1.subKegiatan.reduce(0) { $0 + $1.indicators.count } }
            }
            if row.isFirstInKegiatan { kegiatanSpan = kegiatan.subKegiatan.reduce(0) { $0 + $1.indicators.count } }
            if row.isFirstInSubKegiatan { subSpan = kegiatan.subKegiatan[row.position.sub].indicators.count }
            out.append(LampiranRow(
                id: row.id,
                number: row.isFirstInArea ? Spanned(text: String(row.areaNumber), rowSpan: areaSpan) : nil,
                area: row.isFirstInArea ? Spanned(text: DocumentText.clean(row.areaName), rowSpan: areaSpan) : nil,
                kegiatan: row.isFirstInKegiatan ? Spanned(text: DocumentText.clean(row.kegiatan), rowSpan: kegiatanSpan) : nil,
                subKegiatan: row.isFirstInSubKegiatan ? Spanned(text: DocumentText.clean(row.subKegiatan), rowSpan: subSpan) : nil,
                indikator: DocumentText.clean(row.indikator),
                months: marks?[row.index] ?? row.baseline,
                ket: DocumentText.clean(row.ket)))
        }
        return out
    }
}

/// The text of a merged cell and how many table rows it covers (1 = not merged).
public struct Spanned: Sendable, Equatable {
    public var text: String
    public var rowSpan: Int
    public init(text: String, rowSpan: Int) {
        self.text = text
        self.rowSpan = rowSpan
    }
}

/// One indicator line of the LAMPIRAN. A nil NO., AREA, KEGIATAN or SUB KEGIATAN is covered by the
/// merged cell of an earlier row.
public struct LampiranRow: Sendable, Equatable {
    public var id: RowID
    public var number: Spanned?
    public var area: Spanned?
    public var kegiatan: Spanned?
    public var subKegiatan: Spanned?
    public var indikator: String
    public var months: MonthSet
    public var ket: String

    /// The four merged columns in table order (NO., AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN).
    public var spanned: [Spanned?] { [number, area, kegiatan, subKegiatan] }
}
