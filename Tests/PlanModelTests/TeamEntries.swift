import Foundation
import PlanModel

/// Journal entries of a named device for the team tests: an entry of `device` at `clock` that had seen `seen` (ids),
/// its id the device's letter and the clock.
protocol TeamEntries {}

extension TeamEntries {
    func entry(_ device: String, _ clock: Int, seen: [String] = [], _ change: Change) -> JournalEntry {
        JournalEntry(seq: 0, id: id(device, clock), at: Date(timeIntervalSince1970: Double(clock) * 60), by: device,
                     device: "d-" + device, clock: clock, seen: seen, change: change)
    }

    func id(_ device: String, _ clock: Int) -> String {
        let head = String(repeating: String(device.first!), count: 4), tail = String(clock, radix: 16)
        return head + String(repeating: "0", count: 28 - tail.count) + tail
    }
}
