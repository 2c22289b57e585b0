<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Geli&amp;şmiş</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Gelişmiş seçenekleri göster</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (gerçek telefonlarda denenmedi)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Blok boyutu</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Tek bir okuma komutuyla ne kadar veri istendiği. Orijinal araç 1 KiB kullanıyordu.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Temkinli mod</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Blo&amp;k boyutu:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Te&amp;mkinli mod</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Daha fazlasını istemeden önce her yanıtı bekler. Daha yavaştır; sürekli başarısız olan telefonlar içindir.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>&amp;Her adres</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>%1 ve üzerindeki aralıklara izin verir: bunlar flash değil, RAM ve yazmaçlardır.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Her adrese izin ver</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>%1 komutunun yankısı hatalı.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>%1 komutunun adres yankısı hatalı.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>%1 komutunun sayı yankısı hatalı.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>%1 komutunun değer yankısı hatalı.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>%2 komutundan sonra hata durumu %1.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>%2 komutundan sonra beklenmeyen durum %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>%2 verisinden sonra hata durumu %1.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>%2 verisinden sonra beklenmeyen durum %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>%2 değerinden sonra hata durumu %1.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>%2 değerinden sonra beklenmeyen durum %1.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Kullanıcı tarafından iptal edildi.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Porta yazma başarısız oldu: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>%1 ms içinde yanıt gelmedi; %n bayt bekleniyordu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>%n bayttan yalnızca %1 tanesi geldi, ardından yanıt kesildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>Port kayboldu: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 ms içinde %n denemeden sonra BootROM yanıt vermedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Beklenmeyen ME ID uzunluğu: %1.</translation>
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
        <translation>Çıkış kodları:
  0    döküm kaydedildi (--verify verildiyse doğrulandı da)
  1    beklenmeyen dahili hata
  2    kullanım hatası: hatalı argümanlar, aralık veya blok boyutu
  3    telefon yok: zamanında port görünmedi veya hiçbir şey BootROM gibi yanıt vermedi
  4    port erişimi: izin reddedildi, port meşgul veya açılamadı
  5    protokol hatası: telefon yanıt vermeyi bıraktı, yanlış yanıt verdi,
       bağlantısı kesildi ya da döküme devam edilemedi veya doğrulanamadı
  6    çıktı hatası: FILE zaten var (--force kullanın), yazılamıyor, disk dolu
  130  Ctrl-C veya SIGTERM ile iptal edildi
5 veya 130 çıkış kodundan sonra FILE yanında genellikle kısmi bir döküm kalır;
devam etmek için aynı komutu --resume ile çalıştırın.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 için saniye cinsinden bir sayı gerekir (örneğin 30 veya 0.5); &quot;%2&quot; geçersiz.</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Telefonun seri portu (/dev/ttyACM0, COM5), telefon bağlandığında beliren bir yol ya da ilk MediaTek BootROM portu (0E8D:0003) için &quot;auto&quot;.</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>Dökümün kaydedileceği dosya.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>READ32 komutu başına bayt (varsayılan %1; telefonlarda 1024 ve 4096 denenmiştir).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Telefonun portunun görünmesi için beklenecek saniye (varsayılan: Ctrl-C&apos;ye kadar bekle).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Port açıldıktan sonra BootROM el sıkışmasının deneneceği saniye (varsayılan %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Dökümden sonra telefonu yeniden başlatma.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Sonucu stdout&apos;a tek bir JSON nesnesi olarak yaz.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>FILE varsa üzerine yaz.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Aynı aralık ve telefona ait kısmi bir dökümü sürdür (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Her şeyi iki kez oku ve karşılaştır.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Oturumun her adımını yazdır.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Sürümü göster.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Fazla argüman: PORT FILE START LENGTH bekleniyordu; &quot;%1&quot; fazladan.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE boş: dökümün kaydedileceği dosyanın adını verin.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>Blok boyutu &quot;%1&quot; bir sayı değil.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline için 1 ile %1 arasında bir sayı gerekir; &quot;%2&quot; geçersiz.</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout sıfırdan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>MediaTek telefon bekleniyor (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>%1 üzerinde telefon bekleniyor…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Doğrulanıyor: aralık ikinci kez okunuyor…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Telefon yeniden başlatılıyor…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>%1 portu açık; BootROM ile el sıkışılıyor…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Bağlandı: %1, hw %2, sw %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Uyarı: bu bir MT6261 veya MT6260 değil; döküm sürüyor, ancak sonucu kontrol edin.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Doğrulanıyor</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Okunuyor</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>kalan %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, ikinci okumayla doğrulandı</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Kaydedildi: %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Kaydedildi: %1 (%2), %3 sn, %4 KiB/s%5.
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
        <translation>Telefon yeniden başlatılmadı (--no-reset): kapatmak için kablosunu çıkarın.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>Yeniden başlatma onaylanmadı: telefonun kablosunu çıkarın.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 değiştirilmedi. Üzerine yazmak için --force ekleyin.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>İlk okuma %1 olarak saklandı.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Şimdiye kadar okunanlar %1 dosyasında (%2) saklanıyor. Kaldığı yerden devam etmek için telefonu boot tuşu basılıyken yeniden bağlayın ve şunu çalıştırın:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Hata: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Ayrıntılar: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Not: %1 blok boyutu gerçek telefonlarda denenmedi (1024 ve 4096 denendi). Döküm başarısız olursa -bs 1024 deneyin.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>Döküm bilinmeyen bir nedenle başarısız oldu.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Temkinli mod: orijinal araç gibi her yanıtı bekle (--pipeline 1 ile aynı).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful ile --pipeline %1 birbiriyle çelişiyor.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>başarısız (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>iptal edildi</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>yarım kaldı</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Kullanım: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Çip</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Döküm geçmişine kaydedilen dökümleri en yenisinden başlayarak listeler.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Denemeleri stdout&apos;a tek bir JSON dizisi olarak yaz.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Yalnızca ME ID&apos;si ID ile başlayan telefondaki denemeler (onaltılık).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Yalnızca DATE anında veya sonrasında başlayan denemeler (2026-11-30 veya 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history argüman almaz; &quot;%1&quot; fazladan.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id için 3A7F gibi onaltılık rakamlar gerekir; &quot;%1&quot; geçersiz.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since için 2026-11-30 veya 2026-11-30T14:00 gibi bir tarih gerekir; &quot;%1&quot; geçersiz.</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>%1 içinde kayıtlı döküm yok.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Bir dökümün ne içerdiğini söyler: ürün yazılımı, flash çipi, kullanıcı verisi, içerik.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Komut.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>MTreader veya başka bir araçla alınmış bir döküm dosyası.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Tek bir JSON nesnesi olarak yaz.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Flash belleğin bir resmini PNG olarak kaydet.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Dökümün ilk baytının flash adresi (varsayılan: raporundan, yoksa 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Kullanım: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start için 0 veya 0x100000 gibi 4 GiB altında bir adres gerekir; &quot;%1&quot; geçersiz.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>%1 okunamıyor: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Harita %1 konumuna kaydedilemiyor.
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
        <translation>Telefon</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>bilinmiyor: dosyanın yanında rapor yok</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Flash boyutu</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Ürün yazılımı</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Flash çipi</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Kullanıcı verisi</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Dosya bilgisi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Aynı anda gönderilip yanıtı beklenen READ32 komutu sayısı, 1 ile %1 arası (varsayılan: bağlantının gerektirdiği kadar).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>0x10000000 ve üzerindeki bir aralığa izin ver (flash değil, telefonun RAM&apos;i ve yazmaçları).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Dökümün içine bakma: FILE.report.json yazılmaz ve tam olarak verilen bir aralık için flash boyutu yoklanmaz.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Bu dökümü döküm geçmişine kaydetme (bkz. mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Bir MediaTek MT6261/MT6260 tuşlu telefonun flash belleğini BootROM USB portu üzerinden okur
ve FILE dosyasına kaydeder: tüm flash (boyutu telefondan bulunur) ya da START adresinden
itibaren LENGTH bayt. START ve LENGTH ondalık (4194304), onaltılık (0x400000) veya boyut (4M) olabilir.
Dökümün ne içerdiğini anlatan bir rapor yanına yazılır (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] mevcut bir dökümün ne içerdiğini söyler.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Okunacak ilk flash adresi, örneğin 0 (isteğe bağlı).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Okunacak bayt sayısı, örneğin 0x400000 veya 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Eksik argüman: PORT FILE ya da PORT FILE START LENGTH bekleniyordu; %n argüman verildi.</numerusform>
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
        <translation>Kullanım: mtreader-cli [seçenekler] PORT FILE [START LENGTH]
Seçenekler ve çıkış kodları için mtreader-cli --help komutunu çalıştırın.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>%2 adresinden %1 okunuyor, hedef: %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Demo: sizin için sanal bir telefon bağlanacak. Dökümleri, gerçek dökümlerden ayrı olarak %1 klasörüne gider.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>Flash bo&amp;yutu:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Sanal telefonun flash boyutu</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Kopya&amp;la</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Klasö&amp;rde göster</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Tamamlandı: döküm kaydedildi</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Kaydedilen dosya</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>Dökümün SHA-256 değeri</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>SHA-256 değerini kopyala</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Dökümü klasöründe göster</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Başka bir telefonun dökümünü al</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
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
        <translation>Doğrulandı: ikinci okuma bayt bayt aynı çıktı.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Telefona yeniden başlama komutu gönderildi; kablosunu çıkarabilirsiniz.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Telefonun kablosunu şimdi çıkarın.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Raporu a&amp;ç</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Başka bir telefo&amp;nun dökümünü al</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Dökümün yanına yazılan raporu aç</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>döküm geri okunamadı</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>%1 içinde okundu</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>toplam %1 içinde okundu, bunun %2 kadarı şimdi (%3 sonrasından devam edildi)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 bayt), %3 adresinden, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>Döküm iş parçacığı sonuç vermeden sona erdi.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Beklenen: %1, hiçbir şey alınmadı.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Beklenen: %1, alınan: %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Son alınan baytlar: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>Flash konumu: %1.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>Port: %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>tüm flash</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (devam ediliyor)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Demo: sanal telefon %1, %2 sn içinde bağlanacak</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Sürekli mod: sıradaki telefon bekleniyor</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Sıradaki telefonu bekleme durduruldu.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Aşama: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Kaydedildi: %1, SHA-256 %2</translation>
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
        <translation>tüm flash</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>Okunan %1 / %2, %3 dosyasında saklanıyor.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>Son telefon başarısız oldu: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Kaydedildi: %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Döküm: %2 adresinden %1, hedef: %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>Döküm geçmişi (%1) başka bir program tarafından kullanılıyor; bu yüzden son döküm bellekte tutuluyor ve dosya serbest kalır kalmaz kaydedilecek. Dökümler her zamanki gibi sürüyor.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>Döküm geçmişi (%1) MTreader&apos;ın daha yeni bir sürümüyle yazılmış; bu yüzden bu sürüm ona kayıt eklemiyor. Dökümler her zamanki gibi sürüyor; geçmişi görmek için daha yeni sürümü kullanın.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Döküm geçmişi tutulamıyor: Qt&apos;nin SQLite sürücüsü (libqt6sql6-sqlite paketi) eksik. Dökümler her zamanki gibi sürüyor, ancak bu oturumda kaydedilmiyor.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Döküm geçmişi %1 konumuna yazılamadı; bu yüzden bu oturumda dökümler kaydedilmiyor. Dökümler her zamanki gibi sürüyor; klasörün var olduğunu ve yazılabilir olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Döküm geçmişi dosyası bozulmuştu. %1 olarak saklandı ve %2 konumunda yeni bir geçmiş başlatıldı. Dökümler her zamanki gibi sürüyor.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Döküm geçmişi dosyası yazılamadı. %1 olarak saklandı ve %2 konumunda yeni bir geçmiş başlatıldı. Dökümler her zamanki gibi sürüyor.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>Döküm SF_BOOT ile başlamıyor: bayt sırası veya bellek eşlemesi yanlış olabilir ya da ürün yazılımı MediaTek&apos;e ait değil.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Ürün yazılımı tanınmadı: dökümde ROM bilgi bloğu yok (şifreli ya da MediaTek&apos;e ait değil).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM bilgisi</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>Ürün yazılımının kaydına göre flash %1, ancak telefonun flash belleği %2 sonrasında kendini tekrarlıyor.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>Ürün yazılımı kullanıcı verisini %1 ile %2 arasına yerleştiriyor; bu, flash belleğin sonunu (%3) aşıyor.</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>kullanıcı verisi</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>Kullanıcı verisi bölgesi flash belleğin sonunda (%2) değil, %1 adresinde bitiyor.</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>dosya türü %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>%2 adresindeki %1 için %3 bildiriliyor; bu, flash belleğin sonunu aşıyor.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>BootROM el sıkışmayı zaten geçmişti</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>BootROM el sıkışması tamamlandı</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, donanım %2, yazılım %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>%1 portu açıldı</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>devam ediliyor: bayt %1 / %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>doğrulanmış %1 bayt %2 dosyasında saklandı</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>kaydedildi: %1 (%2 bayt), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>uyarı: yeniden başlatma onaylanmadı (%1); telefonun kablosunu çıkarın</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n blok yeniden denendi; tüm veriler okundu ve kontrol edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>doğrulandı: ikinci okuma bayt bayt aynı</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Telefon beklenirken iptal edildi.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>%1 sn içinde telefon portu görünmedi.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Az önce dökümü alınan telefon (ME ID %1) yeniden bağlandı.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>telefona yeniden başlama komutu gönderildi</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>telefon yeniden başlatma komutunu almadı (%1): kablosunu çıkarın</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>flash boyutu bulunuyor</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Bir MT626x telefonda olabilecek en büyük boyut olan %2 okunuyor; daha azını okumak için bir boyut seçin.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>Bu telefonun flash belleği %1 olarak okunuyor; kısmi döküm ise %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>Flash bellek %1 konumunda kısmi dökümden farklı: bu telefonun flash belleği, kısmi dökümün alındığı bellek değil.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>Döküm %1 olarak saklandı.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>uyarı: ne içerdiğini görmek için döküm geri okunamadı: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>ürün yazılımı %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>ürün yazılımı tanınmadı</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>uyarı: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>rapor: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>uyarı: rapor %1 konumuna yazılamadı: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>bağlantı: gidiş-dönüş %1 ms, %2 MB/sn; aynı anda %n READ32 yanıt bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>bağlantı: gidiş-dönüş %1 ms, hız ölçülmedi; aynı anda %n READ32 yanıt bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>aynı anda %1 READ32 yanıt beklerken hata: tek tek okunuyor, ardından yeniden %2 adede kadar çıkılacak</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>bu oturumun geri kalanında temkinli mod: her seferde tek READ32</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>yeniden aynı anda %n READ32 yanıt bekliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>%n blokta hiçbir iki okuma uyuşmadı; adresler: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>doğrulandı: %n blok için ek okuma gerekti; her baytta iki okuma uyuşuyor</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>uyarı: bilinmeyen çip kodu %1; MTreader MT6261 ve MT6260&apos;ı tanır. Devam ediliyor.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>Aralık %1 boyutundaki flash belleğin sonunu aşıyor: %2 sonrasında okunanlar flash belleğin devamı değil, başlangıcının bir kopyasıdır.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>%1 adresindeki blok yeniden deneniyor (deneme %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>doğrulama: %1 adresindeki blok farklı okundu; %2 okuma düzeltilmiş bir değerde uyuştu ve dosya artık bu değeri içeriyor</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>doğrulama: %1 adresindeki blok bir kez farklı okundu; %2 okuma dosyayla uyuştu</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 bir MTreader raporu değil.</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>Ürün yazılımı:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Flash boyutu:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Flash çipi:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Kullanıcı verisi:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>İçerik:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Haritayı resim olarak kayd&amp;et…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Flash haritasını resim olarak kaydet</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Flash haritası</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Her hücre flash belleğin 4 KiB&apos;ıdır; her satır %1.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Dökümün ne içerdiği bilinmiyor: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Haritayı kaydet</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG resimleri (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Harita %1 konumuna kaydedilemedi.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Çıktı dosyası belirtilmedi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 klasörü yok.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 bir klasör.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>%1 klasörüne yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 zaten var.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Bir kısmi döküm (%1) engel oluyor: ona devam edin ya da silin.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>%1 için devam edilecek bir şey yok: kısmi dosya yok.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>%1 için devam edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>Kısmi döküm istenen aralığı değil, %1 aralığını kapsıyor.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
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
        <translation>bilinmiyor: dosyanın yanında rapor yok</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>Dosyanın SHA-256 değeri</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Hata yok.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Döküm iptal edildi.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Hedef adla hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>Bu dökümün ayarları geçerli değil.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Telefon algılanmadı.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Telefonu kapatın, boot tuşunu (genellikle Arama tuşu) basılı tutun ve kabloyu takın. Başka bir kablo veya USB portu deneyin. Windows&apos;ta MediaTek VCOM sürücüsünü kurun. Bazı telefonlar bataryasız bağlanmalıdır.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>%1 portu mevcut değil (ya da artık yok).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Port adını kontrol edin ya da Otomatik&apos;i seçip telefonu boot tuşunu basılı tutarak bağlayın.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>%1 portunu açma izniniz yok.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Portu kullanıyor olabilecek diğer programları kapatın ve yeniden deneyin.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>%1 portunu başka bir program kullanıyor.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager yeni USB seri portlarını sıklıkla ele geçirir: onu durdurun (sudo systemctl stop ModemManager) ya da MediaTek telefonlara dokunmamasını söyleyen MTreader udev kuralını kurun. Açık seri terminalleri ve flash araçlarını kapatın, ardından telefonu yeniden bağlayın.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Portu tutuyor olabilecek seri terminalleri, flash araçlarını ve telefon yazılımlarını kapatın, ardından telefonu yeniden bağlayın.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>%1 portu açılamadı.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Telefonu yeniden bağlayın. Sorun sürerse başka bir USB portu veya kablo deneyin.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>Telefon bir MediaTek BootROM gibi yanıt vermedi.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Telefonun bağlantısını kesin, kapatın, boot tuşunu (genellikle Arama tuşu) basılı tutun ve yeniden bağlayın; döküm başlayana kadar tuşu bırakmayın. Bataryasız ya da başka bir kabloyla deneyin. Portun gerçekten bu telefona ait olduğundan emin olun.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>Telefon yanıt vermeyi bıraktı.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>Telefon yanıtın yalnızca bir kısmını gönderdi.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Kabloyu kontrol edin, ardından telefonu boot tuşu basılıyken yeniden bağlayıp döküme devam edin.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>Telefon beklenmeyen baytlarla yanıt verdi.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>Bağlantı güvenilir değil ya da bu bir MT626x BootROM değil. Telefonu yeniden bağlayıp devam edin; başka bir kablo veya USB portu deneyin.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>Telefon bir hata bildirdi.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Telefonu boot tuşu basılıyken yeniden bağlayıp döküme devam edin. Hata aynı adreste tekrarlanıyorsa flash belleğin o kısmı bu yolla okunamaz.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>Telefonun bağlantısı kesildi.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Kablo çekildi ya da telefon yeniden başladı veya gücü kesildi. Şimdiye kadar okunanların hepsi saklandı: devam etmek için telefonu boot tuşunu basılı tutarak yeniden bağlayın. Bataryasız bir telefon iyi bir kablo ve USB portu ister.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Bu, kısmi dökümün alındığı telefon değil.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Dökümüne devam etmek için aynı telefonu bağlayın ya da bu telefon için yeni bir döküm başlatın.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Döküm kaydedilemedi.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Yazma izniniz olan bir klasör seçin ve diski kontrol edin. Ayrıntılar: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk dolu.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Biraz yer açın veya başka bir disk seçin. Şimdiye kadar okunanlar saklandı, devam ettirilebilir.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Çıktı dosyası zaten var.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Başka bir ad seçin ya da üzerine yazılmasına izin verin.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>İkinci okuma ilkinden farklı çıktı: döküm güvenilir değil.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Döküme devam edilemiyor.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Beklenmeyen hata.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Kendinizi portun sahibi olan gruba ekleyin, ardından oturumu kapatıp yeniden açın:
    sudo usermod -aG %1 $USER
Ya da MTreader ile gelen udev kuralını (60-mtreader.rules) kurun; bu kural oturum açmış kullanıcıya MediaTek telefonlara erişim izni verir.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Kabloyu kontrol edin, ardından telefonu boot tuşu basılıyken yeniden bağlayıp döküme devam edin. Sorun tekrarlarsa daha küçük bir blok boyutu ya da Temkinli modu seçin.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Bu, dökümü az önce alınan telefon.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Boot tuşu hâlâ basılı olduğu için yeniden bağlandı. Tuşu bırakın ve telefonun kablosunu çıkarın, ardından sıradaki telefonu bağlayın.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Bazı bloklar her seferinde farklı okundu; bu yüzden hiçbir iki okuma uyuşmadı. Döküm &quot;unverified&quot; (doğrulanmamış) işaretli bir adla saklandı. Kabloyu ve USB portunu kontrol edip yeniden döküm alın.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>Telefonu yeniden bağla ve de&amp;vam et</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Günlüğü göste&amp;r</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Şimdi ne yapmalı</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Döküme devam etmek için telefonu yeniden bağla</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Teknik ayrıntıları içeren günlüğü göster</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Telefona yeniden başlama komutu gönderildi: kablosunu çıkarın.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Telefon hâlâ bağlıysa kablosunu çıkarın: o zamana kadar BootROM&apos;da kalır.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Devam etmek için: aşağıya tıklayın, ardından telefonu yeniden bağlayın (kapalı, boot tuşu basılı). Döküm kaldığı yerden sürer.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>%1, alanını sonlandırma işareti olmadan tamamen dolduruyor; kesilmiş olabilir.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>%1 metin olmayan baytlar içeriyor.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>önyükleyici</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>genişletilmiş önyükleyici</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>MAUI görüntüsü</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>ikinci MAUI görüntüsü</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>isteğe bağlı sayfalanan kod</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>üçüncü ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>özel kaynaklar</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>dil paketi</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>dosya sistemi</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>%1 taneden fazla dosya bilgisi başlığı var: yalnızca ilk %1 tanesi listeleniyor.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>ROM bilgisi tanımlayıcısı</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>ROM bilgisi sürümü &quot;%1&quot; MTreader&apos;ın bildiği sürümlerden değil (v04 ile v09 arası): alanları yanlış okunabilir.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>platform kimliği</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>proje kimliği</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>ROM bilgisi %1 flash aygıtı listeliyor; en fazla %2 tanesi sığar.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>%1 adresindeki bir dosya bilgisi başlığı dökümün sonunda kesiliyor.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>%1 adresindeki dosya bilgisi başlığının türü veya boyutu hatalı (%2 bayt).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>%1 adresindeki ikinci ROM bilgi bloğu yok sayıldı.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>%1 adresindeki ROM bilgi bloğu dökümün sonunda kesiliyor.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>silinmiş (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>sıfır</translation>
    </message>
    <message>
        <source>data</source>
        <translation>veri</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>ürün yazılımı dosyası</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>kullanıcı verisi</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM bilgisi</translation>
    </message>
</context>
<context>
    <name>FlashRange</name>
    <message>
        <source>The length is zero: nothing to read.</source>
        <translation>Uzunluk sıfır: okunacak bir şey yok.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>Başlangıç, telefonun 4 GiB&apos;lık adres alanının dışında.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>Aralık, telefonun 4 GiB&apos;lık adres alanını aşıyor.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>Blok boyutu 4 baytın katı olmalıdır.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>Blok boyutu en fazla 1 MiB olabilir.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>Aralık 0x10000000 veya üzerine ulaşıyor. Flash eşlendikten sonra orası flash değil, telefonun RAM&apos;i ve yazmaçlarıdır; yazmaçları okumak telefonun çalışmasını bozabilir. 0x10000000 altında bir aralık seçin ya da gerçekten istiyorsanız her adrese izin verin (Gelişmiş altında; --any-address).</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Başlangıç &quot;%1&quot; bir sayı değil. Ondalık (4194304), onaltılık (0x400000) ya da 4M veya 4096K gibi bir boyut kullanın.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Uzunluk &quot;%1&quot; bir sayı değil. Ondalık (4194304), onaltılık (0x400000) ya da 4M veya 4096K gibi bir boyut kullanın.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Kullanıcı tarafından iptal edildi.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>Flash boyutu telefona sorulmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Telefondan bulundu: flash %1 sonrasında kendini tekrarlıyor (%n örnek blok eşleşti).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>Telefonun flash belleği 16 MiB&apos;a kadar hiçbir yerde tekrarlanmadı; bu yüzden boyutu bilinmiyor.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>Flash belleğin başı silinmiş (ya da baştan sona aynı); bu yüzden boyutu bulunamadı.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>Telefon, flash boyutunu bulan okumalara yanıt vermedi.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>İlk MiB içindeki %1 boyutlu %n örnek bloğun hiçbiri ayırt edici değil.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Örnek bloklar %1 veya daha kısa aralıklarla tekrarlanıyor: bu bir başa dönme değil, bir desen.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%1 konumunda yeniden okunan %n örnek blok eşleşti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n örnek blok 16 MiB&apos;a kadar hiçbir yerde eşleşmedi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Yarım kaldı</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 adresinden %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Pencere</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Birden çok telefon</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Komut satırı</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Ürün yazılımı</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Aralık</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Kaydeden</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>Döküm geçmişi</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, ürün yazılımı veya dosya adı</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Geçmişte ME ID, ürün yazılımı veya dosya adına göre ara</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Döküm denemeleri, en yenisi önce</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Klasörü aç</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Seçili dökümün klasörünü aç</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>&amp;Raporu aç</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Seçili dökümün raporunu aç</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>SHA-&amp;256 değerini kopyala</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Seçili dökümün SHA-256 değerini kopyala</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Seçili kısmi döküme devam et</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Sona ulaşmadan duran bir dökümün kalanını aynı dosyaya okur.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Gösterilen denemeleri bir CSV dosyasına aktar</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n deneme</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Geçmişi dışa aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Geçmiş %1 konumuna kaydedilemedi (%2). Başka bir klasör seçip yeniden deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n deneme %1 dosyasına kaydedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>tanınmadı (ROM bilgisi yok: şifreli, MediaTek&apos;e ait değil ya da bir flash dökümü değil)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>sürüm kaydedilmemiş</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>ürün yazılımında adı geçmiyor</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>bilinmeyen üretici</translation>
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
        <translation>Ürün yazılımının kaydına göre %1. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>ürün yazılımında kayıtlı değil</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 ile %2 arası (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>yüzde %1 silinmiş (%2), yüzde %3 sıfır</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>dosya türü %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 adresinde %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%2 adresinde %1, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Ürün yazılımı tanınmadı.</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>Ürün yazılımı: %1.</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1.</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>Doğrulandı: ikinci okuma aynı çıktı.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>%1 olarak kaydedildi (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>SHA-256 değerini panoya kopyala</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Sonuç: %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 değeri: %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>SHA-256 değerini kopyala: %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Çıktı dosyasını seç</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Çıktı dosyası: %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Çıktı dosyasını seç: %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Dökümü farklı kaydet</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Flash dökümleri (*.bin);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>blok boyutu %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>doğrulama için iki kez okuma</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>temkinli mod</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Kısmi döküme devam et: aynı telefonu yeniden bağlayın</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>%1 numaralı işin portu</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>Okunacak aralık: %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>İlerleme: %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Devam et: %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Başlat: %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>İptal: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Kaldır: %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlatılmadı</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Tüm flash, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Tüm flash</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1, %2 dosyasında saklanıyor: kalanını okumak için aynı telefonu yeniden bağlayın ve Devam et düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>Okunan %1 / %2, %3 dosyasında saklanıyor: kalanını okumak için aynı telefonu yeniden bağlayın ve Devam et düğmesine tıklayın.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>iş %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Döküme devam ediliyor: %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Tüm flash&apos;ın dökümü: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Aşama: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Tamamlandı: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 adresinden %1</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Döküm: %2 adresinden %1, hedef: %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>Ana penceredeki aralık geçerli değil: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Önce bu dökümün nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 klasörü yok.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Başka bir iş zaten ilk MediaTek telefonu alan Otomatik seçeneğini kullanıyor. Bu iş için bir port seçin.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Başka bir iş zaten %1 üzerinden döküm alıyor. Bu iş için başka bir port seçin.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Başka bir iş zaten %1 dosyasına yazıyor. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>Ana pencere zaten döküm alıyor (port: %1). Bu iş için başka bir port seçin.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>Ana pencere zaten %1 dosyasına yazıyor. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 zaten var. Başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>%1 için kısmi bir döküm zaten var. Başka bir dosya adı seçin ya da ona ana pencereden devam edin.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Dökümler durdurulsun mu?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>%n döküm hâlâ sürüyor. Durdurulup bu pencere kapatılsın mı? Şimdiye kadar okunanlar kısmi dosyalar olarak saklanır ve daha sonra devam ettirilebilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Dökümler durduruluyor…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — aynı anda birden çok telefon</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Her satır bir telefonu kendi portundan okur; hepsi aynı anda çalışır. Neyin ve nasıl okunacağı, satır başladığında ana pencereden alınır.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>İş &amp;ekle</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Bir telefon daha için yeni bir satır</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Kayıt yeri</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne okunacak</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 bir klasör. Döküm için bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader %1 klasörüne kaydedemiyor. Başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Bu iş zaten çalışıyor.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Tümünü başlat: %n işten %1 tanesi başlatıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Başlatılmaya hazır iş yok: her biri çalışıyor ya da tamamlandı. Sıradaki telefon için bir iş ekleyin ya da orada başka bir telefonun dökümünü almak için bir satırdaki Başlat düğmesine tıklayın.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>%n işten %1 tanesi başlatıldı. Başlatılmayanlar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>İş %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>&amp;Tümünü başlat</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Hazır olan her işi başlat ve kısmi döküm bırakan her işe devam et</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Günlüğü kopyala</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Günlüğü kaydet…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Günlüğü kopyala</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Günlüğü bir dosyaya kaydet</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Günlüğü temizle</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Günlüğü kaydet</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Günlük %1 konumuna kaydedilemedi: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Döküm &amp;al</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>Dökümü &amp;iptal et</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Aynı anda &amp;birden çok telefonun dökümünü al…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Sanal telefonla dene</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>MTreader &amp;hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>Döküm &amp;dosyası aç…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Geçmiş…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Günlük</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — MediaTek flash okuyucu</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>MTreader hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;MediaTek MT6261 ve MT6260 tuşlu telefonların flash belleğini, telefonu açmadan BootROM USB portu üzerinden okur.&lt;/p&gt;&lt;p&gt;Kamu malı olarak yayımlanmıştır (the Unlicense): özgürce kullanın, kopyalayın ve değiştirin.&lt;/p&gt;&lt;p&gt;Orijinal MTreader&apos;a, MT6260 BootROM notları için fernly&apos;ye ve mtk-open-tools&apos;a teşekkürler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Döküm durdurulsun mu?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Bir döküm sürüyor. Durdurup çıkılsın mı? Şimdiye kadar okunanlar kısmi dosya olarak saklanır ve daha sonra devam ettirilebilir.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Döküm durduruluyor…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Demo: Döküm al düğmesine tıkladığınızda %1 sn sonra sanal bir MT6261 bağlanır.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Döküm dosyası aç</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Flash dökümleri (*.bin);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>&amp;Farklı kaydet…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Çıktı dosyası</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>Döküm buraya yazılır. Siz bir ad seçene kadar her döküm için yeni bir ad oluşturulur.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Çıktı dosyasını seç</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Dökümü farklı kaydet</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Flash dökümleri (*.bin);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>Başka bir döküm %1 dosyasına yazıyor.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>%1 yeniden açılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>%1, doğrulanmış kısmına kadar kısaltılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>%1 geri okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>%1 içinde konumlanılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>%1 dosyasına yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>%1 arabelleği boşaltılamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>%1 diske eşitlenemiyor: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 zaten var; döküm %2 dosyasında kalıyor.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>%1 adı %2 olarak değiştirilemiyor: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>bilinmiyor (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Bir port seçin veya yolunu yazın</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>Otomatik, telefonu USB kimliğinden bulur. Ayrıca bir port seçebilir ya da /dev/ttyUSB0 veya COM5 gibi bir yol yazabilirsiniz.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Otomatik — ilk MediaTek telefon (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Çip:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Sürümler:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>henüz bilinmiyor</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Okuma başlayana kadar boot tuşunu basılı tutmaya devam edin.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Artık tuşu bırakabilirsiniz. Telefonun kablosunu çıkarmayın.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Karşılaştırmak için her şey ikinci kez okunuyor. Telefonun kablosunu çıkarmayın.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>Döküm kaydedildi. Telefon yeniden başlatılıyor.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 / %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>bitiriliyor</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 adresinden %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>donanım %1, yazılım %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Özel aralık</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Okunacak aralık</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Başlangıç adresi</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Bayt cinsinden uzunluk</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Ondalık (4194304) veya onaltılık (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Boyut olarak başlangıç</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Boyut olarak uzunluk</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Aralık sorunu</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Başlangıç:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Uzunluk:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Tüm flash (boyut telefondan bulunur)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>Baştan itibaren %1</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>MT6261 telefonlarda 4, 8 veya 16 MiB flash bellek bulunur. Varsayılan olarak tüm flash okunur: MTreader boyutunu telefondan bulur.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>telefondan bulunur</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Devam dosyası %1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 bir devam dosyası değil.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>Devam dosyası %1 bozuk.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Bu başka bir telefon: çipi %1, kısmi döküm ise %2 çipli bir telefondan.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Bu başka bir telefon: ME ID&apos;si %1, kısmi döküm ise %2 ME ID&apos;li bir telefondan.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 açılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 başka bir program tarafından kilitlenmiş.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>Bu telefonun dökümü daha önce alındı: %1, hedef: %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Sıradaki telefonla devam et</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Ne okunacak</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Kayıt yeri</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Döküm &amp;al</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Flash dökümünü al</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>İp&amp;tal</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Dökümü iptal et</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Başlatın, ardından istendiğinde telefonu bağlayın (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>D&amp;oğrula</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>İki kez okuyarak doğrula</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Her şeyi ikinci kez okuyup karşılaştırır; farklı çıkan bloklar iki okuma uyuşana kadar yeniden okunur. Yaklaşık iki kat uzun sürer.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Sürekli mod</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Bir yığın telefon için: her birinden sonra sıradakini bekler. Her döküm aynı klasörde kendi dosya adını alır.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Her telefon için ses ve uyarı</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Bir telefon bittiğinde ses ve uyarı</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Klasörü hiçbir dosya yöneticisi açmadı. Döküm şurada:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Yolu kopyala</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Sürekli mod: %n döküm alındı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n başarısız</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Bu oturumun telefonları, en yenisi önce</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>telefon tanınmadı</translation>
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
        <translation>Neyin okunacağını ve nereye kaydedileceğini seçin, ardından Döküm al düğmesine tıklayın. MTreader size telefonu nasıl bağlayacağınızı söyler ve telefonu kendisi bulur.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Telefonu kapatın. Boot tuşunu (genellikle Arama tuşu) basılı tutun ve USB kablosunu takın.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hazır</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Telefon bekleniyor</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanılıyor</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Telefon tanındı</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Flash okunuyor</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Doğrulanıyor</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Telefon yeniden başlatılıyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Çıktı dosyası yok</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Önce dökümün nereye kaydedileceğini seçin.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Klasör yok</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>%1 klasörü yok. Farklı kaydet düğmesiyle başka bir yer seçin.</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Bu bir klasör</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 bir klasör. Farklı kaydet düğmesiyle döküm için bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 zaten var. Yeni dökümle değiştirilsin mi?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Önceki döküme devam edilsin mi?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>%1 için kısmi bir döküm zaten var. Aynı telefonla devam edilsin mi?

Baştan başlamak için başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>Bu klasöre yazılamıyor</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader %1 konumuna kaydedemiyor: %2. Telefonu bağlamadan önce Farklı kaydet düğmesiyle başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>hız ölçülüyor</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/sn</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>kalan süre hesaplanıyor</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>yaklaşık %n sn kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 kaldı</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, donanım %2, yazılım %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Yarım kalan dökümler: aynı telefonu bağlayın ve kaldığı yerden devam edin.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: %2 / %3 okundu</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 okundu</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>&amp;Devam et</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>%1 dosyasına döküme devam et</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>%1 geri okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>%1 düzeltilemiyor: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>hatalı arıza &quot;%1&quot;: KIND[@OFFSET][xTIMES] bekleniyordu</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>bilinmeyen arıza &quot;%1&quot;; bilinenler: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>hatalı arıza konumu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>hatalı arıza sayısı &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>MTreader sanal telefonu</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>%1 sanal portu yok.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>%1 sanal portu takılı değil.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>%1 sanal portu zaten açık.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>Sanal telefon gitti: zamanında el sıkışma gelmediği için normal şekilde açıldı</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>Sanal telefon bir yazılım sıfırlamasından sonra gitti</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>Sanal telefon bir watchdog sıfırlamasından sonra gitti</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>Sanal telefon gitti: gücü kesildi</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>Sanal telefon gitti: kablosu çekildi</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>Sanal telefon gitti: bağlantısı çıkarıldı</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>Sanal telefon gitti</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Resim: Arama tuşunda bir parmak olan telefon ve bir USB kablosu</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Bazı telefonlar, örneğin Nokia yapımı MT6260 modelleri, bataryasız bağlanmalıdır: bataryayı çıkarın, kabloyu takın ve bataryayı ancak döküm bittikten sonra geri takın.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleniyor</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Herhangi bir MediaTek telefon bekleniyor (USB kimliği 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>%1 bekleniyor.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Dökümü alınan telefonun kablosunu çıkarın, ardından sıradakini bağlayın: kapalı ve boot tuşu (genellikle Arama tuşu) basılı olarak.</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>BASILI TUT</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Yine de y&amp;eniden döküm al</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Aynı telefonun dökümünü yeniden al</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Bu, az önce dökümünü aldığınız telefon (ME ID %1): boot tuşu hâlâ basılı olduğu için yeniden bağlandı. Tuşu bırakın ve kablosunu çıkarın, ardından sıradaki telefonu bağlayın.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>MediaTek MT6261/MT6260 tuşlu telefonların flash belleğini BootROM USB portu üzerinden okur.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Yerleşik sanal bir telefonla hemen döküm başlat (Yardım &gt; Sanal telefonla dene, ardından Döküm al ile aynı).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>tür[@konum][xsayı]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: hatalı --demo-fault %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Dosya &gt; Aynı anda birden çok telefonun dökümünü al penceresini, bu sayıda sanal telefonun dökümü aynı anda alınacak şekilde aç.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>sayı</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Pencereyi yalnızca bu çalıştırmada bu dilde göster, örneğin ru, ar ya da zh_CN (İngilizce için en). Kalıcı seçim Görünüm &gt; Dil menüsünden yapılır.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: bilinmeyen dil %1; bilinenler: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs 1 ile 16 arasında bir sayı alır</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>--demo ile: sanal telefon bu arızayı canlandırır, örneğin cable-pulled@0x100000 ya da error-status@0x80000x3 (üç kez; x0 her zaman demektir). Birden çok kez verilebilir.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>--demo ile: sanal telefonun flash boyutu, 4M, 8M veya 16M (varsayılan 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>boyut</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash 4M, 8M veya 16M alır</translation>
    </message>
</context>
</TS>
