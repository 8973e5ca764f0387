/// Interface strings about writing `--out` files (see PlanStore's `OutputFile`).
extension Text {
    public enum Output {
        /// One line: the path as given, then why it was not written.
        public static func refused(_ path: String, _ reason: String) -> String {
            pick("\(path): not written: \(reason)",
                 id: "\(path): tidak ditulis: \(reason)")
        }
        public static var isDirectory: String {
            pick("is a directory; give a file name for --out (--force never replaces a folder)",
                 id: "adalah direktori; beri nama berkas untuk --out (--force tidak pernah menimpa folder)")
        }
        public static var isSymlink: String {
            pick("is a symbolic link; give the real file's path (--force never follows or replaces a link)",
                 id: "adalah tautan simbolik; beri jalur berkas aslinya (--force tidak pernah mengikuti atau menimpa tautan)")
        }
        public static var notRegular: String {
            pick("is not a regular file (a device, pipe or socket); --force never replaces one",
                 id: "bukan berkas biasa (perangkat, pipa, atau soket); --force tidak pernah menimpanya")
        }
        public static var isPlanOrState: String {
            pick("is the plan being read or its state file; choose another --out file",
                 id: "adalah rencana yang sedang dibaca atau berkas state-nya; pilih berkas --out lain")
        }
        public static var noFolder: String { pick("its folder does not exist", id: "foldernya tidak ada") }
    }
}
