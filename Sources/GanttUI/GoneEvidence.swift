import PlanModel

/// Evidence whose file has gone is kurang bukti in the dashboard as in `rencana progress` and the report (issue 20).
/// The state does no file I/O of its own: the opener gives it the check (`EvidenceCheck.goneFiles` from the plan's
/// folder), run once here and again only when the year's evidence changes (`takeYear`), never per key or frame.
extension AppState {
    /// Takes the file check, runs it on the year's evidence and counts the shown progress without what is gone.
    public mutating func checkFiles(with check: @escaping @Sendable (Realisation) -> Set<String>) {
        goneFileCheck = check
        checkEvidenceFiles()
        discountProgress()
    }

    /// Runs the check again on the year's evidence (none without a check).
    mutating func checkEvidenceFiles() {
        goneEvidence = goneFileCheck?(year.realisation) ?? []
    }
}
