import Foundation
import RencanaText

/// The plan read level by level (document, areas, kegiatan, sub kegiatan, indicators, months) with the reader's
/// checks, and the rules of docs/PLAN-FORMAT.md that span a level (numbering, ids, the row id rule).
extension PlanDecoder.Decoder {
    mutating func plan() throws -> Plan {
        let top = JSONPath()
        var document: DocumentInfo?
        var areas: [ChangeArea] = []
        try object(top, what: Text.PlanFile.aPlan, keys: Keys.plan, required: 2) { d, key in
            switch key {
            case 0: document = try d.document()
            case 1:
                let start = try d.array(top.key("areas")) { d, a in
                    var path = JSONPath()
                    path.area = a
                    areas.append(try d.area(path, expectedNumber: a + 1))
                }
                if areas.isEmpty { throw d.fail(start, top.key("areas"), Text.PlanFile.noAreas) }
            case 2:
                let start = try d.reader.peek() == .string ? d.reader.offset : 0
                let name = try d.string(top.key("format"), allowEmpty: true)
                guard name == PlanDecoder.formatName else {
                    throw d.fail(start, top.key("format"), Text.PlanFile.wrongFormat(expected: PlanDecoder.formatName, found: String(name.prefix(40))))
                }
            default:
                _ = try d.reader.peek()
                let start = d.reader.offset
                let number = try d.integer(top.key("version"), in: 1...Int.max)
                guard number <= PlanDecoder.currentVersion else {
                    throw d.fail(start, top.key("version"), Text.PlanFile.newerVersion(number, current: PlanDecoder.currentVersion))
                }
            }
        }
        if stopped {
            // A prefix: the document must have come before the rows.
            guard let document else { throw PlanError(file: file, message: Text.PlanFile.emptyFile) }
            return Plan(document: document, areas: areas)
        }
        try reader.end()
        let plan = Plan(document: document!, areas: areas)
        if let (row, first) = plan.firstDuplicateID {
            let location = idLocations[row.index]
            throw fail(location.offset, location.explicit ? path(of: row).key("id") : path(of: row),
                       Text.PlanFile.duplicateRowID(row.id.rawValue, firstPath: path(of: first).description))
        }
        return plan
    }

    func path(of row: PlanRow) -> JSONPath {
        var path = JSONPath()
        path.area = row.position.area
        path.kegiatan = row.position.kegiatan
        path.sub = row.position.sub
        path.indicator = row.position.indicator
        return path
    }

    mutating func document() throws -> DocumentInfo {
        var path = JSONPath()
        path.inDocument = true
        let keys = Keys.document.words
        var texts = [String](repeating: "", count: keys.count)
        var year = 0
        try object(JSONPath().key("document"), what: Text.PlanFile.theDocument, keys: Keys.document, required: 2) { d, key in
            if key == 1 {
                year = try d.integer(path.key("year"), in: 1...9999)
            } else {
                texts[key] = try d.string(path.key(keys[key]), allowEmpty: key != 0)
            }
        }
        return DocumentInfo(institution: texts[2], number: texts[3], title: texts[0], unit: texts[4], year: year,
                            place: texts[5], date: texts[6], signer: texts[7], signerTitle: texts[8], code: texts[9])
    }

    mutating func area(_ path: JSONPath, expectedNumber: Int) throws -> ChangeArea {
        var number = 0, name = ""
        var kegiatan: [Kegiatan] = []
        try object(path, what: Text.PlanFile.anArea, keys: Keys.area, required: 3) { d, key in
            switch key {
            case 0:
                let start = try d.expect(.number, path.key("number"), Text.PlanFile.aWholeNumber)
                number = try d.integer(path.key("number"), in: 1...Int.max)
                guard number == expectedNumber else {
                    throw d.fail(start, path.key("number"), Text.PlanFile.areaOutOfOrder(expected: expectedNumber, found: number))
                }
            case 1: name = try d.string(path.key("name"), allowEmpty: false)
            default:
                try d.array(path.key("kegiatan")) { d, k in
                    var child = path
                    child.kegiatan = k
                    kegiatan.append(try d.kegiatan(child, areaNumber: expectedNumber))
                }
            }
        }
        return ChangeArea(number: number, name: name, kegiatan: kegiatan)
    }

    mutating func kegiatan(_ path: JSONPath, areaNumber: Int) throws -> Kegiatan {
        var title = ""
        var subs: [SubKegiatan] = []
        try object(path, what: Text.PlanFile.aKegiatan, keys: Keys.kegiatan, required: 2) { d, key in
            if key == 0 {
                title = try d.string(path.key("title"), allowEmpty: false)
            } else {
                try d.array(path.key("subKegiatan")) { d, s in
                    var child = path
                    child.sub = s
                    subs.append(try d.subKegiatan(child, areaNumber: areaNumber))
                }
            }
        }
        return Kegiatan(title: title, subKegiatan: subs)
    }

    mutating func subKegiatan(_ path: JSONPath, areaNumber: Int) throws -> SubKegiatan {
        var title = ""
        var indicators: [Indicator] = []
        try object(path, what: Text.PlanFile.aSubKegiatan, keys: Keys.subKegiatan, required: 2) { d, key in
            if key == 0 {
                title = try d.string(path.key("title"), allowEmpty: false)
            } else {
                try d.array(path.key("indikator")) { d, i in
                    var child = path
                    child.indicator = i
                    indicators.append(try d.indicator(child))
                }
            }
        }
        return SubKegiatan(title: title, indicators: indicators)
    }

    mutating func indicator(_ path: JSONPath) throws -> Indicator {
        var text = "", ket = ""
        var explicitID: RowID?
        var months = MonthSet()
        _ = try reader.peek()
        var location = (offset: reader.offset, explicit: false)
        try object(path, what: Text.PlanFile.anIndicatorRow, keys: Keys.indicator, required: 2) { d, key in
            switch key {
            case 0: text = try d.string(path.key("text"), allowEmpty: true)
            case 1: months = try d.months(path)
            case 2:
                let start = try d.expect(.string, path.key("id"), Text.PlanFile.aString)
                let raw = try d.string(path.key("id"), allowEmpty: false)
                guard RowID.isUsable(raw) else {  // the journal's rule too: never a plan its journal refuses
                    throw d.fail(start, path.key("id"), Text.PlanFile.badID)
                }
                explicitID = RowID(raw)
                location = (start, true)
            default: ket = try d.string(path.key("ket"), allowEmpty: true)
            }
        }
        idLocations.append(location)
        if idLocations.count >= rowLimit { stopped = true }
        return Indicator(id: explicitID, text: text, months: months, ket: ket)
    }

    mutating func months(_ path: JSONPath) throws -> MonthSet {
        // A plain loop, not `array(_:_:)`: this runs for every mark of every row.
        var months = MonthSet()
        _ = try expect(.array, path.key("months"), Text.PlanFile.anArray)
        try reader.beginArray()
        let labels = Keys.months
        var m = 0
        while try reader.nextElement() {
            let start = try expect(.string, path.key("months", element: m), Text.PlanFile.aMonthName)
            let month: Month
            // The usual spelling first, without building a string.
            let word = try reader.readWord(in: labels)
            if case .known(let index) = word, let label = Month(index: index) {
                month = label
            } else if case .other(let name) = word {
                let exact = Month.labels.firstIndex(of: name).flatMap(Month.init(index:))
                // (A month name is short: a 10 MB one is refused without trimming and lowercasing it.)
                guard let parsed = exact ?? (name.utf8.count <= 64 ? Month(parsing: name) : nil),
                      exact != nil || Int(name.trimmingCharacters(in: .whitespaces)) == nil else {
                    throw fail(start, path.key("months", element: m),
                               Text.PlanFile.unknownMonth(String(name.prefix(20)), labels: Month.labels.joined(separator: " ")))
                }
                month = parsed
            } else {
                throw fail(start, path.key("months", element: m), Text.PlanFile.aMonthName)
            }
            guard !months.contains(month) else {
                throw fail(start, path.key("months", element: m), Text.PlanFile.monthTwice(month.label))
            }
            months.insert(month)
            m += 1
        }
        return months
    }
}
