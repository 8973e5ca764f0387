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
    /// The position in a row's `cells` of TENGGAT (a date where it holds one).
    public var tenggatCell: Int
    /// The columns' widths in spreadsheet character units (the page takes their shares).
    public var columnWidths: [Double]
    /// The longest date in TENGGAT as printed (`15 April 2022`), empty when none: a workbook's date cell never
    /// wraps, so the column is made at least this wide (else LibreOffice prints `###`).
    public var widestTenggat: String {
        guard tenggatCell >= 0 else { return "" }
        let dates = lines.compactMap { line -> String? in
            guard case .row(_, _, _, let cells) = line, cells.indices.contains(tenggatCell),
                  IndonesianFormat.dateValue(cells[tenggatCell]) != nil else { return nil }
            return cells[tenggatCell]
        }
        return dates.max { TextMeasure.width($0, size: MonevLayout.fontSize) < TextMeasure.width($1, size: MonevLayout.fontSize) } ?? ""
    }
    /// The widths of each column's words in points at the body's size (NO., KEGIATAN, SUB KEGIATAN, then the cells):
    /// the layout makes each column as wide as its widest ordinary word, so no such word breaks inside.
    /// The year report keeps its shares (its KENDALA, TINDAK LANJUT DAN TENGGAT column is already wide; its pages were
    /// laid out on them), so it gives none.
    public var wordWidths: [[Double]] {
        guard period != .year else { return [] }
        var widths = [Set<Double>](repeating: [], count: columns.count)
        for line in lines {
            guard case .row(let number, let kegiatan, let sub, let cells) = line else { continue }
            let texts = [number, kegiatan?.text ?? "", sub?.text ?? ""] + cells
            for (column, text) in texts.enumerated() where column < widths.count && column - 3 != tenggatCell {
                MonevLayout.wordWidths(text, into: &widths[column])
            }
        }
        return widths.map { Array($0) }
    }
    /// Each column's printed width in points on the report's paper (the workbook's and the html's alike).
    public var columnPoints: [Double] {
        MonevLayout.columnPoints(columnWidths, labels: columns, paper: paper, widestDate: widestTenggat, words: wordWidths)
    }
    /// The widest word every column of the table has room for (MonevLayout.wordCap): a wider one may break inside.
    public var wordCap: Double {
        MonevLayout.wordCap(columnWidths, labels: columns, paper: paper, widestDate: widestTenggat, words: wordWidths)
    }
    /// Area rows and indicator rows, in document order.
    public var lines: [Line]
    /// REKAPITULASI PER AREA, the whole plan's line last.
    public var summary: [SummaryLine]
    /// DAFTAR BUKTI DUKUNG: each piece of evidence of the period once, numbered.
    public var evidence: [EvidenceLine]
    public var signature: Signature
    public var paper: Paper

    public enum Line: Sendable, Equatable {
        /// `1. Manajemen Perubahan`, across the table.
        case area(String)
        /// One indicator, numbered 1…N through the whole report (the evidence list cites these numbers):
        /// its cells in column order; KEGIATAN (1) and SUB KEGIATAN (2) carry merges.
        case row(number: String, kegiatan: Spanned?, subKegiatan: Spanned?, cells: [String])
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
        self.period = period
        self.paper = paper
        let yearly = period == .year
        columns = ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI"]
            + (yearly ? ["TW I", "TW II", "TW III", "TW IV", "% TAHUN"] : ["% CAPAIAN", "% KUMULATIF"])
            // The year report has room for eighteen columns at 8.5 pt only by putting each Triwulan's kendala,
            // tindak lanjut and tenggat in one column.
            + (yearly ? ["STATUS", "BUKTI DUKUNG", Self.yearReviewColumn, "PENANGGUNG JAWAB", "KET."]
                      : ["STATUS", "BUKTI DUKUNG", "KENDALA", "TINDAK LANJUT", "PENANGGUNG JAWAB", "TENGGAT", "KET."])
        figureCells = 3..<(yearly ? 8 : 5)
        tenggatCell = yearly ? -1 : 10
        columnWidths = MonevLayout.columnWidths(yearly: yearly)
        var lines: [Line] = []
        var evidenceLines: [EvidenceLine] = []
        let months = period.months
        let tws = Self.triwulans(of: period)
        let lampiran = Lampiran(plan: plan, marks: marks, paper: paper)
        for (index, row) in plan.rows.enumerated() {
            if row.isFirstInArea { lines.append(.area("\(row.areaNumber). \(DocumentText.clean(row.areaName))")) }
            let number = index + 1
            let planned = marks?[index] ?? row.baseline
            // A month moved into the period is scheduled where it moved to, as the figures count it.
            let due = progress.months(ofRow: index)
            let jadwal = Self.runs(months.filter { planned.contains($0) || due[$0.index].items > 0 })
            let records = months.compactMap { month -> String? in
                guard let status = realisation.record(row.id, month).status else { return nil }
                let word = progress.statusWord(row: index, month: month, asOf: .des, realisation: realisation)
                return "\(month.label): \(word ?? Text.Progress.statusName(status.code))"
            }
            let figures = progress.figures(row: index, period: period.progressPeriod, asOf: asOf)
            var cells = [DocumentText.clean(row.indikator), jadwal.isEmpty ? "–" : jadwal, records.joined(separator: "; ")]
            if yearly {
                cells += tws.map { progress.figures(row: index, period: .triwulan($0), asOf: asOf).capaianText }
                cells.append(figures.capaianText)
            } else {
                cells += [figures.capaianText,
                          progress.figures(row: index, period: period.progressPeriod.cumulative, asOf: asOf).capaianText]
            }
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
            let reviews = tws.compactMap { realisation.reviews[row.id]?[$0] }.filter { !$0.isEmpty }
            if yearly {
                cells.append(tws.compactMap { tw -> String? in
                    guard let r = realisation.reviews[row.id]?[tw], !r.isEmpty else { return nil }
                    let tenggat = r.tenggat.isEmpty ? "" : " (tenggat \(IndonesianFormat.date(r.tenggat)))"
                    return "TW \(ReportPeriod.roman(tw)): " + [DocumentText.clean(r.kendala), DocumentText.clean(r.tindakLanjut)]
                        .filter { !$0.isEmpty }.joined(separator: " – ") + tenggat
                }.joined(separator: "\n"))
                cells.append(DocumentText.clean(realisation.pj[row.id] ?? ""))
            } else {
                cells.append(reviews.map { DocumentText.clean($0.kendala) }.filter { !$0.isEmpty }.joined(separator: "; "))
                cells.append(reviews.map { DocumentText.clean($0.tindakLanjut) }.filter { !$0.isEmpty }.joined(separator: "; "))
                cells.append(DocumentText.clean(realisation.pj[row.id] ?? ""))
                cells.append(reviews.map { IndonesianFormat.date($0.tenggat) }.filter { !$0.isEmpty }.joined(separator: "; "))
            }
            // KET.: the plan's own note, then each month's catatan.
            let notes = months.compactMap { month -> String? in
                let note = DocumentText.clean(realisation.record(row.id, month).note)
                return note.isEmpty ? nil : "\(month.label): \(note)"
            }
            cells.append(([DocumentText.clean(row.ket)].filter { !$0.isEmpty } + notes).joined(separator: "\n"))
            let l = lampiran.rows[index]
            lines.append(.row(number: "\(number)", kegiatan: l.kegiatan, subKegiatan: l.subKegiatan, cells: cells))
        }
        self.lines = lines
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
