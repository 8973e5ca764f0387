import PlanModel

/// The Laporan Monev of one period: a pure value the renderers (markdown, csv, html) draw.
public struct MonevReport: Sendable {
    public var title: [String]
    public var period: ReportPeriod
    /// The table's column labels; the year report has one capaian column per Triwulan and the year's.
    public var columns: [String]
    /// The positions in a row's `cells` (after NO., KEGIATAN and SUB KEGIATAN) that hold percentages, shown centred.
    public var figureCells: Range<Int>
    /// The columns' widths in spreadsheet character units (the page takes their shares).
    public var columnWidths: [Double]
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
        /// One indicator: its cells in column order; KEGIATAN (1) and SUB KEGIATAN (2) carry merges.
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

    public struct EvidenceLine: Sendable, Equatable {
        public var number: Int
        public var row: RowID
        public var text: String
        public var cells: [String] { ["\(number)", row.rawValue, text] }
    }

    public struct Signature: Sendable, Equatable {
        public var placeAndDate: String
        public var title: [String]
        public var name: String
        /// `NIP …`, or nil when none was given (a Ketua signs without one).
        public var nip: String?
    }

    public static let summaryColumns = ["AREA PERUBAHAN", "JATUH TEMPO", "TERLAKSANA", "SEBAGIAN", "TIDAK TERLAKSANA",
                                        "TERLAMBAT", "% CAPAIAN", "KURANG BUKTI"]
    public static let evidenceColumns = ["NO.", "BARIS", "BUKTI DUKUNG"]
    public static let titleLine = "LAPORAN MONITORING DAN EVALUASI RENCANA AKSI REFORMASI BIROKRASI"

    /// The report of `period` for `plan` (with `marks`, the current schedule), from its realisation and
    /// the figures of `progress` as of `asOf` — the one computation `rencana progress` prints, never a
    /// second one here; `signer` is the remembered or given signature.
    public init(plan: Plan, marks: [MonthSet]? = nil, realisation: Realisation, period: ReportPeriod, progress: ProgressTracker,
                asOf: Month, signer: ReportSigner, paper: Paper = .f4) {
        let document = plan.document
        let unit = DocumentText.clean(document.unit.isEmpty ? document.institution : document.unit).uppercased()
        title = [Self.titleLine, unit, period.heading(year: document.year)]
        self.period = period
        self.paper = paper
        let yearly = period == .year
        columns = ["NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "JADWAL", "REALISASI"]
            + (yearly ? ["TW I", "TW II", "TW III", "TW IV", "% TAHUN"] : ["% CAPAIAN", "% KUMULATIF"])
            + ["STATUS", "BUKTI DUKUNG", "KENDALA", "TINDAK LANJUT", "PENANGGUNG JAWAB", "TENGGAT", "KET."]
        figureCells = 3..<(yearly ? 8 : 5)
        columnWidths = [4, 16, 20, 24, 9, 16] + (yearly ? Array(repeating: 6, count: 5) : [8.5, 10.5]) + [11, 20, 14, 14, 12.5, 9, 8]
        var lines: [Line] = []
        var evidenceLines: [EvidenceLine] = []
        let months = period.months
        let tws = Self.triwulans(of: period)
        let lampiran = Lampiran(plan: plan, marks: marks, paper: paper)
        var numberInArea = 0
        for (index, row) in plan.rows.enumerated() {
            if row.isFirstInArea {
                lines.append(.area("\(row.areaNumber). \(DocumentText.clean(row.areaName))"))
                numberInArea = 0
            }
            numberInArea += 1
            let planned = marks?[index] ?? row.baseline
            let jadwal = months.filter { planned.contains($0) }.map(\.label).joined(separator: ", ")
            let records = months.compactMap { month -> String? in
                guard let status = realisation.record(row.id, month).status else { return nil }
                return "\(month.label): \(Self.word(status))"
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
            cells.append(Self.status(row.id, planned: months.filter { planned.contains($0) }, figures: figures, realisation: realisation))
            let items = realisation.evidence(of: row.id).filter { $0.month.map(months.contains) ?? true }
            cells.append(items.map(Self.describe).joined(separator: "; "))
            let reviews = tws.compactMap { realisation.reviews[row.id]?[$0] }.filter { !$0.isEmpty }
            cells.append(reviews.map { DocumentText.clean($0.kendala) }.filter { !$0.isEmpty }.joined(separator: "; "))
            cells.append(reviews.map { DocumentText.clean($0.tindakLanjut) }.filter { !$0.isEmpty }.joined(separator: "; "))
            cells.append(DocumentText.clean(realisation.pj[row.id] ?? ""))
            cells.append(reviews.map { IndonesianFormat.date($0.tenggat) }.filter { !$0.isEmpty }.joined(separator: "; "))
            cells.append(DocumentText.clean(row.ket))
            let l = lampiran.rows[index]
            lines.append(.row(number: "\(numberInArea)", kegiatan: l.kegiatan, subKegiatan: l.subKegiatan, cells: cells))
            for item in items {
                evidenceLines.append(EvidenceLine(number: evidenceLines.count + 1, row: row.id,
                                                  text: Self.describe(item) + Self.location(item.location)))
            }
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
                              nip: signer.nip.isEmpty ? nil : "NIP \(DocumentText.clean(signer.nip))")
    }

    static func triwulans(of period: ReportPeriod) -> [Int] {
        Array(Set(period.months.map { $0.index / 3 + 1 })).sorted()
    }

    /// The status words of MONEV.md.
    public static func word(_ status: RealisationStatus) -> String {
        switch status {
        case .done: "Terlaksana"
        case .partly: "Terlaksana Sebagian"
        case .missed: "Tidak Terlaksana"
        case .moved(let month): "Digeser ke \(month.fullName)"
        }
    }

    /// One status for the row over the period, from its figures and records.
    static func status(_ row: RowID, planned: [Month], figures: ProgressFigures, realisation: Realisation) -> String {
        if let moved = planned.compactMap({ month -> Month? in
            if case .moved(let to)? = realisation.record(row, month).status { return to }
            return nil
        }).last, figures.done + figures.partly < max(figures.due, 1) {
            return "Digeser ke \(moved.fullName)"
        }
        if figures.due == 0 { return planned.isEmpty ? "–" : "Belum Jatuh Tempo" }
        if figures.done == figures.due { return "Terlaksana" }
        if figures.done + figures.partly > 0 { return "Terlaksana Sebagian" }
        if figures.missed > 0 { return "Tidak Terlaksana" }
        return "Belum Terlaksana"
    }

    /// `SK 3/ORT.07/2022, 8 April 2022: Tim RB`.
    static func describe(_ evidence: Evidence) -> String {
        var text = evidence.kind.rawValue
        if !evidence.number.isEmpty { text += " " + DocumentText.clean(evidence.number) }
        if !evidence.date.isEmpty { text += ", " + IndonesianFormat.date(DocumentText.clean(evidence.date)) }
        if !evidence.title.isEmpty { text += ": " + DocumentText.clean(evidence.title) }
        return text
    }

    static func location(_ location: Evidence.Location) -> String {
        switch location {
        case .file(let path): " (\(DocumentText.clean(path)))"
        case .url(let url): " (\(DocumentText.clean(url)))"
        }
    }
}
