/// Making new plan files from a plan: adopting a revision, and starting next year's plan.
public enum PlanRevision {
    /// The plan as a new plan.json to be signed (what `rencana adopt` writes): canonical layout, areas
    /// numbered by position, an explicit id on every row whose id is not its new positional id (moved and
    /// added rows, rows after a removal), so the journal's entries and every report still name the same rows.
    ///
    /// - Parameter marks: the current months, indexed like `plan.rows`; they become the schedule as signed.
    public static func adopt(_ plan: Plan, marks: [MonthSet]? = nil) -> String {
        PlanEncoder.json(plan, marks: marks, idsWhereNeeded: true)
    }

    /// Next year's plan from this one: areas, kegiatan, sub kegiatan, indicators and their months copied,
    /// every row keeping its id (written explicitly, so nothing collides with this year's journal or later
    /// edits); the decree's number and date emptied for the new decree, the year set, and the old year in
    /// the title (as a whole number, e.g. "Tahun 2022") replaced by the new one.
    ///
    /// - Parameter marks: the months to carry over, indexed like `plan.rows`; nil carries the signed ones.
    public static func nextYear(_ plan: Plan, year: Int, marks: [MonthSet]? = nil) -> Plan {
        var document = plan.document
        document.title = replacingYear(in: document.title, old: document.year, new: year)
        document.year = year
        document.number = ""
        document.date = ""
        var areas = plan.areas
        var index = 0
        for a in areas.indices {
            areas[a].number = a + 1
            for k in areas[a].kegiatan.indices {
                for s in areas[a].kegiatan[k].subKegiatan.indices {
                    for i in areas[a].kegiatan[k].subKegiatan[s].indicators.indices {
                        let row = plan.rows[index]
                        areas[a].kegiatan[k].subKegiatan[s].indicators[i].id = row.id
                        areas[a].kegiatan[k].subKegiatan[s].indicators[i].months = marks?[index] ?? row.baseline
                        index += 1
                    }
                }
            }
        }
        return Plan(document: document, areas: areas)
    }

    /// `text` with every whole-number occurrence of `old` (not part of a longer number) replaced by `new`.
    static func replacingYear(in text: String, old: Int, new: Int) -> String {
        let target = Array(String(old).utf8)
        let bytes = Array(text.utf8)
        guard !target.isEmpty, bytes.count >= target.count else { return text }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + target.count <= bytes.count, bytes[i..<(i + target.count)].elementsEqual(target),
               i == 0 || !isDigit(bytes[i - 1]),
               i + target.count == bytes.count || !isDigit(bytes[i + target.count]) {
                out += Array(String(new).utf8)
                i += target.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
