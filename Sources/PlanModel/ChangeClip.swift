import RencanaText

/// How the journal's words cut a long text to one short quoted line: an edit's old and new value cut at the same
/// place would often read the same (`"SK Tim … di lingkunga…" → "SK Tim … di lingkunga…"`), so a pair is cut
/// around where the two differ; an evidence's file or link is cut keeping its name.
public enum ChangeClip {
    /// The most characters a quoted text shows (its `…` marks included).
    public static let limit = 40

    /// `old` and `new` in quotes, each at most `limit` characters; when both are too long and their first
    /// `limit - 1` characters are the same, both are shown from the same place, where they start to differ.
    public static func pair(_ old: String, _ new: String) -> (old: String, new: String) {
        // Cut on the text's own characters, then made one safe line: a cut never falls inside a control's `\u{…}`.
        let a = Array(old), b = Array(new)
        guard !old.isEmpty, !new.isEmpty, a.count > limit, b.count > limit else { return (ChangeWords.quoted(old), ChangeWords.quoted(new)) }
        var same = 0
        while same < a.count, same < b.count, a[same] == b[same] { same += 1 }
        guard same >= limit - 1 else { return (ChangeWords.quoted(old), ChangeWords.quoted(new)) }
        let start = windowStart(a, b, differingAt: same)
        return (window(a, from: start), window(b, from: start))
    }

    /// Where both windows start: the ends when both fit in the room after a leading `…` and the difference is
    /// still in view, else some words before the difference; moved to a word's start when one is near.
    private static func windowStart(_ a: [Character], _ b: [Character], differingAt same: Int) -> Int {
        let room = limit - 1
        // Both ends fit after the `…`, with some words before the difference: show the ends.
        var start = max(a.count, b.count) - room
        if start <= same - 12 {
            if a[start - 1] != " ", let space = (start..<min(start + 8, same)).first(where: { a[$0] == " " }) { start = space + 1 }
            return start
        }
        // Else a window from some words before the difference, from a word's start when one is near.
        start = max(1, same - room * 3 / 5)
        if a[start - 1] != " " {
            if let space = (max(1, start - 8)..<start).last(where: { a[$0 - 1] == " " }) {
                start = space
            } else if let space = (start..<min(start + 8, same)).first(where: { a[$0] == " " }) {
                start = space + 1
            }
        }
        return start
    }

    /// `text` from `start`, after a `…`, and cut with a `…` when it goes on past `limit` characters.
    private static func window(_ text: [Character], from start: Int) -> String {
        let rest = text[start...]
        let shown = rest.count > limit - 1 ? JSONParser.oneLine(String(rest.prefix(limit - 2))) + "…" : JSONParser.oneLine(String(rest))
        return "\"…" + shown + "\""
    }

    /// Where an evidence is, in quotes, on one line and at most `limit` characters: a file keeps the end of its
    /// path (its name), a link its start (the site).
    public static func location(_ location: Evidence.Location) -> String {
        switch location {
        case .file(let path):
            let line = Array(path)
            return "\"" + (line.count > limit ? "…" + JSONParser.oneLine(String(line.suffix(limit - 1))) : JSONParser.oneLine(path)) + "\""
        case .url(let url):
            return ChangeWords.quoted(url)
        }
    }

    /// An evidence as the journal names it: its title and where it is, or only where when it has no title.
    public static func evidence(_ evidence: Evidence) -> String {
        let place = location(evidence.location)
        return evidence.title.isEmpty ? place : ChangeWords.quoted(evidence.title) + " " + "(\(place))"
    }
}
