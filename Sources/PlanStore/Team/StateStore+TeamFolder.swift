import PlanModel
import Foundation
import RencanaText

/// The store's side of the team folder: every open of a plan that has one joins it (this journal becomes a team's,
/// this laptop's entries go to its file, colleagues' files are merged), and every save publishes.
extension StateStore {
    /// Joins the team folder beside the plan (`planPath`) when there is one; nil when there is none (or it is
    /// joined already). Problems become the folder's warnings (each names its file): the plan still opens.
    @discardableResult
    public func openTeamFolder() -> TeamFolder.Pull? {
        guard teamFolder == nil, let folder = TeamFolder.existing(forPlan: planPath) else { return nil }
        return join(folder)
    }

    /// Works with `folder` from now on: this journal made a team's (version 3, a device id), every colleague's file
    /// merged in, then what the folder lacks written to this laptop's file there.
    @discardableResult
    public func join(_ folder: TeamFolder) -> TeamFolder.Pull {
        teamFolder = folder
        do throws(StoreError) {
            let home = url.deletingLastPathComponent().path
            if let code = Self.makeFolders(home) {  // a laptop's first use: its state folder may not exist yet
                throw StoreError(file: url.path, message: Text.State.cannotCreateFolder(home, reason: FileReading.describe(errno: code)))
            }
            try upgradeToTeam()
        } catch {
            var pull = TeamFolder.Pull()
            pull.problem = error
            warn(Text.TeamFolder.notMerged(error.description))
            return pull
        }
        let pull = folder.pull(into: self)
        folder.lastPull = pull
        for line in pull.warnings { warn(line) }
        if let problem = pull.problem { warn(Text.TeamFolder.notMerged(problem.description)) }
        publishToTeamFolder()
        return pull
    }

    /// Merges what changed in the team folder (the dashboard, when a file there changed); nil without one.
    /// A problem with this laptop's journal (locked for a moment) is not a warning: the next pull tries again.
    public func pullTeamFolder() -> TeamFolder.Pull? {
        guard let teamFolder else { return nil }
        let pull = teamFolder.pull(into: self)
        for line in pull.warnings { warn(line) }
        return pull
    }

    /// After a save or a merge of a bundle: what the team folder lacks to this laptop's file there. A failure (the
    /// folder unreachable) is a warning; the entries are saved here and go with the next save or open.
    public func publishToTeamFolder() {
        guard let teamFolder else { return }
        do {
            try teamFolder.publish(from: self)
        } catch {
            warn(Text.TeamFolder.notPublished(error.description))
        }
    }

    private func warn(_ line: String) {
        guard let teamFolder, !teamFolder.warnings.contains(line) else { return }
        teamFolder.warnings.append(line)
    }
}
