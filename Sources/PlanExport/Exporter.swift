import Foundation
import PlanDocuments
import PlanFormats
import PlanModel
import PlanXlsx

/// What every exporter is given: the plan, the marks to show, and the options some formats use.
public struct ExportRequest: Sendable {
    public var plan: Plan
    /// The current marks, indexed like `plan.rows`; nil for the plan as signed.
    public var marks: [MonthSet]?
    /// A leading row ID column (csv, markdown).
    public var includeIDs: Bool
    /// The paper of the printed documents (xlsx, html).
    public var paper: Paper
    /// The monitoring record to add (`--realisation`), for the formats that take it; nil for the plan alone.
    public var realisation: Realisation?
    /// The LAMPIRAN as the circulated copy (`--salinan`), for the printed formats.
    public var salinan: Lampiran.Salinan?
    /// `-1-` on the first page too (`--number-first-page`).
    public var numberFirstPage = false
    /// The ids of the realisation's file evidence whose file has gone (`EvidenceCheck.goneFiles`): not counted.
    public var goneEvidence: Set<String> = []

    public init(plan: Plan, marks: [MonthSet]?, includeIDs: Bool = false, paper: Paper = .f4, realisation: Realisation? = nil,
                salinan: Lampiran.Salinan? = nil, numberFirstPage: Bool = false) {
        self.salinan = salinan
        self.numberFirstPage = numberFirstPage
        self.plan = plan
        self.marks = marks
        self.includeIDs = includeIDs
        self.paper = paper
        self.realisation = realisation
    }
}

/// What every output format says of itself, for `--format`, `--out` and the terminal check.
/// Both documents' formats are such formats: the plan's (`Exporter`) and the monev report's (`ReportExporter`).
public protocol OutputFormat: Sendable {
    /// The `--format` word, e.g. `csv`.
    var name: String { get }
    /// The file name extension, without the dot.
    var fileExtension: String { get }
    /// True when the output is not text for a terminal (it is refused on a terminal's stdout).
    var isBinary: Bool { get }
}

/// One output format of `rencana export`: the one seam every format of the plan goes through.
public protocol Exporter: OutputFormat {
    /// True when the format can add the monitoring record (`ExportRequest.realisation`).
    var supportsRealisation: Bool { get }
    /// The exported bytes.
    func produce(_ request: ExportRequest) throws -> Data
}

extension Exporter {
    public var supportsRealisation: Bool { false }
}

/// Every format, in the order `--help` lists them.
public enum Exporters {
    public static let all: [any Exporter] = [CSVExporter(), MarkdownExporter(), JSONExporter(), XlsxExporter(), HTMLExporter()]

    /// The exporter for a `--format` word (`md` is markdown), any case: `FormatChoices.export`'s rule.
    public static func named(_ word: String) -> (any Exporter)? {
        FormatChoices.export.named(word).flatMap { name in all.first { $0.name == name } }
    }
}

/// The 18-column CSV (PlanFormats); with a realisation, its status columns after them (RealisationExport).
public struct CSVExporter: Exporter {
    public let name = "csv", fileExtension = "csv", isBinary = false
    public var supportsRealisation: Bool { true }
    public init() {}
    public func produce(_ r: ExportRequest) throws -> Data {
        if let realisation = r.realisation {
            return Data(RealisationExport.csv(plan: r.plan, marks: r.marks, realisation: realisation, includeIDs: r.includeIDs,
                                                      gone: r.goneEvidence).utf8)
        }
        return Data(CSVExport.csv(plan: r.plan, marks: r.marks, includeIDs: r.includeIDs).utf8)
    }
}

/// The Markdown table (PlanFormats).
public struct MarkdownExporter: Exporter {
    public let name = "markdown", fileExtension = "md", isBinary = false
    public init() {}
    public func produce(_ r: ExportRequest) throws -> Data {
        Data(MarkdownExport.markdown(plan: r.plan, marks: r.marks, includeIDs: r.includeIDs).utf8)
    }
}

/// The plan file layout (PlanModel), readable by `rencana` as a plan; with a realisation, the plan and its
/// `realisation` section (RealisationExport), which is not a plan file any more.
public struct JSONExporter: Exporter {
    public let name = "json", fileExtension = "json", isBinary = false
    public var supportsRealisation: Bool { true }
    public init() {}
    public func produce(_ r: ExportRequest) throws -> Data {
        if let realisation = r.realisation {
            return Data(RealisationExport.json(plan: r.plan, marks: r.marks, realisation: realisation).utf8)
        }
        return Data(PlanEncoder.json(r.plan, marks: r.marks).utf8)
    }
}

/// The LAMPIRAN as an Excel workbook (PlanXlsx).
public struct XlsxExporter: Exporter {
    public let name = "xlsx", fileExtension = "xlsx", isBinary = true
    public init() {}
    public func produce(_ r: ExportRequest) throws -> Data {
        try LampiranWorkbook.data(r.lampiran)
    }
}

/// The LAMPIRAN as a print-ready HTML page (PlanDocuments): text, so it may go to a pipe or a terminal.
public struct HTMLExporter: Exporter {
    public let name = "html", fileExtension = "html", isBinary = false
    public init() {}
    public func produce(_ r: ExportRequest) throws -> Data {
        Data(LampiranHTML.html(r.lampiran).utf8)
    }
}

extension ExportRequest {
    /// The LAMPIRAN this request prints.
    public var lampiran: Lampiran {
        Lampiran(plan: plan, marks: marks, paper: paper, salinan: salinan, numberFirstPage: numberFirstPage)
    }
}
