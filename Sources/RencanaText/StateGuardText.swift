/// Interface strings for the state file's guards (PlanStore's `StateFileGuard`).
extension Text {
    public enum StateGuard {
        public static var isSymlink: String {
            pick("is a symbolic link; Rencana does not follow a link for its state file (give the real path with --state)",
                 id: "adalah tautan simbolik; Rencana tidak mengikuti tautan untuk berkas state-nya (beri jalur aslinya dengan --state)")
        }
        public static var notRegular: String {
            pick("is not a regular file (a directory, device, pipe or socket); give a state file's path with --state",
                 id: "bukan berkas biasa (direktori, perangkat, pipa, atau soket); beri jalur berkas state dengan --state")
        }
        public static var notAStateFile: String {
            pick("is not a Rencana state file (its first line is not a state header); it was left untouched",
                 id: "bukan berkas state Rencana (baris pertamanya bukan kepala state); berkas dibiarkan apa adanya")
        }
        public static var isThePlan: String {
            pick("is the plan file itself; a plan cannot be its own state (give another --state path)",
                 id: "adalah berkas rencana itu sendiri; rencana tidak dapat menjadi state-nya sendiri (beri jalur --state lain)")
        }
        public static func foreignOwner(uid: UInt32, gid: UInt32) -> String {
            foreignOwnerStart + pick(" (uid \(uid), gid \(gid)) and shares no group with you; it was left untouched",
                                     id: " (uid \(uid), gid \(gid)) dan tidak segrup dengan Anda; berkas dibiarkan apa adanya")
        }
        /// How `foreignOwner` begins (`StateFileGuard.resetMayHelp` tells that refusal by it).
        public static var foreignOwnerStart: String { pick("belongs to another user", id: "milik pengguna lain") }
        public static func waiting(_ path: String) -> String {
            pick("waiting for \(path) (locked by another process)…",
                 id: "menunggu \(path) (dikunci oleh proses lain)…")
        }
        public static func lockedTooLong(seconds: Int) -> String {
            pick("the state file is locked by another process (waited \(seconds) s); try again when it is done",
                 id: "berkas state dikunci oleh proses lain (sudah menunggu \(seconds) detik); coba lagi setelah selesai")
        }
        /// The dashboard's status line when a save must wait for another process's lock.
        public static var lockedNow: String {
            pick("the state file is locked by another process",
                 id: "berkas state dikunci oleh proses lain")
        }
    }
}
