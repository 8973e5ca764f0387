function __rencana_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __rencana_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __rencana_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __rencana_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __rencana_parse_tokens -S
    set -l unparsed_tokens (__rencana_tokens -pc)
    switch $unparsed_tokens[1]
    case 'rencana'
        __rencana_parse_subcommand 0 'h/help'
        switch $unparsed_tokens[1]
        case 'open'
            __rencana_parse_subcommand 1 'state=' 'reset-state' 'no-mouse' 'h/help'
        case 'check'
            __rencana_parse_subcommand 1 'state=' 'reset-state' 'h/help'
        case 'list'
            __rencana_parse_subcommand 1 'area=+' 'search=' 'ids' 'baseline' 'width=' 'state=' 'reset-state' 'h/help'
        case 'export'
            __rencana_parse_subcommand 1 'format=' 'out=' 'paper=' 'salinan' 'salinan-title=' 'salinan-signer=' 'salinan-nip=' 'number-first-page' 'force' 'ids' 'baseline' 'realisation' 'state=' 'reset-state' 'h/help'
        case 'set'
            __rencana_parse_subcommand -r 1 'state=' 'reset-state' 'h/help'
        case 'toggle'
            __rencana_parse_subcommand -r 1 'state=' 'reset-state' 'h/help'
        case 'log'
            __rencana_parse_subcommand 1 'row=' 'limit=' 'state=' 'reset-state' 'h/help'
        case 'undo'
            __rencana_parse_subcommand 1 'state=' 'reset-state' 'h/help'
        case 'redo'
            __rencana_parse_subcommand 1 'state=' 'reset-state' 'h/help'
        case 'import'
            __rencana_parse_subcommand 1 'out=' 'force' 'title=' 'year=' 'h/help'
        case 'generate'
            __rencana_parse_subcommand 0 'rows=' 'offices=' 'from=' 'seed=' 'out=' 'force' 'realisation' 'evidence=' 'state=' 'h/help'
        case 'progress'
            __rencana_parse_subcommand 1 'tw=' 'semester=' 'until=' 'by=' 'format=' 'state=' 'reset-state' 'h/help'
        case 'realize'
            __rencana_parse_subcommand 4 'date=' 'note=' 'state=' 'reset-state' 'h/help'
        case 'evidence'
            __rencana_parse_subcommand 0 'h/help'
            switch $unparsed_tokens[1]
            case 'add'
                __rencana_parse_subcommand 2 'month=' 'file=' 'url=' 'kind=' 'title=' 'number=' 'date=' 'state=' 'reset-state' 'h/help'
            case 'list'
                __rencana_parse_subcommand 1 'missing' 'state=' 'reset-state' 'h/help'
            case 'remove'
                __rencana_parse_subcommand 2 'state=' 'reset-state' 'h/help'
            end
        case 'note'
            __rencana_parse_subcommand 4 'state=' 'reset-state' 'h/help'
        case 'assign'
            __rencana_parse_subcommand 3 'state=' 'reset-state' 'h/help'
        case 'review'
            __rencana_parse_subcommand 2 'tw=' 'kendala=' 'tindak-lanjut=' 'tenggat=' 'state=' 'reset-state' 'h/help'
        case 'report'
            __rencana_parse_subcommand 1 'tw=' 'semester=' 'year' 'format=' 'out=' 'until=' 'place=' 'date=' 'signer=' 'signer-title=' 'nip=' 'paper=' 'mengetahui=' 'mengetahui-name=' 'mengetahui-nip=' 'force' 'state=' 'reset-state' 'h/help'
        case 'edit'
            __rencana_parse_subcommand 2 'indikator=' 'ket=' 'sub=' 'kegiatan=' 'area=' 'state=' 'reset-state' 'h/help'
        case 'add'
            __rencana_parse_subcommand 1 'after=' 'before=' 'level=' 'text=' 'months=' 'ket=' 'sub=' 'kegiatan=' 'area=' 'state=' 'reset-state' 'h/help'
        case 'remove'
            __rencana_parse_subcommand 2 'level=' 'yes' 'state=' 'reset-state' 'h/help'
        case 'move'
            __rencana_parse_subcommand 2 'up' 'down' 'to-sub=' 'after=' 'before=' 'level=' 'state=' 'reset-state' 'h/help'
        case 'document'
            __rencana_parse_subcommand 1 'institution=' 'number=' 'title=' 'unit=' 'year=' 'place=' 'date=' 'signer=' 'signer-title=' 'state=' 'reset-state' 'h/help'
        case 'diff'
            __rencana_parse_subcommand 1 'format=' 'state=' 'reset-state' 'h/help'
        case 'adopt'
            __rencana_parse_subcommand 1 'out=' 'force' 'state=' 'reset-state' 'h/help'
        case 'new-year'
            __rencana_parse_subcommand 1 'year=' 'out=' 'force' 'baseline' 'state=' 'reset-state' 'h/help'
        case 'rollup'
            __rencana_parse_subcommand -r 1 'tw=' 'semester=' 'year' 'until=' 'by=' 'sort=' 'format=' 'out=' 'force' 'h/help'
        case 'help'
            __rencana_parse_subcommand -r 1 
        end
    end
end

function __rencana_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __rencana_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __rencana_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __rencana_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__rencana_tokens -p)
    if test -z "$(__rencana_tokens -t)"
        set -l index (count (__rencana_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'rencana' -f
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'open' -d 'Open the dashboard on a plan (the default command).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'check' -d 'Validate a plan and its state, and count what they hold.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'list' -d 'Print the plan as an aligned text table.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'export' -d 'Write the plan as CSV, Markdown, JSON, or the LAMPIRAN as xlsx or HTML.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'set' -d 'Set one month of one row on or off.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'toggle' -d 'Flip one month of one row.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'log' -d 'Show the history of changes, newest first.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'undo' -d 'Take back the latest change.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'redo' -d 'Put back the latest undone change.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'import' -d 'Build a plan from a CSV in the export\'s 18-column layout.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'generate' -d 'Write a synthetic plan of any size (for benchmarks and trials).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'progress' -d 'Show the capaian per row, kegiatan or area for a Triwulan, a Semester or up to a month.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'realize' -d 'Record what was done in one month of one row: done, partly, missed, moved:MONTH or clear.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'evidence' -d 'Add, list or remove the evidence (bukti dukung) of rows.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'note' -d 'Set the catatan of one month of one row (empty text clears it).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'assign' -d 'Set the penanggung jawab (person or office) of a row (empty text clears it).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'review' -d 'Record a row\'s monev notes for a Triwulan: kendala, tindak lanjut, tenggat.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'report' -d 'Write the Laporan Monev of a Triwulan, a Semester or the year.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'edit' -d 'Change a text of the table: a row\'s INDIKATOR or KET, or the group holding it.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'add' -d 'Add an indicator row, or a new sub kegiatan, kegiatan or area, next to a row.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'remove' -d 'Delete a row, or the sub kegiatan, kegiatan or area holding it.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'move' -d 'Move a row (or the group holding it) up or down, or a row to another sub kegiatan.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'document' -d 'Show or change the decree\'s details (number, title, unit, year, place, date, signer).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'diff' -d 'List every difference between the plan as signed and the plan as it now is.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'adopt' -d 'Write the plan as it now is as a new plan file, to be signed.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'new-year' -d 'Start next year\'s plan from this one.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'rollup' -d 'Roll up many offices\' plans and progress into one recap (read-only).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana open" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana open" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana open" no-mouse' -l 'no-mouse' -d 'Do not capture the mouse, so the terminal\'s own text selection works.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana check" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana check" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list"' -l 'area' -d 'Show only this change area (NO. 1–8); repeat for several.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" search' -l 'search' -d 'Show only rows containing this text (any column, case and accents ignored).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" ids' -l 'ids' -d 'Include each row\'s ID.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" baseline' -l 'baseline' -d 'Show the plan as signed, without the changes in the state file.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" width' -l 'width' -d 'Width of the table in columns (default: the terminal\'s, or 100).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" format' -l 'format' -d 'Output format: csv, markdown, json, xlsx or html.' -rfka 'csv markdown json xlsx html'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" out' -l 'out' -d 'Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" paper' -l 'paper' -d 'Paper of the printed documents (xlsx, html): f4 (215 × 330 mm) or a4, landscape.' -rfka 'f4 a4'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" salinan' -l 'salinan' -d 'Print the LAMPIRAN as the circulated copy: Ttd. above the signer\'s name and the block \'Salinan sesuai dengan aslinya\' with the unit\'s Sekretariat (xlsx, html).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" salinan-title' -l 'salinan-title' -d 'The title of who authenticates the salinan, e.g. Sekretaris (with --salinan).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" salinan-signer' -l 'salinan-signer' -d 'The name of who authenticates the salinan (with --salinan).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" salinan-nip' -l 'salinan-nip' -d 'The NIP of who authenticates the salinan (with --salinan).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" number-first-page' -l 'number-first-page' -d 'Number the first page -1- too (KPU decrees leave it unnumbered and start at -2-).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" ids' -l 'ids' -d 'Include each row\'s ID.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" baseline' -l 'baseline' -d 'Show the plan as signed, without the changes in the state file.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" realisation' -l 'realisation' -d 'Add the monitoring record (csv and json only): csv gets a status column per month (Realisasi Jan … Realisasi Des: Terlaksana, Terlaksana Sebagian, Tidak Terlaksana, Digeser ke <Bulan>, Terlaksana (di luar jadwal), empty when nothing is recorded), then PJ, Tanggal Realisasi, Catatan and Jumlah Bukti; json gets a "realisation" section (statuses, dates, notes, PJ, reviews, evidence, signer).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana set" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana set" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana set" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana toggle" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana toggle" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana toggle" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana log" row' -l 'row' -d 'Only changes of this row.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana log" limit' -l 'limit' -d 'Show at most this many entries.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana log" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana log" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana undo" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana undo" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana undo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana redo" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana redo" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana redo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana import" out' -l 'out' -d 'Write the plan here instead of standard output.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana import" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana import" title' -l 'title' -d 'The plan\'s title (default: from the file name).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana import" year' -l 'year' -d 'The plan\'s year (default: this year).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" rows' -l 'rows' -d 'How many indicator rows.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" offices' -l 'offices' -d 'Write a folder of this many offices (plan.json and journal each), derived from --from, into --out.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" from' -l 'from' -d 'The plan the offices\' plans are derived from (with --offices).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" seed' -l 'seed' -d 'Seed: the same seed always gives the same plan.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" out' -l 'out' -d 'Write the plan here instead of standard output.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" realisation' -l 'realisation' -d 'Also write a realisation for benchmarks: a status for about half of the planned cells (done, partly, missed with a note, moved) and --evidence items, as the plan\'s state file (journal version 2, where `rencana PLAN` looks for it) or at --state. Needs --out.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" evidence' -l 'evidence' -d 'With --realisation: how many evidence items to add (default 20,000 per 100,000 rows).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" state' -l 'state' -d 'With --realisation: where to write the state file.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana generate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" tw' -l 'tw' -d 'Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" semester' -l 'semester' -d 'Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" until' -l 'until' -d 'January up to this month (Jan … Des or 1–12).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" by' -l 'by' -d 'One line per row, kegiatan or area (default: area).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" format' -l 'format' -d 'text (default), csv or json.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana progress" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana realize" date' -l 'date' -d 'The date it was done, YYYY-MM-DD (empty clears).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana realize" note' -l 'note' -d 'A catatan for the cell (empty clears).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana realize" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana realize" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana realize" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana evidence" -eq 1' -fa 'add' -d 'Attach a file or a link as evidence of a row, optionally of one month.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana evidence" -eq 1' -fa 'list' -d 'List the evidence, or with --missing what lacks it.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_positional "rencana evidence" -eq 1' -fa 'remove' -d 'Remove one piece of evidence by its ID.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" month' -l 'month' -d 'The month the evidence is for (default: the whole row).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" file' -l 'file' -d 'A local file; stored relative to the plan\'s folder when inside it.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" url' -l 'url' -d 'A link (http:// or https://).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" kind' -l 'kind' -d 'SK, Notulen, Daftar Hadir, Laporan, Foto, SOP, Surat, Tautan or Lainnya (default: Lainnya, Tautan for a URL).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" title' -l 'title' -d 'The document\'s title.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" number' -l 'number' -d 'The document\'s number.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" date' -l 'date' -d 'The document\'s date.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence list" missing' -l 'missing' -d 'List done cells without evidence, and evidence whose file no longer exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence list" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence list" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence remove" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence remove" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana evidence remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana note" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana note" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana note" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana assign" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana assign" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana assign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" tw' -l 'tw' -d 'The Triwulan, 1–4.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" kendala' -l 'kendala' -d 'The obstacles (kendala); empty clears.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" tindak-lanjut' -l 'tindak-lanjut' -d 'The follow-up (tindak lanjut); empty clears.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" tenggat' -l 'tenggat' -d 'The follow-up\'s deadline, YYYY-MM-DD; empty clears.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" tw' -l 'tw' -d 'Triwulan 1-4.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" semester' -l 'semester' -d 'Semester 1-2.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" year' -l 'year' -d 'The whole year (Tahunan).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" format' -l 'format' -d 'The report\'s format.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" out' -l 'out' -d 'Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" until' -l 'until' -d 'Count what is due up to this month (default: today, or December for another year).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" place' -l 'place' -d 'The place of signing (remembered).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" date' -l 'date' -d 'The date of signing, YYYY-MM-DD (remembered).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" signer' -l 'signer' -d 'The signer\'s name (remembered).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" signer-title' -l 'signer-title' -d 'The signer\'s office (remembered).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" nip' -l 'nip' -d 'The signer\'s NIP (remembered; empty to drop it).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" paper' -l 'paper' -d 'Paper of the printed documents (xlsx, html): f4 (215 × 330 mm) or a4, landscape.' -rfka 'f4 a4'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" mengetahui' -l 'mengetahui' -d 'Add the \'Mengetahui,\' block at the bottom left with this office, e.g. "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan" (not remembered).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" mengetahui-name' -l 'mengetahui-name' -d 'The name in the Mengetahui block (default: the decree\'s signer).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" mengetahui-nip' -l 'mengetahui-nip' -d 'The NIP in the Mengetahui block (a Ketua signs without one).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" indikator' -l 'indikator' -d 'The row\'s new INDIKATOR KEBERHASILAN.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" ket' -l 'ket' -d 'The row\'s new KET.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" sub' -l 'sub' -d 'The new title of the SUB KEGIATAN holding the row.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" kegiatan' -l 'kegiatan' -d 'The new title of the KEGIATAN holding the row.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" area' -l 'area' -d 'The new name of the AREA PERUBAHAN holding the row.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana edit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" after' -l 'after' -d 'Put the new row (or group) after this row (or the group of --level holding it).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" before' -l 'before' -d 'Put the new row (or group) before this row (or the group of --level holding it).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" level' -l 'level' -d 'What to add: indikator (the default), sub, kegiatan or area.' -rfka 'indikator sub kegiatan area'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" text' -l 'text' -d 'The new row\'s INDIKATOR KEBERHASILAN (default: empty).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" months' -l 'months' -d 'The new row\'s months, comma-separated (e.g. Jan,Mar,Des or 1,3,12).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" ket' -l 'ket' -d 'The new row\'s KET.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" sub' -l 'sub' -d 'The new SUB KEGIATAN\'s title (with --level sub, kegiatan or area).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" kegiatan' -l 'kegiatan' -d 'The new KEGIATAN\'s title (with --level kegiatan or area).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" area' -l 'area' -d 'The new AREA PERUBAHAN\'s name (with --level area).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana add" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana remove" level' -l 'level' -d 'What to delete: indikator (the default: the row), sub, kegiatan or area.' -rfka 'indikator sub kegiatan area'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana remove" yes' -l 'yes' -d 'Delete without asking (for scripts).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana remove" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana remove" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana remove" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" up' -l 'up' -d 'One place up within its parent.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" down' -l 'down' -d 'One place down within its parent.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" to-sub' -l 'to-sub' -d 'Move the row to the end of the sub kegiatan holding this row.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" after' -l 'after' -d 'Move the row right after this row (in that row\'s sub kegiatan).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" before' -l 'before' -d 'Move the row right before this row (in that row\'s sub kegiatan).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" level' -l 'level' -d 'What --up/--down move: indikator (the default), sub, kegiatan or area.' -rfka 'indikator sub kegiatan area'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana move" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" institution' -l 'institution' -d 'The issuing body.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" number' -l 'number' -d 'The decree number (NOMOR).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" title' -l 'title' -d 'What the decree is about (TENTANG).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" unit' -l 'unit' -d 'The unit whose plan it is.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" year' -l 'year' -d 'The plan\'s year.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" place' -l 'place' -d 'Where it was signed (Ditetapkan di).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" date' -l 'date' -d 'When it was signed (Pada tanggal), as written (e.g. "26 Januari 2022").' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" signer' -l 'signer' -d 'Who signed.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" signer-title' -l 'signer-title' -d 'The signer\'s office.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana document" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana diff" format' -l 'format' -d 'Output format: text (the default), markdown or csv.' -rfka 'text markdown csv'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana diff" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana diff" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana adopt" out' -l 'out' -d 'The new plan file.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana adopt" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana adopt" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana adopt" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana adopt" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" year' -l 'year' -d 'The new plan\'s year (1900–2999).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" out' -l 'out' -d 'The new plan file.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" baseline' -l 'baseline' -d 'Start from the plan as signed, without this year\'s edits and moved months.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" state' -l 'state' -d 'The state file holding your changes (default: one per plan under $XDG_STATE_HOME/rencana/).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" reset-state' -l 'reset-state' -d 'Move a damaged state file aside to a timestamped backup, then start with no changes.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana new-year" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" tw' -l 'tw' -d 'Triwulan 1–4 (TW I Jan–Mar … TW IV Okt–Des), as of its last month.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" semester' -l 'semester' -d 'Semester 1 (Jan–Jun) or 2 (Jul–Des), as of its last month.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" year' -l 'year' -d 'The whole year (Tahunan).'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" until' -l 'until' -d 'January up to this month (Jan … Des or 1–12).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" by' -l 'by' -d 'One line per office (default), or per office and area.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" sort' -l 'sort' -d 'Sort by office (default), capaian (lowest first) or kurang bukti (most first).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" format' -l 'format' -d 'text (default), csv, json, or jsonl (one line per office × row × month).' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" out' -l 'out' -d 'Write to this file (through a temporary file renamed into place) instead of standard output; an existing file only with --force.' -rfka ''
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" force' -l 'force' -d 'Overwrite the --out file if it exists.'
complete -c 'rencana' -n '__rencana_should_offer_completions_for_flags_or_options "rencana rollup" h help' -s 'h' -l 'help' -d 'Show help information.'
