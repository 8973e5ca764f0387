#!/usr/bin/env python3
"""Transcribe the LAMPIRAN table of the KPU Kabupaten Sorong Selatan decree into plan.json.

Source: /work/shared/seeds/000_f0cdea18a90d93f4.txt (a text extraction of the PDF of
Keputusan KPU Kabupaten Sorong Selatan Nomor 3/ORT.07/9204/2022).

The table is tab separated, 18 columns:
  1 NO.  2 AREA PERUBAHAN  3 KEGIATAN  4 SUB KEGIATAN  5 INDIKATOR KEBERHASILAN
  6..17 Jan..Des (check marks)  18 KET.
Some pages carry one or two extra trailing tabs (19 or 20 columns); marks that land
in column 18 or later are spill-over of the month block (see parse()).

Every correction applied to the extracted cells is listed in the tables below (SHIFT_LEFT,
TEXT_FIXES, MONTH_OVERRIDES, SPLIT_INDICATOR, CONTINUES_SUB, FRAGMENT_JOINS), keyed
by source line number; every judgment is explained in docs/TRANSCRIPTION.md.

Usage:
  python3 tools/transcribe.py [SEED] [OUT]      write plan.json
  python3 tools/transcribe.py --review [SEED]   print each table line next to the row it became
"""
import json
import re
import sys

SEED = "/work/shared/seeds/000_f0cdea18a90d93f4.txt"
OUT = "plan.json"

MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Ags", "Sep", "Okt", "Nov", "Des"]
MARKS = {"√", "✓"}
FIRST_TABLE_LINE, LAST_TABLE_LINE = 70, 285

DOCUMENT = {
    "institution": "Komisi Pemilihan Umum Kabupaten Sorong Selatan",   # L5-6, L291-292
    "number": "3/ORT.07/9204/2022",                                     # L10, L62
    "title": "Rencana Aksi Reformasi Birokrasi di Lingkungan Komisi Pemilihan Umum "
             "Kabupaten Sorong Selatan Tahun 2022",                     # L14-15, L64-65
    "unit": "Sekretariat Komisi Pemilihan Umum Kabupaten Sorong Selatan",  # L68
    "year": 2022,
    "place": "Teminabuan",                                              # L49, L287
    "date": "26 Januari 2022",                                          # L50, L289
    "signer": "Ester Homer",                                            # L55, L295 "ESTER HOMER"
    "signerTitle": "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan",  # L52-53, L291-292
}

# ---------------------------------------------------------------------------
# Per-line corrections.
# ---------------------------------------------------------------------------

# Whole rows extracted one column too far right (an extra empty cell at the start):
# the first cell is dropped, which moves text AND marks one column left.
SHIFT_LEFT = {
    206: "KEGIATAN '3) Pelaksanaan Whistle Blowing System KPU' sat in SUB KEGIATAN; mark Feb->Jan",
    224: "indicator '2) Adanya pejabat ...' sat in the Jan column; mark Feb->Jan",
    225: "indicator '3) Terdapat sistem mekanisme ...' sat in the Jan column; mark Feb->Jan",
    230: "sub '2) Penyampaian LHKASN' sat in INDIKATOR; marks Feb-Apr -> Jan-Mar",
    232: "sub '2) Pengelolaan Pengadaan Barang/Jasa' sat in INDIKATOR; marks Feb-KET -> Jan-Des",
}

# Text fixes inside cells: (line, column) -> list of (old, new).  Column numbers are
# after SHIFT_LEFT.  Only whitespace artifacts of the extraction are repaired; spelling
# errors of the original (pemagnggaran, Pencanaan, Punishmet, bejenjang, ...) are kept.
TEXT_FIXES = {
    (126, 4): [("e- PPID", "e-PPID")],                      # word split at a line break
    (186, 4): [("E- Lapkin", "E-Lapkin")],                  # word split at a line break
    (187, 18): [("Menu nggu Petunjuk KPU RI Menu nggu Petunjuk KPU RI",
                 "Menunggu Petunjuk KPU RI")],              # split word; remark printed twice
    (213, 3): [("kepentinganKPU", "kepentingan KPU")],      # missing space (cf. '... Gratifikasi KPU')
    (238, 4): [("Kepemiluan)Melakukan", "Kepemiluan) Melakukan")],  # missing space
    # The last word of L215's indicator ("... pengelolaan Benturan") was extracted into
    # L214's indicator cell ("... benturan kepentingan; Kepentingan.").  Moved back.
    (214, 5): [("kepentingan; Kepentingan.", "kepentingan;")],
    (215, 5): [("pengelolaan Benturan", "pengelolaan Benturan Kepentingan.")],
}

# L93 carries two numbered indicators in one INDIKATOR cell and L94 a second line of
# marks with an empty INDIKATOR cell: the cell is split at "2)" so that each line of
# marks keeps its own indicator.
SPLIT_INDICATOR = {
    93: (94, " 2) Pembangunan survei kepuasan"),
}

# SUB KEGIATAN cells that continue the numbered list of the sub kegiatan above them
# (across a page break, or one list item per table row under a parent ending in ':').
# Their text is appended to that sub kegiatan's title and the line becomes one more
# indicator row of that sub kegiatan.
CONTINUES_SUB = {
    91: "items 3)-4) continue L84's '1) ...; 2) ...;' across the page break",
    131: "item 5) continues L126's 'Tata kelola PPID ...: 1)...4)' across the page break",
    138: "items 4)-7) continue L133's list '... kesekretariatan: 1)...3)' (L138 after a page break)",
    139: "list item of L133", 140: "list item of L133", 141: "list item of L133",
    143: "items 1)-5) list L142's '3) Pemanfaatan aplikasi SPBE pelayanan publik:'",
    144: "list item of L142", 145: "list item of L142", 146: "list item of L142", 147: "list item of L142",
    239: "items 1)-14) list the 14 komponen of L238's '... meliputi:'",
    240: "list item of L238", 241: "list item of L238", 242: "list item of L238",
    243: "list item of L238", 248: "list item of L238 (after a page break)",
    249: "list item of L238", 250: "list item of L238 (items 8)-14) and the Tools note)",
    256: "items 1)-9) continue L251's '... dalam hal:' across the page break",
    264: "items list L259's '... Zona Hijau Pelayanan Publik:'",
    265: "list item of L259", 266: "list item of L259", 267: "list item of L259",
    268: "list item of L259", 269: "list item of L259", 270: "list item of L259",
    271: "list item of L259", 272: "list item of L259",
    278: "list item of L259 (L273 '5) Pelayanan Khusus kepada' + its continuation after the page break)",
}

# Rows whose marks drifted by more than the trailing cell.  The generic rule (columns
# 6-17 as printed, KET and beyond = Des) would give Apr/Jul/Okt/Des or Apr/Jul/Nov/Des;
# the marks keep the 3-month spacing of the quarterly rows around them but sit one cell
# (the last two cells) right, so they are read as those rows' Mar/Jun/Sep/Des.  Each entry
# is (raw mark columns expected, months), checked against the seed.
MONTH_OVERRIDES = {
    100: ([11, 15, 19], ["Jun", "Sep", "Des"]),          # as L99 Jun/Sep/KET; last mark 2 past Des
    205: ([9, 12, 15, 19], ["Mar", "Jun", "Sep", "Des"]),
    239: ([9, 12, 15, 18], ["Mar", "Jun", "Sep", "Des"]),  # neighbours L238/L243: Mar/Jun/Sep/Des
    240: ([9, 12, 16, 19], ["Mar", "Jun", "Sep", "Des"]),
    241: ([9, 12, 16, 19], ["Mar", "Jun", "Sep", "Des"]),
    242: ([9, 12, 16, 19], ["Mar", "Jun", "Sep", "Des"]),
}

# A line holding only a SUB KEGIATAN fragment (no indicator, no marks) is prefixed to
# the SUB KEGIATAN cell of the next table line.
FRAGMENT_JOINS = {273: 278}


def normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def is_page_header(cells):
    stripped = [c.strip() for c in cells]
    if stripped and stripped[0] == "NO.":
        return True
    if len(stripped) > 6 and stripped[5] == "Jan" and stripped[6] == "Feb":
        return True
    if stripped[:5] == ["1", "2", "3", "4", "5"]:
        return True
    return False


def read_lines(seed):
    """Yield (line number, 18+ cells) for each data line of the table, corrected."""
    with open(seed, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for number in range(FIRST_TABLE_LINE, LAST_TABLE_LINE + 1):
        raw = lines[number - 1]
        if not raw.strip():
            continue
        cells = raw.split("\t")
        if is_page_header(cells):
            continue
        if number in SHIFT_LEFT:
            assert cells[0].strip() == "", f"L{number}: shifted row must start with an empty cell"
            cells = cells[1:]
        cells = cells + [""] * (20 - len(cells))
        yield number, cells


def parse(seed):
    rows = []  # dicts with line, no, area, keg, sub, ind, months, ket, raw marks
    for number, cells in read_lines(seed):
        cells = list(cells)
        for (line, col), fixes in TEXT_FIXES.items():
            if line == number:
                for old, new in fixes:
                    assert old in cells[col - 1], f"L{number} col {col}: {old!r} not found"
                    cells[col - 1] = cells[col - 1].replace(old, new)
        months, ket, raw_marks = set(), [], []
        for col in range(6, len(cells) + 1):
            value = cells[col - 1].strip()
            if not value:
                continue
            if value in MARKS:
                raw_marks.append(col)
                # columns 6..17 are Jan..Des; a mark in KET (18) or beyond is spill-over
                # of the month block and is read as Des.
                months.add(MONTHS[min(col, 17) - 6])
            else:
                assert col >= 18, f"L{number}: text {value!r} in month column {col}"
                ket.append(normalize(value))
        rows.append({
            "line": number,
            "no": normalize(cells[0]), "area": normalize(cells[1]),
            "keg": normalize(cells[2]), "sub": normalize(cells[3]), "ind": normalize(cells[4]),
            "months": [m for m in MONTHS if m in months], "ket": " ".join(ket),
            "raw_marks": raw_marks,
        })
    by_line = {r["line"]: r for r in rows}

    for line, (raw, months) in MONTH_OVERRIDES.items():
        assert by_line[line]["raw_marks"] == raw, f"L{line}: marks {by_line[line]['raw_marks']} != {raw}"
        by_line[line]["months"] = months

    for first, (second, marker) in SPLIT_INDICATOR.items():
        a, b = by_line[first], by_line[second]
        assert marker in a["ind"] and b["ind"] == "", f"L{first}: cannot split indicator"
        cut = a["ind"].index(marker)
        a["ind"], b["ind"] = a["ind"][:cut].strip(), a["ind"][cut:].strip()

    for fragment, target in FRAGMENT_JOINS.items():
        f, t = by_line[fragment], by_line[target]
        assert f["ind"] == "" and not f["months"] and not f["ket"] and not f["keg"], f"L{fragment}"
        t["sub"] = f["sub"] + " " + t["sub"]
        t["joined_from"] = fragment
        rows.remove(f)
    return rows


def build(rows):
    areas = []
    for r in rows:
        if r["no"] or r["area"]:
            assert r["no"] == str(len(areas) + 1), f"L{r['line']}: area number {r['no']!r}"
            areas.append({"number": int(r["no"]), "name": r["area"], "kegiatan": []})
        area = areas[-1]
        if r["keg"]:
            area["kegiatan"].append({"title": r["keg"], "subKegiatan": []})
        kegiatan = area["kegiatan"][-1]
        if r["line"] in CONTINUES_SUB:
            assert r["sub"] and not r["keg"], f"L{r['line']}: nothing to continue"
            sub = kegiatan["subKegiatan"][-1]
            sub["title"] = sub["title"] + " " + r["sub"]
        elif r["sub"]:
            kegiatan["subKegiatan"].append({"title": r["sub"], "indikator": []})
        else:
            assert not r["keg"], f"L{r['line']}: kegiatan without sub kegiatan"
        sub = kegiatan["subKegiatan"][-1]
        a, k, s, i = (len(areas), len(area["kegiatan"]), len(kegiatan["subKegiatan"]),
                      len(sub["indikator"]) + 1)
        r["id"] = f"{a}.{k}.{s}.{i}"
        sub["indikator"].append({"id": r["id"], "text": r["ind"], "months": r["months"], "ket": r["ket"]})
    return areas


def main(argv):
    review = "--review" in argv
    args = [a for a in argv if not a.startswith("--")]
    seed = args[0] if args else SEED
    out = args[1] if len(args) > 1 else OUT
    rows = parse(seed)
    areas = build(rows)
    if review:
        for r in rows:
            marks = ",".join(str(c) for c in r["raw_marks"])
            print(f"L{r['line']:<4}{r['id']:<10}{'-'.join(r['months']) if len(r['months']) < 4 else ' '.join(r['months']):<48}"
                  f"raw[{marks}] {('KET=' + r['ket']) if r['ket'] else ''}")
            print(f"      sub: {r['sub'][:110]}")
            print(f"      ind: {r['ind'][:110]}")
        return
    plan = {"format": "rencana-plan", "version": 1, "document": DOCUMENT, "areas": areas}
    text = json.dumps(plan, ensure_ascii=False, indent=2)
    # keep each months array on one line so that an indicator takes a few lines
    text = re.sub(r'"months": \[\s*([^\]]*?)\s*\]',
                  lambda m: '"months": [' + ", ".join(x.strip() for x in m.group(1).split(",") if x.strip()) + "]",
                  text)
    assert json.loads(text) == plan
    with open(out, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    n_keg = sum(len(a["kegiatan"]) for a in areas)
    n_sub = sum(len(k["subKegiatan"]) for a in areas for k in a["kegiatan"])
    n_rows = len(rows)
    n_marks = sum(len(r["months"]) for r in rows)
    print(f"wrote {out}: {len(areas)} areas, {n_keg} kegiatan, {n_sub} sub kegiatan, "
          f"{n_rows} indicator rows, {n_marks} checkmarks")


if __name__ == "__main__":
    main(sys.argv[1:])
