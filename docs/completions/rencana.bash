#!/bin/bash

__rencana_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__rencana_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__rencana_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__rencana_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_rencana() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __rencana_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    open|check|list|export|set|toggle|log|undo|redo|import|generate|progress|realize|evidence|note|assign|review|report|edit|add|remove|move|document|diff|adopt|new-year|rollup|conflicts|send|receive|team|help)
        # Offer subcommand argument completions
        "_rencana_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'open check list export set toggle log undo redo import generate progress realize evidence note assign review report edit add remove move document diff adopt new-year rollup conflicts send receive team help' -- "${cur}"))
        ;;
    esac
}

_rencana_open() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --no-mouse --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_check() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_list() {
    repeating_flags=()
    non_repeating_flags=(--ids --baseline --repair-state --reset-state --version -h --help)
    repeating_options=(--area)
    non_repeating_options=(--search --width --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--area')
        return
        ;;
    '--search')
        return
        ;;
    '--width')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_export() {
    repeating_flags=()
    non_repeating_flags=(--salinan --number-first-page --force --ids --baseline --realisation --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --out --paper --salinan-title --salinan-signer --salinan-nip --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __rencana_add_completions -W 'csv'$'\n''markdown'$'\n''json'$'\n''xlsx'$'\n''html'
        return
        ;;
    '--out')
        return
        ;;
    '--paper')
        __rencana_add_completions -W 'f4'$'\n''a4'
        return
        ;;
    '--salinan-title')
        return
        ;;
    '--salinan-signer')
        return
        ;;
    '--salinan-nip')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_set() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_toggle() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_log() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--row --limit --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--row')
        return
        ;;
    '--limit')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_undo() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_redo() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_import() {
    repeating_flags=()
    non_repeating_flags=(--force --version -h --help)
    repeating_options=()
    non_repeating_options=(--out --title --year)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--out')
        return
        ;;
    '--title')
        return
        ;;
    '--year')
        return
        ;;
    esac
}

_rencana_generate() {
    repeating_flags=()
    non_repeating_flags=(--as-plans --force --realisation --version -h --help)
    repeating_options=()
    non_repeating_options=(--rows --offices --from --seed --out --evidence --state)
    __rencana_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--rows')
        return
        ;;
    '--offices')
        return
        ;;
    '--from')
        return
        ;;
    '--seed')
        return
        ;;
    '--out')
        return
        ;;
    '--evidence')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_progress() {
    repeating_flags=()
    non_repeating_flags=(--year --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--tw --semester --until --by --format --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--tw')
        return
        ;;
    '--semester')
        return
        ;;
    '--until')
        return
        ;;
    '--by')
        return
        ;;
    '--format')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_realize() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--date --note --state)
    __rencana_offer_flags_options 4

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--note')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_evidence() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rencana_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|remove)
        # Offer subcommand argument completions
        "_rencana_evidence_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list remove' -- "${cur}"))
        ;;
    esac
}

_rencana_evidence_add() {
    repeating_flags=()
    non_repeating_flags=(--allow-missing --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--month --file --url --kind --title --number --date --state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--month')
        return
        ;;
    '--file')
        return
        ;;
    '--url')
        return
        ;;
    '--kind')
        return
        ;;
    '--title')
        return
        ;;
    '--number')
        return
        ;;
    '--date')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_evidence_list() {
    repeating_flags=()
    non_repeating_flags=(--missing --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--row --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--row')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_evidence_remove() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_note() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 4

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_assign() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_review() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--tw --kendala --tindak-lanjut --tenggat --state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--tw')
        return
        ;;
    '--kendala')
        return
        ;;
    '--tindak-lanjut')
        return
        ;;
    '--tenggat')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_report() {
    repeating_flags=()
    non_repeating_flags=(--year --force --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--tw --semester --until --format --out --place --date --signer --signer-title --nip --paper --mengetahui --mengetahui-name --mengetahui-nip --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--tw')
        return
        ;;
    '--semester')
        return
        ;;
    '--until')
        return
        ;;
    '--format')
        return
        ;;
    '--out')
        return
        ;;
    '--place')
        return
        ;;
    '--date')
        return
        ;;
    '--signer')
        return
        ;;
    '--signer-title')
        return
        ;;
    '--nip')
        return
        ;;
    '--paper')
        __rencana_add_completions -W 'f4'$'\n''a4'
        return
        ;;
    '--mengetahui')
        return
        ;;
    '--mengetahui-name')
        return
        ;;
    '--mengetahui-nip')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_edit() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--indikator --ket --sub --kegiatan --area --state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--indikator')
        return
        ;;
    '--ket')
        return
        ;;
    '--sub')
        return
        ;;
    '--kegiatan')
        return
        ;;
    '--area')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_add() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--after --before --level --text --months --ket --sub --kegiatan --area --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--after')
        return
        ;;
    '--before')
        return
        ;;
    '--level')
        __rencana_add_completions -W 'indikator'$'\n''sub'$'\n''kegiatan'$'\n''area'
        return
        ;;
    '--text')
        return
        ;;
    '--months')
        return
        ;;
    '--ket')
        return
        ;;
    '--sub')
        return
        ;;
    '--kegiatan')
        return
        ;;
    '--area')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_remove() {
    repeating_flags=()
    non_repeating_flags=(--yes --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--level --state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--level')
        __rencana_add_completions -W 'indikator'$'\n''sub'$'\n''kegiatan'$'\n''area'
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_move() {
    repeating_flags=()
    non_repeating_flags=(--up --down --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--to-sub --after --before --level --state)
    __rencana_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--to-sub')
        return
        ;;
    '--after')
        return
        ;;
    '--before')
        return
        ;;
    '--level')
        __rencana_add_completions -W 'indikator'$'\n''sub'$'\n''kegiatan'$'\n''area'
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_document() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--institution --number --title --unit --year --place --date --signer --signer-title --code --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--institution')
        return
        ;;
    '--number')
        return
        ;;
    '--title')
        return
        ;;
    '--unit')
        return
        ;;
    '--year')
        return
        ;;
    '--place')
        return
        ;;
    '--date')
        return
        ;;
    '--signer')
        return
        ;;
    '--signer-title')
        return
        ;;
    '--code')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_diff() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __rencana_add_completions -W 'text'$'\n''markdown'$'\n''csv'
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_adopt() {
    repeating_flags=()
    non_repeating_flags=(--force --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--out --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--out')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_new-year() {
    repeating_flags=()
    non_repeating_flags=(--force --baseline --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--year --out --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--year')
        return
        ;;
    '--out')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_rollup() {
    repeating_flags=()
    non_repeating_flags=(--year --force --version -h --help)
    repeating_options=()
    non_repeating_options=(--tw --semester --until --by --sort --format --out --provinsi --place --date --signer --signer-title --nip --paper --mengetahui --mengetahui-name --mengetahui-nip)
    __rencana_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--tw')
        return
        ;;
    '--semester')
        return
        ;;
    '--until')
        return
        ;;
    '--by')
        return
        ;;
    '--sort')
        return
        ;;
    '--format')
        return
        ;;
    '--out')
        return
        ;;
    '--provinsi')
        return
        ;;
    '--place')
        return
        ;;
    '--date')
        return
        ;;
    '--signer')
        return
        ;;
    '--signer-title')
        return
        ;;
    '--nip')
        return
        ;;
    '--paper')
        __rencana_add_completions -W 'f4'$'\n''a4'
        return
        ;;
    '--mengetahui')
        return
        ;;
    '--mengetahui-name')
        return
        ;;
    '--mengetahui-nip')
        return
        ;;
    esac
}

_rencana_conflicts() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--format --choose --value --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--format')
        return
        ;;
    '--choose')
        return
        ;;
    '--value')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_send() {
    repeating_flags=()
    non_repeating_flags=(--with-evidence --force --repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--out --since --state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--out')
        return
        ;;
    '--since')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_receive() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--into --state)
    __rencana_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--into')
        return
        ;;
    '--state')
        return
        ;;
    esac
}

_rencana_team() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rencana_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    init|git-setup)
        # Offer subcommand argument completions
        "_rencana_team_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'init git-setup' -- "${cur}"))
        ;;
    esac
}

_rencana_team_init() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_team_git-setup() {
    repeating_flags=()
    non_repeating_flags=(--repair-state --reset-state --version -h --help)
    repeating_options=()
    non_repeating_options=(--state)
    __rencana_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--state')
        return
        ;;
    esac
}

_rencana_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __rencana_offer_flags_options -1
}

complete -o filenames -F _rencana rencana
