import PlanDocuments

/// The Laporan's cell texts as written: each line ended off the cell's right border where it is measured (`CellLines`:
/// an xlsx cell has no right padding, and LibreOffice wrapped text to half a point from the border, issue 21).
extension MonevBook {
    /// A table text cell's text: a word wider than column `c` (or than its lines, `cellPoints`) breakable after each
    /// slash, before a digit too (`MonevLayout.breakable`): LibreOffice broke `012/LHKPN/I/20|22` inside the number.
    func tableText(_ s: String, _ c: Int) -> String {
        MonevLayout.breakable(DocumentText.markerJoined(s, points: fullPoints(c), size: MonevLayout.fontSize), wordsWiderThan: min(LampiranLayout.points(width: widths[c]) * LampiranLayout.libreOfficeWidth * 0.95
                                                   - MonevLayout.textMargins, cellPoints(c)), size: MonevLayout.fontSize)
    }
    /// The least room kept between a text's longest line and its cell's right border, in points (`CellLines`).
    static let rightRoom = 4.0
    /// The points LibreOffice wraps a text cell of column `c` in (its indent and margins taken off).
    func fullPoints(_ c: Int) -> Double {
        LampiranLayout.points(width: widths[c]) * LampiranLayout.libreOfficeWidth - MonevLayout.textMargins
    }
    /// What LibreOffice gives the evidence list's text cells beyond `MonevLayout.textMargins`' estimate, in points:
    /// measured on its PDF from the text's start to the right border (NOMOR 117.4 for 115.8), so `7/SDM.12-SD/9204/2022`
    /// stays on one line. The table's columns vary about it (1 pt less to 1.7 more): they are given none.
    static let printedRoom = 1.5
    /// The points a table text cell's lines are measured and wrapped in: `rightRoom` off the right border.
    func cellPoints(_ c: Int) -> Double { fullPoints(c) - Self.rightRoom }
    /// A table text cell's text as written: `tableText`, its lines ended where they are measured (`cellPoints`).
    func written(_ s: String, _ c: Int) -> String {
        CellLines.wrapped(tableText(s, c), points: cellPoints(c), full: fullPoints(c), size: MonevLayout.fontSize)
    }
    /// A merged KEGIATAN's or SUB KEGIATAN's piece as written: its lines ended where they are measured (`spanPoints`).
    func writtenSpan(_ s: String, _ c: Int) -> String {
        CellLines.wrapped(tableText(s, c), points: spanPoints(c) * PagePieces.widthShare, full: fullPoints(c), size: MonevLayout.fontSize)
    }

    /// The room kept beside a centred heading's lines, both sides together (`headingText`).
    static let headingRoom = 6.0
    /// A heading centred over columns `points` wide as written: its lines ended `headingRoom` short of the room
    /// LibreOffice gives it (`CellLines`), so none runs to a border (`% CAPAIAN` printed 1.2 pt from it).
    func headingText(_ label: String, points: Double) -> String {
        let full = points * LampiranLayout.libreOfficeWidth - 4
        return CellLines.wrapped(label, points: full - Self.headingRoom, full: full, size: MonevLayout.headerSize, bold: true)
    }
    /// The height of a row of centred headings (each with the points of its columns): its tallest heading's lines.
    func headingHeight(_ labels: [(String, Double)]) -> Double {
        let most = labels.map { label, points in
            TextMeasure.lineCount(label, points: points * LampiranLayout.libreOfficeWidth - 4 - Self.headingRoom,
                                  size: MonevLayout.headerSize, bold: true)
        }.max() ?? 1
        return Double(most) * MonevLayout.lineHeight + MonevLayout.cellPadding
    }
}
