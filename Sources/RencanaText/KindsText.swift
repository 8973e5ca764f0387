extension Text.State {
    /// An entry that would not read back as written (the writer's last check before the first byte is written).
    public static func wouldNotReadBack(kind: String) -> String {
        "a \"\(kind)\" entry would not read back as written; nothing was saved"
    }
}

extension Text.State {
    /// A row id refused by the one rule of plan.json and the journal (`RowID.isUsable`).
    public static func badRowID(key: String) -> String {
        "\"\(key)\" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides"
    }
}
