/// What was done in one month of one row (the monitoring layer's cell). Nil where used means
/// "belum dicatat": nothing recorded yet.
public enum RealisationStatus: Hashable, Sendable {
    /// Terlaksana.
    case done
    /// Terlaksana Sebagian.
    case partly
    /// Tidak Terlaksana.
    case missed
    /// Digeser ke <Bulan>: no longer due where planned; due in the month it moved to.
    case moved(Month)

    /// The journal's spelling: `done`, `partly`, `missed`, `moved:Apr`.
    public var code: String {
        switch self {
        case .done: "done"
        case .partly: "partly"
        case .missed: "missed"
        case .moved(let month): "moved:\(month.label)"
        }
    }

    /// Parses the journal's (and the command line's) spelling; nil for anything else.
    public init?(code: String) {
        switch code {
        case "done": self = .done
        case "partly": self = .partly
        case "missed": self = .missed
        default:
            guard code.hasPrefix("moved:"), let month = Month(parsing: String(code.dropFirst(6))) else { return nil }
            self = .moved(month)
        }
    }
}

/// Everything recorded for one row × month: its status, the date it was done, a note (catatan).
public struct CellRecord: Hashable, Sendable {
    public var status: RealisationStatus?
    /// `YYYY-MM-DD`, or empty.
    public var date: String
    public var note: String

    public init(status: RealisationStatus? = nil, date: String = "", note: String = "") {
        self.status = status
        self.date = date
        self.note = note
    }

    /// True when nothing is recorded (such records are not kept).
    public var isEmpty: Bool { status == nil && date.isEmpty && note.isEmpty }
}

/// The kind of a piece of evidence (bukti dukung).
public enum EvidenceKind: String, CaseIterable, Sendable {
    case sk = "SK", notulen = "Notulen", daftarHadir = "Daftar Hadir", laporan = "Laporan", foto = "Foto",
         sop = "SOP", surat = "Surat", tautan = "Tautan", lainnya = "Lainnya"
}

/// One piece of evidence of a row, optionally tied to one month.
public struct Evidence: Hashable, Sendable {
    /// Where the evidence is: a file (relative to the plan's folder when inside it) or a URL.
    public enum Location: Hashable, Sendable {
        case file(String)
        case url(String)
    }

    /// Unique across machines (see docs/STATE-V2.md).
    public var id: String
    public var row: RowID
    public var month: Month?
    public var kind: EvidenceKind
    public var title: String
    /// The document's number and date, if it has them (date as `YYYY-MM-DD` or as written).
    public var number: String
    public var date: String
    public var location: Location

    public init(id: String, row: RowID, month: Month? = nil, kind: EvidenceKind, title: String = "",
                number: String = "", date: String = "", location: Location) {
        self.id = id
        self.row = row
        self.month = month
        self.kind = kind
        self.title = title
        self.number = number
        self.date = date
        self.location = location
    }
}

/// The monev notes of one row for one Triwulan.
public struct Review: Hashable, Sendable {
    public var kendala: String
    public var tindakLanjut: String
    /// `YYYY-MM-DD`, or empty.
    public var tenggat: String

    public init(kendala: String = "", tindakLanjut: String = "", tenggat: String = "") {
        self.kendala = kendala
        self.tindakLanjut = tindakLanjut
        self.tenggat = tenggat
    }

    public var isEmpty: Bool { kendala.isEmpty && tindakLanjut.isEmpty && tenggat.isEmpty }
}

/// The report signature remembered for the plan's next Laporan Monev.
public struct ReportSigner: Hashable, Sendable {
    public var place = ""
    public var date = ""
    public var signer = ""
    public var signerTitle = ""
    public var nip = ""
    public init() {}
}

/// The year's monitoring record of a plan: realisation per row × month, penanggung jawab, evidence,
/// reviews and the report signer. Part of the one value replayed from the journal (`YearState`).
public struct Realisation: Equatable, Sendable {
    /// Recorded cells; rows and months with nothing recorded are absent.
    public var cells: [RowID: [Month: CellRecord]] = [:]
    /// Penanggung jawab per row.
    public var pj: [RowID: String] = [:]
    /// Evidence in the order it was added.
    public var evidence: [Evidence] = []
    /// Reviews per row and Triwulan (1–4).
    public var reviews: [RowID: [Int: Review]] = [:]
    public var signer = ReportSigner()

    public init() {}

    /// The record of one cell (empty when nothing is recorded).
    public func record(_ row: RowID, _ month: Month) -> CellRecord { cells[row]?[month] ?? CellRecord() }

    /// The evidence of one row, in the order added.
    public func evidence(of row: RowID) -> [Evidence] { evidence.filter { $0.row == row } }
}
