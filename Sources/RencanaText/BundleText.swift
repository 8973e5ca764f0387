/// Interface strings of the bundle transport (issue 22): `rencana send` and `rencana receive`.
extension Text {
    public enum Bundle {}
}

extension Text.Bundle {
    // MARK: Commands and their help

    public static let sendAbstract = "Write the plan, its entries and (optionally) evidence into one file for another laptop."
    public static let sendDiscussion = """
        The file travels by WhatsApp, e-mail or a flash disk; the other laptop runs `rencana receive FILE`.
        Its name does not matter. Sending makes this plan's journal a team's (see docs/TEAM.md).
        """
    public static let outHelp = "The bundle file to write (`-`: standard output)."
    public static let sinceHelp = "Only entries saved on or after this day (YYYY-MM-DD, this laptop's calendar)."
    public static let withEvidenceHelp = "Also carry the evidence files the entries name (inside the plan's folder)."
    public static let forceHelp = "Replace an existing bundle file at --out."
    public static let receiveAbstract = "Merge a bundle from another laptop into this plan, or unpack it as a new plan folder."
    public static let receiveDiscussion = """
        With a PLAN (or ./plan.json) the bundle's entries are merged; a bundle of another plan is refused.
        Without one, the bundle is unpacked as a new plan folder here or in --into DIR.
        """
    public static let receivePathsHelp = "[PLAN] FILE: the plan to merge into (default ./plan.json), and the bundle."
    public static let intoHelp = "The folder to unpack a new plan into (default: the current folder)."
    public static let receiveUsage = "give the bundle, or the plan and the bundle: rencana receive [PLAN] FILE"
    public static let intoWithPlan = "--into is for unpacking a new plan; it cannot be given with a PLAN"
    public static let standardOutput = "standard output"
    public static let noTerminal = "a bundle is not for a terminal; give --out FILE, or redirect standard output"

    // MARK: What was done

    /// `send`'s report: what the bundle holds and what to do with it.
    public static func sent(_ out: String, entries: Int, since: String?, evidence: Int, bytes: Int) -> String {
        let what = since.map { "\(entries) entries saved since \($0)" } ?? "\(entries) entries"
        let files = evidence == 0 ? "" : ", \(evidence) evidence file\(evidence == 1 ? "" : "s")"
        return "wrote \(out): the plan, \(what)\(files) (\(size(bytes))); on the other laptop: rencana receive FILE"
    }
    public static func evidenceNotSent(_ count: Int) -> String {
        "\(count) evidence file\(count == 1 ? "" : "s") named by the entries not sent (missing, a link, or outside the plan's folder)"
    }

    /// `receive`'s report: new entries, from whom, already held, conflicts.
    public static func received(_ file: String, from sender: String, new: Int, authors: [(String, Int)], known: Int,
                                conflicts: Int) -> String {
        var text = "received \(file) from \(sender): "
        if new == 0 {
            text += "nothing new"
        } else {
            text += "\(new) new entr\(new == 1 ? "y" : "ies") ("
            text += authors.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + ")"
        }
        text += ", \(known) already here"
        text += conflicts == 0 ? "; no conflicts" : "; \(conflicts) conflict\(conflicts == 1 ? "" : "s") now (`rencana conflicts` to see them)"
        return text
    }
    public static func unpacked(_ plan: String, folder: String) -> String { "unpacked a new plan folder in \(folder): \(plan); open it with: rencana \(plan)" }
    public static func evidenceReceived(unpacked: Int, alreadyHere: Int) -> String {
        "evidence: \(unpacked) file\(unpacked == 1 ? "" : "s") unpacked, \(alreadyHere) already here"
    }
    public static func keptBoth(_ path: String, as other: String) -> String {
        "\(path) differs from the file already here: kept both, the bundle's as \(other)"
    }
    public static func sender(user: String, at: String) -> String { "\(user) (\(at))" }
    /// A time as `rencana log` readers know it: "2026-12-06 07:13 UTC".
    public static func utcTime(day: String, time: String) -> String { "\(day) \(time) UTC" }

    // MARK: Refusals (each after "FILE: ")

    public static let notABundle = "not a Rencana bundle (its first line is not a bundle header)"
    public static func newerVersion(_ version: String) -> String {
        "bundle version \(version) is newer than this Rencana reads; update Rencana"
    }
    public static let headerTooLong = "the bundle's header line is too long"
    public static func badHeader(_ why: String) -> String { "the bundle's header is damaged: \(why)" }
    public static func tooLarge(megabytes: Int, limit: Int) -> String {
        "too large for a bundle (\(megabytes) MB; the limit is \(limit) MB)"
    }
    public static func truncated(need: Int, have: Int) -> String {
        "truncated: its sections need \(need) bytes, the file has \(have); ask for the bundle again"
    }
    public static func trailing(_ extra: Int) -> String {
        "\(extra) bytes after its last section: the sizes do not add up; nothing was merged"
    }
    public static func damagedSection(_ name: String) -> String {
        "section \(name) is damaged (its SHA-256 differs from the header's); ask for the bundle again"
    }
    public static let sectionOrder = "its sections must be the plan, then the entries, then evidence files"
    public static func badPlan(_ why: String) -> String { "its plan cannot be read: \(why)" }
    public static let officeMismatch = "its header names another office than its plan: damaged or forged"
    public static func entryProblem(line: Int, _ why: String) -> String { "entries line \(line): \(why)" }
    public static func otherPlan(bundle: String, here: String) -> String {
        "is a bundle of \(bundle), not of this plan (\(here)); nothing was merged"
    }
    public static func otherSignedPlan(_ office: String) -> String {
        "holds another version of the signed plan of \(office) than this one; nothing was merged"
    }
    public static func badEvidencePath(_ path: String, _ why: String) -> String { "evidence path \(path): \(why)" }
    public static let pathAbsolute = "an absolute path; evidence is unpacked only inside the plan's folder"
    public static let pathOutside = "goes outside the plan's folder (`..`, `.` or an empty part)"
    public static let pathHidden = "a hidden or team folder part; evidence is unpacked only into ordinary folders"
    public static let pathControl = "holds control characters"
    public static let pathTooLong = "too long"
    public static let pathNotNamed = "no entry of the bundle names it"
    public static let pathTwice = "appears twice"
    public static let contentTwice = "the same content appears in two sections"
    public static let wayIsLink = "a symbolic link on the way; nothing was merged"
    public static let wayNotFolder = "a part of the way is not a folder; nothing was merged"
    public static func cannotWrite(_ path: String, _ why: String) -> String { "cannot write evidence \(path): \(why)" }
    public static func cannotMakeFolder(_ path: String, _ why: String) -> String { "cannot make the folder \(path): \(why)" }

    /// An office as a line names it: "<institution>, <unit>, <year>, no. <number>".
    public static func office(institution: String, unit: String, year: Int, number: String) -> String {
        var parts = [institution, unit].filter { !$0.isEmpty }
        parts.append(String(year))
        if !number.isEmpty { parts.append("no. \(number)") }
        return parts.joined(separator: ", ")
    }

    static func size(_ bytes: Int) -> String {
        bytes < 10_000 ? "\(bytes) bytes" : bytes < 10_000_000 ? "\(bytes / 1_000) KB" : "\(bytes / 1_000_000) MB"
    }
}
