import Foundation
import PlanModel
import PlanStore

/// A trial province's offices as the bundles they would send (`rencana generate --offices N`): each office of
/// `SyntheticOffices` as `rencana send` writes it, its entries a team's (device, clock, what each had seen), from one
/// laptop or two; about one office in three sends its evidence files too, about one in twenty-five has sent twice (an
/// older bundle with the first part of its year beside the newer), and about one in seven has the name WhatsApp
/// gives a received file. The same base plan, count and seed always give the same bytes.
public enum SyntheticBundles {
    /// One file to write: its name in the folder and its bytes.
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// The bundle files of the `index`-th office (0-based): its newest send, and an older one for some.
    public static func files(_ index: Int, base: Plan, seed: UInt64) -> [File] {
        let office = SyntheticOffices.office(index, base: base, seed: seed)
        var random = SyntheticOffices.Random(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D ^ 0x42554E444C45)  // "BUNDLE"
        let devices = (0..<(random.below(3) == 0 ? 2 : 1)).map { _ in "d-" + hex(random.next(), digits: 12) }
        let entries = teamEntries(office, devices: devices)
        let planBytes = Array(PlanEncoder.json(office.plan).utf8)
        let withEvidence = random.below(3) == 0
        let whatsApp = random.below(7) == 0
        let sentTwice = index % 25 == 3 && entries.count > 1
        func bundle(_ entries: [JournalEntry], sentAt: Date) -> [UInt8] {
            var evidence: [(path: String, bytes: [UInt8])] = []
            if withEvidence {
                var paths = Set<String>()
                for entry in entries {
                    guard case .evidenceAdd(let item) = entry.change, case .file(let path) = item.location,
                          paths.insert(path).inserted else { continue }
                    evidence.append((path, Array("%PDF-1.4\n% \(office.stem) \(path)\n%%EOF\n".utf8)))
                }
            }
            let sender = BundleHeader.Sender(user: "tim-rb", device: devices[0], at: StateFormat.timestamp(sentAt))
            return BundleFile.make(planBytes: planBytes, planName: "plan.json", plan: office.plan, entries: entries,
                                   sender: sender, since: nil, evidence: evidence)
        }
        let year = office.plan.document.year
        let lastAt = entries.last?.at ?? date(year, month: 1, day: 2)
        let sentAt = lastAt.addingTimeInterval(86_400 + Double(random.below(86_400)))
        let name = whatsApp ? whatsAppName(sentAt) : office.stem + ".rencana"
        var files = [File(name: name, bytes: bundle(entries, sentAt: sentAt))]
        if sentTwice {
            let older = Array(entries.prefix(entries.count / 2))
            let olderAt = (older.last?.at ?? lastAt).addingTimeInterval(3_600)
            files.append(File(name: office.stem + " (kiriman lama).rencana", bytes: bundle(older, sentAt: olderAt)))
        }
        return files
    }

    /// The office's entries as a team's journal holds them: spread over `devices`, each with its clock (its position)
    /// and the earlier writes of its value as what it had seen (written one after another on the laptops).
    static func teamEntries(_ office: SyntheticOffices.Generated, devices: [String]) -> [JournalEntry] {
        var year = YearState(signed: office.plan)
        var out: [JournalEntry] = []
        out.reserveCapacity(office.entries.count)
        year.beginReplay(expectedEntries: office.entries.count)
        for (n, original) in office.entries.enumerated() {
            var entry = original
            entry.seq = n + 1
            entry.clock = n + 1
            entry.device = devices[(n / 17) % devices.count]
            entry.seen = year.seen(for: entry.change)
            year.apply(entry)
            out.append(entry)
        }
        year.endReplay()
        return out
    }

    /// `WhatsApp Document 2022-04-05 at 10.12.33.bin`, as a phone names a received file.
    static func whatsAppName(_ at: Date) -> String {
        let stamp = StateFormat.timestamp(at)  // 2022-04-05T10:12:33Z
        let day = stamp.prefix(10), time = stamp.dropFirst(11).prefix(8).replacingOccurrences(of: ":", with: ".")
        return "WhatsApp Document \(day) at \(time).bin"
    }

    static func date(_ year: Int, month: Int, day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text.suffix(digits)
    }
}
