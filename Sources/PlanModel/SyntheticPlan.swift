/// Deterministic synthetic plans of any size, shaped like the real one, for benchmarks and stress tests.
public enum SyntheticPlan {
    /// A plan with exactly `rows` indicator rows spread over the 8 standard change areas.
    /// The same `seed` always gives the same plan.
    public static func generate(rows: Int, seed: UInt64 = 1) -> Plan {
        var random = SplitMix64(seed: seed)
        let rows = max(0, rows)
        var areas: [ChangeArea] = []
        for (a, name) in areaNames.enumerated() {
            // Rows of this area: an even share, the remainder going to the first areas.
            var remaining = rows / areaNames.count + (a < rows % areaNames.count ? 1 : 0)
            var kegiatan: [Kegiatan] = []
            while remaining > 0 {
                var subs: [SubKegiatan] = []
                let subCount = 1 + random.next(below: 5)
                for s in 0..<subCount where remaining > 0 {
                    let count = min(remaining, 1 + random.next(below: 3))
                    remaining -= count
                    let indicators = (0..<count).map { i in
                        Indicator(text: "\(i + 1)) " + sentence(&random, words: 6...28), months: months(&random),
                                  ket: random.next(below: 12) == 0 ? sentence(&random, words: 2...5) : "")
                    }
                    subs.append(SubKegiatan(title: "\(s + 1)) " + sentence(&random, words: 5...22), indicators: indicators))
                }
                kegiatan.append(Kegiatan(title: "\(kegiatan.count + 1)) " + sentence(&random, words: 3...12), subKegiatan: subs))
            }
            areas.append(ChangeArea(number: a + 1, name: name, kegiatan: kegiatan))
        }
        let document = DocumentInfo(
            institution: "Komisi Pemilihan Umum", number: "SINTETIS/\(rows)/\(seed)",
            title: "Rencana Aksi Reformasi Birokrasi Sintetis (\(rows) baris)", unit: "Rekapitulasi Nasional",
            year: 2022, place: "Jakarta", date: "3 Januari 2022", signer: "Contoh", signerTitle: "Ketua")
        return Plan(document: document, areas: areas)
    }

    static let areaNames = [
        "Manajemen Perubahan", "Penataan Peraturan Perundangan/Deregulasi Kebijakan",
        "Penataan Organisasi/Kelembagaan", "Penataan Tata laksana", "Sistem Manajemen Sumber Daya Manusia",
        "Penguatan Akuntabilitas", "Pengawasan", "Pelayanan Publik",
    ]

    private static let vocabulary = """
        pelaksanaan reformasi birokrasi unit satuan kerja lingkungan sekretariat komisi pemilihan umum \
        kabupaten kota provinsi evaluasi monitoring pelaporan dokumen rencana aksi agen perubahan tim \
        sosialisasi integritas zona pelayanan publik pengaduan masyarakat standar prosedur operasional \
        kinerja akuntabilitas anggaran aplikasi sistem informasi pengelolaan data pegawai kompetensi \
        jabatan fungsional arsip naskah dinas peraturan penetapan revisi tersedianya adanya persentase \
        jumlah laporan tindak lanjut hasil survei kepuasan layanan inovasi benturan kepentingan gratifikasi \
        pengendalian intern pemerintah whistle blowing penyusunan pembangunan penerapan peningkatan \
        tata kelola keterbukaan PPID SPBE LHKPN LHKASN SOP ASN KPU RI berkala tahunan triwulan semester
        """.split(separator: " ").map(String.init)

    private static func sentence(_ random: inout SplitMix64, words: ClosedRange<Int>) -> String {
        let count = words.lowerBound + random.next(below: words.count)
        var text = ""
        for i in 0..<count {
            var word = vocabulary[random.next(below: vocabulary.count)]
            if i == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            text += i == 0 ? word : " " + word
        }
        return text
    }

    private static func months(_ random: inout SplitMix64) -> MonthSet {
        switch random.next(below: 20) {
        case 0..<7: return .all
        case 7..<11: return MonthSet([.mar, .jun, .sep, .des])
        case 11..<14: return MonthSet([.jun, .des])
        case 14..<17: return MonthSet([Month(index: random.next(below: 12))!])
        case 17: return MonthSet([.jan, .feb, .mar])
        case 18: return MonthSet()
        default: return MonthSet(bits: UInt16(truncatingIfNeeded: random.next()))
        }
    }
}

/// A small, fast, seedable generator (SplitMix64), so synthetic plans and randomized tests
/// are identical on every machine and a failure can be replayed from its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
