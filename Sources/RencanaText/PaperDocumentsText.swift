extension Text {
    /// The options that shape the printed LAMPIRAN and Laporan Monev (a salinan, page numbers, Mengetahui).
    public enum PaperDocuments {
        public static let salinanHelp = "Print the LAMPIRAN as the circulated copy: Ttd. above the signer's name and the "
            + "block 'Salinan sesuai dengan aslinya' with the unit's Sekretariat (xlsx, html)."
        public static let salinanTitleHelp = "The title of who authenticates the salinan, e.g. Sekretaris (with --salinan)."
        public static let salinanSignerHelp = "The name of who authenticates the salinan (with --salinan)."
        public static let salinanNIPHelp = "The NIP of who authenticates the salinan (with --salinan)."
        public static let numberFirstPageHelp = "Number the first page -1- too (KPU decrees leave it unnumbered and start at -2-)."
        public static let salinanDetailsNeedSalinan = "--salinan-title, --salinan-signer and --salinan-nip go with --salinan"
        public static let salinanOnlyPrinted = "--salinan and --number-first-page shape the printed LAMPIRAN: use them with --format xlsx or html"
        public static let mengetahuiHelp = "Add the 'Mengetahui,' block at the bottom left with this office, e.g. "
            + "\"Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan\" (not remembered)."
        public static let mengetahuiNameHelp = "The name in the Mengetahui block (default: the decree's signer)."
        public static let mengetahuiNIPHelp = "The NIP in the Mengetahui block (a Ketua signs without one)."
        public static let mengetahuiDetailsNeedOffice = "--mengetahui-name and --mengetahui-nip go with --mengetahui"
    }
}
