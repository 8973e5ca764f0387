extension Text {
    /// The options that shape the printed LAMPIRAN and Laporan Monev (a salinan, page numbers, Mengetahui).
    public enum PaperDocuments {
        public static var salinanHelp: String {
            pick("Print the LAMPIRAN as the circulated copy: Ttd. above the signer's name and the "
                     + "block 'Salinan sesuai dengan aslinya' with the unit's Sekretariat (xlsx, html).",
                 id: "Cetak LAMPIRAN sebagai salinan yang diedarkan: Ttd. di atas nama penandatangan dan "
                     + "blok 'Salinan sesuai dengan aslinya' dengan Sekretariat unit (xlsx, html).")
        }
        public static var salinanTitleHelp: String {
            pick("The title of who authenticates the salinan, e.g. Sekretaris (with --salinan).",
                 id: "Jabatan pengesah salinan, mis. Sekretaris (dengan --salinan).")
        }
        public static var salinanSignerHelp: String {
            pick("The name of who authenticates the salinan (with --salinan).", id: "Nama pengesah salinan (dengan --salinan).")
        }
        public static var salinanNIPHelp: String {
            pick("The NIP of who authenticates the salinan (with --salinan).", id: "NIP pengesah salinan (dengan --salinan).")
        }
        public static var numberFirstPageHelp: String {
            pick("Number the first page -1- too (KPU decrees leave it unnumbered and start at -2-).",
                 id: "Beri nomor -1- juga pada halaman pertama (keputusan KPU membiarkannya tanpa nomor dan mulai dari -2-).")
        }
        public static var salinanDetailsNeedSalinan: String {
            pick("--salinan-title, --salinan-signer and --salinan-nip go with --salinan",
                 id: "--salinan-title, --salinan-signer, dan --salinan-nip hanya bersama --salinan")
        }
        public static var salinanOnlyPrinted: String {
            pick("--salinan and --number-first-page shape the printed LAMPIRAN: use them with --format xlsx or html",
                 id: "--salinan dan --number-first-page mengatur LAMPIRAN cetak: gunakan dengan --format xlsx atau html")
        }
        public static var mengetahuiHelp: String {
            pick("Add the 'Mengetahui,' block at the bottom left with this office, e.g. "
                     + "\"Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan\" (not remembered).",
                 id: "Tambahkan blok 'Mengetahui,' di kiri bawah dengan jabatan ini, mis. "
                     + "\"Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan\" (tidak diingat).")
        }
        public static var mengetahuiNameHelp: String {
            pick("The name in the Mengetahui block (default: the decree's signer).",
                 id: "Nama pada blok Mengetahui (bawaan: penandatangan keputusan).")
        }
        public static var mengetahuiNIPHelp: String {
            pick("The NIP in the Mengetahui block (a Ketua signs without one).",
                 id: "NIP pada blok Mengetahui (Ketua menandatangani tanpa NIP).")
        }
        public static var mengetahuiDetailsNeedOffice: String {
            pick("--mengetahui-name and --mengetahui-nip go with --mengetahui",
                 id: "--mengetahui-name dan --mengetahui-nip hanya bersama --mengetahui")
        }
    }
}
