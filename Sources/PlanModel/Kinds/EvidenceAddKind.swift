import RencanaText

/// `evidence-add`: a piece of evidence recorded (`Change.evidenceAdd` carries the evidence; this is its kind).
public struct EvidenceAddChange: Equatable, Sendable {
    public var evidence: Evidence
    public init(_ evidence: Evidence) { self.evidence = evidence }
}

/// Sample evidence for the round-trip tests of both evidence kinds.
let sampleEvidence = Evidence(id: "e-0123456789ab", row: "1.1.1.1", month: .feb, kind: .notulen, title: "Notulen \"rapat\"",
                              number: "12/2022", date: "2022-02-03", location: .file("bukti/notulen.pdf"))

extension EvidenceAddChange: JournalKind {
    package static let name = "evidence-add"
    package static let fields = ["evidence"]
    package static let version = 2
    package static var samples: [EvidenceAddChange] {
        [EvidenceAddChange(sampleEvidence),
         EvidenceAddChange(Evidence(id: "e-ba9876543210", row: "1.1.1.1", kind: .tautan, title: "Situs",
                                    location: .url("https://example.org/a?b=c")))]
    }
    package var change: Change { .evidenceAdd(evidence) }

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
        if year.evidenceIDs.insert(evidence.id).inserted { year.realisation.evidence.append(evidence) }
        return true
    }

    package var inverse: Change? { .evidenceRemove(evidence) }
    package func reach(forward: Bool) -> EntryReach { .evidence(evidence, added: forward) }

    package func words(in year: YearState) -> String {
        "\(evidence.row) " + Text.Journal.evidenceAdded(evidence.id, evidence.kind.rawValue, ChangeClip.evidence(evidence))
    }

    package var write: (key: ValueKey, value: String)? { (ValueKey(.evidence, row: evidence.id), "+") }

    // A conflict over a piece of evidence (present or not), whichever of the two evidence kinds wrote it.
    package static var valueKind: ValueKey.Kind? { .evidence }
    package static func conflictRow(_ conflict: Conflict, in year: YearState) -> RowID? { ConflictWords.evidence(of: conflict, in: year)?.row }
    package static func conflictMonth(_ conflict: Conflict, in year: YearState) -> Month? {
        ConflictWords.evidence(of: conflict, in: year)?.month
    }
    package static func conflictField(_ conflict: Conflict, in year: YearState) -> String {
        let owner = ConflictWords.evidence(of: conflict, in: year).map { "\($0.row) " } ?? ""
        return owner + Text.Conflict.evidenceLabel(conflict.key.row)
    }
    package static func conflictValue(_ text: String, of key: ValueKey, limit: Int) -> String {
        text == "+" ? Text.Conflict.evidencePresent : Text.Conflict.evidenceAbsent
    }

    /// `evidence` recorded, against the year as it is: an empty (or taken) id gets a new one.
    static func change(_ evidence: Evidence, ids: NewIDs, in year: inout YearState) throws(IntentRefusal) -> Change? {
        var evidence = evidence
        try year.needRow(evidence.row)
        for text in [evidence.title, evidence.number, evidence.date] { try year.needText(text, key: "evidence") }
        switch evidence.location {
        case .file(let path): try year.needText(path, key: "path")
        case .url(let url): try year.needText(url, key: "url")
        }
        if !evidence.id.isEmpty && !JournalEntry.isPlainID(evidence.id) { throw IntentRefusal(Text.State.badID(key: "id")) }
        if evidence.id.isEmpty || year.realisation.evidence.contains(where: { $0.id == evidence.id }) {
            repeat { evidence.id = ids.evidence() } while year.realisation.evidence.contains(where: { $0.id == evidence.id })
        }
        return .evidenceAdd(evidence)
    }
}
