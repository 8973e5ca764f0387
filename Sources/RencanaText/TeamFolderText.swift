/// Interface strings of the team folder (issue 22, "A shared folder"): `rencana team init`, device files
/// skipped, publishing this laptop's entries.
extension Text {
    public enum TeamFolder {}
}

extension Text.TeamFolder {
    // MARK: rencana team

    public static let initAbstract = "Make a team folder beside the plan, for a shared folder (network drive, Google Drive, Syncthing, Dropbox)."
    public static var initDiscussion: String {
        Text.pick("""
            Creates <plan>.team/ beside the plan (plan.team/ for plan.json). Each laptop appends its own entries to its \
            own file there (<device>.jsonl) and merges every colleague's file into its journal whenever it opens the plan; \
            the dashboard picks up their changes while it runs. Share the plan's folder with the team folder in it.
            """, id: """
            Membuat <plan>.team/ di samping rencana (plan.team/ untuk plan.json). Setiap laptop menambahkan entrinya sendiri \
            ke berkasnya sendiri di sana (<device>.jsonl) dan menggabungkan berkas setiap rekan ke jurnalnya setiap kali \
            membuka rencana; dasbor mengambil perubahan mereka selama berjalan. Bagikan folder rencana beserta folder tim di \
            dalamnya.
            """)
    }

    /// What `team init` did, in one line.
    public static func initDone(folder: String, created: Bool, device: String, published: Int, merged: Int, files: Int) -> String {
        let what = created ? "Made the team folder \(folder)" : "The team folder \(folder) is ready"
        let mine = published == 1 ? "1 entry" : "\(published) entries"
        var text = "\(what): \(mine) of this laptop (\(device)) written there"
        if files > 0 {
            text += "; \(merged) new from colleagues' \(files == 1 ? "file" : "\(files) files")"
        }
        return text + "."
    }

    /// What colleagues do next, in one line.
    public static func initNext(folder: String, plan: String) -> String {
        "Next: share the plan's folder (with \(folder) in it); each colleague opens \(plan) with rencana as usual, and their changes meet here."
    }

    public static func folderInTheWay(_ path: String) -> String {
        "\(path) exists and is not a folder; move it away to make the team folder"
    }
    public static func cannotMakeFolder(_ path: String, _ why: String) -> String { "cannot make the team folder \(path): \(why)" }

    // MARK: Device files

    /// A colleague's file that was not merged: the rest of the folder was.
    public static func skipped(_ located: String) -> String { "\(located); this file of the team folder was skipped" }
    public static let notRegular = "not a regular file (a link or a folder); skipped"
    public static func tooLarge(megabytes: Int) -> String { "\(megabytes) MB is too large for a device file; skipped" }
    /// The folder could not be merged (this laptop's journal locked or unwritable): tried again later.
    public static func notMerged(_ why: String) -> String { "the team folder was not merged: \(why)" }
    /// This laptop's entries could not be written to its file in the team folder: tried again at the next change.
    public static func notPublished(_ why: String) -> String {
        "this laptop's changes are saved here but not yet in the team folder: \(why)"
    }
    public static let notAFile = "this laptop's file in the team folder is not a regular file"
}
