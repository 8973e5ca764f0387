import PlanModel
import RencanaText

/// The province's recap of its offices as a document it signs (REKAPITULASI … KPU KABUPATEN/KOTA SE-<PROVINSI>):
/// one line per office with each area's capaian, the total and kurang bukti, the province's Σ/Σ line, and the
/// signature block of the Laporan Monev. A pure value the xlsx and html renderers draw; no file is read here.
public struct RollupRecap: Sendable {
    /// One line of the table: NO., the office, each area's capaian (`–` when nothing is due), the total, kurang bukti,
    /// unresolved conflicts.
    public struct Line: Sendable, Equatable {
        public var number: String
        public var name: String
        public var areas: [String]
        public var total: String
        public var kurangBukti: String
        public var conflicts: String
        public var cells: [String] { [number, name] + areas + [total, kurangBukti, conflicts] }
    }

    /// What the roll-up gives for one office (or the province): its name and figures, per area number and in all.
    public struct Figures: Sendable {
        public var name: String
        public var areas: [Int: ProgressFigures]
        public var total: ProgressFigures
        /// Values in conflict in the office's journal (a team's), unresolved.
        public var conflicts: Int

        public init(name: String, areas: [Int: ProgressFigures], total: ProgressFigures, conflicts: Int = 0) {
            self.name = name
            self.areas = areas
            self.total = total
            self.conflicts = conflicts
        }
    }

    public var title: [String]
    public var columns: [String]
    /// Each column's printed width in points (the workbook and the page take the same).
    public var columnPoints: [Double]
    public var lines: [Line]
    /// The province's line, Σ/Σ over the offices' counts (never a mean of their percentages).
    public var total: Line
    public var signature: MonevReport.Signature
    public var paper: Paper

    /// The columns that hold figures (centred): every one after SATUAN KERJA.
    public var figureColumns: Range<Int> { 2..<columns.count }

    /// The recap of `offices` (in the order given) for `period` of `year`; `areas` are the area numbers and names
    /// of the columns, `provinsi` the province named in the title (empty: none). The signer's office defaults to
    /// the province's secretary when a province is named.
    public init(provinsi: String, period: ReportPeriod, year: Int, areas: [(number: Int, name: String)], offices: [Figures],
                province: Figures, signer: ReportSigner, acknowledgement: MonevReport.Acknowledgement? = nil, paper: Paper = .f4) {
        let provinsi = DocumentText.clean(provinsi).uppercased()
        title = [Text.RollupRecap.titleLine, Text.RollupRecap.offices(provinsi: provinsi),
                 period == .year ? "TAHUN \(year)" : period.heading(year: year)]
        columns = [Text.RollupRecap.numberColumn, Text.RollupRecap.officeColumn]
            + areas.map { Text.RollupRecap.areaColumn($0.number, DocumentText.clean($0.name).uppercased()) }
            + [Text.RollupRecap.totalColumn, Text.RollupRecap.kurangBuktiColumn, Text.RollupRecap.conflictsColumn]
        columnPoints = Self.columnPoints(columns, areas: areas.count, paper: paper)
        func line(_ number: String, _ figures: Figures) -> Line {
            Line(number: number, name: Self.shortName(DocumentText.clean(figures.name)),
                 areas: areas.map { figures.areas[$0.number]?.capaianText ?? "–" },
                 total: figures.total.capaianText, kurangBukti: "\(figures.total.kurangBukti)", conflicts: "\(figures.conflicts)")
        }
        lines = offices.enumerated().map { line("\($0.offset + 1)", $0.element) }
        total = line("", Figures(name: Text.RollupRecap.totalLine, areas: province.areas, total: province.total,
                                 conflicts: province.conflicts))
        let office = DocumentText.clean(signer.signerTitle.isEmpty ? Text.RollupRecap.defaultSignerTitle(provinsi: provinsi)
                                                                     : signer.signerTitle).uppercased()
        let place = DocumentText.clean(signer.place), date = IndonesianFormat.date(DocumentText.clean(signer.date))
        signature = MonevReport.Signature(placeAndDate: [place, date].filter { !$0.isEmpty }.joined(separator: ", "),
                                          title: Lampiran.officeLines(office),
                                          name: DocumentText.clean(signer.signer).uppercased(),
                                          nip: signer.nip.isEmpty ? nil : "NIP \(DocumentText.clean(signer.nip))",
                                          acknowledgement: acknowledgement)
        self.paper = paper
    }

    /// `text` with a space after each hyphen and slash, for measuring where a heading may break (LibreOffice and
    /// Chromium break PERUNDANG-UNDANGAN/DEREGULASI there too: the cells get a zero-width space after a slash).
    public static func breakingHyphens(_ text: String) -> String {
        text.replacingOccurrences(of: "-", with: "- ").replacingOccurrences(of: "/", with: "/ ")
    }

    /// An office's name as the recap's line prints it: `Komisi Pemilihan Umum` as `KPU`, the title's own word
    /// (after the office code, when the name starts with one).
    static func shortName(_ name: String) -> String {
        guard let range = name.range(of: "Komisi Pemilihan Umum ", options: .caseInsensitive),
              range.lowerBound == name.startIndex || name[..<range.lowerBound].hasSuffix(" – ") else { return name }
        return name.replacingCharacters(in: range, with: "KPU ")
    }

    /// The columns' printed widths in points: NO. narrow, each area's column as wide as its heading's longest piece
    /// needs (at least `100,0%`), the total, kurang bukti and konflik as their headings need, SATUAN KERJA up to 170 pt
    /// (an office's name on one line), what is left shared among the areas. On a narrow page the name gives way
    /// down to 90 pt, then the areas.
    static func columnPoints(_ columns: [String], areas: Int, paper: Paper) -> [Double] {
        let page = MonevLayout.printable(paper)
        func least(_ label: String) -> Double {
            let word = breakingHyphens(label).split(separator: " ").map { TextMeasure.width(String($0), size: MonevLayout.headerSize, bold: true) }
            return max(word.max() ?? 0, TextMeasure.width("100,0%", size: MonevLayout.fontSize)) * 1.15 + 6
        }
        var area = columns.dropFirst(2).prefix(areas).map { max(least($0), 48) }
        let tail = columns.suffix(3).map(least)
        let number = 24.0, nameMost = 170.0, nameLeast = 90.0
        let rest = page - number - tail.reduce(0, +) - area.reduce(0, +)
        let name: Double
        if rest >= nameMost {
            name = nameMost
            if !area.isEmpty { area = area.map { $0 + (rest - nameMost) / Double(area.count) } }
        } else if rest >= nameLeast || area.isEmpty {
            name = max(rest, nameLeast)
        } else {
            name = nameLeast
            let scale = (page - number - tail.reduce(0, +) - nameLeast) / area.reduce(0, +)
            area = area.map { $0 * scale }
        }
        return [number, name] + area + tail
    }
}
