/// Strings of the team journal's safety checks (issue 22: hostile entries refused by a merge).
extension Text.Team {
    /// An entry that would not read back as written (a forged field the writer would escape differently).
    public static let wouldNotReadBack = "this entry would not read back as written"
    /// A merge refused because of one entry: why, and that nothing was merged.
    public static func refusedEntry(_ why: String) -> String { "\(why); nothing was merged" }
}

extension Text.Team {
    /// What the hidden `rencana debug-merge` did (for the process tests).
    public static func debugMerged(added: Int, known: Int, rewrote: Bool, conflicts: Int) -> String {
        "\(added) new entries, \(known) already held; journal \(added == 0 ? "unchanged" : rewrote ? "rewritten" : "appended"); "
            + "\(conflicts) values in conflict"
    }
}
