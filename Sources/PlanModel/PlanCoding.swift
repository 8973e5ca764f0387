/// The binary form of a plan and of a realisation, for the snapshot cache (docs/STATE-V2.md). A plan is written
/// as its tree (document and areas, explicit ids kept explicit) and read back through `Plan.init`, so a decoded
/// plan is built by the same code as one decoded from plan.json.
package enum PlanCoding {
    /// Writes the plan's structure to `w` (the decree's details, areas and their names, kegiatan and their titles,
    /// ids, months) and its other texts (sub kegiatan titles, indicator texts, KET) to `t`, so an outline can be
    /// read without touching the texts.
    package static func write(_ plan: Plan, to w: inout ByteWriter, texts t: inout ByteWriter) {
        let d = plan.document
        for text in [d.institution, d.number, d.title, d.unit, d.place, d.date, d.signer, d.signerTitle, d.code] { w.string(text) }
        w.int(d.year)
        w.count(plan.areas.count)
        for area in plan.areas { write(area, to: &w, texts: &t) }
    }

    /// The plan from its structure `r` and its texts `t`; with `t` nil an outline: sub kegiatan titles, indicator
    /// texts and KET left empty, for what needs only areas, kegiatan, ids and months (`rencana progress` by area
    /// or kegiatan).
    package static func plan(from r: inout ByteReader, texts t: inout ByteReader?) throws(ByteDecodingError) -> Plan {
        var fields: [String] = []
        for _ in 0..<9 { fields.append(try r.string()) }
        let document = DocumentInfo(institution: fields[0], number: fields[1], title: fields[2], unit: fields[3],
                                    year: try r.int(), place: fields[4], date: fields[5], signer: fields[6],
                                    signerTitle: fields[7], code: fields[8])
        let count = try r.count(minimumBytes: 3)
        var areas: [ChangeArea] = []
        areas.reserveCapacity(count)
        for _ in 0..<count { areas.append(try area(from: &r, texts: &t)) }
        return Plan(document: document, areas: areas)
    }

    /// A plan in one stream: its texts first (length-prefixed), then its structure.
    package static func write(_ plan: Plan, to w: inout ByteWriter) {
        var structure = ByteWriter(), texts = ByteWriter()
        write(plan, to: &structure, texts: &texts)
        w.count(texts.bytes.count)
        w.raw(texts.bytes)
        w.raw(structure.bytes)
    }

    /// A plan written by `write(_:to:)`; with `texts` false an outline.
    package static func plan(from r: inout ByteReader, texts: Bool = true) throws(ByteDecodingError) -> Plan {
        let blob = try r.reader(count: try r.count())
        var t: ByteReader? = texts ? blob : nil
        let plan = try self.plan(from: &r, texts: &t)
        if let t, !t.isAtEnd { throw ByteDecodingError(offset: r.offset) }
        return plan
    }

    package static func write(_ area: ChangeArea, to w: inout ByteWriter, texts t: inout ByteWriter) {
        w.int(area.number)
        w.string(area.name)
        w.count(area.kegiatan.count)
        for kegiatan in area.kegiatan { write(kegiatan, to: &w, texts: &t) }
    }

    package static func area(from r: inout ByteReader, texts t: inout ByteReader?) throws(ByteDecodingError) -> ChangeArea {
        let number = try r.int()
        let name = try r.string()
        let count = try r.count(minimumBytes: 2)
        var kegiatan: [Kegiatan] = []
        kegiatan.reserveCapacity(count)
        for _ in 0..<count { kegiatan.append(try self.kegiatan(from: &r, texts: &t)) }
        return ChangeArea(number: number, name: name, kegiatan: kegiatan)
    }

    package static func write(_ kegiatan: Kegiatan, to w: inout ByteWriter, texts t: inout ByteWriter) {
        w.string(kegiatan.title)
        w.count(kegiatan.subKegiatan.count)
        for sub in kegiatan.subKegiatan { write(sub, to: &w, texts: &t) }
    }

    package static func kegiatan(from r: inout ByteReader, texts t: inout ByteReader?) throws(ByteDecodingError) -> Kegiatan {
        let title = try r.string()
        let count = try r.count(minimumBytes: 1)
        var subs: [SubKegiatan] = []
        subs.reserveCapacity(count)
        for _ in 0..<count { subs.append(try sub(from: &r, texts: &t)) }
        return Kegiatan(title: title, subKegiatan: subs)
    }

    package static func write(_ sub: SubKegiatan, to w: inout ByteWriter, texts t: inout ByteWriter) {
        t.string(sub.title)
        w.count(sub.indicators.count)
        for indicator in sub.indicators { write(indicator, to: &w, texts: &t) }
    }

    package static func sub(from r: inout ByteReader, texts t: inout ByteReader?) throws(ByteDecodingError) -> SubKegiatan {
        let title = try t?.string() ?? ""
        let count = try r.count(minimumBytes: 2)
        var indicators: [Indicator] = []
        indicators.reserveCapacity(count)
        for _ in 0..<count { indicators.append(try indicator(from: &r, texts: &t)) }
        return SubKegiatan(title: title, indicators: indicators)
    }

    package static func write(_ indicator: Indicator, to w: inout ByteWriter, texts t: inout ByteWriter) {
        if let id = indicator.id {
            w.bool(true)
            w.string(id.rawValue)
        } else {
            w.bool(false)
        }
        w.count(Int(indicator.months.bits))
        t.string(indicator.text)
        t.string(indicator.ket)
    }

    package static func indicator(from r: inout ByteReader, texts t: inout ByteReader?) throws(ByteDecodingError) -> Indicator {
        let id = try r.bool() ? RowID(try r.string()) : nil
        let months = MonthSet(bits: UInt16(try r.number(upTo: 0x0FFF)))
        let text = try t?.string() ?? ""
        return Indicator(id: id, text: text, months: months, ket: try t?.string() ?? "")
    }

    /// A part of the tree in one stream, as `write(_:to:)` writes a plan.
    private static func inline(_ body: (inout ByteWriter, inout ByteWriter) -> Void, to w: inout ByteWriter) {
        var structure = ByteWriter(), texts = ByteWriter()
        body(&structure, &texts)
        w.count(texts.bytes.count)
        w.raw(texts.bytes)
        w.raw(structure.bytes)
    }

    private static func inline<T>(_ r: inout ByteReader,
                                  _ body: (inout ByteReader, inout ByteReader?) throws(ByteDecodingError) -> T) throws(ByteDecodingError) -> T {
        var t: ByteReader? = try r.reader(count: try r.count())
        let value = try body(&r, &t)
        guard t?.isAtEnd == true else { throw ByteDecodingError(offset: r.offset) }
        return value
    }

    package static func write(_ subtree: PlanSubtree, to w: inout ByteWriter) {
        switch subtree {
        case .indikator(let indicator): w.u8(0); inline({ write(indicator, to: &$0, texts: &$1) }, to: &w)
        case .sub(let sub): w.u8(1); inline({ write(sub, to: &$0, texts: &$1) }, to: &w)
        case .kegiatan(let kegiatan): w.u8(2); inline({ write(kegiatan, to: &$0, texts: &$1) }, to: &w)
        case .area(let area): w.u8(3); inline({ write(area, to: &$0, texts: &$1) }, to: &w)
        }
    }

    package static func subtree(from r: inout ByteReader) throws(ByteDecodingError) -> PlanSubtree {
        switch try r.u8() {
        case 0: return .indikator(try inline(&r) { (r, t) throws(ByteDecodingError) in try indicator(from: &r, texts: &t) })
        case 1: return .sub(try inline(&r) { (r, t) throws(ByteDecodingError) in try sub(from: &r, texts: &t) })
        case 2: return .kegiatan(try inline(&r) { (r, t) throws(ByteDecodingError) in try kegiatan(from: &r, texts: &t) })
        case 3: return .area(try inline(&r) { (r, t) throws(ByteDecodingError) in try area(from: &r, texts: &t) })
        default: throw ByteDecodingError(offset: r.offset)
        }
    }

    // MARK: Realisation

    package static func write(_ status: RealisationStatus?, to w: inout ByteWriter) {
        switch status {
        case nil: w.u8(0)
        case .done: w.u8(1)
        case .partly: w.u8(2)
        case .missed: w.u8(3)
        case .moved(let month): w.u8(UInt8(3 + month.rawValue))
        }
    }

    package static func status(from r: inout ByteReader) throws(ByteDecodingError) -> RealisationStatus? {
        let code = try r.u8()
        switch code {
        case 0: return nil
        case 1: return .done
        case 2: return .partly
        case 3: return .missed
        case 4...15: return .moved(Month(rawValue: Int(code) - 3)!)
        default: throw ByteDecodingError(offset: r.offset)
        }
    }

    package static func month(from r: inout ByteReader) throws(ByteDecodingError) -> Month {
        guard let month = Month(index: Int(try r.u8())) else { throw ByteDecodingError(offset: r.offset) }
        return month
    }

    package static func write(_ evidence: Evidence, to w: inout ByteWriter) {
        w.string(evidence.id)
        w.string(evidence.row.rawValue)
        w.u8(evidence.month.map { UInt8($0.index) } ?? 12)
        w.u8(UInt8(EvidenceKind.allCases.firstIndex(of: evidence.kind)!))
        w.string(evidence.title)
        w.string(evidence.number)
        w.string(evidence.date)
        switch evidence.location {
        case .file(let path): w.u8(0); w.string(path)
        case .url(let url): w.u8(1); w.string(url)
        }
    }

    package static func evidence(from r: inout ByteReader) throws(ByteDecodingError) -> Evidence {
        let id = try r.string()
        let row = RowID(try r.string())
        let monthIndex = Int(try r.u8())
        guard monthIndex <= 12 else { throw ByteDecodingError(offset: r.offset) }
        let kindIndex = Int(try r.u8())
        guard kindIndex < EvidenceKind.allCases.count else { throw ByteDecodingError(offset: r.offset) }
        let title = try r.string(), number = try r.string(), date = try r.string()
        let location: Evidence.Location
        switch try r.u8() {
        case 0: location = .file(try r.string())
        case 1: location = .url(try r.string())
        default: throw ByteDecodingError(offset: r.offset)
        }
        return Evidence(id: id, row: row, month: Month(index: monthIndex), kind: EvidenceKind.allCases[kindIndex],
                        title: title, number: number, date: date, location: location)
    }

    package static func write(_ realisation: Realisation, to w: inout ByteWriter) {
        w.count(realisation.cells.count)
        for (row, months) in realisation.cells {
            w.string(row.rawValue)
            w.count(months.count)
            for (month, record) in months {
                w.u8(UInt8(month.index))
                write(record.status, to: &w)
                w.string(record.date)
                w.string(record.note)
            }
        }
        w.count(realisation.pj.count)
        for (row, name) in realisation.pj {
            w.string(row.rawValue)
            w.string(name)
        }
        w.count(realisation.evidence.count)
        for item in realisation.evidence { write(item, to: &w) }
        w.count(realisation.reviews.count)
        for (row, byTW) in realisation.reviews {
            w.string(row.rawValue)
            w.count(byTW.count)
            for (tw, review) in byTW {
                w.int(tw)
                w.string(review.kendala)
                w.string(review.tindakLanjut)
                w.string(review.tenggat)
            }
        }
        let s = realisation.signer
        for text in [s.place, s.date, s.signer, s.signerTitle, s.nip] { w.string(text) }
    }

    package static func realisation(from r: inout ByteReader) throws(ByteDecodingError) -> Realisation {
        var out = Realisation()
        let rows = try r.count(minimumBytes: 2)
        out.cells.reserveCapacity(rows)
        for _ in 0..<rows {
            let row = RowID(try r.string())
            let count = try r.count(minimumBytes: 4)
            var months: [Month: CellRecord] = Dictionary(minimumCapacity: max(count, 3))
            for _ in 0..<count {
                let month = try month(from: &r)
                let record = CellRecord(status: try status(from: &r), date: try r.string(), note: try r.string())
                guard !record.isEmpty else { throw ByteDecodingError(offset: r.offset) }
                months[month] = record
            }
            guard !months.isEmpty else { throw ByteDecodingError(offset: r.offset) }
            out.cells[row] = months
        }
        let pjs = try r.count(minimumBytes: 2)
        for _ in 0..<pjs { out.pj[RowID(try r.string())] = try r.string() }
        let evidence = try r.count(minimumBytes: 9)
        out.evidence.reserveCapacity(evidence)
        for _ in 0..<evidence { out.evidence.append(try self.evidence(from: &r)) }
        let reviews = try r.count(minimumBytes: 2)
        for _ in 0..<reviews {
            let row = RowID(try r.string())
            let count = try r.count(minimumBytes: 4)
            var byTW: [Int: Review] = [:]
            for _ in 0..<count {
                let tw = try r.int()
                byTW[tw] = Review(kendala: try r.string(), tindakLanjut: try r.string(), tenggat: try r.string())
            }
            out.reviews[row] = byTW
        }
        var signer = ReportSigner()
        signer.place = try r.string()
        signer.date = try r.string()
        signer.signer = try r.string()
        signer.signerTitle = try r.string()
        signer.nip = try r.string()
        out.signer = signer
        return out
    }
}
