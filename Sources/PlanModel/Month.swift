/// A month of the plan's year, labelled as in the source table's PELAKSANAAN (BULAN) columns.
public enum Month: Int, CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    case jan = 1, feb, mar, apr, mei, jun, jul, ags, sep, okt, nov, des

    /// The three-letter label printed in the source table: Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des.
    public var label: String { Month.labels[rawValue - 1] }

    /// The full Indonesian name: Januari … Desember.
    public var fullName: String { Month.fullNames[rawValue - 1] }

    /// Zero-based position (Jan = 0), convenient for column arithmetic.
    public var index: Int { rawValue - 1 }

    public var description: String { label }

    public static func < (a: Month, b: Month) -> Bool { a.rawValue < b.rawValue }

    /// The month at zero-based position `index`, or nil outside 0…11.
    public init?(index: Int) {
        guard (0..<12).contains(index) else { return nil }
        self.init(rawValue: index + 1)
    }

    /// Parses what a person might type for a month: the source labels (any case),
    /// the full Indonesian names, the variants Agu/Agt/Agustus, English abbreviations
    /// and names (Aug, Oct, Dec, May, …), and the numbers 1–12.
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(key) {
            guard let month = Month(rawValue: number) else { return nil }
            self = month
            return
        }
        guard let month = Month.aliases[key] else { return nil }
        self = month
    }

    /// The labels of the source table, in order.
    public static let labels = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]

    /// The full Indonesian month names, in order.
    public static let fullNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                   "Juli", "Agustus", "September", "Oktober", "November", "Desember"]

    private static let aliases: [String: Month] = {
        var table: [String: Month] = [:]
        for month in Month.allCases {
            table[month.label.lowercased()] = month
            table[month.fullName.lowercased()] = month
        }
        let extra: [String: Month] = [
            "agu": .ags, "agt": .ags, "agus": .ags, "aug": .ags, "august": .ags,
            "january": .jan, "february": .feb, "pebruari": .feb, "march": .mar,
            "may": .mei, "june": .jun, "july": .jul, "sept": .sep,
            "oct": .okt, "october": .okt, "nop": .nov, "nopember": .nov,
            "dec": .des, "december": .des,
        ]
        table.merge(extra) { current, _ in current }
        return table
    }()
}
