/// The one rule for row ids, shared by the plan decoder, the journal writer and the journal reader, so a
/// plan can never hold an id that its own journal would refuse (issue 19, "the journal is strict and whole").
extension RowID {
    /// The longest row id, in characters.
    public static let maxLength = 64

    /// Whether `text` is a usable row id: 1–64 characters, no whitespace, no controls (C0, DEL, C1) and no
    /// bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069).
    public static func isUsable(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty else { return false }
        // Plain ASCII (every id rencana makes) is decided on the bytes.
        if utf8.count <= maxLength, utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) { return true }
        guard utf8.count <= maxLength || text.count <= maxLength else { return false }
        return !text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return v <= 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || scalar.properties.isWhitespace
        }
    }

    /// Whether this id is usable (`isUsable`).
    public var isUsable: Bool { RowID.isUsable(rawValue) }
}
