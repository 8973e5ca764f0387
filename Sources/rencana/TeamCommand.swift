import ArgumentParser
import RencanaText

/// `rencana team …`: the commands that set up work on one plan with colleagues.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: Text.TeamFolder.teamAbstract,
                                                    subcommands: [TeamInit.self])
}
