import PlanExport
import PlanFormats
import XCTest

/// Issue 19, "`--format` lists written once": each command's words come from the exporter lists or the one table,
/// and a word is taken by the same rule the exporters are looked up by.
final class FormatChoicesTests: XCTestCase {
    func testTheExporterCommandsTakeTheirWordsFromTheExporterLists() {
        XCTAssertEqual(FormatChoices.export.words, Exporters.all.map(\.name))
        XCTAssertEqual(FormatChoices.report.words, ReportExporters.all.map(\.name))
        XCTAssertEqual(FormatChoices.diff.words, DiffFormat.allCases.map(\.rawValue))
        XCTAssertEqual(FormatChoices.export.valueName, "csv|markdown|json|xlsx|html")
        XCTAssertEqual(FormatChoices.report.valueName, "xlsx|html|markdown|csv")
    }

    func testEveryWordIsTakenAndNothingElse() {
        for choice in [FormatChoices.export, FormatChoices.report, FormatChoices.progress, FormatChoices.diff, FormatChoices.conflicts,
                       FormatChoices.rollup, FormatChoices.rollupRecap] {
            for word in choice.words { XCTAssertEqual(choice.named(word), word) }
            XCTAssertNil(choice.named("pdf"))
            XCTAssertNil(choice.named(""))
        }
        XCTAssertEqual(FormatChoices.export.named("MD"), "markdown")
        XCTAssertEqual(Exporters.named("Md")?.name, "markdown")
        XCTAssertEqual(ReportExporters.named("XLSX")?.name, "xlsx")
        XCTAssertNil(FormatChoices.progress.named("CSV"), "progress takes its words as written, as before")
        XCTAssertTrue(FormatChoices.rollupRecap.words.allSatisfy(FormatChoices.rollup.words.contains))
    }
}
