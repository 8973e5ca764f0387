/// Strings of the team journal's safety checks (issue 22: hostile entries refused by a merge).
extension Text.Team {
    /// An entry that would not read back as written (a forged field the writer would escape differently).
    public static var wouldNotReadBack: String {
        Text.pick("this entry would not read back as written",
                  id: "entri ini tidak akan terbaca kembali seperti ditulis")
    }
    /// A merge refused because of one entry: why, and that nothing was merged.
    public static func refusedEntry(_ why: String) -> String {
        Text.pick("\(why); nothing was merged",
                  id: "\(why); tidak ada yang digabungkan")
    }
}

extension Text.Team {
    /// What the hidden `rencana debug-merge` did (for the process tests).
    public static func debugMerged(added: Int, known: Int, rewrote: Bool, conflicts: Int) -> String {
        Text.pick("\(added) new entries, \(known) already held; journal \(added == 0 ? "unchanged" : rewrote ? "rewritten" : "appended"); "
                      + "\(conflicts) values in conflict",
                  id: "\(added) entri baru, \(known) sudah ada; jurnal \(added == 0 ? "tidak berubah" : rewrote ? "ditulis ulang" : "ditambah"); "
                      + "\(conflicts) nilai berkonflik")
    }
}
