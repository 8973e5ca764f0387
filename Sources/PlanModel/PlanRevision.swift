/// Making new plan files from a plan: adopting a revision, and starting next year's plan, each with references in order.
public enum PlanRevision {
    /// The plan as a new plan.json to be signed (what `rencana adopt` writes): canonical layout, areas numbered by
    /// position, and every row's id written as its position in the new file (`renumbered`), so the new decree's
    /// references read in order and none of them can be another row's id. The new plan starts its own journal.
    ///
    /// - Parameter marks: the current months, indexed like `plan.rows`; they become the schedule as signed.
    public static func adopt(_ plan: Plan, marks: [MonthSet]? = nil) -> String {
        PlanEncoder.json(renumbered(plan), marks: marks)
    }

    /// Next year's plan from this one: areas, kegiatan, sub kegiatan, indicators and their months copied, every row's
    /// id its position in the new plan (`renumbered`, written explicitly: a new year starts a new journal, so its
    /// references read in order); the decree's number and date emptied for the new decree, the year set, and the old
    /// year in the title (as a whole number, e.g. "Tahun 2022") replaced by the new one.
    ///
    /// - Parameter marks: the months to carry over, indexed like `plan.rows`; nil carries the signed ones.
    public static func nextYear(_ plan: Plan, year: Int, marks: [MonthSet]? = nil) -> Plan {
        var document = plan.document
        document.title = replacingYear(in: document.title, old: document.year, new: year)
        document.year = year
        document.number = ""
        document.date = ""
        var areas = renumbered(plan).areas
        var index = 0
        for a in areas.indices {
            for k in areas[a].kegiatan.indices {
                for s in areas[a].kegiatan[k].subKegiatan.indices {
                    for i in areas[a].kegiatan[k].subKegiatan[s].indicators.indices {
                        areas[a].kegiatan[k].subKegiatan[s].indicators[i].months = marks?[index] ?? plan.rows[index].baseline
                        index += 1
                    }
                }
            }
        }
        return Plan(document: document, areas: areas)
    }

    /// The plan with areas numbered by position and every row's id set, explicitly, to its position (`a.k.s.i`):
    /// a revision's moved and added rows (`r-…`) and the rows after them then read in order, and no position is
    /// another row's id. For a plan starting a new journal only: an old journal names rows by the old ids.
    public static func renumbered(_ plan: Plan) -> Plan {
        var areas = plan.areas
        for a in areas.indices {
            areas[a].number = a + 1
            for k in areas[a].kegiatan.indices {
                for s in areas[a].kegiatan[k].subKegiatan.indices {
                    for i in areas[a].kegiatan[k].subKegiatan[s].indicators.indices {
                        areas[a].kegiatan[k].subKegiatan[s].indicators[i].id =
                            .positional(area: a + 1, kegiatan: k + 1, sub: s + 1, indicator: i + 1)
                    }
                }
            }
        }
        return Plan(document: plan.document, areas: areas)
    }

    /// The rows whose reference `renumbered` changes, in the new order: what a person's notes or last year's
    /// reports called a row, and what the new plan calls it.
    public static func renamedRows(_ plan: Plan) -> [(old: RowID, new: RowID)] {
        zip(plan.rows, renumbered(plan).rows).compactMap { $0.id == $1.id ? nil : ($0.id, $1.id) }
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
