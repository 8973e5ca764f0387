#!/usr/bin/env python3
"""End-to-end benchmark of the rencana dashboard in a pseudo-terminal (standard library only).

For each plan it starts the release binary in a 200x50 pty and measures
  - process start -> last byte of the first full frame (the output then stays quiet for --quiet ms),
  - for each key sent: time from the write of the key to the last byte of its redraw, and the bytes written,
  - CPU time (utime+stime from /proc/PID/stat) used while waiting for a key for --idle seconds.
Results are printed as Markdown tables (and saved as JSON with --json FILE).

  python3 Benchmarks/e2e.py [--binary .build-bench/release/rencana] [--sizes 124,100000,1000000]
  python3 Benchmarks/e2e.py --sizes 124 --walk --max-move-bytes 1000   # every one-row move of plan.json

--walk also moves the cursor over the whole plan (its first --walk-rows rows), down to the last row and back
up, recording the bytes of each move; --max-move-bytes N exits with status 1 when a ↓ or ↑ wrote N bytes or more.

124 means the real ./plan.json; other sizes are synthetic plans (seed 1) made once with
`rencana generate` in $TMPDIR/rencana-bench/ (the files rencana-bench uses too).
"""
import argparse
import fcntl
import json
import os
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

WIDTH, HEIGHT = 200, 50
CLK_TCK = os.sysconf("SC_CLK_TCK")
KEY_TIMEOUT = 10  # seconds to wait for the first byte of a key's redraw


def plan_path(size, args):
    if size == 124:
        return args.plan
    path = os.path.join(args.dir, f"plan-{size}-seed1.json")
    if not os.path.exists(path):
        os.makedirs(args.dir, exist_ok=True)
        t = time.monotonic()
        subprocess.run([args.binary, "generate", "--rows", str(size), "--seed", "1", "--out", path], check=True)
        print(f"generated {path} in {time.monotonic() - t:.1f} s", file=sys.stderr)
    return path


class Dashboard:
    """One rencana process on a pty of WIDTH x HEIGHT."""

    def __init__(self, binary, plan, state, quiet_ms, first_timeout, rows=None):
        self.quiet = quiet_ms / 1000
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("NO_COLOR", None)
        self.master = master
        self.start = time.monotonic()
        self.proc = subprocess.Popen([binary, plan, "--state", state], stdin=slave, stdout=slave, stderr=slave,
                                     env=env, start_new_session=True, close_fds=True)
        os.close(slave)
        # First frame: wait for the first byte (loading may take seconds), then for the output to go quiet.
        # initscr writes a few bytes before the plan's state is built; a full 200x50 frame is > 10 kB.
        # A large plan's first frame shows its first rows while the rest loads ("loading… first 300 rows");
        # the whole plan is there when the title counts all its rows ("100000/100000 rows").
        self.marker = f"{rows}/{rows} rows".encode() if rows else None
        self.marker_seen, self.tail = False, b""
        n, last = self.read_until_quiet(first_timeout)
        while 0 < n < 4000:
            more, later = self.read_until_quiet(first_timeout)
            if more == 0:
                break
            n, last = n + more, later
        if n == 0:
            raise RuntimeError(f"no output from rencana within {first_timeout} s")
        self.first_frame_ms = (last - self.start) * 1000
        self.first_frame_bytes = n
        self.loaded_ms = self.first_frame_ms
        while self.marker and not self.marker_seen:
            more, later = self.read_until_quiet(first_timeout)
            if more == 0:
                raise RuntimeError(f"the plan did not finish loading within {first_timeout} s")
            self.loaded_ms = (later - self.start) * 1000
        self.marker = None

    def read_until_quiet(self, first_timeout=None):
        """Reads until nothing arrives for self.quiet seconds; returns (bytes, time of the last byte)."""
        total, last = 0, None
        timeout = first_timeout if first_timeout is not None else self.quiet
        while True:
            ready, _, _ = select.select([self.master], [], [], timeout)
            if not ready:
                return total, last
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return total, last
            if not chunk:
                return total, last
            last = time.monotonic()
            total += len(chunk)
            if getattr(self, "marker", None) and not self.marker_seen:
                self.marker_seen = self.marker in self.tail + chunk
                self.tail = (self.tail + chunk)[-64:]
            timeout = self.quiet

    def key(self, data):
        """Sends one key; returns (milliseconds from the write to the last byte of the redraw, bytes).

        The first byte of the redraw is awaited for up to KEY_TIMEOUT s (a slow key, e.g. a search at
        1,000,000 rows, starts its redraw after more than the quiet window); then the output must go quiet."""
        sent = time.monotonic()
        os.write(self.master, data)
        n, last = self.read_until_quiet(KEY_TIMEOUT)
        return ((last - sent) * 1000 if last else float("nan")), n

    def key_until(self, data, marker):
        """Like key(), and also the time until the key's result is on screen: when its first redraw says
        `marker` ("searching…": the work goes on in the background), the end of the redraw that follows."""
        self.marker, self.marker_seen, self.tail = marker, False, b""
        sent = time.monotonic()
        os.write(self.master, data)
        n, last = self.read_until_quiet(KEY_TIMEOUT)
        first = (last - sent) * 1000 if last else float("nan")
        done_at = last
        if self.marker_seen:
            more, later = self.read_until_quiet(KEY_TIMEOUT)
            if more:
                n, done_at = n + more, later
        self.marker = None
        return first, n, ((done_at - sent) * 1000 if done_at else float("nan"))

    def cpu_ticks(self):
        with open(f"/proc/{self.proc.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of the full line)

    def rss_peak_mb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def quit(self):
        try:
            os.write(self.master, b"q")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()  # our own child, by its pid
            self.proc.wait()
        os.close(self.master)


def stats(values):
    values = [v for v in values if v == v]
    if not values:
        return {"n": 0}
    s = sorted(values)
    q = lambda p: s[min(len(s) - 1, max(0, round(p * (len(s) - 1))))]
    return {"n": len(s), "median": statistics.median(s), "p10": q(0.1), "p90": q(0.9), "min": s[0], "max": s[-1]}


def fmt(v):
    if v != v:
        return "–"
    return f"{v:.2f}" if v < 100 else f"{v:.0f}"


def run_size(size, args):
    path = plan_path(size, args)
    results = {"size": size, "plan": path}
    state_dir = tempfile.mkdtemp(prefix="rencana-e2e-")
    state = os.path.join(state_dir, "state.jsonl")
    starts = args.starts if size < 1_000_000 else args.starts_large
    first_timeout = 120

    # 1. Process start -> first full frame, several launches.
    launch_ms, launch_bytes, loaded_ms = [], [], []
    for _ in range(starts):
        d = Dashboard(args.binary, path, state, args.quiet, first_timeout, rows=size)
        launch_ms.append(d.first_frame_ms - args.quiet * 0)  # the quiet wait comes after the last byte
        launch_bytes.append(d.first_frame_bytes)
        loaded_ms.append(d.loaded_ms)
        d.quit()
    results["start"] = stats(launch_ms)
    results["start_bytes"] = stats(launch_bytes)
    results["loaded"] = stats(loaded_ms)

    # 2. Keys, on one process.
    d = Dashboard(args.binary, path, state, args.quiet, first_timeout, rows=size)
    keys = {}

    def measure(name, data, times, between=None):
        ms, nbytes = [], []
        for _ in range(times):
            t, n = d.key(data)
            ms.append(t)
            nbytes.append(n)
            if between:
                d.key(between)
        keys[name] = {"ms": stats(ms), "bytes": stats(nbytes)}

    measure("↓ (j): one row down", b"j", args.keys)
    measure("↑ (k): one row up", b"k", args.keys)
    measure("→ (l): next month", b"l", 11)
    measure("← (h): previous month", b"h", 11)
    measure("PgDn", b"\x1b[6~", min(args.keys, 20), between=b"\x1b[5~")
    measure("Ctrl-L: full repaint", b"\x0c", 5)
    measure("Space: toggle + durable save", b" ", min(args.keys, 20), between=b"j")
    measure("3: filter to area 3", b"3", min(args.keys, 10), between=b"0")
    measure("0: all areas", b"0", min(args.keys, 10), between=b"3")
    d.key(b"0")  # back to all areas
    # Search: each typed key of "integritas" (the prompt opened first), then Esc clears.
    # Plans searched on another thread redraw at once ("searching…") and again with the matches:
    # both are timed, the second as "key → its matches on screen".
    ms, nbytes, found = [], [], []
    for _ in range(max(1, args.keys // 10)):
        d.key(b"/")
        for c in b"integritas":
            t, n, done = d.key_until(bytes([c]), b"searching")
            ms.append(t)
            nbytes.append(n)
            found.append(done)
        d.key(b"\r")
        d.key(b"\x1b")
    keys["search: one typed key of \"integritas\""] = {"ms": stats(ms), "bytes": stats(nbytes)}
    keys["search: matches of one typed key of \"integritas\" on screen"] = {"ms": stats(found), "bytes": stats(nbytes)}
    results["keys"] = keys

    # Every one-row move over the plan (or its first --walk-rows rows): down from the first row, then back up.
    if args.walk:
        d.key(b"g")
        rows = min(size, args.walk_rows)
        down = [d.key(b"j")[1] for _ in range(rows - 1)]
        up = [d.key(b"k")[1] for _ in range(rows - 1)]
        results["walk"] = {"rows": rows, "down": stats(down), "up": stats(up)}

    # 3. CPU while waiting for a key.
    time.sleep(0.3)
    before = d.cpu_ticks()
    time.sleep(args.idle)
    after = d.cpu_ticks()
    results["idle_cpu_percent"] = 100 * (after - before) / CLK_TCK / args.idle
    results["idle_seconds"] = args.idle
    results["peak_rss_mb"] = d.rss_peak_mb()
    d.quit()
    for f in os.listdir(state_dir):
        os.remove(os.path.join(state_dir, f))
    os.rmdir(state_dir)
    return results


def print_markdown(r):
    label = "real plan.json (124 rows)" if r["size"] == 124 else f"{r['size']:,} rows (synthetic, seed 1)"
    print(f"### {label}\n")
    print("| measurement | n | median ms | p10 | p90 | max | bytes to the terminal (median / max) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    s, b = r["start"], r["start_bytes"]
    print(f"| process start → first full frame | {s['n']} | {fmt(s['median'])} | {fmt(s['p10'])} | {fmt(s['p90'])} | "
          f"{fmt(s['max'])} | {b['median']:.0f} / {b['max']:.0f} |")
    l = r["loaded"]
    print(f"| process start → whole plan loaded (title counts every row) | {l['n']} | {fmt(l['median'])} | "
          f"{fmt(l['p10'])} | {fmt(l['p90'])} | {fmt(l['max'])} | – |")
    for name, k in r["keys"].items():
        s, b = k["ms"], k["bytes"]
        if s["n"] == 0:
            print(f"| key {name} → no redraw seen | 0 | – | – | – | – | – |")
            continue
        print(f"| key {name} → last byte of its redraw | {s['n']} | {fmt(s['median'])} | {fmt(s['p10'])} | "
              f"{fmt(s['p90'])} | {fmt(s['max'])} | {b['median']:.0f} / {b['max']:.0f} |")
    if "walk" in r:
        w = r["walk"]
        print(f"\nWalk over {w['rows']:,} rows, every one-row move: ↓ {w['down']['n']} moves, bytes median "
              f"{w['down']['median']:.0f}, p90 {w['down']['p90']:.0f}, max {w['down']['max']:.0f}; ↑ {w['up']['n']} moves, "
              f"bytes median {w['up']['median']:.0f}, p90 {w['up']['p90']:.0f}, max {w['up']['max']:.0f}.")
    print(f"\nIdle: {r['idle_cpu_percent']:.1f}% CPU over {r['idle_seconds']:.0f} s waiting for a key. "
          f"Peak RSS (VmHWM): {r['peak_rss_mb']:.0f} MB.\n")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", default=".build-bench/release/rencana")
    p.add_argument("--plan", default="plan.json")
    p.add_argument("--sizes", default="124,100000,1000000")
    p.add_argument("--dir", default=os.path.join(tempfile.gettempdir(), "rencana-bench"))
    p.add_argument("--starts", type=int, default=12, help="launches for start-up time")
    p.add_argument("--starts-large", type=int, default=2, help="launches for plans of 1,000,000 rows or more")
    p.add_argument("--keys", type=int, default=60, help="presses of each movement key")
    p.add_argument("--quiet", type=float, default=60, help="ms of silence that ends a redraw")
    p.add_argument("--idle", type=float, default=5, help="seconds of idle CPU measurement")
    p.add_argument("--json", help="also write the results to this file")
    p.add_argument("--walk", action="store_true", help="also move over the whole plan, one row at a time, down and up")
    p.add_argument("--walk-rows", type=int, default=2000, help="rows the walk covers at most")
    p.add_argument("--max-move-bytes", type=int, help="exit 1 when a one-row move writes this many bytes or more")
    args = p.parse_args()
    args.quiet_ms = args.quiet
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: swift build -c release --scratch-path .build-bench --product rencana")
    all_results = []
    print(f"End to end: {args.binary}, pty {WIDTH}x{HEIGHT}, TERM=xterm-256color, a redraw ends after "
          f"{args.quiet:.0f} ms of silence.\n")
    for size in [int(s.replace("_", "")) for s in args.sizes.split(",")]:
        r = run_size(size, args)
        all_results.append(r)
        print_markdown(r)
        sys.stdout.flush()
    if args.json:
        with open(args.json, "w") as f:
            json.dump(all_results, f, indent=1)
    if args.max_move_bytes is not None:
        over = []
        for r in all_results:
            moves = [k["bytes"] for name, k in r["keys"].items() if name.startswith(("↓", "↑"))]
            moves += [r["walk"][d] for d in ("down", "up")] if "walk" in r else []
            worst = max((m["max"] for m in moves if m["n"]), default=0)
            if worst >= args.max_move_bytes:
                over.append(f"{r['size']} rows: a one-row move wrote {worst:.0f} bytes")
        if over:
            sys.exit("; ".join(over) + f" (limit {args.max_move_bytes})")
        print(f"Every one-row move wrote fewer than {args.max_move_bytes} bytes.")


if __name__ == "__main__":
    main()
