/// The kinds of journal versions 1 and 2, which are `Change`'s own cases (their replay is the hot path and
/// each is dispatched in Journal.swift, YearState.swift, EntryReach.swift, EntryCoding.swift and the PlanStore
/// reader and writer). Declared here by name and keys, with samples, so the schema test, the round-trip tests
/// and the snapshot's format number cover them as they cover a kind declared in its own file.
extension JournalKinds {
    /// One built-in kind: its name, the state file version that has it, its keys after `kind` in the order
    /// written (optional ones included), and sample changes for the round-trip tests.
    package struct BuiltIn {
        package let name: String
        package let version: Int
        package let fields: [String]
        package let samples: [Change]
    }

    private static let cell = ["row", "month", "old", "new"]
    private static let evidence = Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .notulen,
                                           title: "Notulen \"rapat\"", number: "12/2022", date: "2022-02-03",
                                           location: .file("bukti/notulen.pdf"))
    private static let linked = Evidence(id: "e-ba9876543210", row: "1.1.1.1", kind: .tautan, title: "Situs",
                                         location: .url("https://example.org/a?b=c"))
    private static let target = "0123456789abcdef0123456789abcdef"

    /// Every built-in kind, in the order of docs/STATE-V2.md.
    package static let builtIn: [BuiltIn] = [
        BuiltIn(name: "set", version: 1, fields: cell,
                samples: [.set(MarkChange(row: "1.1.1.1", month: .jan, old: false, new: true))]),
        BuiltIn(name: "undo", version: 1, fields: ["undoes", "target"] + cell,
                samples: [.undo(Step(undoes: 3, target: target)),
                          .undo(Step(undoes: 2, target: nil, mark: MarkChange(row: "1.1.1.2", month: .des, old: true, new: false))),
                          .undo(Step(undoes: 2, target: target, mark: MarkChange(row: "1.1.1.2", month: .des, old: true, new: false)))]),
        BuiltIn(name: "redo", version: 1, fields: ["undoes", "target"] + cell,
                samples: [.redo(Step(undoes: 3, target: target)),
                          .redo(Step(undoes: 2, target: target, mark: MarkChange(row: "1.1.1.2", month: .des, old: false, new: true)))]),
        BuiltIn(name: "status", version: 2, fields: cell,
                samples: [.status(row: "1.1.1.1", month: .jan, old: nil, new: .done),
                          .status(row: "1.1.1.1", month: .mar, old: .partly, new: .moved(.apr)),
                          .status(row: "r-0123456789ab", month: .okt, old: .missed, new: nil)]),
        BuiltIn(name: "date", version: 2, fields: cell,
                samples: [.date(row: "1.1.1.1", month: .jan, old: "", new: "2022-01-20")]),
        BuiltIn(name: "note", version: 2, fields: cell,
                samples: [.note(row: "1.1.1.1", month: .jan, old: "lama", new: "baru \"kutip\"\n\u{1B}[2J é")]),
        BuiltIn(name: "pj", version: 2, fields: ["row", "old", "new"],
                samples: [.pj(row: "1.1.1.1", old: "", new: "Subbag Hukum")]),
        BuiltIn(name: "evidence-add", version: 2, fields: ["evidence"],
                samples: [.evidenceAdd(evidence), .evidenceAdd(linked)]),
        BuiltIn(name: "evidence-remove", version: 2, fields: ["evidence"],
                samples: [.evidenceRemove(evidence)]),
        BuiltIn(name: "review", version: 2, fields: ["row", "tw", "field", "old", "new"],
                samples: ReviewField.allCases.map { .review(row: "1.1.1.1", tw: 2, field: $0, old: "", new: $0 == .tenggat ? "2022-04-15" : "x") }),
        BuiltIn(name: "signer", version: 2, fields: ["field", "old", "new"],
                samples: SignerField.allCases.map { .signer(field: $0, old: "a", new: "b") }),
        BuiltIn(name: "edit", version: 2, fields: ["row", "field", "old", "new"],
                samples: PlanTextField.allCases.map { .edit(row: "1.1.1.1", field: $0, old: "lama", new: "baru") }),
        BuiltIn(name: "document", version: 2, fields: ["field", "old", "new"],
                samples: DocumentField.allCases.map { .document(field: $0, old: "a", new: $0 == .year ? "2023" : "b") }),
        BuiltIn(name: "add", version: 2,
                fields: ["row", "after", "before", "level", "text", "months", "ket", "sub", "kegiatan", "area"],
                samples: [.add(RowAddition(row: "r-0123456789ab", anchor: .after("1.1.1.1"), text: "baru", months: MonthSet([.jan, .des]))),
                          .add(RowAddition(row: "r-0123456789ac", anchor: .before("1.1.1.1"), level: .area, text: "t", ket: "k",
                                           sub: "s", kegiatan: "g", area: "a")),
                          .add(RowAddition(row: "r-0123456789ad", anchor: nil, level: .sub, text: "t", sub: "s"))]),
        BuiltIn(name: "remove", version: 2, fields: ["rows", "level", "snapshot", "after", "before"],
                samples: [.remove(RowRemoval(rows: ["1.1.1.1"], snapshot: .indikator(Indicator(id: "1.1.1.1", text: "SK", months: MonthSet([.jan]))),
                                             anchor: .before("1.1.1.2"))),
                          .remove(RowRemoval(rows: ["1.1.1.1", "1.1.1.2"], snapshot: .sub(SubKegiatan(title: "S", indicators: [
                              Indicator(id: "1.1.1.1", text: "a", months: MonthSet()), Indicator(id: "1.1.1.2", text: "b", months: MonthSet([.mei]), ket: "k")])),
                                             anchor: .after("1.2.1.1"))),
                          .remove(RowRemoval(rows: ["1.1.1.1"], snapshot: .area(ChangeArea(number: 0, name: "A", kegiatan: [
                              Kegiatan(title: "K", subKegiatan: [SubKegiatan(title: "S", indicators: [Indicator(id: "1.1.1.1", text: "a", months: MonthSet())])])])),
                                             anchor: nil))]),
        BuiltIn(name: "move", version: 2, fields: ["row", "level", "direction", "to", "from"],
                samples: [.move(RowMove(row: "1.1.1.1", level: .kegiatan, direction: .up)),
                          .move(RowMove(row: "1.1.1.1", level: .indikator, direction: .down)),
                          .move(RowMove(row: "1.1.1.1", level: .indikator, direction: .to(.after("2.1.1.1"), from: .before("1.1.1.2"))))]),
    ]

    /// Sample changes of every kind, built-in and declared (for the round-trip tests).
    package static var samples: [Change] {
        builtIn.flatMap(\.samples) + declared.flatMap { kind in kind.changeSamples }
    }
}

extension JournalKindPayload {
    /// This kind's samples as changes.
    static var changeSamples: [Change] { samples.map { .declared(DeclaredChange($0)) } }
}
