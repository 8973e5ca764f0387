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
            'undo:Take back the latest change.'
            'redo:Put back the latest undone change.'
            'import:Build a plan from a CSV in the export'\''s 18-column layout.'
            'generate:Write a synthetic plan of any size (for benchmarks and trials).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        open|check|list|export|set|toggle|log|undo|redo|import|generate|help)
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
        '--no-mouse[Do not capture the mouse, so the terminal'\''s own text selection works.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--force[Overwrite the --out file if it exists.]'
        '--ids[Include each row'\''s ID.]'
        '--baseline[Show the plan as signed, without the changes in the state file.]'
        '--state[The state file holding your changes (default\: one per plan under $XDG_STATE_HOME/rencana/).]:path:'
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '--reset-state[Move a damaged state file aside to a timestamped backup, then start with no changes.]'
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
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_generate() {
    local -i ret=1
    local -ar arg_specs=(
        '--rows[How many indicator rows.]:n:'
        '--seed[Seed\: the same seed always gives the same plan.]:n:'
        '--out[Write the plan here instead of standard output.]:file:'
        '--force[Overwrite the --out file if it exists.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_rencana_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _rencana ]]; then
    _rencana "${@}"
else
    compdef _rencana rencana
fi
