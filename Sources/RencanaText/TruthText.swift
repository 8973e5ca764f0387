/// Strings of issue 20's last parts (session 8): the report's `--until` period, `diff`'s row lines, `adopt`'s
/// renumbering, and the refusals that keep one record from counting for two months.
extension Text.Report {
    /// The Laporan's period for `--until` alone: `SAMPAI DENGAN JUNI` (then `TAHUN 2022 (JANUARI – JUNI 2022)`).
    public static func untilHeading(_ month: String) -> String { "SAMPAI DENGAN \(month)" }
}
