import Foundation
import PlanDocuments
import PlanXlsx

/// One format of `rencana rollup`'s signed recap (a document made from a `RollupRecap`).
public protocol RollupRecapExporter: OutputFormat {
    /// The recap's bytes.
    func produce(_ recap: RollupRecap) throws -> Data
}

/// The roll-up's formats, in the order `--help` lists them: its tables (made by PlanRollup's `RollupFormats`), then
/// its signed recap's exporters. `FormatChoices.rollup` and `FormatChoices.rollupRecap` are made from these lists.
public enum RollupExporters {
    /// The recap as tables: aligned text, CSV, JSON, JSON lines per cell.
    public static let tables = ["text", "csv", "json", "jsonl"]
    /// The signed recap as a document.
    public static let recap: [any RollupRecapExporter] = [RollupXlsxExporter(), RollupHTMLExporter()]

    /// The recap exporter for a `--format` word; nil for a table's word or none.
    public static func recapExporter(named word: String) -> (any RollupRecapExporter)? {
        FormatChoices.rollupRecap.named(word).flatMap { name in recap.first { $0.name == name } }
    }
}

/// The signed recap as an Excel workbook (PlanXlsx).
public struct RollupXlsxExporter: RollupRecapExporter {
    public let name = "xlsx", fileExtension = "xlsx", isBinary = true
    public init() {}
    public func produce(_ recap: RollupRecap) throws -> Data { try RollupWorkbook.data(recap) }
}

/// The signed recap as printable HTML (PlanDocuments).
public struct RollupHTMLExporter: RollupRecapExporter {
    public let name = "html", fileExtension = "html", isBinary = false
    public init() {}
    public func produce(_ recap: RollupRecap) throws -> Data { Data(RollupRecapHTML.html(recap).utf8) }
}
