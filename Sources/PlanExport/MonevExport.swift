import Foundation
import PlanDocuments
import PlanXlsx

/// One output format of `rencana report`: the Laporan Monev drawn from one `MonevReport` value
/// (PlanDocuments for text and html, PlanXlsx for the workbook), so every format shows the same figures.
public protocol ReportExporter: OutputFormat {
    /// The report's bytes.
    func produce(_ report: MonevReport) throws -> Data
}

/// Every report format, in the order `--help` lists them.
public enum ReportExporters {
    public static let all: [any ReportExporter] = [MonevXlsxExporter(), MonevHTMLExporter(), MonevMarkdownExporter(),
                                                   MonevCSVExporter()]

    /// The exporter for a `--format` word (`md` is markdown), any case: `FormatChoices.report`'s rule.
    public static func named(_ word: String) -> (any ReportExporter)? {
        FormatChoices.report.named(word).flatMap { name in all.first { $0.name == name } }
    }
}

/// The report as an Excel workbook (PlanXlsx).
public struct MonevXlsxExporter: ReportExporter {
    public let name = "xlsx", fileExtension = "xlsx", isBinary = true
    public init() {}
    public func produce(_ report: MonevReport) throws -> Data { try MonevWorkbook.data(report) }
}

/// The report as a print-ready HTML page.
public struct MonevHTMLExporter: ReportExporter {
    public let name = "html", fileExtension = "html", isBinary = false
    public init() {}
    public func produce(_ report: MonevReport) throws -> Data { Data(MonevReportHTML.html(report).utf8) }
}

/// The report as Markdown tables.
public struct MonevMarkdownExporter: ReportExporter {
    public let name = "markdown", fileExtension = "md", isBinary = false
    public init() {}
    public func produce(_ report: MonevReport) throws -> Data { Data(MonevReportText.markdown(report).utf8) }
}

/// The report's indicator table as CSV.
public struct MonevCSVExporter: ReportExporter {
    public let name = "csv", fileExtension = "csv", isBinary = false
    public init() {}
    public func produce(_ report: MonevReport) throws -> Data { Data(MonevReportText.csv(report).utf8) }
}
