/// Interface strings about reading and writing files: short phrases saying why a file cannot be used.
extension Text {
    public enum Files {
        public static var isDirectory: String { pick("is a directory, not a file", id: "adalah direktori, bukan berkas") }
        public static var notRegular: String {
            pick("is not a regular file (a pipe, device or socket)",
                 id: "bukan berkas biasa (pipa, perangkat, atau soket)")
        }
        /// A "regular" file whose reading waits for data (/proc/kmsg).
        public static var waitsForData: String {
            pick("is not a plain file (reading it waits for data)",
                 id: "bukan berkas biasa (membacanya menunggu data)")
        }
        public static func tooLarge(megabytes: Int, limit: Int) -> String {
            pick("is too large (\(megabytes) MB; the limit is \(limit) MB)",
                 id: "terlalu besar (\(megabytes) MB; batasnya \(limit) MB)")
        }

        public static func tooLargeForMemory(neededMB: Int, availableMB: Int) -> String {
            pick("is too large for the memory available (needs about \(neededMB) MB, \(availableMB) MB is available)",
                 id: "terlalu besar untuk memori yang tersedia (memerlukan sekitar \(neededMB) MB, tersedia \(availableMB) MB)")
        }

        // MARK: errno phrases

        public static var noSuchFile: String { pick("no such file", id: "berkas tidak ada") }
        public static var permissionDenied: String { pick("permission denied", id: "izin ditolak") }
        public static var symlinkLoop: String {
            pick("too many levels of symbolic links (a symlink loop?)",
                 id: "terlalu banyak tingkat tautan simbolik (tautan berputar?)")
        }
        public static var notDirectoryInPath: String {
            pick("a part of the path is not a directory",
                 id: "sebagian jalurnya bukan direktori")
        }
        public static var pathTooLong: String { pick("the path is too long", id: "jalurnya terlalu panjang") }
        public static var noSpace: String { pick("no space left on the device", id: "ruang penyimpanan perangkat penuh") }
        public static var readOnly: String { pick("the file system is read-only", id: "sistem berkas hanya-baca") }
        public static var quotaExceeded: String { pick("disk quota exceeded", id: "kuota disk terlampaui") }
        public static var ioError: String { pick("input/output error", id: "kesalahan masukan/keluaran") }
        /// ENXIO: nothing behind the name to read from.
        public static var noDevice: String {
            pick("is not a regular file (a socket, or a device with nothing behind it)",
                 id: "bukan berkas biasa (soket, atau perangkat yang tidak terhubung ke apa pun)")
        }
    }
}
