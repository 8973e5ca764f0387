import PlanModel
import RencanaText

/// The Laporan Monev of one period: a pure value the renderers (markdown, csv, html, xlsx) draw.
public struct MonevReport: Sendable {
    public var title: [String]
    public var period: ReportPeriod
    /// The table's column labels; the year report has one capaian column per Triwulan and the year's.
    public var columns: [String]
    /// The positions in a row's `cells` (after NO., KEGIATAN and SUB KEGIATAN) that hold percentages, shown centred.
    public var figureCells: Range<Int>
    /// The columns' widths in spreadsheet character units (the page takes their shares).
    public var columnWidths: [Double]
    /// The widths of each column's least pieces in points at the body's size (NO., KEGIATAN, SUB KEGIATAN, then the
    /// cells; `MonevLayout.pieceWidths`): the layout makes each column as wide as its widest, so no word breaks inside.
    public var wordWidths: [[Double]] { measures.pieces }
    /// Each column's pieces and its longest text on one line, in points at the body's size.
    public var measures: (pieces: [[Double]], longest: [Double]) {
        var widths = [Set<Double>](repeating: [], count: columns.count)
        var longest = [Double](repeating: 0, count: columns.count)
        for line in lines {
            guard case .row(let number, let kegiatan, let sub, let cells) = line else { continue }
            // NO. as wide as its widest number: `124` broke in the html as `12` over `4` (issue 21's review).
            let texts = [number, kegiatan?.text ?? "", sub?.text ?? ""] + cells
            for (column, text) in texts.enumerated() where column < widths.count {
                MonevLayout.pieceWidths(text, into: &widths[column], longest: &longest[column])
            }
        }
        return (widths.map { Array($0) }, longest)
    }
    /// Each column's printed width in points on the report's paper (the workbook's and the html's alike).
    public var columnPoints: [Double] {
        let (pieces, longest) = measures
        return MonevLayout.columnPoints(columnWidths, labels: columns, paper: paper, words: pieces, under: recapUnder, longest: longest)
    }
    /// The widest word every column of the table has room for (MonevLayout.wordCap): a wider one may break inside.
    public var wordCap: Double {
        let (pieces, longest) = measures
        return MonevLayout.wordCap(columnWidths, labels: columns, paper: paper, words: pieces, under: recapUnder, longest: longest)
    }
    /// A Triwulan's recap puts its figures one a column from JADWAL on (it has no columns to spare): their headings'
    /// words are made room for there. The year report's recap has columns enough to join two for a heading.
    var recapUnder: [String] {
        period == .year ? [] : Array(Self.summaryColumns.dropFirst())
    }
    /// Area rows, indicator rows and their notes, in document order.
    public var lines: [Line]

    /// Each indicator row with its note's two parts (empty without one), for the formats that keep them as columns.
    public var rowsWithNotes: [(line: Line, review: String, ket: String)] {
        var out: [(line: Line, review: String, ket: String)] = []
        for line in lines {
            if case .note(let review, let ket) = line, let last = out.indices.last { out[last].review = review; out[last].ket = ket }
            else { out.append((line, "", "")) }
        }
        return out
    }
    /// Each line's figures as exact fractions (`2/3`, not the `66,7%` printed), by its cells' positions (nil where a
    /// cell holds no figure or nothing is due; empty for an area's line): a workbook stores these, shown rounded.
    public var figureValues: [[Double?]]
    /// REKAPITULASI PER AREA, the whole plan's line last.
    public var summary: [SummaryLine]
    /// The tenggat of a note (by its index in `lines`) that a workbook stores as a date in a cell of its own, so the
    /// tenggat sort: the last Triwulan's with one (`8 April 2022`), and the note without it inline.
    public var tenggat: [Int: Tenggat] = [:]

    /// A note's tenggat (`8 April 2022`) and the note as printed beside it (that tenggat left out of its text).
    public struct Tenggat: Sendable, Equatable {
        public var date: String
        public var note: Line
    }

    /// DAFTAR BUKTI DUKUNG: each piece of evidence of the period once, numbered.
    public var evidence: [EvidenceLine]
    public var signature: Signature
    public var paper: Paper

    public enum Line: Sendable, Equatable {
        /// `1. Manajemen Perubahan`, across the table.
        case area(String)
        /// One indicator, numbered 1…N through the whole report (the evidence list cites these numbers):
        /// its cells in column order; KEGIATAN (1) and SUB KEGIATAN (2) carry merges (their `rowSpan` counts the
        /// lines they cover, notes included).
        case row(number: String, kegiatan: Spanned?, subKegiatan: Spanned?, cells: [String])
        /// The indicator's kendala, tindak lanjut and tenggat (`review`) and its KET. (the plan's KET and each month's
        /// catatan), under its row from INDIKATOR to the table's end; only when either is given.
        case note(review: String, ket: String)

        /// A note as printed: each part on its own line after its label.
        public var noteText: String {
            guard case .note(let review, let ket) = self else { return "" }
            // The review's parts carry their own labels (`Kendala: …; Tindak lanjut: …`).
            return [("", review), ("KET.: ", ket)].filter { !$0.1.isEmpty }
                .map { $0.0 + $0.1.replacingOccurrences(of: "\n", with: "; ") }.joined(separator: "\n")
        }
    }

    /// The columns the CSV and the Markdown add for a note's two parts (the printed documents put them under the row).
    public static let noteColumns = [yearReviewColumn, "KET."]

    /// `lines` with each KEGIATAN's and SUB KEGIATAN's `rowSpan` counting the lines it covers: its indicators' rows and
    /// their notes.
    static func spanningNotes(_ lines: [Line]) -> [Line] {
        var out = lines
        for (index, line) in lines.enumerated() {
            guard case .row(let number, var kegiatan, var sub, let cells) = line else { continue }
            func covered(_ rows: Int) -> Int {
                var seen = 0, next = index
                while next < lines.count {
                    if case .row = lines[next] { if seen == rows { break }; seen += 1 }
                    else if case .area = lines[next] { break }
                    next += 1
                }
                return next - index
            }
            if let k = kegiatan { kegiatan?.rowSpan = covered(max(k.rowSpan, 1)) }
            if let s = sub { sub?.rowSpan = covered(max(s.rowSpan, 1)) }
            out[index] = .row(number: number, kegiatan: kegiatan, subKegiatan: sub, cells: cells)
        }
        return out
    }

    public struct SummaryLine: Sendable, Equatable {
        public var name: String
        public var figures: ProgressFigures
        /// due, done, partly, missed, overdue, % capaian, kurang bukti, as printed.
        public var cells: [String] {
            [name, "\(figures.due)", "\(figures.done)", "\(figures.partly)", "\(figures.missed)", "\(figures.overdue)",
             figures.capaianText, "\(figures.kurangBukti)"]
        }
    }

    /// One piece of evidence in DAFTAR BUKTI DUKUNG, with the report's own number of its row.
    public struct EvidenceLine: Sendable, Equatable {
        public var number: Int
        /// The NO. of the row in the report's table.
        public var rowNumber: Int
        /// `Jan` …, or `–` for a piece that stands for the whole row.
        public var month: String
        public var kind: String
        public var documentNumber: String
        /// `8 April 2022` (as written when it is no `YYYY-MM-DD`).
        public var date: String
        /// The title, then where it is (a file path, or the link's text).
        public var text: String
        /// The link, for a URL (`http` or `https` only: nothing else is made clickable).
        public var url: String?
        /// A file that is not where the evidence says (it counts as kurang bukti).
        public var fileGone: Bool
        public var cells: [String] { ["\(number)", "\(rowNumber)", month, kind, documentNumber, date, text] }
    }

    public struct Signature: Sendable, Equatable {
        public var placeAndDate: String
        public var title: [String]
        public var name: String
        /// `NIP …`, or nil when none was given (a Ketua signs without one).
        public var nip: String?
        /// The `Mengetahui,` block at the bottom left, when asked for.
        public var acknowledgement: Acknowledgement?
    }

    /// `Mengetahui,`, the acknowledging office (a Ketua), room to sign, the name, NIP when given.
    public struct Acknowledgement: Sendable, Equatable {
        public var title: [String]
        public var name: String
        public var nip: String?

        /// From the command line's words: the office as given (in capitals, split like the signer's).
        public init(title: String, name: String, nip: String = "") {
            let office = DocumentText.clean(title).uppercased()
            self.title = Lampiran.officeLines(office)
            self.name = DocumentText.clean(name).uppercased()
            self.nip = nip.isEmpty ? nil : "NIP \(DocumentText.clean(nip))"
        }
    }

    public static let summaryColumns = ["AREA PERUBAHAN", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                        "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI"]
    public static let evidenceColumns = ["NO.", "NO. BARIS", "BULAN", "JENIS", "NOMOR", "TANGGAL", "URAIAN DAN LOKASI"]
    public static let titleLine = "LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI"
    public static let yearReviewColumn = "KENDALA, TINDAK LANJUT DAN TENGGAT"
    public static let yearTitleLine = "LAPORAN TAHUNAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI"
    /// Written in BUKTI DUKUNG of a row for its done or partly months without evidence.
    public static let kurangBukti = "Kurang bukti"
    /// Said of a piece of evidence whose file is gone.
    public static let fileGoneNote = "berkas tidak ditemukan"
    /// JADWAL's word for a month moved out of the period (`Feb (digeser ke Apr)`).
    public static let movedTo = "digeser ke"
    /// A review's parts, each with its label (`Kendala: …; Tindak lanjut: …`): a tindak lanjut without a kendala read
    /// as a kendala under the one label `KENDALA, TINDAK LANJUT DAN TENGGAT`.
    /// The title's cut-off line of a report printed before its period's end (`KEADAAN S.D. MARET 2022`).
    public static let asOfLine = "KEADAAN S.D."
    public static let kendalaLabel = "Kendala", tindakLanjutLabel = "Tindak lanjut"

    /// The report of `period` for `plan` (with `marks`, the current schedule), from its realisation and
    /// the figures of `progress` as of `asOf` — the one computation `rencana progress` prints, never a
    /// second one here; `signer` is the remembered or given signature. `goneFiles` are the ids of evidence
    /// whose file is missing: listed and marked, and (when `progress` was built without them) kurang bukti.
    public init(plan: Plan, marks: [MonthSet]? = nil, realisation: Realisation, period: ReportPeriod, progress: ProgressTracker,
                asOf: Month, signer: ReportSigner, paper: Paper = .f4, goneFiles: Set<String> = [],
                acknowledgement: Acknowledgement? = nil) {
        let document = plan.document
        let unit = DocumentText.clean(document.unit.isEmpty ? document.institution : document.unit).uppercased()
        // The year report reads "LAPORAN TAHUNAN … TAHUN 2022", never "TAHUNAN TAHUN 2022".
        title = period == .year
            ? [Self.yearTitleLine, unit, "TAHUN \(document.year)"]
            : [Self.titleLine, unit, period.heading(year: document.year)]
        // Printed before the period's end (`--until Mar` for the year, a Triwulan printed early): the cut-off under the
        // title, as `rencana progress` says it (`KEADAAN S.D. MARET 2022`).
        if let end = period.months.last, asOf < end {
            title.append("\(Self.asOfLine) \(asOf.fullName.uppercased()) \(document.year)")
        }
        self.period = period
        self.paper = paper
        let yearly = period == .year
        columns = ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI"]
            + (yearly ? ["TW I", "TW II", "TW III", "TW IV", "% TAHUN"] : ["% CAPAIAN", "% KUMULATIF"])
            // The kendala, tindak lanjut, tenggat and KET. go in a row of their own under the indicator's, across the
            // table (`Line.note`): fifteen columns at 8.5 pt left KENDALA, TINDAK LANJUT and KET. 48 pt wide
            // (`Penyelenggaraa|n`); eleven give every column room for its widest word (issue 21).
            + ["STATUS", "BUKTI DUKUNG", "PENANGGUNG JAWAB"]
        figureCells = 3..<(yearly ? 8 : 5)
        columnWidths = MonevLayout.columnWidths(yearly: yearly)
        var lines: [Line] = []
        var tenggat: [Int: Tenggat] = [:]
        var figureValues: [[Double?]] = []
        var evidenceLines: [EvidenceLine] = []
        let months = period.months
        let tws = Self.triwulans(of: period)
        let lampiran = Lampiran(plan: plan, marks: marks, paper: paper)
        for (index, row) in plan.rows.enumerated() {
            if row.isFirstInArea {
                lines.append(.area("\(row.areaNumber). \(DocumentText.clean(row.areaName))"))
                figureValues.append([])
            }
            let number = index + 1
            let planned = marks?[index] ?? row.baseline
            // The schedule after the moves, as the figures count it (MONEV.md: a moved month is due where it was moved
            // to): a month moved here shows where it came from (`Feb (dari Jan)`); one moved away is left out (REALISASI
            // says `Jan: Digeser ke Februari`). Before, a Jan moved to Feb read `Jan, Feb`, as if both were planned.
            let due = progress.months(ofRow: index)
            var origins: [Month: [Month]] = [:]
            for month in Month.allCases {
                if case .moved(let target)? = realisation.record(row.id, month).status { origins[target, default: []].append(month) }
            }
            // A month moved out of the period stays in it, saying where to (`Feb (digeser ke Apr)`): TW I showed `–` for a
            // Feb planned in TW I and moved to April.
            var movedOut: [Month: Month] = [:]
            for month in months {
                if case .moved(let target)? = realisation.record(row.id, month).status, !months.contains(target) { movedOut[month] = target }
            }
            let jadwal = Self.schedule(months.filter { due[$0.index].items > 0 || (planned.contains($0) && !due[$0.index].movedAway)
                                                       || movedOut[$0] != nil },
                                       origins: origins, movedOut: movedOut)
            let records = months.compactMap { month -> String? in
                guard let status = realisation.record(row.id, month).status else { return nil }
                let word = progress.statusWord(row: index, month: month, asOf: .des, realisation: realisation)
                return "\(month.label): \(word ?? Text.Progress.statusName(status.code))"
            }
            let figures = progress.figures(row: index, period: period.progressPeriod, asOf: asOf)
            var cells = [DocumentText.clean(row.indikator), jadwal.isEmpty ? "–" : jadwal, records.joined(separator: "; ")]
            let shown = yearly
                ? tws.map { progress.figures(row: index, period: .triwulan($0), asOf: asOf) } + [figures]
                : [figures, progress.figures(row: index, period: period.progressPeriod.cumulative, asOf: asOf)]
            cells += shown.map(\.capaianText)
            figureValues.append([nil, nil, nil] + shown.map(\.capaian))
            cells.append(progress.rowStatusWord(row: index, period: period.progressPeriod, asOf: asOf, realisation: realisation))
            let items = realisation.evidence(of: row.id).filter { $0.month.map(months.contains) ?? true }
            var bukti: [String] = []
            for item in items {
                let gone = goneFiles.contains(item.id)
                let line = EvidenceLine(number: evidenceLines.count + 1, rowNumber: number, month: item.month?.label ?? "–",
                                        kind: item.kind.rawValue, documentNumber: DocumentText.clean(item.number),
                                        date: IndonesianFormat.date(DocumentText.clean(item.date)),
                                        text: Self.describe(item, gone: gone), url: Self.link(item.location), fileGone: gone)
                evidenceLines.append(line)
                bukti.append("(\(line.number)) " + ([line.kind, line.documentNumber].filter { !$0.isEmpty }.joined(separator: " "))
                             + (gone ? " – \(Self.fileGoneNote)" : ""))
            }
            // Done or partly months in the period (as of the report's month) that no evidence covers.
            let values = progress.months(ofRow: index)
            let lacking = months.filter { month in
                guard month <= asOf, values[month.index].withoutEvidence else { return false }
                switch realisation.record(row.id, month).status {
                case .done?, .partly?: return true
                default: return false
                }
            }
            if !lacking.isEmpty { bukti.append("\(Self.kurangBukti): " + lacking.map(\.label).joined(separator: ", ")) }
            cells.append(bukti.joined(separator: "\n"))
            cells.append(DocumentText.clean(realisation.pj[row.id] ?? ""))
            // Each Triwulan's review as `kendala – tindak lanjut (tenggat 8 April 2022)`, named `TW I:` when the period
            // holds more than one; a workbook puts the last Triwulan's tenggat in a date cell of its own (`tenggat`).
            let dated = tws.last { tw in
                realisation.reviews[row.id]?[tw].map { IndonesianFormat.dateValue(IndonesianFormat.date(DocumentText.clean($0.tenggat))) != nil } ?? false
            }
            func reviewText(inline: Bool) -> String {
                tws.compactMap { tw -> String? in
                    guard let r = realisation.reviews[row.id]?[tw], !r.isEmpty else { return nil }
                    let tenggat = r.tenggat.isEmpty || (!inline && tw == dated) ? "" : " (tenggat \(IndonesianFormat.date(r.tenggat)))"
                    return (tws.count > 1 ? "TW \(ReportPeriod.roman(tw)): " : "")
                        + [(Self.kendalaLabel, DocumentText.clean(r.kendala)), (Self.tindakLanjutLabel, DocumentText.clean(r.tindakLanjut))]
                            .filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1)" }.joined(separator: "; ")
                        + tenggat
                }.filter { !$0.isEmpty }.joined(separator: "\n")
            }
            let review = reviewText(inline: true)
            // KET.: the plan's own note, then each month's catatan.
            let notes = months.compactMap { month -> String? in
                let note = DocumentText.clean(realisation.record(row.id, month).note)
                return note.isEmpty ? nil : "\(month.label): \(note)"
            }
            let ket = ([DocumentText.clean(row.ket)].filter { !$0.isEmpty } + notes).joined(separator: "\n")
            let l = lampiran.rows[index]
            lines.append(.row(number: "\(number)", kegiatan: l.kegiatan, subKegiatan: l.subKegiatan, cells: cells))
            if !review.isEmpty || !ket.isEmpty {
                if let dated, let r = realisation.reviews[row.id]?[dated] {
                    tenggat[lines.count] = Tenggat(date: IndonesianFormat.date(DocumentText.clean(r.tenggat)),
                                                   note: .note(review: reviewText(inline: false), ket: ket))
                }
                lines.append(.note(review: review, ket: ket))
                figureValues.append([])
            }
        }
        self.lines = Self.spanningNotes(lines)
        self.tenggat = tenggat
        self.figureValues = figureValues
        evidence = evidenceLines
        summary = plan.areas.enumerated().map { a, area in
            SummaryLine(name: "\(area.number). \(DocumentText.clean(area.name))",
                        figures: progress.figures(of: .area(a), period: period.progressPeriod, asOf: asOf))
        } + [SummaryLine(name: "JUMLAH", figures: progress.figures(of: .plan, period: period.progressPeriod, asOf: asOf))]
        let place = DocumentText.clean(signer.place.isEmpty ? document.place : signer.place)
        let date = IndonesianFormat.date(DocumentText.clean(signer.date))
        let office = DocumentText.clean(signer.signerTitle.isEmpty ? document.signerTitle : signer.signerTitle).uppercased()
        signature = Signature(placeAndDate: [place, date].filter { !$0.isEmpty }.joined(separator: ", "),
                              title: Lampiran.officeLines(office),
                              name: DocumentText.clean(signer.signer.isEmpty ? document.signer : signer.signer).uppercased(),
                              nip: signer.nip.isEmpty ? nil : "NIP \(DocumentText.clean(signer.nip))",
                              acknowledgement: acknowledgement)
    }

    /// JADWAL: `runs` of the months, a month moved here from `origins` on its own with them (`Feb (dari Jan)`).
    /// A month moved out of the period (`movedOut`) on its own too, saying where to (`Feb (digeser ke Apr)`).
    static func schedule(_ months: [Month], origins: [Month: [Month]], movedOut: [Month: Month] = [:]) -> String {
        var parts: [String] = [], run: [Month] = []
        for month in months {
            if let to = movedOut[month] {
                if !run.isEmpty { parts.append(runs(run)); run = [] }
                parts.append("\(month.label) (\(Self.movedTo) \(to.label))")
                continue
            }
            guard let from = origins[month], !from.isEmpty else { run.append(month); continue }
            if !run.isEmpty { parts.append(runs(run)); run = [] }
            parts.append("\(month.label) (dari \(from.map(\.label).joined(separator: ", ")))")
        }
        if !run.isEmpty { parts.append(runs(run)) }
        return parts.joined(separator: ", ")
    }

    /// Months as printed in JADWAL: `Jan, Mar`, with three or more in a row as a range, `Jul–Des`.
    static func runs(_ months: [Month]) -> String {
        var parts: [String] = []
        var start = 0
        while start < months.count {
            var end = start
            while end + 1 < months.count && months[end + 1].rawValue == months[end].rawValue + 1 { end += 1 }
            if end - start >= 2 { parts.append("\(months[start].label)–\(months[end].label)") }
            else { parts += months[start...end].map(\.label) }
            start = end + 1
        }
        return parts.joined(separator: ", ")
    }

    static func triwulans(of period: ReportPeriod) -> [Int] {
        Array(Set(period.months.map { $0.index / 3 + 1 })).sorted()
    }

    /// The title, then where the piece is: `Tim RB (bukti/sk-tim-rb.pdf)`, marked when its file is gone.
    static func describe(_ evidence: Evidence, gone: Bool) -> String {
        let title = DocumentText.clean(evidence.title)
        let place: String
        switch evidence.location {
        case .file(let path): place = DocumentText.clean(path) + (gone ? " – \(fileGoneNote)" : "")
        case .url(let url): place = DocumentText.clean(url)
        }
        return title.isEmpty ? place : "\(title) (\(place))"
    }

    /// A URL worth a link: `http://` or `https://` only, without spaces or controls.
    static func link(_ location: Evidence.Location) -> String? {
        guard case .url(let url) = location else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), url.utf8.count <= 2000,
              !url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" }) else { return nil }
        return url
    }
}
