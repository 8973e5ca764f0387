import XCTest
import RencanaText
@testable import GanttUI

/// The key table is the one source of the bindings, the help and the key bar: a binding without help, help
/// without a binding, or a key bar naming an unbound key fails here.
final class KeyTableTests: XCTestCase {
    let text = Text.Dashboard.english

    func testEveryEntryHasHelpAndEveryHelpTextHasAnEntry() {
        let ids = KeyTable.entries.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "entry ids are unique")
        for entry in KeyTable.entries where entry.inHelp {
            XCTAssertFalse((text.keyHelp[entry.id] ?? "").isEmpty, "the keys \(entry.keysLabel) (\(entry.id)) have no help")
        }
        for id in text.keyHelp.keys {
            XCTAssertTrue(KeyTable.entry(id)?.inHelp == true, "help text \"\(id)\" names no entry of the key table")
        }
    }

    func testNoKeyIsBoundTwiceInOneScopeExceptSpaceAndEnterByLayer() {
        var seen: [KeyEntry.Scope: [Key: String]] = [:]
        for entry in KeyTable.entries {
            for binding in entry.bindings {
                if let other = seen[binding.scope]?[binding.key] {
                    XCTFail("\(KeyTable.name(binding.key)) is bound by both \(other) and \(entry.id)")
                }
                seen[binding.scope, default: [:]][binding.key] = entry.id
            }
        }
        // Realisasi keys override the grid's only for Space and Enter (toggle a month there, record done here)
        // and Del (deletes a row, after asking, in Rencana; clears the month's status in Realisasi).
        let overlap = Set(Keymap.realisasi.keys).intersection(Keymap.grid.keys)
        XCTAssertEqual(overlap, [.char(" "), .enter, .delete])
    }

    func testHelpListsEveryBoundKeyByName() {
        let state = (try? Fixture.state(200, 50))!
        let help = Painter(width: 200, height: 50, glyphs: .unicode).helpLines(state)
        let keyColumn = help.map(\.0).joined(separator: " ")
        for entry in KeyTable.entries where entry.inHelp {
            XCTAssertTrue(help.contains { $0.0 == entry.keysLabel && $0.1 == text.keyHelp[entry.id] }, entry.id)
        }
        // Keys the old hand-written help left out are listed now.
        for name in ["Ctrl-B", "Ctrl-F", "F1", "F10", "1 – 9"] { XCTAssertTrue(keyColumn.contains(name), name) }
        XCTAssertEqual(KeyTable.entry("area")?.keysLabel, "1 – 9")
        XCTAssertEqual(KeyTable.entry("fold")?.keysLabel, "- zc")
        XCTAssertEqual(KeyTable.entry("rows")?.keysLabel, "↑ ↓ k j")
    }

    /// Every key a key bar names is bound where that bar is shown.
    func testEveryKeyBarNamesOnlyBoundKeys() {
        let grid = KeyTable.map(.grid), realisasi = KeyTable.map(.realisasi)
        let bars: [(String, [(key: String, label: String)], [Key: Action])] = [
            ("grid", text.keysGrid, grid),
            ("realisasi", text.keysRealisasi, grid.merging(realisasi) { $1 }),
            ("detail", text.keysDetail, grid),
            ("detail realisasi", text.keysDetailRealisasi, grid.merging(realisasi) { $1 }),
            ("detail folded", Text.TeamUX.keysDetailFolded, grid),
            ("help", text.keysHelp, KeyTable.map(.help)),
            ("picker", text.keysPicker, KeyTable.map(.picker)),
            ("search kept", text.keysSearchKept, grid),
            ("revision", text.structure.keysRevision, KeyTable.map(.revision)),
        ]
        let names = { (map: [Key: Action]) in Set(map.keys.map(KeyTable.name)) }
        for (bar, items, map) in bars {
            let bound = names(map)
            for item in items {
                for token in item.key.split(separator: " ").map(String.init) {
                    let parts: [String]
                    if bound.contains(token) { parts = [token] }
                    else if let dash = token.firstIndex(of: "-"), dash != token.startIndex,
                            let a = Int(token[..<dash]), let b = Int(token[token.index(after: dash)...]), a <= b {
                        parts = (a...b).map(String.init)
                    } else { parts = token.map(String.init) }
                    for part in parts {
                        XCTAssertTrue(bound.contains(part), "the \(bar) key bar names \(part) (in \"\(item.key)\"), which is not bound there")
                    }
                }
            }
        }
    }
}
