import Foundation

/// The JSON line being written, as bytes, for a kind's keys: the shapes rencana writes, quoted as plan.json
/// quotes. The store's one-line writer and its many-lines writer both go through it, so they cannot differ.
package struct JSONLine {
    package var bytes: [UInt8]

    package init(bytes: [UInt8] = []) { self.bytes = bytes }

    /// The line as text.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is.
    package mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `PlanEncoder.quote`, with its plain-ASCII case straight into the bytes.
    package mutating func quoted(_ text: String) {
        var text = text
        let plain = text.withUTF8 { u -> Bool in
            guard u.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: u)
            bytes.append(0x22)
            return true
        }
        if !plain { raw(PlanEncoder.quote(text)) }
    }

    /// `,"key":`.
    package mutating func key(_ key: String) {
        raw(",\"")
        raw(key)
        raw("\":")
    }

    /// `,"key":"text"`.
    package mutating func string(_ key: String, _ value: String) { self.key(key); quoted(value) }
    /// `,"key":n`.
    package mutating func int(_ key: String, _ value: Int) { self.key(key); raw(String(value)) }
    /// `,"key":true|false`.
    package mutating func bool(_ key: String, _ value: Bool) { self.key(key); raw(value ? "true" : "false") }
    /// `,"row":"<id>"`.
    package mutating func row(_ row: RowID, key: String = "row") { string(key, row.rawValue) }
    /// `,"month":"Jan"`.
    package mutating func month(_ month: Month, key: String = "month") { string(key, month.label) }
    /// `,"old":"…","new":"…"`.
    package mutating func values(_ old: String, _ new: String) { string("old", old); string("new", new) }

    /// `,"key":["Jan","Feb"]`.
    package mutating func months(_ key: String, _ set: MonthSet) { self.key(key); monthList(set) }

    /// `["Jan","Feb"]`.
    package mutating func monthList(_ set: MonthSet) {
        raw("[")
        var first = true
        for month in set {
            if !first { raw(",") }
            first = false
            quoted(month.label)
        }
        raw("]")
    }

    /// `,"after":"<row>"` or `,"before":"<row>"`, nothing when absent.
    package mutating func anchor(_ anchor: Anchor?) {
        switch anchor {
        case .after(let row)?: string("after", row.rawValue)
        case .before(let row)?: string("before", row.rawValue)
        case nil: break
        }
    }

    /// `,"key":{"after":"<row>"}` or `,"key":{"before":"<row>"}`.
    package mutating func place(_ key: String, _ anchor: Anchor) {
        self.key(key)
        var inner = JSONLine()
        inner.anchor(anchor)
        raw("{")
        bytes.append(contentsOf: inner.bytes.dropFirst())
        raw("}")
    }

    /// `,"key":{"id":…,"row":…,"month":…,"type":…,"title":…,"number":…,"date":…,"path"|"url":…}`.
    package mutating func evidence(_ key: String, _ e: Evidence) {
        self.key(key)
        raw("{\"id\":")
        quoted(e.id)
        string("row", e.row.rawValue)
        if let month = e.month { self.month(month) }
        string("type", e.kind.rawValue)
        string("title", e.title)
        string("number", e.number)
        string("date", e.date)
        switch e.location {
        case .file(let path): string("path", path)
        case .url(let url): string("url", url)
        }
        raw("}")
    }
}

/// Short, harmless copies of hostile text for messages.
package enum TextSafety {
    /// At most 20 characters, controls shown as `\u{…}`.
    package static func clip(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(20) {
            let v = scalar.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "\\u{\(String(v, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
