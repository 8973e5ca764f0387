import Foundation
import GanttUI

/// The dashboard's view preferences for one plan (today: its folds), in a small file beside the state file
/// (`<state>.view.json` in the XDG state folder). They are not history, so they stay out of the audit journal.
struct ViewPreferences {
    let url: URL

    /// The preferences file beside the state file at `stateURL`.
    init(stateURL: URL) {
        url = stateURL.deletingPathExtension().appendingPathExtension("view.json")
    }

    /// The folds kept last time; none when there is no file or it is not ours.
    func folds() -> [String] {
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["version"] as? Int == 1, let folds = object["folds"] as? [Any] else { return [] }
        return folds.compactMap { $0 as? String }
    }

    /// Writes `folds` atomically (a new file renamed over the old one). A file there that is not ours is left
    /// alone: preferences never clobber anything. Failures are silent: folds are a convenience, not data.
    func save(folds: [String]) {
        if let data = try? Data(contentsOf: url) {
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  object["version"] as? Int == 1 else { return }
            if (object["folds"] as? [String]) == folds { return }
        } else if folds.isEmpty {
            return
        }
        let object: [String: Any] = ["version": 1, "folds": folds]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
