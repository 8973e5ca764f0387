/// The paper a document is printed on, always in landscape.
///
/// F4 (215 × 330 mm) is the paper of Indonesian legal texts (UU 12/2011, Lampiran II); A4 is the option.
public enum Paper: String, CaseIterable, Sendable {
    case f4, a4

    /// Portrait width and height in millimetres.
    public var millimetres: (width: Double, height: Double) {
        switch self {
        case .f4: (215, 330)
        case .a4: (210, 297)
        }
    }

    /// The Excel paper index: Folio (8½ × 13 in, 216 × 330 mm) stands for F4, which Excel does not list.
    public var excelIndex: UInt8 {
        switch self {
        case .f4: 14
        case .a4: 9
        }
    }
}
