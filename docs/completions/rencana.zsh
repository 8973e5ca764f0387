#compdef rencana

__rencana_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__rencana_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __rencana_complete "${completions[@]:0:-1}"
    fi
}

__rencana_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_rencana() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'open:Open the dashboard on a plan (the default command).'
            'check:Validate a plan and its state, and count what they hold.'
            'list:Print the plan as an aligned text table.'
            'export:Write the plan as CSV, Markdown, JSON, or the LAMPIRAN as xlsx or HTML.'
            'set:Set one month of one row on or off.'
            'toggle:Flip one month of one row.'
            'log:Show the history of changes, newest first.'
            'undo:Take back this laptop'\''s latest change.'
            'redo:Put back the latest undone change.'
            'import:Build a plan from a CSV in the export'\''s 18-column layout.'
            'generate:Write a synthetic plan of any size (for benchmarks and trials).'
            'progress:Show the capaian per row, kegiatan or area for a Triwulan, a Semester or up to a month.'
            'realize:Record what was done in one month of one row: done, partly, missed, moved:MONTH or clear.'
            'evidence:Add, list or remove the evidence (bukti dukung) of rows.'
            'note:Set the catatan of one month of one row (empty text clears it).'
            'assign:Set the penanggung jawab (person or office) of a row (empty text clears it).'
            'review:Record a row'\''s monev notes for a Triwulan: kendala, tindak lanjut, tenggat.'
            'report:Write the Laporan Monev of a Triwulan, a Semester, the year or January up to a month.'
            'edit:Change a text of the table: a row'\''s INDIKATOR or KET, or the group holding it.'
            'add:Add an indicator row, or a new sub kegiatan, kegiatan or area, next to a row.'
            'remove:Delete a row, or the sub kegiatan, kegiatan or area holding it.'
            'move:Move a row (or the group holding it) up or down, or a row to another sub kegiatan.'
            'document:Show or change the decree'\''s details (number, title, unit, year, place, date, signer).'
            'diff:List every difference between the plan as signed and the plan as it now is.'
            'adopt:Write the plan as it now is as a new plan file, to be signed.'
            'new-year:Start next year'\''s plan from this one.'
            'rollup:Roll up many offices'\'' plans and progress into one recap (read-only).'
            'conflicts:List the values two laptops changed without seeing each other'\''s change, and settle them.'
            'send:Write the plan, its entries and (optionally) evidence into one file for another laptop.'
            'receive:Merge a bundle from another laptop into this plan, or unpack it as a new plan folder.'
            'team:Work on one plan with colleagues: set up how journals travel.'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        open|check|list|export|set|toggle|log|undo|redo|import|generate|progress|realize|evidence|note|assign|review|report|edit|add|remove|move|document|diff|adopt|new-year|rollup|conflicts|send|receive|team|help)
            "_rencana_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rencana_open() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--no-mouse[Do not capture the mouse, so the terminal'\''s own text selection works.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_check() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_list() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '*--area[Show only this change area (NO. 1–8); repeat for several.]:n:'
        '--search[Show only rows containing this text (any column, case and accents ignored).]:text:'
        '--ids[Include each row'\''s ID.]'
        '--baseline[Show the plan as signed, without the changes in the state file.]'
        '--width[Width of the table in columns (default\: the terminal'\''s, or 100).]:columns:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_export() {
    local -i ret=1
    local -ar ___format=('csv' 'markdown' 'json' 'xlsx' 'html')
    local -ar ___paper=('f4' 'a4')
    local -ar arg_specs=(
        ':plan:'
        '--format[Output format\: csv, markdown, json, xlsx or html.]:csv|markdown|json|xlsx|html:{__rencana_complete "${___format[@]}"}'
        '--out[Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.]:file:'
        '--paper[Paper of the printed documents (xlsx, html)\: f4 (215 × 330 mm) or a4, landscape.]:f4|a4:{__rencana_complete "${___paper[@]}"}'
        '--salinan[Print the LAMPIRAN as the circulated copy\: Ttd. above the signer'\''s name and the block '\''Salinan sesuai dengan aslinya'\'' with the unit'\''s Sekretariat (xlsx, html).]'
        '--salinan-title[The title of who authenticates the salinan, e.g. Sekretaris (with --salinan).]:title:'
        '--salinan-signer[The name of who authenticates the salinan (with --salinan).]:name:'
        '--salinan-nip[The NIP of who authenticates the salinan (with --salinan).]:nip:'
        '--number-first-page[Number the first page -1- too (KPU decrees leave it unnumbered and start at -2-).]'
        '--force[Overwrite the --out file if it exists.]'
        '--ids[Include each row'\''s ID.]'
        '--baseline[Show the plan as signed, without the changes in the state file.]'
        '--realisation[Add the monitoring record (csv and json only)\: csv gets a status column per month (Realisasi Jan … Realisasi Des\: Terlaksana, Terlaksana Sebagian, Tidak Terlaksana, Digeser ke <Bulan>, Terlaksana di luar jadwal, empty when nothing is recorded), then PJ, Tanggal Realisasi, Catatan and Jumlah Bukti; json gets a "realisation" section (statuses, dates, notes, PJ, reviews, evidence, signer).]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_set() {
    local -i ret=1
    local -ar arg_specs=(
        '*:plan row-id month on|off:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_toggle() {
    local -i ret=1
    local -ar arg_specs=(
        '*:plan row-id month:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_log() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--row[Only changes of this row.]:row-id:'
        '--limit[Show at most this many entries.]:n:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_undo() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_redo() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_import() {
    local -i ret=1
    local -ar arg_specs=(
        ':file.csv:'
        '--out[Write the plan here instead of standard output.]:plan.json:'
        '--force[Overwrite the --out file if it exists.]'
        '--title[The plan'\''s title (default\: from the file name).]:text:'
        '--year[The plan'\''s year (default\: this year).]:yyyy:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_generate() {
    local -i ret=1
    local -ar arg_specs=(
        '--rows[How many indicator rows.]:n:'
        '--offices[Write the bundles this many offices would send (derived from --from; a few sent twice) into the folder --out.]:n:'
        '--from[The plan the offices'\'' plans are derived from (with --offices).]:plan:'
        '--as-plans[With --offices\: write each office as a plan and its journal (NAME.json, NAME.jsonl) instead of the bundle it would send.]'
        '--seed[Seed\: the same seed always gives the same plan.]:n:'
        '--out[Write the plan here instead of standard output.]:file:'
        '--force[Overwrite the --out file if it exists.]'
        '--realisation[Also write a realisation for benchmarks\: a status for about half of the planned cells (done, partly, missed with a note, moved) and --evidence items, as the plan'\''s state file (journal version 2, where `rencana PLAN` looks for it) or at --state. Needs --out.]'
        '--evidence[With --realisation\: how many evidence items to add (default 20,000 per 100,000 rows).]:n:'
        '--state[With --realisation\: where to write the state file.]:file:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_progress() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--tw[Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.]:1-4:'
        '--semester[Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.]:1-2:'
        '--year[The whole year (Tahunan).]'
        '--until[With --tw, --semester or --year\: count what is due up to this month; alone\: January up to this month (Jan … Des or 1–12).]:month:'
        '--by[One line per row, kegiatan or area (default\: area).]:row|kegiatan|area:'
        '--format[text (default), csv or json.]:text|csv|json:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_realize() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        ':month:'
        ':status:'
        '--date[The date it was done\: YYYY-MM-DD or 8 April 2022 (empty clears).]:date:'
        '--note[A catatan for the cell (empty clears).]:text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_evidence() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'add:Attach a file or a link as evidence of a row, optionally of one month.'
            'list:List the evidence, or with --missing what lacks it.'
            'remove:Remove one piece of evidence by its ID.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        add|list|remove)
            "_rencana_evidence_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rencana_evidence_add() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        '--month[The month the evidence is for (default\: the whole row).]:month:'
        '--file[An existing regular file; stored relative to the plan'\''s folder when inside it.]:path:'
        '--url[A link\: http\:// or https\:// with a host.]:url:'
        '--kind[SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya (default\: Lainnya, Tautan for a URL).]:kind:'
        '--title[The document'\''s title.]:text:'
        '--number[The document'\''s number.]:text:'
        '--date[The document'\''s date\: YYYY-MM-DD or 8 April 2022.]:date:'
        '--allow-missing[Record a --file that does not exist yet (a paper document to be scanned later); flagged by `evidence list --missing`.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_evidence_list() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--row[Only the evidence of this row.]:row-id:'
        '--missing[List done cells without evidence, and evidence whose file does not exist (kurang bukti).]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_evidence_remove() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':evidence-id:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_note() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        ':month:'
        ':text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_assign() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        ':text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_review() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        '--tw[The Triwulan, 1–4.]:1-4:'
        '--kendala[The obstacles (kendala); empty clears.]:text:'
        '--tindak-lanjut[The follow-up (tindak lanjut); empty clears.]:text:'
        '--tenggat[The follow-up'\''s deadline\: YYYY-MM-DD or 8 April 2022; empty clears.]:date:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_report() {
    local -i ret=1
    local -ar ___paper=('f4' 'a4')
    local -ar arg_specs=(
        ':plan:'
        '--tw[Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.]:1-4:'
        '--semester[Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.]:1-2:'
        '--year[The whole year (Tahunan).]'
        '--until[With --tw, --semester or --year\: count what is due up to this month; alone\: January up to this month (Jan … Des or 1–12).]:month:'
        '--format[The report'\''s format.]:xlsx|html|markdown|csv:'
        '--out[Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.]:file:'
        '--place[The place of signing (remembered).]:place:'
        '--date[The date of signing\: YYYY-MM-DD or 8 April 2022 (default\: today; not remembered).]:date:'
        '--signer[The signer'\''s name (remembered).]:name:'
        '--signer-title[The signer'\''s office (remembered).]:title:'
        '--nip[The signer'\''s NIP (remembered; empty to drop it).]:nip:'
        '--paper[Paper of the printed documents (xlsx, html)\: f4 (215 × 330 mm) or a4, landscape.]:f4|a4:{__rencana_complete "${___paper[@]}"}'
        '--mengetahui[Add the '\''Mengetahui,'\'' block at the bottom left with this office, e.g. "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan" (not remembered).]:office:'
        '--mengetahui-name[The name in the Mengetahui block (default\: the decree'\''s signer).]:name:'
        '--mengetahui-nip[The NIP in the Mengetahui block (a Ketua signs without one).]:nip:'
        '--force[Overwrite the --out file if it exists.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_edit() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        '--indikator[The row'\''s new INDIKATOR KEBERHASILAN.]:text:'
        '--ket[The row'\''s new KET.]:text:'
        '--sub[The new title of the SUB KEGIATAN holding the row.]:text:'
        '--kegiatan[The new title of the KEGIATAN holding the row.]:text:'
        '--area[The new name of the AREA PERUBAHAN holding the row.]:text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_add() {
    local -i ret=1
    local -ar ___level=('indikator' 'sub' 'kegiatan' 'area')
    local -ar arg_specs=(
        ':plan:'
        '--after[Put the new row (or group) after this row (or the group of --level holding it).]:row-id:'
        '--before[Put the new row (or group) before this row (or the group of --level holding it).]:row-id:'
        '--level[What to add\: indikator (the default), sub, kegiatan or area.]:indikator|sub|kegiatan|area:{__rencana_complete "${___level[@]}"}'
        '--text[The new row'\''s INDIKATOR KEBERHASILAN (default\: empty).]:text:'
        '--months[The new row'\''s months, comma-separated (e.g. Jan,Mar,Des or 1,3,12).]:m,m,…:'
        '--ket[The new row'\''s KET.]:text:'
        '--sub[The new SUB KEGIATAN'\''s title (with --level sub, kegiatan or area).]:text:'
        '--kegiatan[The new KEGIATAN'\''s title (with --level kegiatan or area).]:text:'
        '--area[The new AREA PERUBAHAN'\''s name (with --level area).]:text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_remove() {
    local -i ret=1
    local -ar ___level=('indikator' 'sub' 'kegiatan' 'area')
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        '--level[What to delete\: indikator (the default\: the row), sub, kegiatan or area.]:indikator|sub|kegiatan|area:{__rencana_complete "${___level[@]}"}'
        '--yes[Delete without asking (for scripts).]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_move() {
    local -i ret=1
    local -ar ___level=('indikator' 'sub' 'kegiatan' 'area')
    local -ar arg_specs=(
        ':plan:'
        ':row-id:'
        '--up[One place up within its parent.]'
        '--down[One place down within its parent.]'
        '--to-sub[Move the row to the end of the sub kegiatan holding this row.]:row-id:'
        '--after[Move the row right after this row (in that row'\''s sub kegiatan).]:row-id:'
        '--before[Move the row right before this row (in that row'\''s sub kegiatan).]:row-id:'
        '--level[What --up/--down move\: indikator (the default), sub, kegiatan or area.]:indikator|sub|kegiatan|area:{__rencana_complete "${___level[@]}"}'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_document() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--institution[The issuing body.]:text:'
        '--number[The decree number (NOMOR).]:text:'
        '--title[What the decree is about (TENTANG).]:text:'
        '--unit[The unit whose plan it is.]:text:'
        '--year[The plan'\''s year.]:yyyy:'
        '--place[Where it was signed (Ditetapkan di).]:text:'
        '--date[When it was signed (Pada tanggal)\: YYYY-MM-DD or 26 Januari 2022; kept in the long form the decree prints.]:date:'
        '--signer[Who signed.]:text:'
        '--signer-title[The signer'\''s office.]:text:'
        '--code[The office'\''s code (kode satker), optional\: names the office in a province'\''s roll-up; "" removes it.]:text:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_diff() {
    local -i ret=1
    local -ar ___format=('text' 'markdown' 'csv')
    local -ar arg_specs=(
        ':plan:'
        '--format[Output format\: text (the default), markdown or csv.]:text|markdown|csv:{__rencana_complete "${___format[@]}"}'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_adopt() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--out[The new plan file.]:new.json:'
        '--force[Overwrite the --out file if it exists.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_new-year() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--year[The new plan'\''s year (1900–2999).]:yyyy:'
        '--out[The new plan file.]:new.json:'
        '--force[Overwrite the --out file if it exists.]'
        '--baseline[Start from the plan as signed, without this year'\''s edits and moved months.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_rollup() {
    local -i ret=1
    local -ar ___paper=('f4' 'a4')
    local -ar arg_specs=(
        '*:folder|file:'
        '--tw[Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.]:1-4:'
        '--semester[Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.]:1-2:'
        '--year[The whole year (Tahunan).]'
        '--until[With --tw, --semester or --year\: count what is due up to this month; alone\: January up to this month (Jan … Des or 1–12).]:month:'
        '--by[One line per office (default), or per office and area.]:office|area:'
        '--sort[Sort by office (default), capaian (lowest first) or kurang bukti (most first).]:office|capaian|kurang-bukti:'
        '--format[text (default), csv, json, jsonl (one line per office × row × month), or the signed recap as xlsx or html.]:text|csv|json|jsonl|xlsx|html:'
        '--out[Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.]:file:'
        '--force[Overwrite the --out file if it exists.]'
        '--provinsi[The province in the xlsx/html recap'\''s title (SE-<PROVINSI>). The plans name no province, so none is guessed.]:name:'
        '--place[xlsx/html\: where the recap is signed.]:place:'
        '--date[xlsx/html\: the signing date (default today).]:date:'
        '--signer[xlsx/html\: who signs the recap.]:name:'
        '--signer-title[xlsx/html\: the signer'\''s office (default SEKRETARIS KPU PROVINSI <PROVINSI>).]:title:'
        '--nip[xlsx/html\: the signer'\''s NIP.]:nip:'
        '--paper[Paper of the printed documents (xlsx, html)\: f4 (215 × 330 mm) or a4, landscape.]:f4|a4:{__rencana_complete "${___paper[@]}"}'
        '--mengetahui[Add the '\''Mengetahui,'\'' block at the bottom left with this office, e.g. "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan" (not remembered).]:office:'
        '--mengetahui-name[The name in the Mengetahui block (default\: the decree'\''s signer).]:name:'
        '--mengetahui-nip[The NIP in the Mengetahui block (a Ketua signs without one).]:nip:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_conflicts() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--format[text or json.]:text|json:'
        '--choose[Settle conflict N (its number in the list).]:n:'
        '--value[The value to keep\: its number K under the conflict.]:k:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_send() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--out[The bundle file to write (`-`\: standard output).]:file:'
        '--since[Only entries saved on or after this day (YYYY-MM-DD, this laptop'\''s calendar).]:date:'
        '--with-evidence[Also carry the evidence files the entries name (inside the plan'\''s folder).]'
        '--force[Replace an existing bundle file at --out.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_receive() {
    local -i ret=1
    local -ar arg_specs=(
        '*:plan-and-file:'
        '--into[The folder to unpack a new plan into (default\: the current folder).]:dir:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_team() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'init:Make a team folder beside the plan, for a shared folder (network drive, Google Drive, Syncthing, Dropbox).'
            'git-setup:Let git merge this plan'\''s journals (merge driver and .gitattributes).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        init|git-setup)
            "_rencana_team_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_rencana_team_init() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_team_git-setup() {
    local -i ret=1
    local -ar arg_specs=(
        ':plan:'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--repair-state[Repair a state file with a damaged line\: move it aside to a timestamped backup and keep the entries before the damage.]'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _rencana ]]; then
    _rencana "${@}"
else
    compdef _rencana rencana
fi
