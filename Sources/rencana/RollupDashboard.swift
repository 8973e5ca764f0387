import CursesBackend
import Foundation
import GanttUI
import PlanModel
import PlanRollup
import RencanaText

/// Where `rencana rollup DIR [--tw N|--semester N|--until MON] [--sort …] [--by area]` opens the dashboard: the
/// period view and period asked for, the sort, and every office open to its areas with `--by area`.
struct RollupStart {
    var periods: PeriodView = .bulan
    var month: Month?
    var sort: RollupState.Sort = .office
    var openAll = false

    init() {}

    init(_ options: PeriodOptions, sort: RollupSort, by: RollupBy) {
        if let tw = options.tw {
            periods = .triwulan
            month = periods.months(of: tw - 1).lowerBound
        } else if let semester = options.semester {
            periods = .semester
            month = periods.months(of: semester - 1).lowerBound
        } else if let until = options.until {
            month = try? Words.month(until)
        }
        switch sort {
        case .office: self.sort = .office
        case .capaian: self.sort = .capaian
        case .kurangBukti: self.sort = .kurangBukti
        }
        openAll = by == .area
    }
}

/// The roll-up dashboard (`rencana DIR`, `rencana rollup DIR` on a terminal): only the wiring. The offices are read
/// by PlanRollup (read-only) and handed to GanttUI as a pure `RollupModel`; the loop is GanttUI's `RollupRuntime`;
/// the terminal and the folder's watch are its inputs, and an office's year is read from the roll-up in memory.
enum RollupDashboard {
    /// Runs it on the folders and files in `paths` until the user quits; returns the exit code (3 when files were
    /// left out, as `rencana rollup` exits; their reasons are printed on standard error after the screen closes).
    static func run(paths: [String], mouse: Bool, start: RollupStart = RollupStart()) -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(Text.Dashboard.current.notATerminal)
            return 1
        }
        // The folder's listing (no file opened) first: nothing to roll up is said at once, before the screen changes.
        let found = OfficeSources.find(paths)
        guard !found.sources.isEmpty else {
            for item in found.skipped { Console.error(Text.Rollup.skipped(item.path, item.reason)) }
            Console.error(Text.Rollup.noOffices)
            return 1
        }
        let terminal = Terminal(mouse: mouse)
        defer { terminal.stop() }
        let today = try? ProgressCommand.today()
        let (width, height) = terminal.size
        // On screen at once; the offices are read on another thread (a national folder takes a second or two).
        var state = RollupState(model: .beingRead, width: width, height: height, today: today?.1,
                                defaultAsOf: (try? ProgressCommand.defaultAsOf(year: today?.0 ?? 0)) ?? .des,
                                glyphs: terminal.glyphs, mouse: mouse, text: .current)
        state.start(periods: start.periods, month: start.month, sort: start.sort, openAll: start.openAll)
        let inputs = RollupInputs(terminal: terminal, paths: paths)
        let runtime = RollupRuntime(state: state, backend: terminal, source: inputs) { index in
            guard let offices = inputs.rollup?.offices, offices.indices.contains(index) else { return nil }
            return offices[index].year
        }
        let end = runtime.run()
        terminal.stop()
        if let rollup = inputs.rollup { report(rollup) }
        switch end {
        case .quit: return (inputs.rollup?.skipped.isEmpty ?? true) ? 0 : RollupCommand.someSkipped
        case .failed(let message):
            Console.error(message)
            return 1
        case .inputClosed: return 128 + SIGHUP
        }
    }

    /// Whether `rencana rollup` opens the dashboard: both its input and output are a terminal and neither
    /// `--format` nor `--out` was given.
    static func wanted(arguments: [String]) -> Bool {
        let asked = arguments.contains { ["--format", "--out"].contains($0) || $0.hasPrefix("--format=") || $0.hasPrefix("--out=") }
        return !asked && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Whether `path` is a folder holding at least one office (listed, no file opened): where a plan is expected, it
    /// opens the roll-up. A folder of none stays an error about the plan path (`is a directory`).
    static func isFolderOfOffices(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return false }
        return !OfficeSources.find([path]).sources.isEmpty
    }

    /// The dashboard's model of a roll-up: each office's name as the recap gives it, its progress and its facts.
    static func model(_ rollup: Rollup) -> RollupModel {
        let names = rollup.displayNames()
        let offices = rollup.offices.enumerated().map { index, office in
            RollupOffice(key: office.source.plan, name: names[index], tracker: office.tracker, latest: day(office.latestEntry),
                         revised: office.revised, conflicts: office.conflicts, conflictsByArea: office.conflictsByArea)
        }
        return RollupModel(year: rollup.year, offices: offices, skipped: rollup.skipped.count,
                           defaultAsOf: (try? ProgressCommand.defaultAsOf(year: rollup.year)) ?? .des)
    }

    /// The day of an entry as the recap writes it (UTC, `2022-03-31`; "–" when none).
    static func day(_ date: Date?) -> String {
        guard let date else { return Text.Rollup.noEntry }
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
    }

    /// The files left out and the offices sent twice, as `rencana rollup` says them.
    private static func report(_ rollup: Rollup) {
        for item in rollup.skipped { Console.error(Text.Rollup.skipped(item.path, item.reason)) }
        for item in rollup.merged {
            Console.error(Text.Rollup.sameOffice(kept: item.kept, keptEntries: item.keptEntries, other: item.setAside,
                                                 otherEntries: item.setAsideEntries, superset: item.superset))
        }
    }
}
