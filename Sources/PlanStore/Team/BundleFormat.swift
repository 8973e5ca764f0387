import PlanModel
import Foundation
import RencanaText

/// A bundle: one file carrying a plan's year to another laptop (WhatsApp, e-mail, a flash disk). Plain and
/// inspectable (`head -1` shows what it holds), no dependency:
///
/// ```
/// {"format":"rencana-bundle","version":1,"plan":"plan.json",
///  "office":{"institution":"…","unit":"…","year":2022,"number":"…"},
///  "sender":{"user":"ani","device":"d-4be1c2a09f3e","at":"2026-12-06T07:00:00Z"},"since":"2026-12-01",
///  "sections":[{"name":"plan","size":48213,"sha256":"…"},{"name":"entries","size":9120,"sha256":"…"},
///              {"name":"evidence","size":20480,"sha256":"…","paths":["bukti/sk.pdf"]}]}
/// <the plan's bytes as signed><the entries: a version-3 state file><each evidence file's bytes>
/// ```
///
/// The header is one line (no line break inside, at most `maxHeaderBytes`); the sections follow it in the
/// header's order, back to back, and end the file: the header's length, its newline and the sizes add up to the
/// file's size exactly. Sections: `plan` first (plan.json's bytes), `entries` second (a state file, header and
/// entries numbered from 1, as `JournalFile.entries` reads it), then one `evidence` section per distinct content
/// (by SHA-256), with every path (relative to the plan's folder) that holds that content. `since` is present when
/// only entries saved on or after that day were sent.
public struct BundleHeader: Equatable, Sendable {
    /// The format's name in the header.
    public static let formatName = "rencana-bundle"
    /// The version this Rencana writes and reads.
    public static let version = 1
    /// Largest header line read (some 100,000 evidence paths).
    public static let maxHeaderBytes = 16 << 20

    /// Which office's plan it is: a bundle of another office, year or decree is refused.
    public struct Office: Equatable, Sendable {
        public var institution: String
        public var unit: String
        public var year: Int
        public var number: String

        /// An identity from its four parts.
        public init(institution: String, unit: String, year: Int, number: String) {
            self.institution = institution
            self.unit = unit
            self.year = year
            self.number = number
        }

        /// The identity of `document`.
        public init(_ document: DocumentInfo) {
            self.init(institution: document.institution, unit: document.unit, year: document.year, number: document.number)
        }

        /// How a line names it.
        public var description: String {
            Text.Bundle.office(institution: institution, unit: unit, year: year, number: number)
        }
    }

    /// Who sent it, from which laptop, when (as that laptop's clock said).
    public struct Sender: Equatable, Sendable {
        public var user: String
        public var device: String
        public var at: String

        /// A sender; `at` as a state file writes times (`2026-12-06T07:00:00Z`).
        public init(user: String, device: String, at: String) {
            self.user = user
            self.device = device
            self.at = at
        }
    }

    /// One run of bytes after the header.
    public struct Section: Equatable, Sendable {
        public var name: String
        public var size: Int
        public var sha256: String
        /// Evidence only: where the content goes, relative to the plan's folder.
        public var paths: [String]

        /// A section's entry in the header.
        public init(name: String, size: Int, sha256: String, paths: [String] = []) {
            self.name = name
            self.size = size
            self.sha256 = sha256
            self.paths = paths
        }
    }

    /// The plan file's name on the sender's laptop (shown; a new plan folder always gets `plan.json`).
    public var planName: String
    /// Whose plan: compared with the receiving plan's before anything is merged.
    public var office: Office
    /// Who sent it, from where, when.
    public var sender: Sender
    /// The first day of the entries sent (`--since`), or nil for all.
    public var since: String?
    /// The runs of bytes after the header, in order: plan, entries, evidence…
    public var sections: [Section]

    /// A header as written by `BundleFile.make`.
    public init(planName: String, office: Office, sender: Sender, since: String?, sections: [Section]) {
        self.planName = planName
        self.office = office
        self.sender = sender
        self.since = since
        self.sections = sections
    }

    /// The header as its line (without the newline).
    public var line: String {
        let q = PlanEncoder.quote
        var text = "{\"format\":\"\(Self.formatName)\",\"version\":\(Self.version),\"plan\":\(q(planName)),"
        text += "\"office\":{\"institution\":\(q(office.institution)),\"unit\":\(q(office.unit)),\"year\":\(office.year),"
        text += "\"number\":\(q(office.number))},"
        text += "\"sender\":{\"user\":\(q(sender.user)),\"device\":\(q(sender.device)),\"at\":\(q(sender.at))},"
        if let since { text += "\"since\":\(q(since))," }
        text += "\"sections\":["
        text += sections.map { section in
            var item = "{\"name\":\(q(section.name)),\"size\":\(section.size),\"sha256\":\"\(section.sha256)\""
            if !section.paths.isEmpty { item += ",\"paths\":[" + section.paths.map(q).joined(separator: ",") + "]" }
            return item + "}"
        }.joined(separator: ",")
        return text + "]}"
    }

    /// A header line's problem, as a phrase (the reader puts the file's name before it).
    public struct Problem: Error, Equatable, Sendable {
        public let message: String
        init(_ message: String) { self.message = message }
    }

    /// Reads a header line: the format's name and version, every field of the right type, sizes that are
    /// whole numbers from 0 to `maxSize`, digests of 64 hex digits, sections in order (plan, entries, evidence…).
    public static func parse(_ bytes: [UInt8], maxSize: Int) throws(Problem) -> BundleHeader {
        let root: JSONNode
        do throws(JSONSyntaxError) {
            root = try JSONParser.parse(bytes)
        } catch {
            throw Problem(Text.Bundle.notABundle)
        }
        guard let fields = object(root), string(fields["format"]) == formatName else { throw Problem(Text.Bundle.notABundle) }
        guard case .number(let version)? = fields["version"]?.kind else { throw bad("version") }
        guard version == String(Self.version) else {
            throw Problem(Int(version).map { $0 > Self.version } == true ? Text.Bundle.newerVersion(version) : Text.Bundle.badHeader("version"))
        }
        guard let planName = string(fields["plan"]) else { throw bad("plan") }
        guard let office = fields["office"].flatMap(object), let institution = string(office["institution"]),
              let unit = string(office["unit"]), let year = int(office["year"], max: 9999), let number = string(office["number"])
        else { throw bad("office") }
        guard let sender = fields["sender"].flatMap(object), let user = string(sender["user"]),
              let device = string(sender["device"]), let at = string(sender["at"]) else { throw bad("sender") }
        var since: String?
        if let node = fields["since"] {
            guard let text = string(node), CalendarDate(stored: text) != nil else { throw bad("since") }
            since = text
        }
        guard case .array(let items)? = fields["sections"]?.kind else { throw bad("sections") }
        var sections: [Section] = []
        for item in items {
            guard let section = object(item), let name = string(section["name"]),
                  let size = int(section["size"], max: maxSize), let digest = string(section["sha256"]),
                  digest.utf8.count == 64, digest.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
            else { throw bad("sections") }
            var paths: [String] = []
            if let node = section["paths"] {
                guard case .array(let list) = node.kind else { throw bad("sections") }
                for path in list {
                    guard let text = string(path) else { throw bad("sections") }
                    paths.append(text)
                }
            }
            let expected = sections.count == 0 ? "plan" : sections.count == 1 ? "entries" : "evidence"
            guard name == expected, (name == "evidence") == !paths.isEmpty else { throw Problem(Text.Bundle.sectionOrder) }
            sections.append(Section(name: name, size: size, sha256: digest, paths: paths))
        }
        guard sections.count >= 2 else { throw Problem(Text.Bundle.sectionOrder) }
        return BundleHeader(planName: planName, office: Office(institution: institution, unit: unit, year: year, number: number),
                            sender: Sender(user: user, device: device, at: at), since: since, sections: sections)
    }

    private static func bad(_ field: String) -> Problem { Problem(Text.Bundle.badHeader(field)) }

    private static func object(_ node: JSONNode) -> [String: JSONNode]? {
        guard case .object(let members) = node.kind else { return nil }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    private static func string(_ node: JSONNode?) -> String? {
        guard case .string(let text)? = node?.kind else { return nil }
        return text
    }

    /// A whole number from 0 to `max` written plainly (no sign, fraction or exponent).
    private static func int(_ node: JSONNode?, max: Int) -> Int? {
        guard case .number(let text)? = node?.kind, !text.isEmpty, text.utf8.count <= 12,
              text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(text), value <= max else { return nil }
        return value
    }
}
