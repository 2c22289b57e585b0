<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Opsi lanjutan</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Tampilkan opsi lanjutan</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (belum teruji di ponsel sungguhan)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Ukuran blok</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Banyaknya data yang diminta dalam satu perintah baca. Alat aslinya memakai 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Mode hati-hati</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>&amp;Ukuran blok:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>&amp;Mode hati-hati</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Menunggu setiap jawaban sebelum meminta data berikutnya. Lebih lambat; untuk ponsel yang terus gagal.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>S&amp;emua alamat</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Mengizinkan rentang di %1 ke atas: RAM dan register, bukan flash.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Izinkan alamat apa pun</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Echo perintah %1 salah.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Echo alamat perintah %1 salah.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Echo jumlah pada perintah %1 salah.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Echo nilai pada perintah %1 salah.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Status kesalahan %1 setelah perintah %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Status tak terduga %1 setelah perintah %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Status kesalahan %1 setelah data %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Status tak terduga %1 setelah data %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Status kesalahan %1 setelah nilai %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Status tak terduga %1 setelah nilai %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Dibatalkan oleh pengguna.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Gagal menulis ke port: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Tidak ada jawaban dalam %1 ms; diharapkan %n byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Hanya %1 dari %n byte yang tiba, lalu tidak ada data lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>Port menghilang: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>BootROM tidak menjawab setelah %n percobaan dalam %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Panjang ME ID %1 tidak terduga.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Exit codes:
  0    the dump was saved (and verified, with --verify)
  1    unexpected internal error
  2    usage error: bad arguments, range or block size
  3    no phone: no port appeared in time, or nothing answered like a BootROM
  4    port access: permission denied, port busy or could not be opened
  5    protocol error: the phone stopped answering, answered wrongly,
       disconnected, or the dump could not be resumed or verified
  6    output error: FILE exists (use --force), cannot be written, disk full
  130  cancelled with Ctrl-C or SIGTERM
After an exit code 5 or 130 a partial dump is usually kept next to FILE;
run the same command with --resume to continue it.
</source>
        <translation>Kode keluar:
  0    salinan tersimpan (dan terverifikasi, jika memakai --verify)
  1    kesalahan internal tak terduga
  2    kesalahan penggunaan: argumen, rentang, atau ukuran blok salah
  3    tidak ada ponsel: tidak ada port yang muncul tepat waktu, atau tidak ada yang menjawab seperti BootROM
  4    akses port: izin ditolak, port sibuk, atau tidak bisa dibuka
  5    kesalahan protokol: ponsel berhenti menjawab, menjawab salah,
       terputus, atau salinan tidak bisa dilanjutkan atau diverifikasi
  6    kesalahan keluaran: FILE sudah ada (pakai --force), tidak bisa ditulis, disk penuh
  130  dibatalkan dengan Ctrl-C atau SIGTERM
Setelah kode keluar 5 atau 130, salinan sebagian biasanya tersimpan di samping FILE;
jalankan perintah yang sama dengan --resume untuk melanjutkannya.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 memerlukan jumlah detik, misalnya 30 atau 0.5, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Port serial ponsel (/dev/ttyACM0, COM5), jalur yang muncul saat ponsel dihubungkan, atau &quot;auto&quot; untuk port BootROM MediaTek pertama (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>Berkas tempat menyimpan salinan.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Byte per perintah READ32 (bawaan %1; 1024 dan 4096 sudah teruji di ponsel).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Lama menunggu port ponsel muncul, dalam detik (bawaan: tunggu sampai Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Lama mencoba jabat tangan BootROM setelah port terbuka, dalam detik (bawaan %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Jangan mulai ulang ponsel setelah pembacaan.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Cetak hasil sebagai satu objek JSON di stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Timpa FILE jika sudah ada.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Lanjutkan salinan sebagian dari rentang dan ponsel yang sama (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Baca semuanya dua kali lalu bandingkan.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Cetak setiap langkah sesi.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Tampilkan versi.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Argumen terlalu banyak: diperlukan PORT FILE START LENGTH; &quot;%1&quot; adalah kelebihannya.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE kosong: sebutkan nama berkas untuk menyimpan salinan.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>Ukuran blok &quot;%1&quot; bukan angka.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline memerlukan angka 1 sampai %1, bukan &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Menunggu ponsel MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Menunggu ponsel di %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Verifikasi: membaca rentang untuk kedua kalinya…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Memulai ulang ponsel…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Port %1 terbuka; menyapa BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Terhubung: %1, perangkat keras %2, perangkat lunak %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Peringatan: ini bukan MT6261 atau MT6260; pembacaan tetap berjalan, tetapi periksa hasilnya.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Membaca</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Sisa %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, terverifikasi dengan pembacaan kedua</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Tersimpan %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Tersimpan %1 (%2) dalam %3 dtk pada %4 KiB/s%5.
</translation>
    </message>
    <message>
        <source>SHA-256 %1
</source>
        <translation>SHA-256 %1
</translation>
    </message>
    <message>
        <source>The phone was not reset (--no-reset): unplug it to turn it off.
</source>
        <translation>Ponsel tidak dimulai ulang (--no-reset): cabut kabelnya untuk mematikan ponsel.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>Mulai ulang tidak terkonfirmasi: cabut ponsel.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 tidak diubah. Tambahkan --force untuk menimpanya.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>Hasil baca pertama disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Data yang sudah terbaca disimpan di %1 (%2). Untuk melanjutkan dari titik berhenti, hubungkan ulang ponsel sambil menahan tombol boot, lalu jalankan:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Kesalahan: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Rincian: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Catatan: ukuran blok %1 belum teruji di ponsel sungguhan (1024 dan 4096 sudah). Jika pembacaan gagal, coba -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>Pembacaan gagal karena sebab yang tidak diketahui.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Mode hati-hati: tunggu setiap jawaban seperti alat aslinya (sama dengan --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful dan --pipeline %1 saling bertentangan.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>gagal (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>belum selesai</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Penggunaan: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Cip</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Menampilkan pembacaan yang tercatat di riwayat pembacaan, dari yang terbaru.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Cetak percobaan sebagai satu larik JSON di stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Hanya percobaan pada ponsel yang ME ID-nya diawali ID (heksadesimal).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Hanya percobaan yang dimulai pada atau setelah DATE (2026-11-30 atau 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history tidak menerima argumen; &quot;%1&quot; berlebih.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id memerlukan digit heksadesimal, misalnya 3A7F, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since memerlukan tanggal, misalnya 2026-11-30 atau 2026-11-30T14:00, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>Tidak ada pembacaan yang tercatat di %1.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Menjelaskan isi salinan: firmware, cip flash, data pengguna, isi.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Perintahnya.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Berkas salinan, dibuat oleh MTreader atau alat lain.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Cetak sebagai satu objek JSON.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Simpan gambar peta flash sebagai PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Alamat flash untuk byte pertama salinan (bawaan: dari laporannya, jika tidak ada 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Penggunaan: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start memerlukan alamat di bawah 4 GiB, misalnya 0 atau 0x100000, bukan &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Tidak bisa membaca %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Tidak bisa menyimpan peta ke %1.
</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CRC32</source>
        <translation>CRC32</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>tidak diketahui: tidak ada laporan di samping berkas</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Ukuran flash</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Cip flash</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Data pengguna</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Info berkas</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Jumlah perintah READ32 yang dikirim bersamaan, 1 sampai %1 (bawaan: sebanyak yang diperlukan koneksi).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Izinkan rentang di 0x10000000 ke atas (RAM dan register ponsel, bukan flash).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Jangan periksa isi salinan: tanpa FILE.report.json, dan tanpa pendeteksian ukuran flash untuk rentang yang diberikan lengkap.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Jangan catat pembacaan ini di riwayat pembacaan (lihat mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Membaca flash ponsel fitur MediaTek MT6261/MT6260 melalui port USB BootROM-nya
dan menyimpannya ke FILE: seluruh flash, dengan ukuran yang diketahui dari ponsel, atau LENGTH byte
dari alamat START. START dan LENGTH berupa desimal (4194304), heksadesimal (0x400000), atau ukuran (4M).
Laporan tentang isi salinan ditulis di sampingnya (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] menjelaskan isi salinan yang sudah ada.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Alamat flash pertama yang dibaca, misalnya 0 (opsional).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Jumlah byte yang dibaca, misalnya 0x400000 atau 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Argumen kurang: diperlukan PORT FILE, atau PORT FILE START LENGTH; yang diberikan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>Flash: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>Penggunaan: mtreader-cli [opsi] PORT FILE [START LENGTH]
Jalankan mtreader-cli --help untuk melihat opsi dan kode keluar.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Membaca %1 dari %2 ke %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Demo: ponsel virtual akan dihubungkan untuk Anda. Salinannya disimpan di %1, terpisah dari salinan sungguhan.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>Ukuran &amp;flash:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Ukuran flash ponsel virtual</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Sal&amp;in</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Tampilkan di &amp;folder</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Selesai: salinan tersimpan</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Berkas tersimpan</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 salinan</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Salin SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Tampilkan salinan di foldernya</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Baca ponsel lain</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>Verified: a second read matched byte for byte.</source>
        <translation>Terverifikasi: pembacaan kedua cocok byte demi byte.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Ponsel sudah diperintahkan untuk memulai ulang; Anda boleh mencabutnya.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Cabut ponsel sekarang.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Buka lapo&amp;ran</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>&amp;Baca ponsel lain</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Buka laporan yang ditulis di samping salinan</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>salinan tidak bisa dibaca kembali</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>dibaca dalam %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>dibaca dalam %1 seluruhnya, %2 di antaranya sekarang (dilanjutkan setelah %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 byte) dari %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>Thread pembacaan berakhir tanpa hasil.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Diharapkan %1, tidak ada yang diterima.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Diharapkan %1, diterima %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Byte terakhir yang diterima: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>Di ofset flash %1.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>Di port %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>seluruh flash</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (melanjutkan)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Demo: ponsel virtual %1 tersambung dalam %2 dtk</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Lanjut terus: menunggu ponsel berikutnya</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Berhenti menunggu ponsel berikutnya.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Tahap: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Tersimpan %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the flash</source>
        <translation>flash</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>%1 dari %2 disimpan di %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>Ponsel terakhir gagal: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Tersimpan %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Pembacaan %1 dari %2 ke %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>Riwayat pembacaan %1 sedang dipakai program lain, jadi pembacaan terakhir disimpan di memori dan dicatat segera setelah berkas itu bebas lagi. Pembacaan berjalan seperti biasa.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>Riwayat pembacaan %1 ditulis oleh MTreader versi yang lebih baru, jadi versi ini tidak mencatat di dalamnya. Pembacaan berjalan seperti biasa; gunakan versi yang lebih baru untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Riwayat pembacaan tidak bisa disimpan: driver SQLite untuk Qt (paket libqt6sql6-sqlite) tidak ada. Pembacaan berjalan seperti biasa tetapi tidak dicatat dalam sesi ini.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Riwayat pembacaan tidak bisa ditulis di %1, jadi pembacaan tidak dicatat dalam sesi ini. Pembacaan berjalan seperti biasa; periksa apakah folder itu ada dan bisa ditulisi.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Berkas riwayat pembacaan rusak. Berkas itu disimpan sebagai %1 dan riwayat baru dimulai di %2. Pembacaan berjalan seperti biasa.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Berkas riwayat pembacaan tidak bisa ditulis. Berkas itu disimpan sebagai %1 dan riwayat baru dimulai di %2. Pembacaan berjalan seperti biasa.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>Salinan tidak diawali SF_BOOT: urutan byte atau pemetaan memori mungkin salah, atau firmware-nya bukan buatan MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Firmware tidak dikenali: salinan tidak memuat blok ROM info (terenkripsi atau bukan milik MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>Catatan firmware menyebut flash berukuran %1, tetapi flash ponsel berulang setelah %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>Firmware menempatkan data pengguna di %1 sampai %2, melewati ujung flash (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>data pengguna</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>Wilayah data pengguna berakhir di %1, bukan di ujung flash (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>jenis berkas %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>%1 di %2 mengklaim ukuran %3, melewati ujung flash.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>BootROM sudah melewati jabat tangan</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>jabat tangan BootROM selesai</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, perangkat keras %2, perangkat lunak %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>port %1 dibuka</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>melanjutkan dari byte %1 dari %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>%1 byte terverifikasi disimpan di %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>tersimpan %1 (%2 byte), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>peringatan: mulai ulang tidak terkonfirmasi (%1); cabut ponsel</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n blok dicoba ulang; semua data sudah dibaca dan diperiksa</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>terverifikasi: pembacaan kedua cocok byte demi byte</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Dibatalkan saat menunggu ponsel.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>Tidak ada port ponsel yang muncul dalam %1 dtk.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Ponsel yang baru saja dibaca (ME ID %1) muncul lagi.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>ponsel sudah diperintahkan untuk memulai ulang</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>ponsel tidak menjalankan perintah mulai ulang (%1): cabut ponsel</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>mencari ukuran flash</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Membaca %2, ukuran terbesar yang bisa dimiliki ponsel MT626x; untuk membaca lebih sedikit, pilih ukuran.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>Flash ponsel ini terbaca %1; salinan sebagian berukuran %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Tidak bisa menulis %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>Flash berbeda dari salinan sebagian di %1: flash ponsel ini bukan asal salinan sebagian tersebut.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>Salinan disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>peringatan: salinan tidak bisa dibaca kembali untuk melihat isinya: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>firmware %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>firmware tidak dikenali</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>laporan: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>peringatan: laporan tidak bisa ditulis ke %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>koneksi: pulang-pergi %1 ms, %2 MB/s; %n READ32 berjalan bersamaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>koneksi: pulang-pergi %1 ms, kecepatan belum terukur; %n READ32 berjalan bersamaan</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>gangguan saat %1 READ32 berjalan bersamaan: membaca satu per satu, lalu kembali hingga %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>mode hati-hati, satu READ32 setiap kali, untuk sisa sesi ini</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>kembali %n READ32 berjalan bersamaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>Tidak ada dua pembacaan yang cocok pada %n blok, di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>terverifikasi: %n blok memerlukan pembacaan tambahan; dua pembacaan cocok di setiap byte</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>peringatan: kode cip %1 tidak dikenal; MTreader mengenal MT6261 dan MT6260. Tetap dilanjutkan.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>Rentang melewati ujung flash %1: yang terbaca setelah %2 adalah pengulangan awal flash, bukan lanjutannya.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>mencoba ulang blok di %1 (percobaan %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>verifikasi: blok di %1 terbaca berbeda; %2 pembacaan sepakat pada nilai yang dikoreksi, yang kini tersimpan di berkas</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>verifikasi: blok di %1 sekali terbaca berbeda; %2 pembacaan cocok dengan berkas</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 bukan laporan MTreader.</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Ukuran flash:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Cip flash:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Data pengguna:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Isi:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Simpan peta sebagai &amp;gambar…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Simpan peta flash sebagai gambar</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Peta flash</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Setiap sel mewakili 4 KiB flash, %1 per baris.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Isi salinan tidak diketahui: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Simpan peta</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Peta tidak bisa disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Tidak ada berkas keluaran yang diberikan.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 adalah folder.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Tidak bisa menulis di folder %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 sudah ada.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Ada salinan sebagian %1 yang menghalangi: lanjutkan atau hapus.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>Tidak ada yang bisa dilanjutkan untuk %1: tidak ada berkas sebagian.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>Tidak ada yang bisa dilanjutkan untuk %1.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>Salinan sebagian itu untuk %1, bukan rentang yang diminta.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ponsel:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>MTreader — %1</source>
        <translation>MTreader — %1</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>tidak diketahui: tidak ada laporan di samping berkas</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 berkas</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Tidak ada kesalahan.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Pembacaan dibatalkan.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Tidak ada yang ditulis ke nama tujuan.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>Pengaturan untuk pembacaan ini tidak valid.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Tidak ada ponsel yang muncul.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Matikan ponsel, tahan tombol boot (biasanya tombol Panggil) lalu colokkan kabel. Coba kabel atau port USB lain. Di Windows, pasang driver MediaTek VCOM. Beberapa ponsel harus dihubungkan tanpa baterai.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>Port %1 tidak ada (lagi).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Periksa nama port, atau pilih Otomatis lalu hubungkan ponsel sambil menahan tombol boot.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>Anda tidak diizinkan membuka %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Tutup program lain yang mungkin memakai port tersebut, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Program lain sedang memakai %1.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager sering menyerobot port serial USB yang baru: hentikan (sudo systemctl stop ModemManager) atau pasang aturan udev MTreader, yang menyuruhnya membiarkan ponsel MediaTek. Tutup terminal serial atau alat flash apa pun, lalu hubungkan ulang ponsel.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Tutup terminal serial, alat flash, atau aplikasi pengelola ponsel apa pun yang mungkin menahan port, lalu hubungkan ulang ponsel.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>Port %1 tidak bisa dibuka.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Hubungkan ulang ponsel. Jika terus terjadi, coba port USB atau kabel lain.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>Ponsel tidak menjawab seperti BootROM MediaTek.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Cabut ponsel, matikan, tahan tombol boot (biasanya tombol Panggil) lalu hubungkan lagi; terus tahan tombolnya sampai pembacaan dimulai. Coba tanpa baterai, atau dengan kabel lain. Pastikan port tersebut benar-benar milik ponsel ini.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>Ponsel berhenti menjawab.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>Ponsel hanya mengirim sebagian jawaban.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Periksa kabel, lalu hubungkan ulang ponsel sambil menahan tombol boot dan lanjutkan pembacaan.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>Ponsel menjawab dengan byte yang tidak terduga.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>Koneksi tidak stabil atau ini bukan BootROM MT626x. Hubungkan ulang ponsel dan lanjutkan; coba kabel atau port USB lain.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>Ponsel melaporkan kesalahan.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Hubungkan ulang ponsel sambil menahan tombol boot dan lanjutkan pembacaan. Jika kesalahan tetap muncul di alamat yang sama, bagian flash itu tidak bisa dibaca dengan cara ini.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>Ponsel terputus.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Kabel tercabut, atau ponsel memulai ulang sendiri atau kehilangan daya. Semua yang sudah terbaca tetap disimpan: hubungkan ulang ponsel sambil menahan tombol boot untuk melanjutkan. Ponsel tanpa baterai memerlukan kabel dan port USB yang bagus.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Ini bukan ponsel asal salinan sebagian tersebut.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Hubungkan ponsel yang sama untuk melanjutkan pembacaannya, atau mulai pembacaan baru untuk ponsel ini.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Salinan tidak bisa disimpan.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Pilih folder yang bisa Anda tulisi dan periksa disknya. Rincian: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Kosongkan sebagian ruang atau pilih disk lain. Data yang sudah terbaca tetap disimpan dan bisa dilanjutkan.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Berkas keluaran sudah ada.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Pilih nama lain, atau izinkan untuk menimpanya.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>Pembacaan kedua berbeda dari yang pertama: salinan tidak dapat diandalkan.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Pembacaan tidak bisa dilanjutkan.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Kesalahan tak terduga.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Tambahkan diri Anda ke grup pemilik port, lalu keluar dan masuk lagi:
    sudo usermod -aG %1 $USER
Atau pasang aturan udev yang disertakan MTreader (60-mtreader.rules), yang memberi pengguna yang sedang masuk akses ke ponsel MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Periksa kabel, lalu hubungkan ulang ponsel sambil menahan tombol boot dan lanjutkan pembacaan. Jika terjadi lagi, pilih ukuran blok yang lebih kecil atau Mode hati-hati.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Ini ponsel yang baru saja dibaca.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Ponsel itu muncul lagi karena tombol boot masih ditahan. Lepaskan tombolnya dan cabut ponsel, lalu hubungkan ponsel berikutnya.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Beberapa blok terbaca berbeda setiap kali, jadi tidak ada dua pembacaan yang cocok. Salinan disimpan dengan nama bertanda &quot;unverified&quot;. Periksa kabel dan port USB, lalu baca ulang.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>Hubung&amp;kan ulang ponsel untuk melanjutkan</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Tampilkan lo&amp;g</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Langkah selanjutnya</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Hubungkan ulang ponsel untuk melanjutkan pembacaan</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Tampilkan log berisi rincian teknis</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Ponsel sudah diperintahkan untuk memulai ulang: cabut ponsel.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Jika ponsel masih terhubung, cabut ponsel: ponsel tetap berada di BootROM sampai dicabut.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Untuk melanjutkan: klik tombol di bawah, lalu hubungkan lagi ponsel (dalam keadaan mati, tombol boot ditahan). Pembacaan berlanjut dari titik berhenti.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>%1 mengisi seluruh kolomnya tanpa tanda akhir; mungkin terpotong.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>%1 berisi byte yang bukan teks.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>boot loader</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>boot loader tambahan</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>image MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>image MAUI kedua</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>kode demand-paged</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>ROM ketiga</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>ROM DSP</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>sumber daya kustom</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>paket bahasa</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>sistem berkas</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Lebih dari %1 header info berkas: hanya %1 yang pertama ditampilkan.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>pengenal ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>Versi ROM info &quot;%1&quot; tidak dikenal MTreader (v04 sampai v09): kolom-kolomnya mungkin salah terbaca.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>ID platform</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID proyek</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>ROM info mencantumkan %1 perangkat flash; paling banyak hanya muat %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Header info berkas di %1 terpotong oleh akhir salinan.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>Header info berkas di %1 memiliki jenis atau ukuran yang salah (%2 byte).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Blok ROM info kedua di %1 diabaikan.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>Blok ROM info di %1 terpotong oleh akhir salinan.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>terhapus (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>nol</translation>
    </message>
    <message>
        <source>data</source>
        <translation>data</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>berkas firmware</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>data pengguna</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
</context>
<context>
    <name>FlashRange</name>
    <message>
        <source>The length is zero: nothing to read.</source>
        <translation>Panjangnya nol: tidak ada yang dibaca.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>Alamat awal melewati ruang alamat 4 GiB ponsel.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>Rentang melewati ruang alamat 4 GiB ponsel.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>Ukuran blok harus kelipatan 4 byte.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>Ukuran blok paling besar 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>Rentang mencapai 0x10000000 atau lebih. Setelah flash dipetakan, area itu adalah RAM dan register ponsel, bukan flash, dan membaca register bisa mengganggu ponsel. Pilih rentang di bawah 0x10000000, atau izinkan semua alamat (di Opsi lanjutan; --any-address) jika memang itu maksud Anda.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Alamat awal &quot;%1&quot; bukan angka. Gunakan desimal (4194304), heksadesimal (0x400000), atau ukuran seperti 4M atau 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Panjang &quot;%1&quot; bukan angka. Gunakan desimal (4194304), heksadesimal (0x400000), atau ukuran seperti 4M atau 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Dibatalkan oleh pengguna.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>Ukuran flash tidak ditanyakan ke ponsel.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Diketahui dari ponsel: flash berulang setelah %1 (%n blok sampel cocok).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>Flash ponsel tidak berulang di mana pun hingga 16 MiB, jadi ukurannya tidak diketahui.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>Awal flash terhapus (atau isinya seragam), jadi ukurannya tidak bisa ditemukan.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>Ponsel tidak menjawab pembacaan untuk mencari ukuran flash.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>Tidak satu pun dari %n blok sampel berukuran %1 di MiB pertama yang khas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Blok sampel berulang setiap %1 atau kurang: itu pola, bukan perulangan alamat.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n blok sampel yang dibaca lagi di %1 cocok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n blok sampel tidak cocok di mana pun hingga 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Beberapa ponsel</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Baris perintah</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rentang</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>Riwayat pembacaan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, firmware, atau nama berkas</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Cari riwayat berdasarkan ME ID, firmware, atau nama berkas</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Percobaan pembacaan, dari yang terbaru</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Buka folder salinan yang dipilih</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Buka lapo&amp;ran</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Buka laporan salinan yang dipilih</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Salin SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Salin SHA-256 dari salinan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Lanjutkan salinan sebagian yang dipilih</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Membaca sisa salinan yang berhenti sebelum selesai, ke berkas yang sama.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Ekspor percobaan yang ditampilkan ke berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n percobaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Ekspor riwayat</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Riwayat tidak bisa disimpan ke %1 (%2). Pilih folder lain lalu coba lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n percobaan disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>tidak dikenali (tanpa ROM info: terenkripsi, bukan milik MediaTek, atau bukan salinan flash)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>versi tidak tercatat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>tidak disebutkan oleh firmware</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>pembuat tidak diketahui</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 by the firmware&apos;s record. %2</source>
        <translation>%1 menurut catatan firmware. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>tidak tercatat oleh firmware</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 sampai %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1% terhapus (%2), %3% nol</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>jenis berkas %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 di %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Firmware tidak dikenali.</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>Firmware %1.</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1.</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>Terverifikasi: pembacaan kedua cocok.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Tersimpan sebagai %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Salin SHA-256 ke papan klip</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Hasil %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 dari %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>Salin SHA-256 dari %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Pilih berkas keluaran</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Berkas keluaran %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Pilih berkas keluaran %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Salinan flash (*.bin);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>blok %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>baca dua kali untuk verifikasi</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>mode hati-hati</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Lanjutkan salinan sebagian: hubungkan lagi ponsel yang sama</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Port tugas %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>Yang dibaca %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Kemajuan %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Lanjutkan %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Mulai %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Batalkan %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Seluruh flash, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Seluruh flash</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 disimpan di %2: hubungkan lagi ponsel yang sama dan klik Lanjutkan untuk membaca sisanya.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 dari %2 disimpan di %3: hubungkan lagi ponsel yang sama dan klik Lanjutkan untuk membaca sisanya.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>tugas %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Melanjutkan pembacaan ke %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Pembacaan seluruh flash ke %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Tahap: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Selesai: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Pembacaan %1 dari %2 ke %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>Rentang di jendela utama tidak valid: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Pilih dulu tempat menyimpan salinan ini.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Tugas lain sudah memakai Otomatis, yang mengambil ponsel MediaTek pertama. Pilih port untuk tugas ini.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Tugas lain sudah membaca dari %1. Pilih port lain untuk tugas ini.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Tugas lain sudah menulis %1. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>Jendela utama sudah sedang membaca (port: %1). Pilih port lain untuk tugas ini.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>Jendela utama sudah menulis %1. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 sudah ada. Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Salinan sebagian dari %1 sudah ada. Pilih nama berkas lain, atau lanjutkan salinan itu dari jendela utama.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Hentikan pembacaan?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>%n pembacaan masih berjalan. Hentikan dan tutup jendela ini? Data yang sudah terbaca disimpan sebagai berkas sebagian dan bisa dilanjutkan nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Menghentikan pembacaan…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — beberapa ponsel sekaligus</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Setiap baris membaca satu ponsel di port-nya sendiri, semuanya bersamaan. Apa yang dibaca dan caranya diambil dari jendela utama saat baris dimulai.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Tambah tugas</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Baris baru untuk satu ponsel lagi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Yang dibaca</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 adalah folder. Pilih nama berkas untuk salinan.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader tidak bisa menyimpan ke folder %1. Pilih folder lain.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Tugas ini sudah berjalan.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Mulai semua: %1 dari %n tugas dimulai.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Tidak ada tugas yang siap dimulai: semuanya sedang berjalan atau sudah selesai. Tambahkan tugas untuk ponsel berikutnya, atau klik Mulai di salah satu baris untuk membaca ponsel lain di sana.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>%1 dari %n tugas dimulai. Tidak dimulai:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Tugas %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Mulai &amp;semua</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Mulai setiap tugas yang siap, dan lanjutkan setiap tugas yang menyimpan salinan sebagian</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Salin log</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Simpan log…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Bersihkan</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Salin log</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Simpan log ke berkas</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Bersihkan log</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Simpan log</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Log tidak bisa disimpan ke %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Ba&amp;ca</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Batalkan pembacaan</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Baca beberapa ponsel &amp;sekaligus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Coba dengan ponsel virtual</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;Tentang MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>B&amp;uka salinan…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Log</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — pembaca flash MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>Tentang MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Membaca flash ponsel fitur MediaTek MT6261 dan MT6260 melalui port USB BootROM, tanpa membongkar ponsel.&lt;/p&gt;&lt;p&gt;Dirilis ke domain publik (the Unlicense): bebas dipakai, disalin, dan diubah.&lt;/p&gt;&lt;p&gt;Terima kasih kepada MTreader asli, kepada fernly atas catatan BootROM MT6260, dan kepada mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Hentikan pembacaan?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Pembacaan sedang berjalan. Hentikan dan keluar? Data yang sudah terbaca disimpan sebagai berkas sebagian dan bisa dilanjutkan nanti.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Menghentikan pembacaan…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Demo: saat Anda mengklik Baca, MT6261 virtual terhubung %1 dtk kemudian.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Buka salinan</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Salinan flash (*.bin);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Simpan &amp;sebagai…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Berkas keluaran</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>Salinan ditulis di sini. Nama baru dibuat untuk setiap pembacaan sampai Anda memilih nama sendiri.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Pilih berkas keluaran</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Simpan salinan sebagai</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Salinan flash (*.bin);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>Pembacaan lain sedang menulis %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Tidak bisa membuat %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>Tidak bisa membuka ulang %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>Tidak bisa memangkas %1 kembali ke bagian yang terverifikasi: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Tidak bisa membaca kembali %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>Tidak bisa berpindah posisi di %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Tidak bisa menulis ke %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Tidak bisa mengosongkan buffer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Tidak bisa menyinkronkan %1 ke disk: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 sudah ada; salinan tetap di %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Tidak bisa mengganti nama %1 menjadi %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>tidak diketahui (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Pilih port atau ketik jalurnya</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>Otomatis menemukan ponsel dari ID USB-nya. Anda juga bisa memilih port, atau mengetik jalur seperti /dev/ttyUSB0 atau COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Otomatis — ponsel MediaTek pertama (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Cip:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Terus tahan tombol boot sampai pembacaan dimulai.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Anda boleh melepas tombolnya sekarang. Jangan cabut ponsel.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Membaca semuanya sekali lagi untuk dibandingkan. Jangan cabut ponsel.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>Salinan tersimpan. Memulai ulang ponsel.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 dari %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>menyelesaikan</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>perangkat keras %1, perangkat lunak %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Rentang khusus</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Rentang yang dibaca</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Alamat awal</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Panjang dalam byte</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Desimal (4194304) atau heksadesimal (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Awal sebagai ukuran</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Panjang sebagai ukuran</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Masalah rentang</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>A&amp;wal:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Pan&amp;jang:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Seluruh flash (ukuran diketahui dari ponsel)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 dari awal</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>Ponsel MT6261 memiliki flash 4, 8, atau 16 MiB. Secara bawaan seluruh flash dibaca: MTreader mencari ukurannya dari ponsel.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>diketahui dari ponsel</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Tidak bisa membaca berkas lanjutan %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 bukan berkas lanjutan.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>Berkas lanjutan %1 rusak.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Ini ponsel lain: cipnya %1, sedangkan salinan sebagian berasal dari %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Ini ponsel lain: ME ID-nya %1, sedangkan salinan sebagian berasal dari %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Tidak bisa membuka %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 dikunci oleh program lain.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>Ponsel ini pernah dibaca: %1, ke %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Lanjut terus ke ponsel berikutnya</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ponsel</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Yang dibaca</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Ba&amp;ca</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Baca flash</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>B&amp;atal</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Batalkan pembacaan</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Mulai, lalu hubungkan ponsel saat diminta (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Verifikasi dengan membaca dua kali</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Membaca semuanya sekali lagi lalu membandingkan; blok yang berbeda dibaca ulang sampai dua pembacaan cocok. Waktunya kira-kira dua kali lipat.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Lanjut &amp;terus</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Untuk setumpuk ponsel: setelah tiap ponsel, tunggu ponsel berikutnya. Setiap salinan mendapat nama berkas sendiri di folder yang sama.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Bunyi dan peringatan tiap ponsel</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Bunyi dan peringatan saat ponsel selesai</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Tidak ada pengelola berkas yang membuka folder itu. Salinan ada di:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Salin jalurnya</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Lanjut terus: %n terbaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Ponsel di sesi ini, dari yang terbaru</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>ponsel tidak dikenali</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>%1 ✓ %2: %3</source>
        <translation>%1 ✓ %2: %3</translation>
    </message>
    <message>
        <source>%1 ✗ %2: %3</source>
        <translation>%1 ✗ %2: %3</translation>
    </message>
</context>
<context>
    <name>StagePanels</name>
    <message>
        <source>Choose what to read and where to save it, then click Dump. MTreader then tells you how to connect the phone and finds it by itself.</source>
        <translation>Pilih apa yang dibaca dan di mana menyimpannya, lalu klik Baca. MTreader kemudian memberi tahu cara menghubungkan ponsel dan menemukannya sendiri.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Matikan ponsel. Tahan tombol boot (biasanya tombol Panggil) lalu colokkan kabel USB.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Menunggu ponsel</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Ponsel dikenali</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Membaca flash</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Memulai ulang ponsel</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Tidak ada berkas keluaran</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Pilih dulu tempat menyimpan salinan.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Folder tidak ditemukan</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>Folder %1 tidak ada. Pilih tempat lain dengan Simpan sebagai.</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Itu sebuah folder</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 adalah folder. Pilih nama berkas untuk salinan dengan Simpan sebagai.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ganti berkas?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 sudah ada. Ganti dengan salinan baru?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Lanjutkan pembacaan sebelumnya?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Salinan sebagian dari %1 sudah ada. Lanjutkan dengan ponsel yang sama?

Untuk mulai dari awal, pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>Folder itu tidak bisa ditulisi</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader tidak bisa menyimpan ke %1: %2. Pilih folder lain dengan Simpan sebagai sebelum Anda menghubungkan ponsel.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>mengukur kecepatan</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>memperkirakan sisa waktu</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>sisa sekitar %n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>sisa %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, perangkat keras %2, perangkat lunak %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Salinan yang belum selesai: hubungkan ponsel yang sama dan lanjutkan dari titik berhenti.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: %2 dari %3 terbaca</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 terbaca</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Lanjutkan pembacaan ke %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Tidak bisa membaca kembali %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>Tidak bisa mengoreksi %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>gangguan &quot;%1&quot; salah: seharusnya KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>gangguan &quot;%1&quot; tidak dikenal; yang dikenal: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>ofset gangguan &quot;%1&quot; salah</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>jumlah gangguan &quot;%1&quot; salah</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Ponsel virtual MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>Tidak ada port virtual %1.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>Port virtual %1 sedang tidak tersedia.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>Port virtual %1 sudah terbuka.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>Ponsel virtual hilang: ponsel menyala normal karena jabat tangan tidak datang tepat waktu</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>Ponsel virtual hilang setelah mulai ulang oleh perangkat lunak</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>Ponsel virtual hilang setelah mulai ulang oleh watchdog</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>Ponsel virtual hilang: kehilangan daya</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>Ponsel virtual hilang: kabelnya tercabut</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>Ponsel virtual hilang: ponsel dicabut</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>Ponsel virtual hilang</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Gambar: ponsel dengan jari di tombol Panggil dan kabel USB</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Beberapa ponsel, misalnya model MT6260 buatan Nokia, harus dihubungkan tanpa baterai: lepas baterainya, colokkan kabel, lalu pasang kembali baterai hanya setelah pembacaan selesai.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Memantau ponsel MediaTek apa pun (ID USB 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Memantau %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Cabut ponsel yang baru saja dibaca, lalu hubungkan ponsel berikutnya: dalam keadaan mati, tombol boot (biasanya Panggil) ditahan.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>TAHAN</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Tetap baca la&amp;gi</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Baca ponsel yang sama lagi</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Ini ponsel yang baru saja Anda baca (ME ID %1): ponsel muncul lagi karena tombol boot masih ditahan. Lepaskan tombolnya dan cabut ponsel, lalu hubungkan ponsel berikutnya.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Membaca flash ponsel fitur MediaTek MT6261/MT6260 melalui port USB BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Langsung mulai pembacaan pada ponsel virtual bawaan (seperti Bantuan &gt; Coba dengan ponsel virtual, lalu Baca).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>jenis[@ofset][xkali]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: --demo-fault %1 salah: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Buka Berkas &gt; Baca beberapa ponsel sekaligus dengan ponsel virtual sebanyak ini yang dibaca bersamaan.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Tampilkan jendela dalam bahasa ini untuk kali ini saja, misalnya ru, ar, atau zh_CN (en untuk bahasa Inggris). Tampilan &gt; Bahasa memilihnya secara permanen.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: bahasa %1 tidak dikenal; yang dikenal: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs memerlukan angka 1 sampai 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>Dengan --demo: ponsel virtual memperagakan gangguan ini, misalnya cable-pulled@0x100000, atau error-status@0x80000x3 (tiga kali; x0 berarti selalu). Bisa diberikan berulang kali.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>Dengan --demo: ukuran flash ponsel virtual, 4M, 8M, atau 16M (bawaan 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash menerima 4M, 8M, atau 16M</translation>
    </message>
</context>
</TS>
