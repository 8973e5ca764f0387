#!/bin/sh
# Prints each document as a reviewer would and keeps its first and last page as small PNGs:
# the LAMPIRAN (F4 with --salinan, A4) and the Laporan Monev (TW I, year) from the real plan.json with a
# recorded Triwulan I (done, partly, missed and moved months; evidence for some, one file gone; catatan;
# reviews), each as xlsx (LibreOffice) and html (Chromium).
#
#   sh tools/document-pages.sh [OUT-FOLDER]      (default docs/pages; needs soffice, chromium, pdftoppm)
#
# The documents and their PDFs stay in $WORK (a new temporary folder unless given) for a closer look;
# RENCANA names the binary (default: the debug build). The tests (PrintedPagesTests) run this script.
set -eu
cd "$(dirname "$0")/.."
OUT=${1:-docs/pages}
if [ -z "${RENCANA:-}" ]; then swift build --product rencana >/dev/null; fi
BIN=${RENCANA:-$(swift build --show-bin-path)/rencana}
WORK=${WORK:-$(mktemp -d /tmp/rencana-pages.XXXXXX)}
mkdir -p "$WORK"
# A home of its own: nothing remembered from (or left in) the user's config and state.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_STATE_HOME="$WORK/home/.local/state"
mkdir -p "$HOME"
mkdir -p "$OUT"
cp plan.json "$WORK/plan.json"
P="$WORK/plan.json"
S="$WORK/plan.state"
r() { "$BIN" "$@" --state "$S" >/dev/null; }

# Triwulan I as a Tim RB records it.
mkdir -p "$WORK/bukti"
echo "SK" > "$WORK/bukti/sk-tim-rb.pdf"
r realize "$P" 1.1.1.1 Jan done --date 2022-01-20
r realize "$P" 1.1.2.1 Jan done --note "Kick off bersama seluruh pegawai"
r realize "$P" 1.2.1.1 Jan done
r realize "$P" 1.2.1.1 Feb partly --note "Media sosial baru sebagian"
r realize "$P" 1.2.1.1 Mar missed --note "Media belum siap"
r realize "$P" 1.3.1.1 Jan done
r realize "$P" 1.3.1.2 Jan done
r realize "$P" 1.3.1.2 Feb done
r realize "$P" 1.3.1.4 Feb moved:Apr
r realize "$P" 2.1.1.1 Mar partly
r realize "$P" 4.1.1.1 Jan done
r realize "$P" 4.1.1.1 Feb done
r realize "$P" 4.1.1.1 Mar done
r evidence add "$P" 1.1.1.1 --month Jan --file "$WORK/bukti/sk-tim-rb.pdf" --kind SK --number 2/ORT.07/9204/2022 --date 2022-01-20 --title "Tim Reformasi Birokrasi"
r evidence add "$P" 1.1.2.1 --month Jan --url https://kab-sorongselatan.kpu.go.id/rb/kick-off --kind Foto --title "Kick off RB"
r evidence add "$P" 1.3.1.1 --month Jan --file "$WORK/bukti/pakta-integritas.pdf" --allow-missing --kind Laporan --title "Pakta integritas" --date 2022-01-31
r evidence add "$P" 4.1.1.1 --kind Laporan --title "Peta proses bisnis" --url https://kab-sorongselatan.kpu.go.id/rb/probis
r assign "$P" 1.1.1.1 "Kasubbag Umum"
r assign "$P" 1.2.1.1 "Kasubbag Teknis dan Hupmas"
r review "$P" 1.2.1.1 --tw 1 --kendala "Media belum siap" --tindak-lanjut "Cetak ulang media" --tenggat 2022-04-08
r review "$P" 2.1.1.1 --tw 1 --kendala "Data peraturan belum lengkap" --tindak-lanjut "Minta salinan ke JDIH KPU RI" --tenggat 2022-04-29
# pakta-integritas.pdf is recorded but was never kept: a missing file.
# Long words as offices type them: a 200-character file name without a break, a 213-character URL, and
# long kendala texts. They must wrap inside their cells (never overflow, never cut) on every page.
TOKEN=SK_Sekretaris_KPU_Kabupaten_Sorong_Selatan_Nomor_2_ORT07_9204_2022_tentang_Pembentukan_Tim_Reformasi_Birokrasi_Tahun_Anggaran_2022_Lampiran_Daftar_Anggota_Tim_Kerja_Final_Ditandatangani_Scan_Berwarna2
URL=https://kab-sorongselatan.kpu.go.id/arsip/reformasi-birokrasi/2022/triwulan-1/bukti-dukung/manajemen-perubahan/LaporanKegiatanSosialisasiZonaIntegritasMenujuWilayahBebasKorupsiDanWilayahBirokrasiBersihMelayani.pdf
r edit "$P" 1.3.1.2 --ket "$TOKEN"
r edit "$P" 2.2.1.1 --indikator "Jumlah Naskah Dinas yang direvisi, diunggah di $URL"
r note "$P" 1.3.1.2 Feb "Berkas: $TOKEN"
r evidence add "$P" 1.3.1.2 --month Feb --url "$URL" --kind Laporan --title "$TOKEN"
r review "$P" 1.3.1.2 --tw 1 --kendala "Penandatanganan pakta integritas tertunda karena sebagian pegawai bertugas di distrik yang jauh dari Teminabuan dan jaringan internet sering terputus, sehingga berkas pindaian $TOKEN baru dapat diunggah pada akhir bulan setelah pemeriksaan oleh Kasubbag Umum bersama operator dari Maybrat." --tindak-lanjut "Unggah ulang ke $URL dan kirim salinan melalui surat dinas" --tenggat 2022-05-13
r review "$P" 4.1.1.1 --tw 1 --kendala "Peta proses bisnis level 0 sampai level 2 telah disusun, namun peta level 3 masih menunggu penyesuaian dengan struktur organisasi dan tata kerja sekretariat yang baru, serta persetujuan dari pimpinan setelah rapat pleno yang dijadwalkan ulang dua kali karena agenda tahapan pemilihan" --tindak-lanjut "Jadwalkan rapat pleno pada minggu pertama April" --tenggat 2022-04-15

"$BIN" export "$P" --state "$S" --format xlsx --paper f4 --salinan --out "$WORK/lampiran-f4.xlsx"
"$BIN" export "$P" --state "$S" --format html --paper f4 --salinan --out "$WORK/lampiran-f4.html"
"$BIN" export "$P" --state "$S" --format xlsx --paper a4 --out "$WORK/lampiran-a4.xlsx"
"$BIN" export "$P" --state "$S" --format html --paper a4 --out "$WORK/lampiran-a4.html"
for period in "tw1:--tw 1" "tahun:--year"; do
  name=${period%%:*}; opts=${period#*:}
  for format in xlsx html; do
    # shellcheck disable=SC2086
    "$BIN" report "$P" --state "$S" $opts --until Mar --format "$format" --out "$WORK/laporan-$name.$format" \
      --place Teminabuan --date 2022-04-08 --signer "Yohanes Kambu" \
      --signer-title "Sekretaris Komisi Pemilihan Umum Kabupaten Sorong Selatan" --nip 197001012000031001 \
      --mengetahui "Ketua Komisi Pemilihan Umum Kabupaten Sorong Selatan"
  done
done

( cd "$WORK" && soffice --headless -env:UserInstallation="file://$WORK/lo-profile" --convert-to pdf --outdir "$WORK" \
    lampiran-f4.xlsx lampiran-a4.xlsx laporan-tw1.xlsx laporan-tahun.xlsx >/dev/null 2>&1 )
for html in lampiran-f4 lampiran-a4 laporan-tw1 laporan-tahun; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$WORK/chromium" \
    --print-to-pdf="$WORK/$html-html.pdf" "file://$WORK/$html.html" >/dev/null 2>&1
done
for doc in lampiran-f4 lampiran-a4 laporan-tw1 laporan-tahun; do
  for kind in xlsx html; do
    pdf="$WORK/$doc.pdf"; [ "$kind" = html ] && pdf="$WORK/$doc-html.pdf"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    pdftoppm -r 50 -png -f 1 -l 1 -singlefile "$pdf" "$OUT/$doc-$kind-first"
    pdftoppm -r 50 -png -f "$pages" -l "$pages" -singlefile "$pdf" "$OUT/$doc-$kind-last"
    echo "$doc $kind: $pages pages"
  done
done
echo "PDFs in $WORK; pages in $OUT"
