import Foundation
import PlanModel

/// The direct decoder for the journal lines rencana itself writes: PlanModel's fast reader (`LineFields.entry`, each
/// kind reading its own keys), nil when the general parser must decide (see there).
enum StateLineDecoder {
    /// The keys the decoder knows (`LineKey`); any other key sends the line to the general parser.
    typealias Key = LineKey
    /// Where one value is in the line (`LineSlot`).
    typealias Slot = LineSlot

    static let keyCount = LineKey.count

    /// The entry on this line, or nil when the general parser must decide.
    static func entry(_ line: ArraySlice<UInt8>) -> JournalEntry? { LineFields.entry(line) }

    /// `StateFormat.parseTimestamp` for plain digits from 1900 on (`LineFields.timestamp`).
    static func timestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ slot: Slot) -> Date? { LineFields.timestamp(bytes, slot) }
}
