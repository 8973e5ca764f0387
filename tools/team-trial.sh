#!/bin/bash
# Issue 22's trial by hand: a Tim RB of three (three homes: HOME/XDG_* each), the real plan.json; ani works in a
# shared folder that is also a git work tree, budi exchanges bundles with her, citra clones the repository.
# Each records part of TW I (ani and budi the same cell, differently, before any exchange); after everyone has
# everything, report/list/log/progress/conflicts and the dashboards (tmux, 200x50) must be identical on all three;
# the conflict is settled and travels; each undo takes back only its own change. Usage: sh tools/team-trial.sh [DIR]
set -u
W=${1:-/tmp/rencana-team-trial}; rm -rf $W; mkdir -p $W; ROOT=$(cd "$(dirname "$0")/.." && pwd)
R=$(cd $ROOT && swift build --show-bin-path)/rencana
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@x GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@x GIT_CONFIG_NOSYSTEM=1
for u in ani budi citra; do mkdir -p $W/$u/{home,config,state,cache}; done
as() { local u=$1; shift; env HOME=$W/$u/home XDG_CONFIG_HOME=$W/$u/config XDG_STATE_HOME=$W/$u/state XDG_CACHE_HOME=$W/$u/cache USER=$u RENCANA_TODAY=2022-04-10 "$@"; }
step() { echo; echo "### $*"; }
git init -q --bare -b main $W/origin.git
step "ani: the shared folder, a git work tree; team init, git-setup, push"
mkdir $W/shared && cp $ROOT/plan.json $W/shared/ && cd $W/shared && git init -q -b main && git remote add origin $W/origin.git
as ani $R team init; as ani $R team git-setup; git add -A; git commit -qm "rencana aksi 2022"; git push -q origin main
step "ani records part of TW I"
as ani $R realize 1.1.1.1 Jan done --date 2022-01-20
as ani $R realize 1.1.2.1 Jan done --date 2022-01-14 --note "kick off dengan Sekretaris"
as ani $R send --out $W/to-budi.rencana
step "budi: his own copy of the signed plan; records TW I (1.1.1.1 Jan differently) before any exchange"
mkdir -p $W/budi/rb; cp $ROOT/plan.json $W/budi/rb/; cd $W/budi/rb
as budi $R realize 1.1.1.1 Jan partly --note "baru sebagian"
as budi $R realize 1.2.1.1 Mar done --date 2022-03-30
step "budi receives ani's bundle (WhatsApp), sends his back"
cp $W/to-budi.rencana "$W/WhatsApp Document 2022-04-10 at 09.12.bin"
as budi $R receive "$W/WhatsApp Document 2022-04-10 at 09.12.bin"
as budi $R send --out $W/to-ani.rencana
step "citra: git clone, git-setup, records, pushes"
git clone -q $W/origin.git $W/citra/rb; cd $W/citra/rb
as citra $R team git-setup
as citra $R realize 1.3.1.1 Mar done --date 2022-03-15
as citra $R review 1.3.1.1 --tw 1 --kendala "anggaran terlambat" 2>&1 | head -2
git add -A; git commit -qm citra; git push -q origin main
step "ani: receives budi's bundle, pulls citra's work, pushes"
cd $W/shared
as ani $R receive $W/to-ani.rencana
git pull -q --no-rebase origin main; as ani $R check | tail -3
git add -A; git commit -qm "ani+budi"; git push -q origin main
as ani $R send --out $W/to-budi-2.rencana
step "citra pulls; budi receives ani's second bundle"
cd $W/citra/rb; git pull -q --no-rebase origin main; as citra $R check | tail -2
cd $W/budi/rb; as budi $R receive $W/to-budi-2.rencana
step "everyone has everything: compare"
for u in ani budi citra; do
  case $u in ani) d=$W/shared;; budi) d=$W/budi/rb;; citra) d=$W/citra/rb;; esac
  cd $d
  as $u $R report --tw 1 > $W/$u.report.md 2>$W/$u.report.err
  as $u $R list > $W/$u.list; as $u $R log > $W/$u.log; as $u $R progress --tw 1 > $W/$u.progress
  as $u $R conflicts > $W/$u.conflicts; echo "$u conflicts exit $?"
done
for f in report.md list log progress conflicts; do
  if cmp -s $W/ani.$f $W/budi.$f && cmp -s $W/ani.$f $W/citra.$f; then echo "identical: $f"; else echo "DIFFER: $f"; fi
done
cat $W/ani.conflicts
dir() { case $1 in ani) echo $W/shared;; budi) echo $W/budi/rb;; citra) echo $W/citra/rb;; esac; }
shot() { # user name
  local u=$1 s=walk-$1-$2; tmux kill-session -t $s 2>/dev/null
  tmux new-session -d -s $s -x 200 -y 50 -c "$(dir $u)" "env HOME=$W/$u/home XDG_CONFIG_HOME=$W/$u/config XDG_STATE_HOME=$W/$u/state XDG_CACHE_HOME=$W/$u/cache USER=$u RENCANA_TODAY=2022-04-10 TERM=xterm-256color $R"
  for i in $(seq 1 100); do tmux capture-pane -p -t $s | grep -q "NO\." && break; sleep 0.1; done
  sleep 0.3; tmux send-keys -t $s "$3"; sleep 0.5
  tmux capture-pane -p -t $s > $W/$u.$2.screen; tmux kill-session -t $s
}
for u in ani budi citra; do shot $u grid ""; done
for f in grid; do cmp -s $W/ani.$f.screen $W/budi.$f.screen && cmp -s $W/ani.$f.screen $W/citra.$f.screen && echo "dashboards identical ($f)" || { echo "DASHBOARDS DIFFER ($f)"; diff $W/ani.$f.screen $W/budi.$f.screen | head; }; done
head -8 $W/ani.grid.screen
echo; echo "### ani settles the conflict (chooses the first value), and it travels"
cd $W/shared; as ani $R conflicts --choose 1 --value 1; git add -A; git commit -qm settle; git push -q origin main
as ani $R send --out $W/to-budi-3.rencana
cd $W/citra/rb; git pull -q --no-rebase origin main; as citra $R conflicts
cd $W/budi/rb; as budi $R receive $W/to-budi-3.rencana; as budi $R conflicts
echo; echo "### each undo takes back its own change"
cd $W/citra/rb; as citra $R undo; git add -A; git commit -qm undo; git push -q origin main
cd $W/budi/rb; as budi $R undo; as budi $R send --out $W/to-ani-2.rencana
cd $W/shared; as ani $R undo; as ani $R receive $W/to-ani-2.rencana; git pull -q --no-rebase origin main; as ani $R check | tail -1
git add -A; git commit -qm all; git push -q origin main; as ani $R send --out $W/to-budi-4.rencana
cd $W/citra/rb; git pull -q --no-rebase origin main
cd $W/budi/rb; as budi $R receive $W/to-budi-4.rencana
for u in ani budi citra; do cd $(dir $u); as $u $R log > $W/$u.log2; as $u $R report --tw 1 > $W/$u.report2.md; done
for f in log2 report2.md; do cmp -s $W/ani.$f $W/budi.$f && cmp -s $W/ani.$f $W/citra.$f && echo "identical: $f" || echo "DIFFER: $f"; done
tail -8 $W/ani.log2
