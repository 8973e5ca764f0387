/// Entry ids to their seq. The 32-hex-digit ids rencana writes are kept as two numbers (hashing and comparing
/// them cost a fraction of a 32-character string's, which showed when opening 350,000 entries); other ids
/// (`v1-<seq>`, or anything a merge brings) as strings.
struct EntryIndex: Sendable {
    private struct Hex: Hashable, Sendable {
        let high: UInt64, low: UInt64
    }

    private var hex: [Hex: Int] = [:]
    private var other: [String: Int] = [:]

    mutating func reserveCapacity(_ count: Int) { hex.reserveCapacity(count) }

    /// Sets the seq of the 32-hex-digit id whose two halves are `high` and `low` (as `hexKey` reads them), without
    /// parsing its text again: the snapshot cache has the numbers.
    mutating func set(high: UInt64, low: UInt64, _ seq: Int) { hex[Hex(high: high, low: low)] = seq }

    var count: Int { hex.count + other.count }

    subscript(id: String) -> Int? {
        get {
            if let key = Self.hexKey(id) { return hex[key] }
            return other[id]
        }
        set {
            if let key = Self.hexKey(id) { hex[key] = newValue } else { other[id] = newValue }
        }
    }

    /// The two numbers of a 32-lowercase-hex-digit id; nil for any other id.
    private static func hexKey(_ id: String) -> Hex? {
        var id = id
        return id.withUTF8 { u -> Hex? in
            guard u.count == 32 else { return nil }
            func half(_ from: Int) -> UInt64? {
                var value: UInt64 = 0
                for i in from..<(from + 16) {
                    let c = u[i]
                    let digit: UInt8
                    if c >= 0x30 && c <= 0x39 { digit = c - 0x30 } else if c >= 0x61 && c <= 0x66 { digit = c - 0x61 + 10 } else { return nil }
                    value = value << 4 | UInt64(digit)
                }
                return value
            }
            guard let high = half(0), let low = half(16) else { return nil }
            return Hex(high: high, low: low)
        }
    }
}
