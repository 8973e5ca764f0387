import Foundation

/// Whether a piece of evidence points at something real: one check for `evidence add` and the dashboard's `b`,
/// and for `evidence list --missing` (a file that has gone since is "kurang bukti").
public enum EvidenceCheck {
    /// Why a location is refused.
    public enum Problem: Equatable, Sendable {
        /// No file at the path (`--allow-missing` accepts it, for a paper document scanned later).
        case missingFile(String)
        /// Something is there, but not a regular file (a folder, a device).
        case notRegularFile(String)
        /// Not an http or https link with a host (`notaurl`, `ftp://x`, `javascript:…`, `file:///…`).
        case badURL(String)
    }

    /// The problem with `location`, nil when it may be recorded. A relative file path is looked up from `folder`.
    public static func problem(_ location: Evidence.Location, resolvingFrom folder: String) -> Problem? {
        switch location {
        case .url(let url):
            return isWebLink(url) ? nil : .badURL(url)
        case .file(let path):
            switch fileState(path, from: folder) {
            case .regular: return nil
            case .missing: return .missingFile(path)
            case .other: return .notRegularFile(path)
            }
        }
    }

    /// `http://host…` or `https://host…`: a scheme of the web and a non-empty host, no spaces or controls.
    public static func isWebLink(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let schemeEnd = ["http://", "https://"].first(where: { lower.hasPrefix($0) })?.count else { return false }
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }) else { return false }
        let rest = text.dropFirst(schemeEnd)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let name = host.hasPrefix("[") ? host : host.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        return !name.isEmpty
    }

    /// What is at a file path: a regular file (after symbolic links), nothing, or something else.
    public enum FileState: Sendable { case regular, missing, other }

    /// What is at `path`, a relative one looked up from `folder`.
    public static func fileState(_ path: String, from folder: String) -> FileState {
        guard !path.isEmpty else { return .missing }
        let full = path.hasPrefix("/") ? path : (folder.hasSuffix("/") ? folder : folder + "/") + path
        var info = stat()
        guard stat(full, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFREG ? .regular : .other
    }

    /// The ids of the file evidence in `realisation` with no regular file at its path (a relative one looked up
    /// from `folder`, the plan's): "kurang bukti" in `--missing`, `progress`, the dashboard and the report alike.
    /// URLs are never gone. The one rule, so every output counts the same pieces.
    public static func goneFiles(_ realisation: Realisation, folder: String) -> Set<String> {
        var gone: Set<String> = []
        for item in realisation.evidence {
            guard case .file(let path) = item.location, fileState(path, from: folder) != .regular else { continue }
            gone.insert(item.id)
        }
        return gone
    }

    /// The folder evidence paths of the plan at `planPath` are relative to.
    public static func folder(ofPlan planPath: String) -> String {
        URL(fileURLWithPath: planPath).deletingLastPathComponent().path
    }
}
