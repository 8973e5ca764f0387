/// Interface strings of the team folder (issue 22, "A shared folder"): `rencana team init`, device files
/// skipped, publishing this laptop's entries.
extension Text {
    public enum TeamFolder {}
}

extension Text.TeamFolder {
    // MARK: rencana team

    public static var initAbstract: String {
        Text.pick("Make a team folder beside the plan, for a shared folder (network drive, Google Drive, Syncthing, Dropbox).",
                  id: "Buat folder tim di samping rencana, untuk folder bersama (drive jaringan, Google Drive, Syncthing, Dropbox).")
    }
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
        Text.pick({
            let what = created ? "Made the team folder \(folder)" : "The team folder \(folder) is ready"
            let mine = published == 1 ? "1 entry" : "\(published) entries"
            var text = "\(what): \(mine) of this laptop (\(device)) written there"
            if files > 0 {
                text += "; \(merged) new from colleagues' \(files == 1 ? "file" : "\(files) files")"
            }
            return text + "."
        }(), id: {
            let what = created ? "Folder tim \(folder) dibuat" : "Folder tim \(folder) siap"
            var text = "\(what): \(published) entri laptop ini (\(device)) ditulis di sana"
            if files > 0 {
                text += "; \(merged) entri baru dari \(files) berkas rekan"
            }
            return text + "."
        }())
    }

    /// What colleagues do next, in one line.
    public static func initNext(folder: String, plan: String) -> String {
        Text.pick("Next: share the plan's folder (with \(folder) in it); each colleague opens \(plan) with rencana as usual, and their changes meet here.",
                  id: "Selanjutnya: bagikan folder rencana (beserta \(folder) di dalamnya); setiap rekan membuka \(plan) dengan rencana seperti biasa, dan perubahan mereka bertemu di sini.")
    }

    public static func folderInTheWay(_ path: String) -> String {
        Text.pick("\(path) exists and is not a folder; move it away to make the team folder",
                  id: "\(path) sudah ada dan bukan folder; pindahkan agar folder tim dapat dibuat")
    }
    public static func cannotMakeFolder(_ path: String, _ why: String) -> String {
        Text.pick("cannot make the team folder \(path): \(why)",
                  id: "folder tim \(path) tidak dapat dibuat: \(why)")
    }

    // MARK: Device files

    /// A colleague's file that was not merged: the rest of the folder was.
    public static func skipped(_ located: String) -> String {
        Text.pick("\(located); this file of the team folder was skipped",
                  id: "\(located); berkas folder tim ini dilewati")
    }
    public static var notRegular: String {
        Text.pick("not a regular file (a link or a folder); skipped",
                  id: "bukan berkas biasa (tautan atau folder); dilewati")
    }
    public static func tooLarge(megabytes: Int) -> String {
        Text.pick("\(megabytes) MB is too large for a device file; skipped",
                  id: "\(megabytes) MB terlalu besar untuk berkas perangkat; dilewati")
    }
    /// The folder could not be merged (this laptop's journal locked or unwritable): tried again later.
    public static func notMerged(_ why: String) -> String {
        Text.pick("the team folder was not merged: \(why)",
                  id: "folder tim tidak digabungkan: \(why)")
    }
    /// This laptop's entries could not be written to its file in the team folder: tried again at the next change.
    public static func notPublished(_ why: String) -> String {
        Text.pick("this laptop's changes are saved here but not yet in the team folder: \(why)",
                  id: "perubahan laptop ini tersimpan di sini tetapi belum di folder tim: \(why)")
    }
    public static var notAFile: String {
        Text.pick("this laptop's file in the team folder is not a regular file",
                  id: "berkas laptop ini di folder tim bukan berkas biasa")
    }
}
