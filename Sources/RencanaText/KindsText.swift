extension Text.State {
    /// An entry that would not read back as written (the writer's last check before the first byte is written).
    public static func wouldNotReadBack(kind: String) -> String {
        Text.pick("a \"\(kind)\" entry would not read back as written; nothing was saved", id: "entri \"\(kind)\" tidak akan terbaca kembali seperti ditulis; tidak ada yang disimpan")
    }
}

extension Text.State {
    /// A row id refused by the one rule of plan.json and the journal (`RowID.isUsable`).
    public static func badRowID(key: String) -> String {
        Text.pick("\"\(key)\" must be a row id: 1–64 characters, no spaces, control characters or bidirectional overrides", id: "\"\(key)\" harus id baris: 1–64 karakter, tanpa spasi, karakter kendali, atau penimpa arah teks")
    }
}
