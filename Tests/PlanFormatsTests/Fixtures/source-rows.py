# Generates Tests/PlanFormatsTests/Fixtures/source-rows.csv from my reading of the source table.
# Texts are taken from the source cells by (line, field) to avoid retyping; months and structure are my reading.
import csv, io
L=open('/work/shared/seeds/000_f0cdea18a90d93f4.txt',encoding='utf-8').read().split('\n')
def T(n,i): return L[n-1].split('\t')[i].strip()
M=["Jan","Feb","Mar","Apr","Mei","Jun","Jul","Ags","Sep","Okt","Nov","Des"]
ALL=M[:]
A={1:T(73,1),2:T(107,1),4:T(118,1),6:T(170,1),7:T(193,1),8:T(238,1)}
rows=[]
def R(id,src,area,keg,sub,ind,months,ket="",note=""):
    rows.append((id,src,area,keg,sub,ind,months,ket,note))
R("1.1.1.1","73",1,T(73,2),T(73,3),T(73,4),["Jan"],note="one mark under Jan")
R("1.2.1.1","80",1,T(80,2),T(80,3),T(80,4),ALL,note="13 marks (fields 6-18): the row runs the whole year, Jan-Des")
R("1.2.1.2","81",1,T(80,2),T(80,3),T(81,4),ALL,note="14 marks: whole year, Jan-Des; KEGIATAN/SUB blank = same as line 80")
R("1.2.2.1","82",1,T(80,2),T(82,3),T(82,4),["Des"],note="a lone mark at the far right (field 19, past KET): read as Des, the last month")
R("1.2.2.2","83",1,T(80,2),T(82,3),T(83,4),ALL,note="15 marks: whole year, Jan-Des")
S13=T(84,3)+" "+T(91,3)
R("1.3.1.2","85",1,T(84,2),S13,T(85,4),["Jan","Feb","Mar"],note="marks under Jan Feb Mar; the SUB cell of line 84 continues on line 91 after the page break ('1) ...; 2) ...;' then '3) ... 4) ...'), so the sub's title joins both")
R("1.3.1.4","91",1,T(84,2),S13,T(91,4),["Feb"],note="after the page break: the SUB cell continues the list of line 84 and the indicator '4)' follows 1)-3) of lines 84-86, so this is the sub's fourth row; one mark under Feb")
R("1.3.2.1","92",1,T(84,2),T(92,3),T(92,4),ALL,note="13 marks (Jan..KET column): Jan-Des")
i93=T(93,4); cut=i93.index(" 2) ")
R("1.3.3.1","93",1,T(84,2),T(93,3),i93[:cut],["Jul","Des"],note="the INDIKATOR cell of line 93 holds two items, and line 94 repeats the marks on a line of its own: two rows, items 1) and 2), each with Jul and a mark in the KET column = Des shifted right")
R("1.3.3.2","94",1,T(84,2),T(93,3),i93[cut+1:],["Jul","Des"],note="second row of the pair, its text printed in line 93's cell (item 2)), its marks on line 94: Jul Des")
R("1.4.1.1","99",1,T(99,2),T(99,3),T(99,4),["Jun","Sep","Des"],note="marks at Jun, Sep and the KET column: a quarterly pattern from Jun, last mark shifted one right -> Jun Sep Des")
R("1.4.2.1","100",1,T(99,2),T(100,3),T(100,4),["Jun","Sep","Des"],note="marks at fields Jun, Okt, past-KET: the same quarterly pattern as line 99, drifting right as the page's columns stretch -> Jun Sep Des (least certain reading)")
R("1.4.3.1","101",1,T(99,2),T(101,3),T(101,4),["Mar","Jul"],note="marks under Mar and Jul, read as printed (no overflow on this row)")
R("1.4.3.2","106",1,T(99,2),T(101,3),T(106,4),["Jun"],note="page break: blank SUB = the sub of line 101 ('2)' follows that sub's indicator '1)'); one mark under Jun")
R("2.1.1.1","107",2,T(107,2),T(107,3),T(107,4),["Mar","Jun","Sep","Des"],note="Mar Jun Sep and a mark in the KET column = Des shifted one right")
R("2.2.1.1","108",2,T(108,2),T(108,3),T(108,4),["Mar","Jun","Sep","Des"],note="as line 107")
R("2.3.1.1","109",2,T(109,2),T(109,3),T(109,4),["Mar","Jun","Sep","Des"],note="as line 107")
R("2.4.1.1","110",2,T(110,2),T(110,3),T(110,4),["Mar","Jun","Sep","Des"],note="as line 107")
S432=" ".join([T(133,3)]+[T(n,3) for n in (138,139,140,141)])
S433=" ".join([T(142,3)]+[T(n,3) for n in (143,144,145,146,147)])
R("4.3.2.2","138",4,T(132,2),S432,T(138,4),ALL,note="twelve ✓ (U+2713) instead of √: Jan-Des. The SUB cells of lines 138-141 ('4) Aplikasi penganggaran' ... '7) Aplikasi Pengadaan') continue the numbered list of line 133's SUB cell, while the INDIKATOR cells continue its indicators 1)-4) with 5) 6) 7): one sub kegiatan whose title is the whole list, one row per printed line")
R("4.3.2.3","139",4,T(132,2),S432,T(139,4),ALL,note="✓ Jan-Des, as line 138")
R("4.3.2.5","141",4,T(132,2),S432,"",ALL,note="✓ Jan-Des with an empty INDIKATOR cell (the line exists for the list item '7) Aplikasi Pengadaan')")
R("4.3.3.2","143",4,T(132,2),S433,T(143,4),ALL,note="✓ Jan-Des; SUB '3) ... pelayanan publik:' of line 142 introduces the list continued in lines 143-147")
R("4.3.3.7","148",4,T(132,2),S433,T(148,4),ALL,note="blank SUB = the same sub; ✓ Jan-Des")
R("4.4.3.1","151",4,T(149,2),T(151,3),T(151,4),ALL,note="✓ Jan-Des")
R("6.1.6.1","184",6,T(170,2),T(184,3),T(184,4),ALL,note="SUB without a number, printed between 6) and 7); Jan-Des")
R("6.2.2.1","187",6,T(186,2),T(187,3),T(187,4),ALL,"Menunggu Petunjuk KPU RI",note="Jan-Des; KET printed as 'Menu nggu Petunjuk KPU RI' twice: one merged cell, the word Menunggu hyphen-split by the narrow column -> 'Menunggu Petunjuk KPU RI'")
R("6.2.3.1","192",6,T(186,2),T(192,3),T(192,4),[],"Belum ada JF yang dimaksud",note="no months; KET 'Belum ada JF yang dimaksud' (printed one column right, past KET)")
R("7.3.1.1","206",7,T(206,3),T(206,4),T(206,5),["Jan"],note="whole row shifted one column right: '3) Pelaksanaan Whistle Blowing System KPU' is KEGIATAN 3) of area 7; mark under Feb is Jan")
R("7.3.2.1","207",7,T(206,3),T(207,3),T(207,4),["Des"],note="texts in place; the only mark sits in the KET column = Des shifted right (as line 212)")
R("7.3.3.1","212",7,T(206,3),T(212,3),T(212,4),["Des"],note="mark in the KET column = Des")
R("7.2.4.1","205",7,T(202,2),T(205,3),T(205,4),["Mar","Jun","Sep","Des"],note="marks at Apr, Jul, Okt and past KET: the 3-month rhythm 8-11-14 runs on to the KET column, so the whole pattern sits one (last mark two) columns right of Mar Jun Sep Des, the pattern of the quarterly rows around it; read Mar Jun Sep Des")
R("7.6.1.2","224",7,T(223,2),T(223,3),T(224,5),["Jan"],note="shifted one right (indicator in the Jan column, mark under Feb): Jan")
R("7.6.1.3","225",7,T(223,2),T(223,3),T(225,5),["Jan"],note="shifted as line 224: Jan")
R("7.6.1.4","226",7,T(223,2),T(223,3),T(226,4),["Jan"],note="in place: Jan")
R("7.7.2.1","230",7,T(229,2),T(230,4),T(230,5),["Jan","Feb","Mar"],note="shifted one right (SUB in INDIKATOR, INDIKATOR in Jan): marks Jan Feb Mar, as line 229")
R("7.8.2.1","232",7,T(231,2),T(232,4),T(232,5),ALL,note="shifted one right: twelve marks Feb..KET = Jan-Des")
S831=" ".join([T(n,3) for n in (259,264,265,266,267,268,269,270,271,272,273,278)])
R("8.3.1.2","264",8,T(259,2),S831,T(264,4),ALL,note="Jan-Des (12 marks). The SUB cells of lines 264-273 and 278 continue the list 'Zona Hijau Pelayanan Publik:' of line 259 (1) Standar Pelayanan: 1)...5), 2) ... 10)), while the indicators run 1)-10): one sub, one row per printed line")
R("8.3.1.11","273+278",8,T(259,2),S831,T(278,4),["Jan","Sep"],note="the SUB cell '5) Pelayanan Khusus kepada' (line 273, no indicator, no marks: not a row of its own) continues after the page break in line 278; the row is line 278's indicator with marks under Jan and Sep")
S811=" ".join(T(n,3) for n in (238,239,240,241,242,243,248,249,250)).replace("Kepemiluan)Melakukan","Kepemiluan) Melakukan")  # two printed lines glued by the extraction
R("8.1.1.2","239",8,T(238,2),S811,T(239,4),["Mar","Jun","Sep","Des"],note="marks at Apr, Jul, Okt and the KET column: exactly one column right of line 238's Mar Jun Sep Des (a month column cannot hold the fourth mark), so read Mar Jun Sep Des. SUB '1) Dasar hukum;' continues line 238's list '... meliputi:' of the 14 components")
R("8.1.1.3","240",8,T(238,2),S811,T(240,4),["Mar","Jun","Sep","Des"],note="marks at Apr, Jul, Nov and past KET: the quarterly pattern drifting right by one, then two; read Mar Jun Sep Des")
R("8.1.1.4","241",8,T(238,2),S811,T(241,4),["Mar","Jun","Sep","Des"],note="same marks as line 240 (Apr, Jul, Nov, past KET): read Mar Jun Sep Des")
R("8.1.1.5","242",8,T(238,2),S811,T(242,4),["Mar","Jun","Sep","Des"],note="same marks as line 240: read Mar Jun Sep Des")
R("8.4.1.1","283",8,T(283,2),T(283,3),"",["Jan","Ags"],note="INDIKATOR empty; marks under Jan and Ags")
R("8.4.2.1","284",8,T(283,2),T(284,3),"",["Jan","Ags"],note="INDIKATOR empty; Jan Ags")
R("8.5.1.1","285",8,T(285,2),T(285,3),"",["Jan","Ags"],note="INDIKATOR empty; Jan Ags")

import re
rows.sort(key=lambda r:int(re.match(r'\d+',r[1]).group()))
out=io.StringIO()
w=csv.writer(out,lineterminator="\r\n")
hdr=["ID","NO","AREA PERUBAHAN","KEGIATAN","SUB KEGIATAN","INDIKATOR KEBERHASILAN"]+M+["KET"]
def q(f):
    if any(c in f for c in ',";\r\n') or (f and (f[0].isspace() or f[-1].isspace())):
        return '"'+f.replace('"','""')+'"'
    return f
lines=[",".join(q(x) for x in hdr)]
md=["# Source rows: my reading of each fixture row","","Source: /work/shared/seeds/000_f0cdea18a90d93f4.txt (lines 61-286 hold the table).",
"Fields are tab-separated; field 6..17 are Jan..Des and 18 is KET. Each row below gives the fixture ID, the source line(s) and the reading.",""]
for (id,src,area,keg,sub,ind,months,ket,note) in rows:
    cells=[id,str(area),A[area],keg,sub,ind]+["√" if m in months else "" for m in M]+[ket]
    lines.append(",".join(q(x) for x in cells))
    md.append(f"- `{id}` — source line {src}: {note}. Months: {' '.join(months) or '(none)'}" + (f"; KET: {ket}" if ket else "") + ".")
open('/work/main/Tests/PlanFormatsTests/Fixtures/source-rows.csv','w',encoding='utf-8',newline='').write("\r\n".join(lines)+"\r\n")
open('/work/main/Tests/PlanFormatsTests/Fixtures/source-rows.md','w',encoding='utf-8').write("\n".join(md)+"\n")
print(len(rows))
