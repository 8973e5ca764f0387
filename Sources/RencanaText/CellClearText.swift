extension Text {
    /// Words of the `cell-clear` journal kind.
    public enum CellClear {
        public static let cleared = "status, tanggal dan catatan dihapus"
        public static let restored = "status, tanggal dan catatan dikembalikan"
    }
}
