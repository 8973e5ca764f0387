import RencanaText

/// `evidence-remove`: a piece of evidence taken off the record (`Change.evidenceRemove` carries it; this is its kind).
public struct EvidenceRemoveChange: Equatable, Sendable {
    public var evidence: Evidence
    public init(_ evidence: Evidence) { self.evidence = evidence }
}

extension EvidenceRemoveChange: JournalKind {
    package static let name = "evidence-remove"
    package static let fields = ["evidence"]
    package static let version = 2
    package static var samples: [EvidenceRemoveChange] { [EvidenceRemoveChange(sampleEvidence)] }
    package var change: Change { .evidenceRemove(evidence) }

    package init(fields f: EntryFields) throws(EntryFieldProblem) { self.init(try f.evidence()) }

    package init?(line f: LineFields) {
        guard let evidence = f.evidence() else { return nil }
        self.init(evidence)
    }

    package func writeFields(to line: inout JSONLine) { line.evidence("evidence", evidence) }
    package func encode(to w: inout ByteWriter) { PlanCoding.write(evidence, to: &w) }
    package init(decoding r: inout ByteReader) throws(ByteDecodingError) { self.init(try PlanCoding.evidence(from: &r)) }
    package var entryRow: RowID? { evidence.row }

    package func apply(to year: inout YearState) -> Bool {
        if year.evidenceIDs.remove(evidence.id) != nil { year.realisation.evidence.removeAll { $0.id == evidence.id } }
        return true
    }

    package var inverse: Change? { .evidenceAdd(evidence) }
    package func reach(forward: Bool) -> EntryReach { .evidence(evidence, added: !forward) }

    package func words(in year: YearState) -> String {
        "\(evidence.row) " + Text.Journal.evidenceRemoved(evidence.id, evidence.kind.rawValue, ChangeClip.evidence(evidence))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.evidence, row: evidence.id), "-") }

    /// The evidence `id` taken off, against the year as it is.
    static func change(id: String, in year: inout YearState) throws(IntentRefusal) -> Change? {
        guard let evidence = year.realisation.evidence.first(where: { $0.id == id }) else {
            throw IntentRefusal(Text.State.noSuchEvidence(id), aboutJournal: true)
        }
        return .evidenceRemove(evidence)
    }
}
