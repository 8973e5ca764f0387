import Foundation
import PlanModel
import PlanStore
import RencanaText

/// Several files of one office (an older and a newer send, a bundle and a plan folder), and the office they became.
public struct MergedOffice: Sendable {
    /// The file that names the office (its newest send) and its entries.
    public var kept: String
    public var keptEntries: Int
    /// The first other file merged into it, and its entries.
    public var setAside: String
    public var setAsideEntries: Int
    /// True when the newest file held every entry of the others (an older and a newer send of one laptop).
    public var superset: Bool
    /// Every file merged, in the order found, with its entries; and how many entries their union holds.
    public var files: [String] = []
    public var fileEntries: [Int] = []
    public var entries = 0
    /// The office as a line names it (its code and institution).
    public var office = ""
}

/// One office per identity, its files merged as the team merges journals (docs/TEAM.md): the union of their entries
/// by id (`JournalMerge.union`), replayed once in the year's order on the plan as signed. The same id with other
/// content in two files is refused naming both, and then none of that office's files is rolled up.
enum OfficeMerge {
    /// The offices of `files` (each read alone), their files merged; which were merged; the files left out.
    static func merge(_ files: [Office]) -> (offices: [Office], merged: [MergedOffice], skipped: [SkippedFile]) {
        var offices: [Office] = []
        var merged: [MergedOffice] = []
        var skipped: [SkippedFile] = []
        for group in groups(files) {
            let members = group.map { files[$0] }
            if members.count == 1 && members[0].since == nil {
                offices.append(members[0])
                continue
            }
            // Two signed plans of one office (a plan signed again): the newer send's is rolled up.
            var plans: [(json: String, members: [Office])] = []
            for office in members {
                let json = members.count == 1 ? "" : PlanEncoder.json(office.year.signed)
                if let at = plans.firstIndex(where: { $0.json == json }) { plans[at].members.append(office) } else { plans.append((json, [office])) }
            }
            let chosen = plans.indices.max { newest(plans[$1].members).key.isNewer(than: newest(plans[$0].members).key) }!
            let kept = plans[chosen].members
            let newestFile = newest(kept)
            for (index, plan) in plans.enumerated() where index != chosen {
                for office in plan.members {
                    skipped.append(SkippedFile(path: office.source.plan,
                                               reason: Text.RollupRead.otherSignedPlan(rolledUp: newestFile.office.source.plan)))
                }
            }
            if kept.allSatisfy({ $0.since != nil }) {
                for office in kept { skipped.append(SkippedFile(path: office.source.plan, reason: Text.RollupRead.onlySince(office.since!))) }
                continue
            }
            if kept.count == 1 {
                offices.append(kept[0])
                continue
            }
            switch union(kept, newest: newestFile.office) {
            case .success(let (office, record)):
                offices.append(office)
                merged.append(record)
            case .failure(let refusal):
                for office in kept { skipped.append(SkippedFile(path: office.source.plan, reason: refusal.reason)) }
            }
        }
        return (offices, merged, skipped)
    }

    /// The union of `members`' entries replayed on their plan as signed, as one office named by `newest`'s file.
    static func union(_ members: [Office], newest: Office) -> Result<(Office, MergedOffice), SkippedFile> {
        let sides = members.map { JournalMerge.Side(name: $0.source.plan, entries: $0.year.entries) }
        let entries: [JournalEntry]
        do {
            entries = try JournalMerge.union(sides)
        } catch {
            return .failure(SkippedFile(path: newest.source.plan, reason: Text.RollupRead.cannotMerge(error.message)))
        }
        let state = YearState(signed: newest.year.signed, entries: entries)
        let bundled = members.reduce(into: Set<String>()) { $0.formUnion($1.bundledEvidence) }
        switch OfficeReader.office(state, sources: members.map(\.source), bundledEvidence: bundled, sentAt: newest.sentAt) {
        case .failure(let refusal): return .failure(refusal)
        case .success(var office):
            office.source = newest.source
            let others = members.filter { $0.source != newest.source }
            let code = office.code.trimmingCharacters(in: .whitespaces)
            let record = MergedOffice(
                kept: newest.source.plan, keptEntries: newest.entryCount, setAside: others.first?.source.plan ?? "",
                setAsideEntries: others.first?.entryCount ?? 0, superset: others.allSatisfy { newest.holdsAllEntries(of: $0) },
                files: members.map(\.source.plan), fileEntries: members.map(\.entryCount), entries: entries.count,
                office: code.isEmpty ? office.institution : code + " – " + office.institution)
            return .success((office, record))
        }
    }

    /// The newest of `members`: the latest entry, then the latest send, then the last found.
    static func newest(_ members: [Office]) -> (office: Office, key: Newness) {
        var best = members[0]
        for office in members.dropFirst() where !Newness(best).isNewer(than: Newness(office)) { best = office }
        return (best, Newness(best))
    }

    /// How new a file's year is.
    struct Newness {
        var latest: Date
        var sent: String
        init(_ office: Office) {
            latest = office.latestEntry ?? .distantPast
            sent = office.sentAt ?? ""
        }
        /// Strictly newer than `other`.
        func isNewer(than other: Newness) -> Bool { latest != other.latest ? latest > other.latest : sent > other.sent }
    }

    /// The files' indices grouped by office, each group in the order found, the groups in the order of their first
    /// file. Files with an office code group by it; a file without one joins the one coded office with its
    /// institution and unit, else groups by institution and unit.
    static func groups(_ files: [Office]) -> [[Int]] {
        var groupOf: [String: Int] = [:]
        var groups: [[Int]] = []
        var codedByName: [OfficeIdentity: Set<Int>] = [:]
        func add(_ index: Int, key: String) {
            if let group = groupOf[key] { groups[group].append(index) } else {
                groupOf[key] = groups.count
                groups.append([index])
            }
        }
        let coded = files.indices.filter { !files[$0].code.trimmingCharacters(in: .whitespaces).isEmpty }
        for index in coded {
            add(index, key: files[index].identity.key)
            codedByName[OfficeIdentity(institution: files[index].institution, unit: files[index].unit), default: []]
                .insert(groupOf[files[index].identity.key]!)
        }
        for index in files.indices where files[index].code.trimmingCharacters(in: .whitespaces).isEmpty {
            let name = OfficeIdentity(institution: files[index].institution, unit: files[index].unit)
            if let matches = codedByName[name], matches.count == 1 {
                groups[matches.first!].append(index)
            } else {
                add(index, key: name.key)
            }
        }
        return groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
