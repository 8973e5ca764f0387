/// Interface strings of the git transport (issue 22): `rencana merge-driver` and `rencana team git-setup`.
extension Text {
    public enum Git {}
}

extension Text.Git {
    public static let teamAbstract = "Work on one plan with colleagues: set up how journals travel."
    public static let teamDiscussion = """
        A plan's journal is a set of entries that any laptop can merge with any other's (docs/TEAM.md). \
        `rencana team init` makes a shared folder beside the plan (one file per laptop); `rencana team git-setup` \
        lets git merge journals kept in a git repository.
        """

    public static let setupAbstract = "Let git merge this plan's journals (merge driver and .gitattributes)."
    public static let setupDiscussion = """
        In the git work tree holding PLAN, registers Rencana's merge driver in the repository's own config \
        (git config merge.rencana.driver and merge.rencana.name) and adds to the work tree's .gitattributes a \
        line giving merge=rencana to the team folder's journals (<plan>.team/*.jsonl beside the plan) and, with \
        --state PATH inside the work tree, to that journal, which it also makes a team's journal (version 3) so \
        every new entry carries this laptop's device and clock. Running it again changes nothing.

        git config is not shared by clone or pull: run it once in every clone. Commit .gitattributes (and the \
        journal) as usual. The driver is registered as `rencana` when the rencana found on PATH is this very \
        program, otherwise by its absolute path (a build that is not installed, or a GUI git that does not see \
        your PATH); run git-setup again after moving the program.
        """
    public static let planHelp = "The plan file, in a git work tree (default ./plan.json)."

    public static let driverAbstract = "git's merge driver for Rencana journals (set up by `rencana team git-setup`)."
    public static let driverDiscussion = """
        Called by git as `rencana merge-driver %O %A %B %P`: ANCESTOR, OURS and THEIRS are three versions of one \
        journal (the ancestor may be missing or empty). Writes the union of their entries, by id, to OURS in the \
        year's order (a team's file, version 3, named for OURS' plan), atomically: a kill at any instant leaves \
        OURS as it was or as merged. An id with other content on the two sides, or an entry whose clock is beyond \
        what its laptop can have seen, is refused with one line and exit status 1, OURS unchanged: git reports a \
        conflict. PATH only names the file in messages.
        """
    public static let ancestorHelp = "The common ancestor's version (git's %O); may be missing or empty."
    public static let oursHelp = "Our version (git's %A); the merged journal is written here."
    public static let theirsHelp = "Their version (git's %B)."
    public static let pathHelp = "The journal's path in the repository (git's %P), for messages."

    /// How a side is named in a refusal: `plan.team/d-1.jsonl (theirs)`.
    public static func side(_ path: String, _ which: String) -> String { "\(path) (\(which))" }
    public static let ancestorWord = "ancestor"
    public static let oursWord = "ours"
    public static let theirsWord = "theirs"

    public static func otherPlans(ours: String, theirs: String) -> String {
        "ours is the journal of \(ours) and theirs of \(theirs): not one plan's journal; nothing was merged"
    }
    public static func cannotWrite(_ why: String) -> String { "the merged journal was not written: \(why)" }

    public static func notInWorkTree(_ plan: String) -> String {
        "\(plan) is not in a git work tree: `git init` or clone one first, then run `rencana team git-setup` there"
    }
    public static let gitMissing = "git was not found on PATH: install git, or share the journal by a team folder or a bundle"
    public static func gitFailed(_ command: String, _ why: String) -> String { "`git \(command)` failed: \(why)" }
    public static func stateOutside(_ state: String, _ top: String) -> String {
        "the journal \(state) is outside the git work tree \(top): git cannot carry it; keep it beside the plan"
    }
    public static func unquotablePath(_ path: String) -> String {
        "\(path) has a line break or a control character in its name: .gitattributes cannot name it"
    }

    public static func configSet(_ key: String, _ value: String) -> String { "set \(key) = \(value)" }
    public static func configKept(_ key: String) -> String { "\(key) already set" }
    public static func attributeAdded(_ file: String, _ line: String) -> String { "added to \(file): \(line)" }
    public static func attributeKept(_ file: String, _ line: String) -> String { "\(file) already has: \(line)" }
    public static func journalUpgraded(_ state: String) -> String {
        "\(state) is now a team's journal (version 3): commit it with .gitattributes"
    }
    public static func journalKept(_ state: String) -> String { "\(state) is already a team's journal" }
    public static func journalElsewhere(_ state: String) -> String {
        "this plan's own journal is \(state), outside the repository: keep one in git with --state PATH, or use a team folder"
    }
    public static let driverName = "Rencana journal: the union of entries by id, in the year's order"
}
