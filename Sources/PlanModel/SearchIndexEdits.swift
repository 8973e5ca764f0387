/// The folded text's edits: a text edit or a change of rows patched in, without folding the whole plan again
/// (see `SearchIndex.textChanged` and `SearchIndex.rowsChanged`).
extension FoldedText {
    init(buffer: [UInt8], starts: [Int], pieces: [(own: Int32, sub: Int32, kegiatan: Int32, area: Int32)], ids: [RowID]) {
        self.buffer = buffer
        self.starts = starts
        self.pieces = pieces
        self.ids = ids
    }

    /// No text: a placeholder while the real one is patched in place.
    static let empty = FoldedText(buffer: [], starts: [0], pieces: [], ids: [])

    /// Folds `texts` as one new piece at the end of the buffer (columns apart), returning its number.
    private mutating func appendPiece(_ texts: String...) -> Int32 {
        let piece = Int32(starts.count - 1)  // the end entry becomes the new piece's start
        for (i, text) in texts.enumerated() {
            if i > 0 { buffer.append(FoldedText.separator) }
            appendFolded(text, to: &buffer)
        }
        buffer.append(FoldedText.separator)
        starts.append(buffer.count)
        return piece
    }

    /// After rows were added, removed or moved: the rows before the first and after the last row whose id moved
    /// keep their pieces; the rows between are folded anew (their old pieces stay, unreferenced). Costs one
    /// comparison of ids per row kept and the text of the rows between. Returns those rows, before and after.
    mutating func splice(_ plan: Plan) -> (old: Range<Int>, new: Range<Int>) {
        let n = ids.count, m = plan.rows.count
        var prefix = 0
        while prefix < n && prefix < m && ids[prefix] == plan.rows[prefix].id { prefix += 1 }
        var suffix = 0
        while suffix < n - prefix && suffix < m - prefix && ids[n - 1 - suffix] == plan.rows[m - 1 - suffix].id { suffix += 1 }
        let old = prefix..<(n - suffix), new = prefix..<(m - suffix)
        var middle: [(own: Int32, sub: Int32, kegiatan: Int32, area: Int32)] = []
        middle.reserveCapacity(new.count)
        var area: Int32 = -1, kegiatan: Int32 = -1, sub: Int32 = -1
        for i in new {
            let row = plan.rows[i]
            if row.isFirstInArea || area < 0 { area = appendPiece(row.areaName) }
            if row.isFirstInKegiatan || kegiatan < 0 { kegiatan = appendPiece(row.kegiatan) }
            if row.isFirstInSubKegiatan || sub < 0 { sub = appendPiece(row.subKegiatan) }
            middle.append((appendPiece(row.id.rawValue, row.indikator, row.ket), sub, kegiatan, area))
        }
        pieces.replaceSubrange(old, with: middle)
        ids.replaceSubrange(old, with: plan.rows[new].lazy.map(\.id))
        return (old, new)
    }

    /// Folds the new text of `field` for the rows at `rows` as a new piece at the end of the buffer and points
    /// those rows at it (the old piece stays, unreferenced; a later rebuild drops it).
    mutating func replace(_ field: PlanTextField, rows: ClosedRange<Int>, in plan: Plan) {
        guard rows.upperBound < pieces.count else { return }
        let first = plan.rows[rows.lowerBound]
        switch field {
        case .indikator, .ket:
            for i in rows { let row = plan.rows[i]; pieces[i].own = appendPiece(row.id.rawValue, row.indikator, row.ket) }
        case .sub:
            let piece = appendPiece(first.subKegiatan)
            for i in rows { pieces[i].sub = piece }
        case .kegiatan:
            let piece = appendPiece(first.kegiatan)
            for i in rows { pieces[i].kegiatan = piece }
        case .area:
            let piece = appendPiece(first.areaName)
            for i in rows { pieces[i].area = piece }
        }
    }

}
