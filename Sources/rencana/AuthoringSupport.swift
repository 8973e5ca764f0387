import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

extension PlanLevel: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

/// What the commands that write the plan share: checking texts, parsing months, saying what was saved.
enum Authoring {
    /// Refuses (exit 64) an empty or whitespace-only text where the plan format needs one, and an overlong one.
    static func check(_ text: String, column: String, required: Bool) throws {
        if required && text.allSatisfy(\.isWhitespace) {
            throw Console.fail(Text.Command.usage(Text.Authoring.mustNotBeEmpty(column)), code: 64)
        }
        if text.count > StateStore.maxTextLength {
            throw Console.fail(Text.Command.usage(Text.State.textTooLong(key: column, limit: StateStore.maxTextLength)), code: 64)
        }
    }

    /// `Jan,Mar,Des` or `1,3,12` (any month spelling `rencana` accepts); empty for none.
    static func months(_ text: String?) throws -> MonthSet {
        guard let text else { return MonthSet() }
        var set = MonthSet()
        for part in text.split(separator: ",", omittingEmptySubsequences: true) {
            let word = part.trimmingCharacters(in: .whitespaces)
            guard let month = Month(parsing: word) else {
                throw Console.fail(Text.Command.usage(Text.Authoring.badMonths(word)), code: 64)
            }
            set.insert(month)
        }
        return set
    }

    /// The row must be in the current plan: one line and exit 1 otherwise.
    static func requireRow(_ row: String, in store: StateStore) throws -> RowID {
        let id = RowID(row)
        guard store.plan.rowIndex(of: id) != nil else { throw Console.fail(Text.State.noSuchRow(TerminalText.safe(row, limit: 200))) }
        return id
    }

    /// Prints a saved entry in the words of `rencana log`.
    static func printSaved(_ entry: JournalEntry, in store: StateStore) {
        print(TerminalText.safe(Text.Authoring.saved(ChangeWords.describe(entry.change, in: store.state), seq: entry.seq)))
    }

    /// Runs a store call, turning its error into one line and exit 1.
    static func saving<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Console.fail(error.description)
        }
    }
}
