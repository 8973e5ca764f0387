/// Interface strings about writing `--out` files (see PlanStore's `OutputFile`).
extension Text {
    public enum Output {
        /// One line: the path as given, then why it was not written.
        public static func refused(_ path: String, _ reason: String) -> String { "\(path): not written: \(reason)" }
        public static let isDirectory = "is a directory; give a file name for --out (--force never replaces a folder)"
        public static let isSymlink = "is a symbolic link; give the real file's path (--force never follows or replaces a link)"
        public static let notRegular = "is not a regular file (a device, pipe or socket); --force never replaces one"
        public static let isPlanOrState = "is the plan being read or its state file; choose another --out file"
        public static let noFolder = "its folder does not exist"
    }
}
