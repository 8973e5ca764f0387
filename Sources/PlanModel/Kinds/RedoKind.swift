/// `redo`: puts its target entry again (what it shares with `undo` is `StepKind`, in UndoKind.swift).
public struct RedoChange: StepKind {
    public var step: Step
    public init(_ step: Step) { self.step = step }
    static let isUndo = false
    package static let name = "redo"
    package static var samples: [RedoChange] {
        [RedoChange(Step(undoes: 3, target: sampleTarget)),
         RedoChange(Step(undoes: 2, target: sampleTarget, mark: MarkChange(row: "1.1.1.2", month: .des, old: false, new: true)))]
    }
    package var change: Change { .redo(step) }
    package func reach(in year: YearState) -> EntryReach { resolved(in: year)?.reach(forward: true) ?? .nothing }
}
