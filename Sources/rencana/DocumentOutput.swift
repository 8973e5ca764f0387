import Foundation
import PlanExport
import PlanStore
import RencanaText

/// Where `export` and `report` put what they made: one `--out` rule for every format.
enum DocumentOutput {
    /// Refuses a binary format bound for a terminal's standard output, with the hint to use `--out` (exit 64).
    /// Called before anything is read, so the refusal is immediate.
    /// `--out -` is standard output, as no `--out` is.
    static func checkDestination(_ format: some OutputFormat, out: String?) throws {
        let out = out == "-" ? nil : out
        if out == nil, format.isBinary, Console.isTerminal {
            throw Console.fail(Text.Documents.binaryOnTerminal(format.name), code: 64)
        }
    }

    /// Writes `data` to `out` through `OutputFile` (a temporary file renamed over the target, never the plan
    /// or its state file, refused when it exists without `force`), or to standard output when `out` is nil (shown
    /// safely there when it is a terminal, see `Console.writeOutput`).
    static func deliver(_ data: Data, out: String?, force: Bool, plan: String, stateOptions: StateOptions) throws {
        guard let out, out != "-" else {
            Console.writeOutput(data)
            return
        }
        do {
            try OutputFile.write(data, to: out, force: force, protecting: [plan, stateOptions.url(forPlan: plan).path])
        } catch {
            throw Console.fail(error.message)
        }
    }
}
