import Foundation
import PlanDocuments
import PlanXlsx

/// The Laporan Monev's four formats, behind one call: the command picks a format, the renderers
/// (PlanDocuments for text and html, PlanXlsx for the workbook) draw the same report value.
public enum MonevExport {
    public enum Format: String, CaseIterable, Sendable {
        case xlsx, html, markdown, csv
        /// A workbook is binary and never goes to a terminal.
        public var isBinary: Bool { self == .xlsx }
    }

    /// The report's bytes in `format`.
    public static func data(_ report: MonevReport, format: Format) throws -> Data {
        switch format {
        case .xlsx: try MonevWorkbook.data(report)
        case .html: Data(MonevReportHTML.html(report).utf8)
        case .markdown: Data(MonevReportText.markdown(report).utf8)
        case .csv: Data(MonevReportText.csv(report).utf8)
        }
    }
}
