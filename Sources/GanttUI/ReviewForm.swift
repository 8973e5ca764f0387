import Foundation
import PlanModel

/// `T` in the Realisasi layer: the Triwulan review of the cursor's row and period (the Triwulan holding the cursor's
/// month), asked field by field in the key bar: kendala, tindak lanjut, tenggat. Enter goes to the next field and
/// saves after the last; Tab / Shift-Tab move between fields; Esc cancels. Each changed field is one `review` entry.
public struct ReviewDraft: Equatable, Sendable {
    public let row: RowID
    /// The Triwulan, 1–4.
    public let tw: Int
    /// The field being edited (an index of `ReviewDraft.fields`).
    public internal(set) var field = 0
    /// The answers so far, and the review as it was (only changed fields are recorded).
    public internal(set) var values: [String]
    let original: [String]
    public internal(set) var editor: TextEditor

    /// The review's fields in the order asked.
    public static let fields: [ReviewField] = [.kendala, .tindakLanjut, .tenggat]

    init(row: RowID, tw: Int, review: Review, width: Int) {
        self.row = row
        self.tw = tw
        values = [review.kendala, review.tindakLanjut, review.tenggat]
        original = values
        editor = TextEditor(text: values[0], width: width)
    }

    /// Goes to field `n` (wrapping), keeping the answer typed so far.
    mutating func go(to n: Int) {
        values[field] = editor.text
        field = ((n % values.count) + values.count) % values.count
        editor = TextEditor(text: values[field], width: editor.width)
    }

    /// A tenggat as the journal keeps it: `YYYY-MM-DD`, from that form or the Indonesian long form (`8 April 2022`);
    /// empty stays empty; nil when it is no real date. The dashboard's one rule for a tenggat (the command line's
    /// date parser takes its place once it is in the model).
    static func tenggat(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return "" }
        var parts: (year: Int, month: Int, day: Int)?
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, dashed[1].count == 2, dashed[2].count == 2,
           dashed.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
           let y = Int(dashed[0]), let m = Int(dashed[1]), let d = Int(dashed[2]) {
            parts = (y, m, d)
        }
        let words = text.split(separator: " ")
        let months = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                      "november", "desember"]
        if parts == nil, words.count == 3, words[0].count <= 2, words[2].count == 4,
           let d = Int(words[0]), let y = Int(words[2]), let m = months.firstIndex(of: words[1].lowercased()) {
            parts = (y, m + 1, d)
        }
        guard let (y, m, d) = parts, (1...9999).contains(y), (1...12).contains(m) else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// A tenggat as the document prints a date: `2022-04-08` reads "8 April 2022" (anything else as it is).
    static func printed(_ tenggat: String) -> String {
        let parts = tenggat.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else {
            return tenggat
        }
        let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                      "November", "Desember"]
        return "\(d) \(months[m - 1]) \(y)"
    }
}

extension AppState {
    /// `T`: opens the review of the cursor's row for the Triwulan holding the cursor's month.
    mutating func startReviewForm() {
        guard let index = selectedRow, foldLines[index] == nil else { notice = .foldedLine; return }
        let row = plan.rows[index].id
        let tw = month.index / 3 + 1
        let review = year.realisation.reviews[row]?[tw] ?? Review()
        prompt = .review(ReviewDraft(row: row, tw: tw, review: review, width: promptEditorWidth))
    }

    /// One key of the review form.
    mutating func reviewKey(_ draft: ReviewDraft, _ key: Key) -> [Effect] {
        var draft = draft
        draft.editor.width = promptEditorWidth
        switch key {
        case .tab, .down: draft.go(to: draft.field + 1)
        case .backTab, .up: draft.go(to: draft.field - 1)
        case .ctrl("o"): break  // one line: no line breaks
        default:
            if case .char = key, draft.editor.text.count >= Prompt.maxLength { break }
            switch draft.editor.handle(key.fitted(oneLine: true, room: Prompt.maxLength - draft.editor.text.count)) {
            case .editing: break
            case .cancelled:
                prompt = nil
                return []
            case .saved:
                if draft.field < ReviewDraft.fields.count - 1 {
                    draft.go(to: draft.field + 1)
                } else {
                    draft.go(to: draft.field)
                    return saveReview(draft)
                }
            }
        }
        prompt = .review(draft)
        return []
    }

    /// Records the fields that changed, or (a tenggat that is not a date) stays on the tenggat and says why.
    private mutating func saveReview(_ draft: ReviewDraft) -> [Effect] {
        var draft = draft
        let last = ReviewDraft.fields.count - 1
        guard let date = ReviewDraft.tenggat(draft.values[last]) else {
            notice = .reviewDate(draft.values[last])
            draft.go(to: last)
            prompt = .review(draft)
            return []
        }
        prompt = nil
        var values = draft.values.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
        values[last] = date
        return ReviewDraft.fields.indices.compactMap { n in
            values[n] == draft.original[n] ? nil
                : .setReview(row: draft.row, tw: draft.tw, field: ReviewDraft.fields[n], text: values[n])
        }
    }
}

extension Painter {
    /// The review form in the key bar: which review and field, then the field's editor.
    mutating func reviewLine(_ state: AppState, _ draft: ReviewDraft, _ layout: Layout) {
        let t = state.text, y = layout.keyBarY
        let names = t.reviewFields
        let name = names.indices.contains(draft.field) ? names[draft.field] : ""
        let label = t.reviewPrompt(AppState.roman(draft.tw), draft.row.rawValue, name, draft.field + 1, names.count)
        let x0 = text(label, x: 0, y: y, width: layout.width, style: Style(.key, bold: true)) + 1
        // The form's keys at the right end where the line has room for them and a text.
        let keyItems = t.keysReview(draft.field == ReviewDraft.fields.count - 1)
        let keysWidth = keyItems.reduce(0) { $0 + clean($1.key).displayWidth + clean($1.label).displayWidth + 3 }
        let room = layout.width - x0 - 1 >= keysWidth + 30 ? layout.width - x0 - 1 - keysWidth : layout.width - x0 - 1
        oneLine(draft.editor, x: x0, y: y, width: max(1, room), style: Style(.keyLabel, bold: true),
                cursorStyle: Style(.cursorCell, bold: true), cursorEnd: x0 + max(1, room))
        if room < layout.width - x0 - 1 { keys(keyItems, from: x0 + room + 1, y: y, width: layout.width) }
    }
}
