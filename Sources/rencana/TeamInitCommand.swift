import ArgumentParser
import Foundation
import PlanModel
import PlanStore
import RencanaText

/// `rencana team init [PLAN]`: makes the plan's team folder (`plan.team/` beside `plan.json`) for a shared folder,
/// makes this journal a team's, and writes this laptop's entries there (docs/TEAM.md, "A shared folder").
struct TeamInit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: Text.TeamFolder.initAbstract,
                                                    discussion: Text.TeamFolder.initDiscussion)

    @Argument(help: ArgumentHelp(Text.Command.planHelp, valueName: "plan")) var plan = "plan.json"
    @OptionGroup var stateOptions: StateOptions

    func run() throws {
        _ = try Session.loadPlan(plan)  // a plan that does not load gets no folder
        let folder = TeamFolder.url(forPlan: plan)
        let created = try Self.makeFolder(folder.path)
        // Opening a plan that has a team folder joins it: the journal made a team's, this laptop's entries
        // written to its file there, colleagues' files merged.
        let store = try Session.open(plan, stateOptions)
        guard let team = store.teamFolder, let device = store.state.localDevice else {
            throw Console.fail(Text.TeamFolder.notMerged(store.teamFolder?.warnings.last ?? folder.path))
        }
        let mine = team.ownEntryCount
        let pull = team.lastPull
        let shown = TerminalText.safe(Self.relative(folder.path) + "/", limit: 300)
        print(Text.TeamFolder.initDone(folder: shown, created: created, device: device, published: mine,
                                       merged: pull?.outcome.added ?? 0,
                                       files: team.colleagueFiles(besides: device)))
        print(Text.TeamFolder.initNext(folder: shown, plan: TerminalText.safe(plan, limit: 300)))
    }

    /// Makes the folder; false when it was there already. Something else at the path is refused.
    static func makeFolder(_ path: String) throws -> Bool {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw Console.fail(Text.TeamFolder.folderInTheWay(path)) }
            return false
        }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw Console.fail(Text.TeamFolder.cannotMakeFolder(path, FileReading.describe(errno: errno)))
        }
        return true
    }

    /// `path` as the user may type it from here: relative to the current folder when inside it.
    static func relative(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        let absolute = path.hasPrefix("/") ? path : here + path
        return absolute.hasPrefix(here) ? String(absolute.dropFirst(here.count)) : path
    }
}
