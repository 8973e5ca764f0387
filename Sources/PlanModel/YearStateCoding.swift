/// The plan, marks and realisation of a replayed state, read from the snapshot cache without its entries.
package struct StateView: Sendable {
    package let plan: Plan
    package let marks: [MonthSet]
    package let realisation: Realisation

    package init(plan: Plan, marks: [MonthSet], realisation: Realisation) {
        self.plan = plan
        self.marks = marks
        self.realisation = realisation
    }
}

/// A replayed `YearState` in binary form, for the snapshot cache (docs/STATE-V2.md, "Snapshot cache"), in three
/// parts: the current plan (when it differs from the signed one), the view (marks, changed cells, realisation)
/// and the journal (every entry, the undo and redo stacks, marks by row, per-row history links). What is derived from those (the mark history, the entry
/// index, the evidence ids) is rebuilt on restoring, and the tree is built again when first needed, as after
/// any load. The signed plan is written and read by the caller (`PlanCoding`).
extension YearState {
    /// Whether the replay changed the plan itself (texts, rows, order or the decree's details: an entry whose kind
    /// reaches texts or rows): only then is the current plan written apart from the signed one.
    private var planDiffersFromSigned: Bool {
        entries.contains { entry in
            switch entry.change.reach(forward: true) {
            case .texts, .rows: true
            default: false
            }
        }
    }

    /// The current plan, when it differs from the signed one (else one byte).
    package func writeCurrentPlan(to w: inout ByteWriter) {
        let differs = planDiffersFromSigned
        w.bool(differs)
        if differs { PlanCoding.write(plan, to: &w) }
    }

    /// The current plan written by `writeCurrentPlan` (`signed` when it was the same); `texts` as for `PlanCoding`.
    package static func currentPlan(signed: Plan, from r: inout ByteReader, texts: Bool = true) throws(ByteDecodingError) -> Plan {
        let plan = try r.bool() ? try PlanCoding.plan(from: &r, texts: texts) : signed
        guard r.isAtEnd else { throw ByteDecodingError(offset: r.offset) }
        return plan
    }

    package func writeView(to w: inout ByteWriter) {
        w.count(marks.count)
        for set in marks { w.count(Int(set.bits)) }
        w.int(changedCells)
        PlanCoding.write(realisation, to: &w)
    }

    /// The view part for the current `plan`, checked against it (as many marks as rows).
    package static func view(plan: Plan, from r: inout ByteReader) throws(ByteDecodingError) -> (StateView, changedCells: Int) {
        let count = try r.count()
        guard count == plan.rows.count else { throw ByteDecodingError(offset: r.offset) }
        var marks: [MonthSet] = []
        marks.reserveCapacity(count)
        for _ in 0..<count { marks.append(MonthSet(bits: UInt16(try r.number(upTo: 0x0FFF)))) }
        let changed = try r.int()
        let realisation = try PlanCoding.realisation(from: &r)
        guard r.isAtEnd else { throw ByteDecodingError(offset: r.offset) }
        return (StateView(plan: plan, marks: marks, realisation: realisation), changed)
    }

    package func writeJournal(to w: inout ByteWriter) {
        w.count(entries.count)
        for entry in entries { EntryCoding.write(entry, to: &w) }
        for stack in [undoStack, redoStack] {
            w.count(stack.count)
            for seq in stack { w.count(seq) }
        }
        w.count(marksByRow.count)
        for (row, set) in marksByRow {
            w.string(row.rawValue)
            w.count(Int(set.bits))
        }
        w.count(rowLinks.count)
        for link in rowLinks {
            w.count(Int(link.seq))
            w.int(Int(link.previous))
        }
        w.count(lastLinkByRow.count)
        for (row, link) in lastLinkByRow {
            w.string(row.rawValue)
            w.count(Int(link))
        }
    }

    /// The state as it was written: `view` from `view(signed:from:)`, the rest read from `r`. Every number that
    /// indexes something is checked, so hostile bytes throw instead of trapping later.
    package init(signed: Plan, view: StateView, changedCells: Int, journal r: inout ByteReader) throws(ByteDecodingError) {
        self.init(signed: signed)
        plan = view.plan
        marks = view.marks
        realisation = view.realisation
        self.changedCells = changedCells
        let count = try r.count(minimumBytes: 12)
        entries.reserveCapacity(count)
        seqByID.reserveCapacity(count)
        for index in 0..<count {
            let seq = index + 1
            var packed: (UInt64, UInt64)?
            let entry = try EntryCoding.entry(seq: seq, from: &r, packedID: &packed)
            if let (high, low) = packed { seqByID.set(high: high, low: low, seq) } else { seqByID[entry.id] = seq }
            if let mark = entry.markEntry { markHistory.append(mark) }
            // What `apply` keeps per entry for a team (the snapshot is only written for a journal without one).
            maxClock = max(maxClock, entry.clock ?? seq)
            if entry.clock == nil && entry.device == nil { earlyEntries += 1 }
            entries.append(entry)
        }
        for isUndo in [true, false] {
            let size = try r.count()
            var stack: [Int] = []
            stack.reserveCapacity(size)
            for _ in 0..<size {
                let seq = try r.number(upTo: count)
                guard seq >= 1 else { throw ByteDecodingError(offset: r.offset) }
                stack.append(seq)
            }
            if isUndo { undoStack = stack } else { redoStack = stack }
        }
        let marked = try r.count(minimumBytes: 2)
        marksByRow.reserveCapacity(marked)
        for _ in 0..<marked { marksByRow[RowID(try r.string())] = MonthSet(bits: UInt16(try r.number(upTo: 0x0FFF))) }
        let links = try r.count(minimumBytes: 2)
        rowLinks.reserveCapacity(links)
        for index in 0..<links {
            let seq = try r.number(upTo: count)
            let previous = try r.int()
            guard seq >= 1, previous >= -1, previous < index else { throw ByteDecodingError(offset: r.offset) }
            rowLinks.append((Int32(seq), Int32(previous)))
        }
        let heads = try r.count(minimumBytes: 2)
        guard heads == 0 || links > 0 else { throw ByteDecodingError(offset: r.offset) }
        lastLinkByRow.reserveCapacity(heads)
        for _ in 0..<heads {
            let row = RowID(try r.string())
            let link = try r.number(upTo: links - 1)
            lastLinkByRow[row] = Int32(link)
        }
        guard r.isAtEnd else { throw ByteDecodingError(offset: r.offset) }
        evidenceIDs = Set(realisation.evidence.map(\.id))
    }
}

/// The progress tracker's values in binary form (the snapshot's last section), so `rencana progress` needs
/// neither the realisation nor a recomputation.
extension ProgressTracker {
    package func write(to w: inout ByteWriter) {
        let cells = packedCells
        w.count(cells.count)
        for value in cells {
            w.u8(UInt8(truncatingIfNeeded: value))
            w.u8(UInt8(truncatingIfNeeded: value >> 8))
        }
        let sums = packedSums
        w.count(sums.count)
        for value in sums { w.int(Int(value)) }
        let counts = evidenceCountsByRow
        w.count(counts.count)
        for (row, lanes) in counts {
            w.count(row)
            for lane in 0..<14 { w.count(Int(lanes[lane])) }
        }
    }

    /// The tracker of `plan` from what `write` wrote; throws when it does not fit the plan.
    package init(plan: Plan, from r: inout ByteReader) throws(ByteDecodingError) {
        let count = try r.count(minimumBytes: 2)
        var cells = [UInt16](repeating: 0, count: count)
        for i in 0..<count { cells[i] = UInt16(try r.u8()) | UInt16(try r.u8()) << 8 }
        let sumCount = try r.count()
        var sums = [Int32](repeating: 0, count: sumCount)
        for i in 0..<sumCount {
            let value = try r.int()
            guard let exact = Int32(exactly: value) else { throw ByteDecodingError(offset: r.offset) }
            sums[i] = exact
        }
        let rows = try r.count(minimumBytes: 15)
        var counts: [Int: SIMD16<Int32>] = Dictionary(minimumCapacity: rows)
        for _ in 0..<rows {
            let row = try r.number(upTo: Int(Int32.max))
            var lanes = SIMD16<Int32>()
            for lane in 0..<14 { lanes[lane] = Int32(try r.number(upTo: Int(Int32.max))) }
            counts[row] = lanes
        }
        guard r.isAtEnd, let tracker = ProgressTracker(plan: plan, packedCells: cells, sums: sums, evidenceCounts: counts) else {
            throw ByteDecodingError(offset: r.offset)
        }
        self = tracker
    }
}
