import RencanaText

/// Writes a `Plan` as plan.json text: keys in a fixed order, two-space indent, text unescaped
/// where JSON allows, so files diff well and stay readable in any editor.
public enum PlanEncoder {
    /// The plan as JSON. `marks` (indexed like `plan.rows`) replace the signed months when given.
    ///
    /// With `idsWhereNeeded` (what `rencana adopt` writes) areas are numbered by their position and a row's
    /// `id` is written only when it differs from the positional id the row has in this file, so a plan whose
    /// rows never moved stays free of ids and a revised one keeps every id its journal and reports know.
    public static func json(_ plan: Plan, marks: [MonthSet]? = nil, idsWhereNeeded: Bool = false) -> String {
        var out = "{\n"
        out += "  \"format\": \(quote(PlanDecoder.formatName)),\n"
        out += "  \"version\": \(PlanDecoder.currentVersion),\n"
        let d = plan.document
        out += "  \"document\": {\n"
        let fields: [(String, String)] = [
            ("institution", d.institution), ("number", d.number), ("title", d.title), ("unit", d.unit),
        ] + (d.code.isEmpty ? [] : [("code", d.code)])
        for (key, value) in fields { out += "    \(quote(key)): \(quote(value)),\n" }
        out += "    \"year\": \(d.year),\n"
        let tail: [(String, String)] = [("place", d.place), ("date", d.date), ("signer", d.signer), ("signerTitle", d.signerTitle)]
        out += tail.map { "    \(quote($0.0)): \(quote($0.1))" }.joined(separator: ",\n") + "\n"
        out += "  },\n"
        out += "  \"areas\": ["
        var rowIndex = 0
        for (a, area) in plan.areas.enumerated() {
            out += a == 0 ? "\n" : ",\n"
            let number = idsWhereNeeded ? a + 1 : area.number
            out += "    {\n      \"number\": \(number),\n      \"name\": \(quote(area.name)),\n      \"kegiatan\": ["
            for (k, kegiatan) in area.kegiatan.enumerated() {
                out += k == 0 ? "\n" : ",\n"
                out += "        {\n          \"title\": \(quote(kegiatan.title)),\n          \"subKegiatan\": ["
                for (s, sub) in kegiatan.subKegiatan.enumerated() {
                    out += s == 0 ? "\n" : ",\n"
                    out += "            {\n              \"title\": \(quote(sub.title)),\n              \"indikator\": ["
                    for (i, _) in sub.indicators.enumerated() {
                        let row = plan.rows[rowIndex]
                        let months = marks?[rowIndex] ?? row.baseline
                        rowIndex += 1
                        out += i == 0 ? "\n" : ",\n"
                        out += "                {\n"
                        if !idsWhereNeeded || row.id != .positional(area: number, kegiatan: k + 1, sub: s + 1, indicator: i + 1) {
                            out += "                  \"id\": \(quote(row.id.rawValue)),\n"
                        }
                        out += "                  \"text\": \(quote(row.indikator)),\n"
                        out += "                  \"months\": [\(months.map { quote($0.label) }.joined(separator: ", "))],\n"
                        out += "                  \"ket\": \(quote(row.ket))\n"
                        out += "                }"
                    }
                    out += sub.indicators.isEmpty ? "]\n            }" : "\n              ]\n            }"
                }
                out += kegiatan.subKegiatan.isEmpty ? "]\n        }" : "\n          ]\n        }"
            }
            out += area.kegiatan.isEmpty ? "]\n    }" : "\n      ]\n    }"
        }
        out += plan.areas.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    public static func quote(_ text: String) -> String {
        // Most texts (ids, rows, codes) are plain printable ASCII: one check of their bytes, no scalar-by-scalar copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) { return "\"" + text + "\"" }
        return quote(text) { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }

    /// A JSON string literal with every scalar a terminal might obey escaped as `\uXXXX` (C0, DEL, C1, line
    /// separators, bidi controls): for JSON that is read on a terminal or by a careless tool.
    public static func terminalSafeQuote(_ text: String) -> String {
        TerminalText.needsEscaping(text) ? quote(text, escaping: TerminalText.isUnsafe) : quote(text)
    }

    @inline(__always)
    private static func quote(_ text: String, escaping: (Unicode.Scalar) -> Bool) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if escaping(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
