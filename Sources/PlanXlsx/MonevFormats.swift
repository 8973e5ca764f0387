import CXlsxWriter
import PlanDocuments

/// The report's cell formats, each with its quote-prefixed twin.
struct MonevFormats {
    let title, header, numbering, text, boldText, centred, area, plain, bold, boldName, link, listed, tenggat: UnsafeMutablePointer<lxw_format>
    /// What a note's tenggat cell shows before its date (a literal of its number format: the cell stays a date).
    static let tenggatLabel = "Tenggat: "
    /// The centred formats of figures: a table row's (`top`, once at the top, now in the middle as its texts) and a recap's.
    struct Figures {
        let centred, percent, percentTenth, count, date: UnsafeMutablePointer<lxw_format>
    }
    let top, middle: Figures
    let quoted: [UnsafeMutablePointer<lxw_format>: UnsafeMutablePointer<lxw_format>]

    /// `indented`: text cells with a one-level indent (the Laporan); the province's recap, whose office names fill
    /// their narrow column on one line, keeps none.
    init(_ workbook: UnsafeMutablePointer<lxw_workbook>, indented: Bool = true) {
        var quoted: [UnsafeMutablePointer<lxw_format>: UnsafeMutablePointer<lxw_format>] = [:]
        func make(_ size: Double, bold: Bool = false, centre: Bool = false, border: Bool = true, wrap: Bool = true,
                  shade: Bool = false, number: String? = nil, underline: Bool = false, middle: Bool = false,
                  indent: Bool = false) -> UnsafeMutablePointer<lxw_format> {
            func one() -> UnsafeMutablePointer<lxw_format> {
                let f = workbook_add_format(workbook)!
                format_set_font_name(f, "Bookman Old Style")
                format_set_font_size(f, size)
                if bold { format_set_bold(f) }
                format_set_align(f, UInt8((centre ? LXW_ALIGN_CENTER : LXW_ALIGN_LEFT).rawValue))
                format_set_align(f, UInt8((middle ? LXW_ALIGN_VERTICAL_CENTER : LXW_ALIGN_VERTICAL_TOP).rawValue))
                if wrap { format_set_text_wrap(f) }
                if indent && indented { format_set_indent(f, MonevLayout.textIndent) }
                if border { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
                if shade { format_set_bg_color(f, 0xEEEEEE) }
                if let number { format_set_num_format(f, number) }
                if underline { format_set_underline(f, UInt8(LXW_UNDERLINE_SINGLE.rawValue)); format_set_font_color(f, 0x0000CC) }
                return f
            }
            let format = one(), twin = one()
            QuotePrefix.mark(twin)
            quoted[format] = twin
            return format
        }
        let size = MonevLayout.fontSize
        title = make(11, bold: true, centre: true, border: false, wrap: false, middle: true)
        header = make(MonevLayout.headerSize, bold: true, centre: true, middle: true)
        numbering = make(MonevLayout.headerSize, centre: true, middle: true)
        // Text cells indented one level: an inner margin between the border and the text (issue 21).
        // In the middle of their rows, which keep `MonevLayout.cellPadding` beyond the tallest text: a text stood tight
        // under the top border (issue 21's third review).
        text = make(size, middle: true, indent: true)
        boldText = make(size, bold: true, middle: true, indent: true)
        centred = make(size, centre: true, middle: true)
        area = make(size, bold: true, shade: true, middle: true, indent: true)
        plain = make(10, border: false, wrap: false)
        bold = make(10, bold: true, border: false, wrap: false)
        boldName = make(10, bold: true, border: false, wrap: false, underline: false)
        // The short rows of the recap and the evidence list: text in the middle, off the borders.
        listed = make(size, middle: true, indent: true)
        link = make(size, underline: true, middle: true, indent: true)
        // [$-421] is Indonesian: a decimal comma and the month's Indonesian name wherever the file is opened.
        func figures(middle: Bool) -> Figures {
            Figures(centred: make(size, centre: true, middle: middle),
                    percent: make(size, centre: true, number: "[$-421]0%", middle: middle),
                    percentTenth: make(size, centre: true, number: "[$-421]0.0%", middle: middle),
                    count: make(size, centre: true, number: "0", middle: middle),
                    date: make(size, centre: true, number: "[$-421]d mmmm yyyy", middle: middle))
        }
        tenggat = make(size, wrap: false, number: "[$-421]\"\(Self.tenggatLabel)\"d mmmm yyyy", middle: true, indent: true)
        top = figures(middle: true)
        middle = figures(middle: true)
        self.quoted = quoted
    }
}
