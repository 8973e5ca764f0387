import Foundation
import PlanModel

/// A deterministic province of offices for trials and benchmarks (`rencana generate --offices N`): each office's plan
/// is derived from one real plan (its name and document details changed; some rows added, removed and reworded) and
/// its journal records a varying share of the year (from nothing to December), with evidence on a varying share of
/// the cells done. The same base plan, count and seed always give the same files.
public enum SyntheticOffices {
    /// One generated office: the file stem to write it under, its plan and its journal's entries.
    public struct Generated: Sendable {
        public var stem: String
        public var plan: Plan
        public var entries: [JournalEntry]
    }

    /// The `index`-th office (0-based) of a generated province.
    public static func office(_ index: Int, base: Plan, seed: UInt64) -> Generated {
        var random = Random(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15 ^ 0x4F46_4649_4345)  // "OFFICE"
        // Names start at a place of the seed's (offices of two trial provinces are not namesakes), one per office.
        let place = name(index, shift: Int(seed % 9_973) * 1_009, &random)
        let kind = random.below(5) == 0 ? "Kota" : "Kabupaten"
        var document = base.document
        let oldPlace = document.institution.components(separatedBy: "Umum ").last ?? ""
        let newPlace = "\(kind) \(place)"
        func renamed(_ text: String) -> String { oldPlace.isEmpty ? text : text.replacingOccurrences(of: oldPlace, with: newPlace) }
        document.institution = "Komisi Pemilihan Umum \(newPlace)"
        document.unit = "Sekretariat Komisi Pemilihan Umum \(newPlace)"
        document.title = renamed(document.title)
        document.signerTitle = renamed(document.signerTitle)
        document.place = place
        document.number = "\(random.below(40) + 1)/ORT.07/\(9100 + index)/\(document.year)"
        var areas = base.areas
        // Reworded, removed and added rows (each 0–3), in that order.
        for _ in 0..<random.below(4) {
            guard let (a, k, s) = someSub(areas, &random, minimum: 1) else { break }
            let i = random.below(areas[a].kegiatan[k].subKegiatan[s].indicators.count)
            areas[a].kegiatan[k].subKegiatan[s].indicators[i].text += " (disesuaikan dengan kondisi \(newPlace))"
        }
        for _ in 0..<random.below(4) {
            guard let (a, k, s) = someSub(areas, &random, minimum: 2) else { break }
            areas[a].kegiatan[k].subKegiatan[s].indicators.remove(at: random.below(areas[a].kegiatan[k].subKegiatan[s].indicators.count))
        }
        for n in 0..<random.below(4) {
            guard let (a, k, s) = someSub(areas, &random, minimum: 1) else { break }
            var months = MonthSet()
            for _ in 0..<(random.below(4) + 1) { months.insert(Month(index: random.below(12))!) }
            let id = RowID("r-" + String(String(random.next(), radix: 16).suffix(12)))
            areas[a].kegiatan[k].subKegiatan[s].indicators.append(
                Indicator(id: id, text: "\(n + 1)) Indikator tambahan \(place) \(n + 1)", months: months))
        }
        let plan = Plan(document: document, areas: areas)
        return Generated(stem: String(format: "kpu-%03d-", index + 1) + place.lowercased(), plan: plan,
                         entries: entries(plan: plan, seed: seed &+ UInt64(index), random: &random))
    }

    /// The office's year: SyntheticRealisation's statuses up to a month drawn for the office (none for about one office
    /// in ten), evidence on a share of the cells done, each entry dated in the month it records.
    static func entries(plan: Plan, seed: UInt64, random: inout Random) -> [JournalEntry] {
        let lastMonth = random.below(10) == 0 ? 0 : random.below(12) + 1
        guard lastMonth > 0 else { return [] }
        let evidenceShare = [0, 1, 2, 4, 8][random.below(5)]
        let all = SyntheticRealisation.entries(plan: plan, seed: seed, evidence: plan.rows.count * evidenceShare / 4,
                                               by: "tim-rb")
        var dated: [(Date, JournalEntry)] = []
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for (n, entry) in all.enumerated() {
            guard let month = cellMonth(entry.change), month.rawValue <= lastMonth else { continue }
            var parts = DateComponents()
            parts.year = plan.document.year
            parts.month = month.rawValue
            parts.day = 1 + random.below(28)
            parts.hour = 8 + random.below(9)
            parts.minute = n % 60
            dated.append((calendar.date(from: parts) ?? entry.at, entry))
        }
        dated.sort { $0.0 < $1.0 }
        return dated.enumerated().map { n, pair in
            JournalEntry(seq: n + 1, id: pair.1.id, at: pair.0, by: pair.1.by, change: pair.1.change)
        }
    }

    static func cellMonth(_ change: Change) -> Month? {
        switch change {
        case .status(let s): s.month
        case .note(let n): n.month
        case .date(let d): d.month
        case .evidenceAdd(let evidence): evidence.month
        default: nil
        }
    }

    /// A random sub kegiatan with at least `minimum` indicators, by positions.
    static func someSub(_ areas: [ChangeArea], _ random: inout Random, minimum: Int) -> (Int, Int, Int)? {
        for _ in 0..<20 {
            let a = random.below(areas.count)
            guard !areas[a].kegiatan.isEmpty else { continue }
            let k = random.below(areas[a].kegiatan.count)
            guard !areas[a].kegiatan[k].subKegiatan.isEmpty else { continue }
            let s = random.below(areas[a].kegiatan[k].subKegiatan.count)
            if areas[a].kegiatan[k].subKegiatan[s].indicators.count >= minimum { return (a, k, s) }
        }
        return nil
    }

    /// A place name of three syllables, different for every office of one seed (the office's number, shifted by the
    /// seed's, spread over 24³ names by a multiplier prime to it); numbers past 13,824 get their number added.
    static func name(_ index: Int, shift: Int = 0, _ random: inout Random) -> String {
        let syllables = ["ma", "ka", "ra", "su", "to", "ba", "li", "ne", "pa", "sa", "wa", "ge", "lo", "mi", "ta", "ru",
                         "bo", "ja", "ni", "de", "ko", "la", "po", "se"]
        let count = syllables.count * syllables.count * syllables.count
        var code = ((index + shift) % count * 7919 + 4321) % count
        var text = ""
        for _ in 0..<3 {
            text += syllables[code % syllables.count]
            code /= syllables.count
        }
        return text.prefix(1).uppercased() + text.dropFirst() + (index >= count ? " \(index + 1)" : "")
    }

    /// SplitMix64, with a bounded draw.
    struct Random {
        var generator: SplitMix64
        init(seed: UInt64) { generator = SplitMix64(seed: seed) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
    }
}
