/// A set of months packed into 12 bits: the marks of one indicator row.
public struct MonthSet: Hashable, Sendable, Sequence, CustomStringConvertible {
    /// Bit `n` is set when the month with index `n` (Jan = 0) is in the set.
    public private(set) var bits: UInt16

    public init() { bits = 0 }

    /// A set from raw bits; bits above the twelfth are dropped.
    public init(bits: UInt16) { self.bits = bits & MonthSet.allBits }

    public init<S: Sequence>(_ months: S) where S.Element == Month {
        bits = 0
        for month in months { insert(month) }
    }

    /// Every month of the year.
    public static let all = MonthSet(bits: allBits)
    private static let allBits: UInt16 = 0x0FFF

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }

    public func contains(_ month: Month) -> Bool { bits & (1 << UInt16(month.index)) != 0 }

    public mutating func insert(_ month: Month) { bits |= 1 << UInt16(month.index) }
    public mutating func remove(_ month: Month) { bits &= ~(1 << UInt16(month.index)) }

    /// Sets or clears one month.
    public mutating func set(_ month: Month, _ on: Bool) {
        if on { insert(month) } else { remove(month) }
    }

    /// Flips one month and returns whether it is now scheduled.
    @discardableResult
    public mutating func toggle(_ month: Month) -> Bool {
        bits ^= 1 << UInt16(month.index)
        return contains(month)
    }

    public func makeIterator() -> AnyIterator<Month> {
        var index = 0
        let bits = self.bits
        return AnyIterator {
            while index < 12 {
                defer { index += 1 }
                if bits & (1 << UInt16(index)) != 0 { return Month(index: index) }
            }
            return nil
        }
    }

    /// The twelve-character strip used by `rencana list`: a mark for each scheduled month, `mark`/`empty` per cell.
    public func strip(mark: Character = "√", empty: Character = "·") -> String {
        String(Month.allCases.map { contains($0) ? mark : empty })
    }

    /// Labels of the scheduled months joined with spaces, e.g. "Mar Jun Sep Des".
    public var description: String { map(\.label).joined(separator: " ") }
}
