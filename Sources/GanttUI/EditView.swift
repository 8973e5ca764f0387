import Foundation
import PlanModel
import RencanaText

/// The editors of the plan itself, each carrying its own state: a box over the grid for the texts of the cursor's
/// row (`E`), and a form for the document's details (`D`). Their keys and update are here, their drawing in
/// RenderEdit.swift. Saving returns effects (`Effect.editText`, `Effect.editDocument`) that the effect runner
/// records through the store; the store's answer comes back as `.saved`, and the plan shown follows it.
public enum EditView: Equatable, Sendable {
    case texts(TextsEdit)
    case document(DocumentForm)

    /// The longest text the journal takes (`StateStore.maxTextLength`): typing or pasting stops there, with a message.
    public static let maxLength = 10_000
}

/// The texts of one row: one editor per column, opened on the INDIKATOR; Tab and Shift-Tab go to the next or
/// previous column; Enter saves every column whose text changed (one journal entry each).
public struct TextsEdit: Equatable, Sendable {
    /// The columns in the order Tab visits them, from the INDIKATOR the editor opens on.
    public static let order: [PlanTextField] = [.indikator, .ket, .area, .kegiatan, .sub]

    public let row: RowID
    /// The column being edited.
    public internal(set) var field: PlanTextField
    /// The editors, by column (`order`); each starts on the column's text as it was when the editor opened
    /// (without control characters: see `TextEditor.cleaned`).
    public internal(set) var editors: [TextEditor]
    public let originals: [String]
    /// A refusal or a limit reached, cleared by the next key.
    public internal(set) var message: String?

    init(row: PlanRow, width: Int) {
        self.row = row.id
        field = .indikator
        editors = Self.order.map { TextEditor.cleaned(row.text($0), width: width) }
        originals = editors.map(\.text)
    }

    var slot: Int { Self.order.firstIndex(of: field) ?? 0 }
    /// The editor of the column being edited.
    public var current: TextEditor { editors[slot] }

    /// Whether the text of `field` differs from the one the editor opened on.
    public func isChanged(_ field: PlanTextField) -> Bool {
        guard let i = Self.order.firstIndex(of: field) else { return false }
        return editors[i].text != originals[i]
    }

    /// Whether the table requires a text in `field` (AREA PERUBAHAN, KEGIATAN, SUB KEGIATAN; an indicator and KET may be empty).
    static func isRequired(_ field: PlanTextField) -> Bool { [.area, .kegiatan, .sub].contains(field) }
}

/// The document's details, one line each; ↑↓ and Tab move between them; Enter saves every changed detail.
public struct DocumentForm: Equatable, Sendable {
    /// The details in the form's order (as `rencana document` names them).
    public static let fields: [DocumentField] = [.number, .title, .unit, .year, .place, .date, .signer, .signerTitle, .code]

    public internal(set) var line = 0
    public internal(set) var editors: [TextEditor]
    public let originals: [String]
    public internal(set) var message: String?

    init(document: DocumentInfo) {
        editors = Self.fields.map { TextEditor.cleaned(document.text($0), width: 10_000) }
        originals = editors.map(\.text)
    }
}

extension AppState {
    /// `E`: opens the editor on the cursor row's INDIKATOR (a folded line: open it first).
    mutating func startTextEditor() {
        guard let index = selectedRow, foldLines[index] == nil else { notice = .foldedLine; return }
        editor = .texts(TextsEdit(row: plan.rows[index], width: editBoxInnerWidth))
    }

    /// `D`: opens the form of the document's details.
    mutating func startDocumentForm() {
        editor = .document(DocumentForm(document: plan.document))
    }

    /// Columns of text inside the editor's box.
    var editBoxInnerWidth: Int { max(1, editBoxWidth - 4) }
    /// The editor's box: most of the width, at most 100 columns.
    var editBoxWidth: Int { max(6, min(width - 2, 100)) }

    /// One key while an editor is open.
    mutating func editorKey(_ key: Key) -> [Effect] {
        // The view is taken out while its key is handled, so its texts are changed in place, not copied (a paste
        // is thousands of keys); it goes back unless the key closed it.
        guard let open = editor else { return [] }
        editor = nil
        var closed = false
        switch consume open {
        case .texts(var edit):
            let effects = textsKey(&edit, key, closed: &closed)
            if !closed { editor = .texts(edit) }
            return effects
        case .document(var form):
            let effects = formKey(&form, key, closed: &closed)
            if !closed { editor = .document(form) }
            return effects
        }
    }

    private mutating func textsKey(_ edit: inout TextsEdit, _ key: Key, closed: inout Bool) -> [Effect] {
        edit.message = nil
        let order = TextsEdit.order
        switch key {
        case .tab: edit.field = order[(edit.slot + 1) % order.count]
        case .backTab: edit.field = order[(edit.slot + order.count - 1) % order.count]
        case .escape: closed = true
        case .enter, .ctrl("s"):
            let changed = order.filter { edit.isChanged($0) }
            if let empty = changed.first(where: { TextsEdit.isRequired($0) && edit.editors[order.firstIndex(of: $0)!].text.allSatisfy(\.isWhitespace) }) {
                edit.field = empty
                edit.message = Text.Editor.fieldRequired(Self.fieldName(empty))
                return []
            }
            closed = true
            // The group titles before the row's own texts, as the table reads.
            return [.area, .kegiatan, .sub, .indikator, .ket].filter(changed.contains).map { field in
                .editText(row: edit.row, field: field, text: edit.editors[order.firstIndex(of: field)!].text)
            }
        default:
            let slot = edit.slot
            edit.editors[slot].width = editBoxInnerWidth
            if Self.typeLimited(&edit.editors[slot], key, oneLine: false) { edit.message = Text.Editor.textFull(EditView.maxLength) }
        }
        return []
    }

    private mutating func formKey(_ form: inout DocumentForm, _ key: Key, closed: inout Bool) -> [Effect] {
        form.message = nil
        let count = DocumentForm.fields.count
        switch key {
        case .tab, .down: form.line = (form.line + 1) % count
        case .backTab, .up: form.line = (form.line + count - 1) % count
        case .escape: closed = true
        case .enter, .ctrl("s"):
            let changed = DocumentForm.fields.indices.filter { form.editors[$0].text != form.originals[$0] }
            if let year = DocumentForm.fields.firstIndex(of: .year), changed.contains(year),
               Int(form.editors[year].text).map({ (1900...2999).contains($0) }) != true {
                form.line = year
                form.message = Text.Editor.badYear
                return []
            }
            // The date by the command line's rule (`rencana document --date`): a real day, kept as the documents print it.
            var texts = form.editors.map(\.text)
            if let date = DocumentForm.fields.firstIndex(of: .date), changed.contains(date) {
                let typed = texts[date].trimmingCharacters(in: .whitespaces)
                if !typed.isEmpty {
                    guard let day = CalendarDate(parsing: typed) else {
                        form.line = date
                        let label = Text.Editor.documentLabels[DocumentField.date.rawValue] ?? DocumentField.date.rawValue
                        form.message = Text.DashboardFixes.badDocumentDate(label)
                        return []
                    }
                    texts[date] = day.indonesian
                } else {
                    texts[date] = ""
                }
            }
            closed = true
            return changed.map { .editDocument(field: DocumentForm.fields[$0], text: texts[$0]) }
        case .ctrl("o"): break  // one line each
        default:
            if Self.typeLimited(&form.editors[form.line], key, oneLine: true) { form.message = Text.Editor.textFull(EditView.maxLength) }
        }
        return []
    }

    /// Gives `key` to `editor` unless it would type past the journal's limit; true when it was refused for that.
    /// A paste is cut to the room left (in a one-line field its line breaks become spaces).
    private static func typeLimited(_ editor: inout TextEditor, _ key: Key, oneLine: Bool) -> Bool {
        if case .char = key, editor.characters.count >= EditView.maxLength { return true }
        if key == .ctrl("o"), editor.characters.count >= EditView.maxLength { return true }
        let room = EditView.maxLength - editor.characters.count
        _ = editor.handle(key.fitted(oneLine: oneLine, room: room))  // Enter, Ctrl-S and Esc are handled above
        return key.overflows(room)
    }

    /// A column's name as the table's header writes it.
    static func fieldName(_ field: PlanTextField) -> String {
        switch field {
        case .area: TableHeader.area
        case .kegiatan: TableHeader.kegiatan
        case .sub: TableHeader.subKegiatan
        case .indikator: TableHeader.indikator
        case .ket: TableHeader.ket
        }
    }

    /// Whether `field` of plan row `index` differs from the plan as signed (a row the signed plan lacks: no).
    public func isTextChanged(_ field: PlanTextField, row index: Int) -> Bool {
        guard !year.entries.isEmpty, plan.rows.indices.contains(index) else { return false }
        let row = plan.rows[index]
        guard let signed = year.signed.row(row.id) else { return false }
        return signed.text(field) != row.text(field)
    }
}

extension TextEditor {
    /// An editor on a text from the plan file with its control characters dropped (tabs become spaces, line
    /// breaks stay, as a paste), so none reaches the terminal; the cursor at its end. The editors compare with
    /// this text, so a text left alone is not saved, and one edited is saved without them.
    static func cleaned(_ text: String, width: Int) -> TextEditor {
        var editor = TextEditor(text: "", width: width)
        editor.paste(text)
        return editor
    }
}

extension PlanRow {
    /// The row's text of one column (a group's title for AREA, KEGIATAN, SUB KEGIATAN).
    func text(_ field: PlanTextField) -> String {
        switch field {
        case .indikator: indikator
        case .ket: ket
        case .sub: subKegiatan
        case .kegiatan: kegiatan
        case .area: areaName
        }
    }
}

extension DocumentInfo {
    /// One detail as text (the year written out).
    func text(_ field: DocumentField) -> String {
        switch field {
        case .institution: institution
        case .number: number
        case .title: title
        case .unit: unit
        case .year: String(year)
        case .place: place
        case .date: date
        case .signer: signer
        case .signerTitle: signerTitle
        case .code: code
        }
    }
}
