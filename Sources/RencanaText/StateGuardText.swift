/// Interface strings for the state file's guards (PlanStore's `StateFileGuard`).
extension Text {
    public enum StateGuard {
        public static let isSymlink = "is a symbolic link; Rencana does not follow a link for its state file (give the real path with --state)"
        public static let notRegular = "is not a regular file (a directory, device, pipe or socket); give a state file's path with --state"
        public static let notAStateFile = "is not a Rencana state file (its first line is not a state header); it was left untouched"
        public static let isThePlan = "is the plan file itself; a plan cannot be its own state (give another --state path)"
        public static func foreignOwner(uid: UInt32, gid: UInt32) -> String {
            "belongs to another user (uid \(uid), gid \(gid)) and shares no group with you; it was left untouched"
        }
        public static func waiting(_ path: String) -> String { "waiting for \(path) (locked by another process)…" }
        public static func lockedTooLong(seconds: Int) -> String {
            "the state file is locked by another process (waited \(seconds) s); try again when it is done"
        }
        /// The dashboard's status line when a save must wait for another process's lock.
        public static let lockedNow = "the state file is locked by another process"
    }
}
