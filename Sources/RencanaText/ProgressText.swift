/// Interface strings of monitoring progress (capaian) and the realisation commands.
extension Text {
    public enum Progress {
        /// Shown for a capaian when nothing is due in the period: never 0 % or 100 %.
        public static let nothingDue = "–"
    }
}
