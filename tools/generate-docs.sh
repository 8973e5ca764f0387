#!/bin/sh
# Regenerates the man page (docs/man/rencana.1) and the shell completions (docs/completions/) from the
# command definitions, with swift-argument-parser's own generate-manual tool and
# `rencana --generate-completion-script`. Run it after changing a command, and commit the result:
#
#   sh tools/generate-docs.sh
set -eu
cd "$(dirname "$0")/.."
# The checked-in docs are the English interface, whatever this shell's language (README "Languages").
export RENCANA_LANG=en
swift build --product rencana
swift build --product generate-manual
BIN=$(swift build --show-bin-path)
# A fixed date, so the page changes only when the commands do.
"$BIN/generate-manual" "$BIN/rencana" --date 2026-12-01 --output-directory docs/man
for shell in bash zsh fish; do
  "$BIN/rencana" --generate-completion-script "$shell" > "docs/completions/rencana.$shell"
done
echo "wrote docs/man/rencana.1 and docs/completions/rencana.{bash,zsh,fish}"
