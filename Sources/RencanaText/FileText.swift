/// Interface strings about reading and writing files: short phrases saying why a file cannot be used.
extension Text {
    public enum Files {
        public static let isDirectory = "is a directory, not a file"
        public static let notRegular = "is not a regular file (a pipe, device or socket)"
        /// A "regular" file whose reading waits for data (/proc/kmsg).
        public static let waitsForData = "is not a plain file (reading it waits for data)"
        public static func tooLarge(megabytes: Int, limit: Int) -> String {
            "is too large (\(megabytes) MB; the limit is \(limit) MB)"
        }

        public static func tooLargeForMemory(neededMB: Int, availableMB: Int) -> String {
            "is too large for the memory available (needs about \(neededMB) MB, \(availableMB) MB is available)"
        }

        // MARK: errno phrases

        public static let noSuchFile = "no such file"
        public static let permissionDenied = "permission denied"
        public static let symlinkLoop = "too many levels of symbolic links (a symlink loop?)"
        public static let notDirectoryInPath = "a part of the path is not a directory"
        public static let pathTooLong = "the path is too long"
        public static let noSpace = "no space left on the device"
        public static let readOnly = "the file system is read-only"
        public static let quotaExceeded = "disk quota exceeded"
        public static let ioError = "input/output error"
        /// ENXIO: nothing behind the name to read from.
        public static let noDevice = "is not a regular file (a socket, or a device with nothing behind it)"
    }
}
