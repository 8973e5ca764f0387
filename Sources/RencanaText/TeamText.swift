/// Interface strings of team work (issue 22): device ids, merging entries, conflicts, bundles, the team folder.
extension Text {
    public enum Team {}
}

extension Text.State {
    public static var badSeen: String { Text.pick("\"seen\" must be a list of at most 64 entry ids", id: "\"seen\" harus daftar paling banyak 64 id entri") }
}

extension Text.Team {
    /// The same id with other content: a damaged or forged entry.
    public static func sameIDOtherContent(id: String, here: String, there: String) -> String {
        Text.pick("entry \(id) differs from the entry with the same id in \(here); \(there) is damaged or forged, nothing was merged",
                  id: "entri \(id) berbeda dari entri ber-id sama di \(here); \(there) rusak atau dipalsukan, tidak ada yang digabungkan")
    }
    public static func duplicateID(_ id: String) -> String {
        Text.pick("entry \(id) appears twice; nothing was merged",
                  id: "entri \(id) muncul dua kali; tidak ada yang digabungkan")
    }
    public static func notTeamEntry(_ id: String) -> String {
        Text.pick("entry \(id) has no \"device\" and \"clock\": only entries written for a team can be merged", id: "entri \(id) tidak memiliki \"device\" dan \"clock\": hanya entri yang ditulis untuk tim yang dapat digabungkan")
    }
    public static func clockFromFuture(_ id: String, clock: Int, highest: Int) -> String {
        Text.pick("entry \(id) has clock \(clock), beyond what its laptop can have seen (\(highest)); nothing was merged",
                  id: "entri \(id) memiliki jam \(clock), melampaui yang mungkin dilihat laptopnya (\(highest)); tidak ada yang digabungkan")
    }
    public static func cannotRewrite(_ why: String) -> String {
        Text.pick("could not write the merged journal: \(why)",
                  id: "jurnal hasil gabungan tidak dapat ditulis: \(why)")
    }
    public static var noDeviceFolder: String {
        Text.pick("cannot keep this laptop's device id",
                  id: "id perangkat laptop ini tidak dapat disimpan")
    }
    public static func deviceFileProblem(_ path: String, _ why: String) -> String {
        Text.pick("\(path): \(why); set RENCANA_DEVICE or fix the folder so this laptop keeps one device id",
                  id: "\(path): \(why); atur RENCANA_DEVICE atau perbaiki foldernya agar laptop ini tetap memiliki satu id perangkat")
    }
    /// Undo of a change that a colleague has since overwritten: refused, naming who and when.
    public static func overwrittenSince(by: String, at: String) -> String {
        Text.pick("nothing undone: \(by) changed that value since (\(at)); to have yours back, set it again yourself (`rencana log` shows what it was)",
                  id: "tidak ada yang diurungkan: \(by) telah mengubah nilai itu sesudahnya (\(at)); untuk mengembalikan nilai Anda, ubah sendiri lagi (`rencana log` menunjukkan nilai sebelumnya)")
    }
}

extension Text.Team {
    /// `rencana undo`'s and `redo`'s help: what "yours" means in a team.
    public static var undoDiscussion: String {
        Text.pick("""
            In a team (docs/TEAM.md) undo takes back this laptop's latest change that is not yet undone, never a \
            colleague's, and redo puts back this laptop's latest undone change. Undoing or redoing a change whose value a \
            colleague has since changed is refused, naming who and when: change the value again yourself, or choose \
            between the values with `rencana conflicts`.
            """, id: """
            Dalam tim (docs/TEAM.md) undo mengurungkan perubahan terakhir laptop ini yang belum diurungkan, bukan milik \
            rekan, dan redo mengulangi perubahan terakhir laptop ini yang diurungkan. Mengurungkan atau mengulangi perubahan \
            yang nilainya sudah diubah rekan sesudahnya ditolak, dengan menyebut siapa dan kapan: ubah sendiri nilainya lagi, \
            atau pilih di antara nilai-nilai itu dengan `rencana conflicts`.
            """)
    }
    public static func notAConflictWrite(_ id: String) -> String {
        Text.pick("entry \(id) is not one of the values of a conflict (see `rencana conflicts`)",
                  id: "entri \(id) bukan salah satu nilai sebuah konflik (lihat `rencana conflicts`)")
    }
}
