import PlanModel
import Foundation

/// The current plan's progress read from a fresh snapshot (and its progress sidecar) without a restore: what
/// `rencana progress` and the dashboard's open need of the cache (docs/STATE-V2.md, "Snapshot cache").
extension StateSnapshot {
    /// The current plan's progress from a fresh snapshot, without reading its entries or its realisation: when
    /// it holds the whole state file, or when the progress sidecar brings it up to the state file's end (the rows
    /// changed after it); nil otherwise. With `texts` false the plan is an outline (`PlanCoding.plan(from:texts:)`):
    /// enough for progress by area or kegiatan.
    public static func progress(planPath: String, stateURL: URL, texts: Bool = true) -> ProgressTracker? {
        cachedProgress(planPath: planPath, stateURL: stateURL, texts: texts, files: false)?.tracker
    }

    /// `progress(planPath:stateURL:texts:)` with, when `files`, the file evidence the tracker counts as of the state
    /// file's end (the snapshot's, those of the rows the sidecar changed put in their place), for the gone-file
    /// check without a restore; nil when either cannot be read.
    public static func cachedProgress(planPath: String, stateURL: URL, texts: Bool = true,
                                      files wantsFiles: Bool) -> (tracker: ProgressTracker, files: [FileEvidence])? {
        guard let fresh = openFresh(planPath: planPath, stateURL: stateURL) else { return nil }
        var changed = ProgressSidecar.Contents()
        if fresh.stateSize != fresh.header.journal.bytes {
            guard let edges = stateEdges(stateURL, length: fresh.stateSize),
                  let contents = ProgressSidecar.contents(forState: stateURL, base: fresh.header.checksum,
                                                          covered: fresh.stateSize, edges: edges) else { return nil }
            changed = contents
        }
        let changedRows = changed.rows
        let plan: Plan?
        if fresh.header.sections[Section.current.rawValue].length > 1 {
            plan = fresh.decode(.current) { (r) throws(ByteDecodingError) in
                try YearState.currentPlan(signed: Plan(document: DocumentInfo(title: "", year: 0), areas: []), from: &r, texts: texts)
            }
        } else {
            plan = fresh.signedPlan(texts: texts)
        }
        guard let plan,
              var tracker = fresh.decode(.progress, { (r) throws(ByteDecodingError) in try ProgressTracker(plan: plan, from: &r) }),
              changedRows.allSatisfy({ plan.rows.indices.contains($0.row) }) else { return nil }
        for values in changedRows { tracker.replace(values) }
        guard wantsFiles, tracker.holdsFileEvidence else { return (tracker, []) }  // no file counted: none to check
        guard var files = fresh.decode(.files, { (r) throws(ByteDecodingError) in
                  try FileEvidence.read(from: &r, rows: plan.rows.count)
              }), changed.fileRows.allSatisfy(plan.rows.indices.contains) else { return nil }
        // The sidecar holds every file piece of the rows where one came or went: they replace the snapshot's there.
        if !changed.fileRows.isEmpty {
            let rows = Set(changed.fileRows)
            files.removeAll { rows.contains($0.row) }
            files += changed.files
        }
        return (tracker, files)
    }

    /// The progress tracker of a fresh snapshot over `plan`, which the caller vouches is the plan of the state the
    /// snapshot holds, and the length of the journal prefix it is for; nil without a fresh snapshot.
    static func tracker(planPath: String, stateURL: URL, plan: Plan) -> (tracker: ProgressTracker, journalBytes: Int)? {
        guard let fresh = openFresh(planPath: planPath, stateURL: stateURL),
              let tracker = fresh.decode(.progress, { (r) throws(ByteDecodingError) in try ProgressTracker(plan: plan, from: &r) })
        else { return nil }
        return (tracker, fresh.header.journal.bytes)
    }
}
