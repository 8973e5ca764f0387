/// Interface strings of the `rencana` command line.
extension Text {
    public enum Command {
        // MARK: Help texts
        /// The one line a command ends with when it dies of a trap (most often a failed allocation).
        public static var crashed: String {
            pick("stopped: out of memory or an internal error (no file was left half-written); "
                     + "free some memory and run the command again",
                 id: "berhenti: memori habis atau terjadi kesalahan internal (tidak ada berkas yang tertulis setengah); "
                     + "kosongkan sebagian memori lalu jalankan perintah itu lagi")
        }
        public static var rootAbstract: String {
            pick("A terminal dashboard for reform action plans (Rencana Aksi Reformasi Birokrasi).",
                 id: "Dasbor terminal untuk Rencana Aksi Reformasi Birokrasi.")
        }
        public static var rootDiscussion: String {
            pick("""
                Opens PLAN (default ./plan.json) as a month-by-activity Gantt grid. Changes to the \
                checkmarks are saved at once to the plan's own state file; the plan's file is never \
                rewritten: plan.json stays the plan as signed.

                The state lives in $XDG_STATE_HOME/rencana/ (or ~/.local/state/rencana/), one file \
                per plan; --state PATH chooses another. To go back to the plan as signed, move that \
                file away or use `rencana undo`.
                """, id: """
                Membuka PLAN (bawaan ./plan.json) sebagai tabel Gantt kegiatan per bulan. Perubahan \
                centang langsung disimpan ke berkas state milik rencana itu; berkas rencana tidak pernah \
                ditulis ulang: plan.json tetap rencana sebagaimana ditandatangani.

                State disimpan di $XDG_STATE_HOME/rencana/ (atau ~/.local/state/rencana/), satu berkas \
                per rencana; --state PATH memilih berkas lain. Untuk kembali ke rencana yang ditandatangani, \
                pindahkan berkas itu atau gunakan `rencana undo`.
                """)
        }
        public static var openAbstract: String {
            pick("Open the dashboard on a plan (the default command).", id: "Buka dasbor untuk sebuah rencana (perintah bawaan).")
        }
        public static var checkAbstract: String {
            pick("Validate a plan and its state, and count what they hold.",
                 id: "Periksa rencana dan state-nya, serta hitung isinya.")
        }
        public static var listAbstract: String {
            pick("Print the plan as an aligned text table.",
                 id: "Cetak rencana sebagai tabel teks yang rata.")
        }
        public static var exportAbstract: String {
            pick("Write the plan as CSV, Markdown or JSON to standard output.",
                 id: "Tulis rencana sebagai CSV, Markdown, atau JSON ke keluaran standar.")
        }
        public static var setAbstract: String {
            pick("Set one month of one row on or off.", id: "Pasang atau lepas centang satu bulan pada satu baris.")
        }
        public static var setDiscussion: String {
            pick("""
                Examples:
                  rencana set plan.json 1.1.1.1 Feb on
                  rencana set 7.3.1.2 Agustus off        (PLAN defaults to ./plan.json)
                MONTH may be Jan…Des in any case, a full Indonesian name (Januari…Desember), \
                Agu/Agt, English Aug/Oct/Dec, or a number 1–12.
                """, id: """
                Contoh:
                  rencana set plan.json 1.1.1.1 Feb on
                  rencana set 7.3.1.2 Agustus off        (PLAN bawaan ./plan.json)
                MONTH boleh Jan…Des dengan huruf besar atau kecil, nama lengkap (Januari…Desember), \
                Agu/Agt, nama Inggris Aug/Oct/Dec, atau angka 1–12.
                """)
        }
        public static var toggleAbstract: String {
            pick("Flip one month of one row.",
                 id: "Balik centang satu bulan pada satu baris.")
        }
        public static var logAbstract: String {
            pick("Show the history of changes, newest first.", id: "Tampilkan riwayat perubahan, yang terbaru lebih dulu.")
        }
        public static var undoAbstract: String {
            pick("Take back this laptop's latest change.", id: "Urungkan perubahan terakhir di laptop ini.")
        }
        public static var redoAbstract: String {
            pick("Put back the latest undone change.", id: "Ulangi perubahan terakhir yang diurungkan.")
        }
        public static var importAbstract: String {
            pick("Build a plan from a CSV in the export's 18-column layout.",
                 id: "Buat rencana dari CSV bertata letak 18 kolom seperti hasil ekspor.")
        }
        public static var importDiscussion: String {
            pick("""
                The CSV has the header NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,\
                Jan,…,Des,KET (an ID column first is allowed). Parent columns may be repeated on every \
                line or left blank under their first line, as merged cells are saved. Marks may be \
                √, ✓, v, V, x or X. Comma- or semicolon-separated.
                """, id: """
                CSV memiliki baris judul NO,AREA PERUBAHAN,KEGIATAN,SUB KEGIATAN,INDIKATOR KEBERHASILAN,\
                Jan,…,Des,KET (boleh diawali kolom ID). Kolom induk boleh diulang di setiap baris atau \
                dikosongkan di bawah baris pertamanya, seperti sel gabungan disimpan. Tanda boleh \
                √, ✓, v, V, x, atau X. Dipisah koma atau titik koma.
                """)
        }

        public static var generateAbstract: String {
            pick("Write a synthetic plan of any size (for benchmarks and trials).",
                 id: "Tulis rencana buatan sebesar apa pun (untuk uji kinerja dan percobaan).")
        }
        public static var rowsHelp: String { pick("How many indicator rows.", id: "Jumlah baris indikator.") }
        public static var seedHelp: String {
            pick("Seed: the same seed always gives the same plan.",
                 id: "Benih acak: benih yang sama selalu menghasilkan rencana yang sama.")
        }
        public static var rowsRange: String { pick("--rows must be from 1 to 10000000", id: "--rows harus 1 sampai 10000000") }
        public static var planHelp: String {
            pick("The plan file.",
                 id: "Berkas rencana.")
        }
        public static var stateHelp: String {
            pick("The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).",
                 id: "Berkas state yang menyimpan perubahan Anda (bawaan: satu per rencana di $XDG_STATE_HOME/rencana/).")
        }
        public static var resetStateHelp: String {
            pick("Move a damaged state file aside to a timestamped backup, then start with no changes.",
                 id: "Pindahkan berkas state yang rusak ke cadangan bertanda waktu, lalu mulai tanpa perubahan.")
        }
        public static var noMouseHelp: String {
            pick("Do not capture the mouse, so the terminal's own text selection works.",
                 id: "Jangan tangkap tetikus, agar pemilihan teks bawaan terminal berfungsi.")
        }
        public static var areaHelp: String {
            pick("Show only this change area (NO. 1–8); repeat for several.",
                 id: "Tampilkan hanya area perubahan ini (NO. 1–8); ulangi untuk beberapa area.")
        }
        public static var searchHelp: String {
            pick("Show only rows containing this text (any column, case and accents ignored).",
                 id: "Tampilkan hanya baris yang memuat teks ini (kolom mana pun, huruf besar/kecil dan aksen diabaikan).")
        }
        public static var idsHelp: String { pick("Include each row's ID.", id: "Sertakan ID setiap baris.") }
        public static var baselineHelp: String {
            pick("Show the plan as signed, without the changes in the state file.",
                 id: "Tampilkan rencana sebagaimana ditandatangani, tanpa perubahan di berkas state.")
        }
        public static var widthHelp: String {
            pick("Width of the table in columns (default: the terminal's, or 100).",
                 id: "Lebar tabel dalam kolom (bawaan: lebar terminal, atau 100).")
        }
        public static var formatHelp: String {
            pick("Output format: csv, markdown or json.",
                 id: "Format keluaran: csv, markdown, atau json.")
        }
        public static var rowHelp: String {
            pick("Row ID, as shown by `rencana list --ids` (e.g. 7.3.1.2).",
                 id: "ID baris, seperti ditampilkan `rencana list --ids` (mis. 7.3.1.2).")
        }
        public static var monthHelp: String {
            pick("Month: Jan…Des, Januari…Desember, 1–12.",
                 id: "Bulan: Jan…Des, Januari…Desember, 1–12.")
        }
        public static var valueHelp: String { pick("on or off.", id: "on atau off.") }
        public static let setArgumentsHelp = "[PLAN] ROW-ID MONTH on|off"
        public static let toggleArgumentsHelp = "[PLAN] ROW-ID MONTH"
        public static var logRowHelp: String { pick("Only changes of this row.", id: "Hanya perubahan baris ini.") }
        public static var limitHelp: String {
            pick("Show at most this many entries.",
                 id: "Tampilkan paling banyak sejumlah entri ini.")
        }
        public static var csvHelp: String { pick("The CSV file to read.", id: "Berkas CSV yang dibaca.") }
        public static var outHelp: String {
            pick("Write the plan here instead of standard output.", id: "Tulis rencana ke sini, bukan ke keluaran standar.")
        }
        public static var forceHelp: String {
            pick("Overwrite the --out file if it exists.",
                 id: "Timpa berkas --out bila sudah ada.")
        }
        public static var titleHelp: String {
            pick("The plan's title (default: from the file name).", id: "Judul rencana (bawaan: dari nama berkas).")
        }
        public static var yearHelp: String {
            pick("The plan's year (default: this year).",
                 id: "Tahun rencana (bawaan: tahun ini).")
        }

        // MARK: Output
        public static func checkSummary(file: String, areas: Int, kegiatan: Int, rows: Int, months: Int,
                                        changes: Int, differing: Int) -> String {
            pick("\(file): \(areas) areas, \(kegiatan) kegiatan, \(rows) rows, \(months) scheduled months; "
                     + "state: \(changes) \(changes == 1 ? "change" : "changes")"
                     + (changes > 0 ? " (\(differing) \(differing == 1 ? "mark differs" : "marks differ") from the plan as signed)" : ""),
                 id: "\(file): \(areas) area, \(kegiatan) kegiatan, \(rows) baris, \(months) bulan terjadwal; "
                     + "state: \(changes) perubahan"
                     + (changes > 0 ? " (\(differing) tanda berbeda dari rencana yang ditandatangani)" : ""))
        }
        public static func orphans(file: String, count: Int, ids: String) -> String {
            pick("\(file): \(count) \(count == 1 ? "change is" : "changes are") for rows this plan lacks (\(ids)); they are kept in the file but not shown",
                 id: "\(file): \(count) perubahan untuk baris yang tidak ada di rencana ini (\(ids)); tetap disimpan di berkas tetapi tidak ditampilkan")
        }
        public static func deletedRecords(count: Int, ids: String) -> String {
            pick("state: \(count) \(count == 1 ? "entry is" : "entries are") for rows deleted in Rencana (\(ids)); "
                     + "kept on record (`rencana undo` of the removal brings them back)",
                 id: "state: \(count) entri untuk baris yang dihapus di Rencana (\(ids)); "
                     + "tetap tercatat (`rencana undo` atas penghapusan itu mengembalikannya)")
        }
        public static func warning(_ text: String) -> String { pick("warning: \(text)", id: "peringatan: \(text)") }
        public static func movedAside(from: String, to: String) -> String {
            pick("moved the state file \(from) aside to \(to); starting with no changes",
                 id: "berkas state \(from) dipindahkan ke \(to); mulai tanpa perubahan")
        }
        public static func listFooter(shown: Int, total: Int, anyChanged: Bool) -> String {
            pick("\(shown) of \(total) rows" + (anyChanged ? "; * = differs from the plan as signed" : ""),
                 id: "\(shown) dari \(total) baris" + (anyChanged ? "; * = berbeda dari rencana yang ditandatangani" : ""))
        }
        public static let listMonthsHeader = "JFMAMJJASOND"
        public static var noRowsMatch: String { pick("no rows match", id: "tidak ada baris yang cocok") }
        public static var noRowsInArea: String { pick("(no rows)", id: "(tidak ada baris)") }
        public static func markSaved(row: String, month: String, on: Bool, seq: Int) -> String {
            pick("\(row) \(month): \(on ? "√ on" : "off") (saved as change #\(seq))",
                 id: "\(row) \(month): \(on ? "√ on" : "off") (disimpan sebagai perubahan #\(seq))")
        }
        public static func markUnchanged(row: String, month: String, on: Bool) -> String {
            pick("\(row) \(month): already \(on ? "on" : "off"); nothing to save",
                 id: "\(row) \(month): sudah \(on ? "on" : "off"); tidak ada yang disimpan")
        }
        public static var nothingToUndo: String { pick("nothing to undo", id: "tidak ada yang dapat diurungkan") }
        public static var nothingToRedo: String { pick("nothing to redo", id: "tidak ada yang dapat diulangi") }
        public static func undid(seq: Int, row: String, month: String, on: Bool) -> String {
            pick("undid change #\(seq): \(row) \(month) is \(on ? "√ on" : "off") again",
                 id: "perubahan #\(seq) diurungkan: \(row) \(month) kembali \(on ? "√ on" : "off")")
        }
        public static func redid(seq: Int, row: String, month: String, on: Bool) -> String {
            pick("redid change #\(seq): \(row) \(month) is \(on ? "√ on" : "off") again",
                 id: "perubahan #\(seq) diulangi: \(row) \(month) kembali \(on ? "√ on" : "off")")
        }
        public static var logEmpty: String {
            pick("no changes yet: the plan is as signed", id: "belum ada perubahan: rencana sesuai yang ditandatangani")
        }
        public static func importDone(path: String, areas: Int, rows: Int) -> String {
            pick("wrote \(path): \(areas) areas, \(rows) rows", id: "\(path) ditulis: \(areas) area, \(rows) baris")
        }

        // MARK: Errors
        public static func unknownMonth(_ text: String) -> String {
            pick("unknown month \"\(TerminalText.safe(text, limit: 40))\" (use Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des, Januari…Desember or 1–12)",
                 id: "bulan \"\(TerminalText.safe(text, limit: 40))\" tidak dikenal (gunakan Jan Feb Mar Apr Mei Jun Jul Ags Sep Okt Nov Des, Januari…Desember, atau 1–12)")
        }
        public static func badOnOff(_ text: String) -> String {
            pick("expected on or off, found \"\(TerminalText.safe(text, limit: 40))\"",
                 id: "seharusnya on atau off, tertulis \"\(TerminalText.safe(text, limit: 40))\"")
        }
        /// `set PLAN ROW MONTH` with the on/off left out (the words were read as ROW MONTH on/off).
        public static func missingOnOff(_ words: [String]) -> String {
            let shown = words.map { TerminalText.safe($0, limit: 40) }.joined(separator: " ")
            return pick("on or off is missing after the month: `rencana set \(shown) on` (or off)",
                        id: "on atau off belum ditulis sesudah bulan: `rencana set \(shown) on` (atau off)")
        }
        public static func badArgumentCount(expected: String) -> String {
            pick("expected \(expected)",
                 id: "seharusnya \(expected)")
        }
        public static func badArea(_ n: Int, count: Int) -> String {
            pick("there is no area \(n); this plan has areas 1–\(count)",
                 id: "tidak ada area \(n); rencana ini memiliki area 1–\(count)")
        }
        public static func unknownFormat(_ text: String) -> String {
            pick("unknown format \"\(TerminalText.safe(text, limit: 40))\" (use csv, markdown or json)",
                 id: "format \"\(TerminalText.safe(text, limit: 40))\" tidak dikenal (gunakan csv, markdown, atau json)")
        }
        public static func csvIsUTF16(_ path: String) -> String {
            pick("\(path): is UTF-16 text; save it as UTF-8 (Excel: \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Character set \"Unicode (UTF-8)\")",
                 id: "\(path): berupa teks UTF-16; simpan sebagai UTF-8 (Excel: \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Character set \"Unicode (UTF-8)\")")
        }
        public static func importWouldNotLoad(_ path: String, _ reason: String) -> String {
            pick("\(path): not imported: the plan it makes would be refused: \(reason)",
                 id: "\(path): tidak diimpor: rencana yang dihasilkannya akan ditolak: \(reason)")
        }
        public static func generateTooLarge(rows: Int, neededMB: Int, availableMB: Int, fits: Int) -> String {
            pick("--rows \(rows) needs about \(neededMB) MB of memory but only \(availableMB) MB is available; at most \(fits) rows fit",
                 id: "--rows \(rows) memerlukan sekitar \(neededMB) MB memori tetapi hanya tersedia \(availableMB) MB; paling banyak \(fits) baris")
        }
        public static func outExists(_ path: String) -> String {
            pick("\(path) already exists; pass --force to overwrite it", id: "\(path) sudah ada; beri --force untuk menimpanya")
        }
        public static func stateHint(_ message: String) -> String {
            pick("\(message) (the file was left as it is; `--reset-state` moves it aside and starts afresh)",
                 id: "\(message) (berkas dibiarkan apa adanya; `--reset-state` memindahkannya dan memulai dari awal)")
        }
        public static func usage(_ message: String) -> String {
            pick("\(message) (see `rencana help`)",
                 id: "\(message) (lihat `rencana help`)")
        }
        public static var dashboardMissing: String {
            pick("the dashboard is not built yet; use `rencana list` to see the plan",
                 id: "dasbor belum tersedia; gunakan `rencana list` untuk melihat rencana")
        }
    }
}
