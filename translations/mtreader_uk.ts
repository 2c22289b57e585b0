<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Д&amp;одатково</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Показати додаткові параметри</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (не перевірено на реальних телефонах)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Розмір блоку</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Скільки даних запитується однією командою читання. Оригінальна програма використовувала 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Обережний режим</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Розмір &amp;блоку:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Обережний режи&amp;м</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Чекає на кожну відповідь, перш ніж запитувати наступну. Повільніше; для телефонів, на яких дамп постійно зривається.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>Б&amp;удь-яка адреса</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Дозволяє діапазони від %1 і вище: це ОЗП і регістри, а не флеш-пам&apos;ять.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Дозволити будь-яку адресу</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Неправильне ехо команди %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Неправильне ехо адреси команди %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Неправильне ехо лічильника команди %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Неправильне ехо значення команди %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Статус помилки %1 після команди %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Неочікуваний статус %1 після команди %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Статус помилки %1 після даних %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Неочікуваний статус %1 після даних %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Статус помилки %1 після значення %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Неочікуваний статус %1 після значення %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Скасовано користувачем.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Не вдалося записати в порт: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Немає відповіді протягом %1 мс; очікувався %n байт.</numerusform>
            <numerusform>Немає відповіді протягом %1 мс; очікувалося %n байти.</numerusform>
            <numerusform>Немає відповіді протягом %1 мс; очікувалося %n байтів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Надійшло лише %1 з %n байта, потім тиша.</numerusform>
            <numerusform>Надійшло лише %1 з %n байтів, потім тиша.</numerusform>
            <numerusform>Надійшло лише %1 з %n байтів, потім тиша.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>Порт зник: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>BootROM не відповів після %n спроби за %1 мс.</numerusform>
            <numerusform>BootROM не відповів після %n спроб за %1 мс.</numerusform>
            <numerusform>BootROM не відповів після %n спроб за %1 мс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Неочікувана довжина ME ID: %1.</translation>
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
        <translation>Коди повернення:
  0    дамп збережено (і перевірено, якщо вказано --verify)
  1    неочікувана внутрішня помилка
  2    помилка використання: неправильні аргументи, діапазон або розмір блоку
  3    немає телефону: порт не з&apos;явився вчасно або ніхто не відповів як BootROM
  4    доступ до порту: немає прав, порт зайнятий або не відкривається
  5    помилка протоколу: телефон перестав відповідати, відповів неправильно,
       від&apos;єднався, або дамп не вдалося продовжити чи перевірити
  6    помилка виводу: FILE існує (використайте --force), не записується, диск заповнений
  130  скасовано через Ctrl-C або SIGTERM
Після коду 5 або 130 поруч із FILE зазвичай лишається частковий дамп;
щоб продовжити його, запустіть ту саму команду з --resume.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1: потрібне число секунд, наприклад 30 або 0.5, а не «%2».</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Послідовний порт телефону (/dev/ttyACM0, COM5), шлях, що з&apos;являється під час підключення телефону, або &quot;auto&quot; для першого порту MediaTek BootROM (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>Файл, у який зберігається дамп.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Байтів на одну команду READ32 (типово %1; на телефонах перевірено 1024 і 4096).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Скільки секунд чекати на появу порту телефону (типово — поки не натиснуто Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Скільки секунд намагатися виконати рукостискання з BootROM після відкриття порту (типово %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Не перезавантажувати телефон після дампу.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Вивести результат одним JSON-об&apos;єктом у stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Перезаписати FILE, якщо він існує.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Продовжити частковий дамп того самого діапазону й телефону (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Зчитати все двічі й порівняти.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Виводити кожен крок сеансу.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показати версію.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Забагато аргументів: очікуються PORT FILE START LENGTH; «%1» — зайвий.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE порожній: вкажіть ім&apos;я файлу для збереження дампу.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>Розмір блоку «%1» — не число.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline: потрібне число від 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout має бути більшим за нуль.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Очікування телефону MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Очікування телефону на %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Перевірка: повторне читання діапазону…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Перезавантаження телефону…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Порт %1 відкрито; рукостискання з BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Підключено: %1, hw %2, sw %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомий</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Увага: це не MT6261 і не MT6260; дамп триває, але перевірте результат.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Читання</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>лишилося %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, перевірено повторним читанням</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Збережено: %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Збережено: %1 (%2) за %3 с, %4 KiB/s%5.
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
        <translation>Телефон не перезавантажено (--no-reset): від&apos;єднайте його, щоб вимкнути.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>Перезавантаження не підтверджено: від&apos;єднайте телефон.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>Файл %1 не змінено. Щоб перезаписати його, додайте --force.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>Результат першого читання збережено як %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Зчитані дані збережено в %1 (%2). Щоб продовжити з місця зупинки, перепідключіть телефон із затиснутою кнопкою завантаження і виконайте:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Помилка: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Подробиці: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Примітка: розмір блоку %1 не перевірено на реальних телефонах (перевірено 1024 і 4096). Якщо дамп не вдасться, спробуйте -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>Дамп не вдався з невідомої причини.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Обережний режим: чекати на кожну відповідь, як оригінальна програма (те саме, що --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful і --pipeline %1 суперечать одне одному.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>збій (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Використання: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Чип</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Діапазон</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Показує дампи, записані в історію дампів, починаючи з нових.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Вивести спроби одним JSON-масивом у stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Лише спроби на телефоні, ME ID якого починається з ID (шістнадцяткове).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Лише спроби, розпочаті в DATE або пізніше (2026-11-30 або 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history не приймає аргументів; «%1» — зайвий.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id: потрібні шістнадцяткові цифри, наприклад 3A7F, а не «%1».</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since: потрібна дата, наприклад 2026-11-30 або 2026-11-30T14:00, а не «%1».</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>У %1 немає записаних дампів.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Показує, що містить дамп: прошивку, чип флеш-пам&apos;яті, дані користувача, вміст.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Файл дампу, створений MTreader або іншою програмою.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Вивести одним JSON-об&apos;єктом.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Зберегти карту флеш-пам&apos;яті в PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Адреса першого байта дампу у флеш-пам&apos;яті (типово — з його звіту, інакше 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Використання: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start: потрібна адреса менша за 4 GiB, наприклад 0 або 0x100000, а не «%1».
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Не вдається прочитати %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Не вдається зберегти карту в %1.
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
        <translation>Телефон</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>невідомо: поруч із файлом немає звіту</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Розмір флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Чип флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Дані користувача</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Файл прошивки</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Скільки команд READ32 надсилати, не чекаючи на відповідь, від 1 до %1 (типово — стільки, скільки потрібно каналу).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Дозволити діапазон від 0x10000000 і вище (ОЗП і регістри телефону, а не флеш-пам&apos;ять).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Не аналізувати дамп: не створювати FILE.report.json і не визначати розмір флеш-пам&apos;яті, якщо діапазон задано повністю.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Не записувати цей дамп в історію дампів (див. mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Зчитує флеш-пам&apos;ять кнопкового телефону MediaTek MT6261/MT6260 через USB-порт BootROM
і зберігає її у FILE: усю флеш-пам&apos;ять (розмір визначається за телефоном) або LENGTH байтів
з адреси START. START і LENGTH — десяткові (4194304), шістнадцяткові (0x400000) числа або розміри (4M).
Поруч із дампом записується звіт про його вміст (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] показує, що містить наявний дамп.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Перша адреса флеш-пам&apos;яті для читання, наприклад 0 (необов&apos;язково).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Скільки байтів читати, наприклад 0x400000 або 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Бракує аргументів: очікуються PORT FILE або PORT FILE START LENGTH; отримано: %n.</numerusform>
            <numerusform>Бракує аргументів: очікуються PORT FILE або PORT FILE START LENGTH; отримано: %n.</numerusform>
            <numerusform>Бракує аргументів: очікуються PORT FILE або PORT FILE START LENGTH; отримано: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>Флеш-пам&apos;ять: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>Використання: mtreader-cli [параметри] PORT FILE [START LENGTH]
Параметри й коди повернення: mtreader-cli --help.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Читання %1 з адреси %2 у %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Демо: віртуальний телефон підключиться сам. Його дампи зберігаються в %1, окремо від справжніх.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>&amp;Розмір флеш-пам&apos;яті:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Розмір флеш-пам&apos;яті віртуального телефону</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Показати в т&amp;еці</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Готово: дамп збережено</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Збережений файл</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 дампу</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Копіювати SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Показати дамп у теці</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Зняти дамп іншого телефону</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
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
        <translation>Перевірено: повторне читання збіглося байт у байт.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Телефону надіслано команду перезавантаження; його можна від&apos;єднати.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Від&apos;єднайте телефон.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Відкрити &amp;звіт</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Зняти дамп ін&amp;шого телефону</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Відкрити звіт, записаний поруч із дампом</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>не вдалося перечитати дамп</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>зчитано за %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>зчитано за %1 загалом, з них %2 зараз (продовжено після %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 байтів) з адреси %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>Потік дампу завершився без результату.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Очікувалося %1, нічого не отримано.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Очікувалося %1, отримано %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Останні отримані байти: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>Зсув у флеш-пам&apos;яті: %1.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>На порту %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>усієї флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (продовження)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Демо: віртуальний телефон %1 підключиться через %2 с</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Серійний режим: очікування наступного телефону</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Очікування наступного телефону зупинено.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Етап: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Збережено: %1, SHA-256 %2</translation>
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
        <translation>усієї флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>%1 з %2 збережено в %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>Збій на останньому телефоні: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Збережено: %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Дамп %1 з адреси %2 у %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>Історія дампів %1 зайнята іншою програмою, тому останній дамп зберігається в пам&apos;яті й буде записаний, щойно файл звільниться. Дампи знімаються як зазвичай.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>Історію дампів %1 записано новішою версією MTreader, тому ця версія до неї не пише. Дампи знімаються як зазвичай; щоб переглянути історію, скористайтеся новішою версією.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Історію дампів вести неможливо: немає драйвера SQLite для Qt (пакет libqt6sql6-sqlite). Дампи знімаються як зазвичай, але в цьому сеансі не записуються.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Не вдалося записати історію дампів у %1, тому в цьому сеансі дампи не записуються. Дампи знімаються як зазвичай; перевірте, що тека існує і доступна для запису.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Файл історії дампів був пошкоджений. Його збережено як %1, а нову історію розпочато в %2. Дампи знімаються як зазвичай.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Не вдалося записати файл історії дампів. Його збережено як %1, а нову історію розпочато в %2. Дампи знімаються як зазвичай.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>Дамп не починається з SF_BOOT: можливо, неправильний порядок байтів або відображення пам&apos;яті, або прошивка не від MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Прошивку не розпізнано: у дампі немає блоку ROM info (прошивка зашифрована або не від MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>За записом у прошивці розмір флеш-пам&apos;яті — %1, але флеш-пам&apos;ять телефону повторюється після %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>Прошивка розміщує дані користувача з %1 по %2, за кінцем флеш-пам&apos;яті (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>дані користувача</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>Область даних користувача закінчується на %1, а не в кінці флеш-пам&apos;яті (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>тип файлу %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>Файл «%1» за адресою %2 заявляє розмір %3, що виходить за кінець флеш-пам&apos;яті.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>рукостискання з BootROM уже було виконано</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>рукостискання з BootROM виконано</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, апаратна версія %2, програмна версія %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>відкрито порт %1</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>продовження з байта %1 із %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>збережено %1 перевірених байтів у %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>збережено: %1 (%2 байтів), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>увага: перезавантаження не підтверджено (%1); від&apos;єднайте телефон</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>повторно прочитано %n блок; усі дані зчитано й перевірено</numerusform>
            <numerusform>повторно прочитано %n блоки; усі дані зчитано й перевірено</numerusform>
            <numerusform>повторно прочитано %n блоків; усі дані зчитано й перевірено</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>перевірено: повторне читання збігається байт у байт</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Скасовано під час очікування телефону.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>Порт телефону не з&apos;явився протягом %1 с.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Телефон, з якого щойно знято дамп (ME ID %1), підключився знову.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>телефону надіслано команду перезавантаження</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>телефон не прийняв команду перезавантаження (%1): від&apos;єднайте його</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>визначення розміру флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Зчитується %2 — максимум для телефону MT626x; щоб прочитати менше, виберіть розмір.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>Розмір флеш-пам&apos;яті цього телефону — %1, а частковий дамп розрахований на %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>Флеш-пам&apos;ять відрізняється від часткового дампу за адресою %1: це не та флеш-пам&apos;ять, з якої знято частковий дамп.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>Дамп збережено як %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>увага: не вдалося перечитати дамп, щоб визначити його вміст: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>прошивка %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>прошивку не розпізнано</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>увага: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>звіт: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>увага: не вдалося записати звіт у %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>канал: затримка %1 мс, %2 MB/s; одночасно READ32: %n</numerusform>
            <numerusform>канал: затримка %1 мс, %2 MB/s; одночасно READ32: %n</numerusform>
            <numerusform>канал: затримка %1 мс, %2 MB/s; одночасно READ32: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>канал: затримка %1 мс, швидкість не виміряно; одночасно READ32: %n</numerusform>
            <numerusform>канал: затримка %1 мс, швидкість не виміряно; одночасно READ32: %n</numerusform>
            <numerusform>канал: затримка %1 мс, швидкість не виміряно; одночасно READ32: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>збій при %1 одночасних READ32: читання по одній команді, потім знову до %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>обережний режим: по одній команді READ32 до кінця цього сеансу</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>знову одночасно READ32: %n</numerusform>
            <numerusform>знову одночасно READ32: %n</numerusform>
            <numerusform>знову одночасно READ32: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>Жодні два читання не збіглися в %n блоці (%1).</numerusform>
            <numerusform>Жодні два читання не збіглися в %n блоках (%1).</numerusform>
            <numerusform>Жодні два читання не збіглися в %n блоках (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>перевірено: для %n блоку знадобилися додаткові читання; два читання збігаються в кожному байті</numerusform>
            <numerusform>перевірено: для %n блоків знадобилися додаткові читання; два читання збігаються в кожному байті</numerusform>
            <numerusform>перевірено: для %n блоків знадобилися додаткові читання; два читання збігаються в кожному байті</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>увага: невідомий код чипа %1; MTreader знає MT6261 і MT6260. Продовжуємо.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>Діапазон виходить за кінець флеш-пам&apos;яті розміром %1: усе, що зчитано після %2, — копія початку флеш-пам&apos;яті, а не її продовження.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>повторне читання блоку за адресою %1 (спроба %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>перевірка: блок за адресою %1 зчитався інакше; виправлене значення підтверджено %2 читаннями, і тепер воно записане у файл</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>перевірка: блок за адресою %1 один раз зчитався інакше; збіг із файлом підтверджено %2 читаннями</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 — не звіт MTreader.</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>Прошивка:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>Розмір флеш-пам&apos;яті:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Чип флеш-пам&apos;яті:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Дані користувача:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Вміст:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Збере&amp;гти карту як зображення…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Зберегти карту флеш-пам&apos;яті як зображення</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Карта флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Кожна клітинка — 4 KiB флеш-пам&apos;яті, у рядку %1.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Вміст дампу невідомий: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Зберегти карту</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Не вдалося зберегти карту в %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Вихідний файл не вказано.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — це тека.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Не вдається записати в теку %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 уже існує.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Заважає частковий дамп %1: продовжте його або вилучіть.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>Для %1 нічого продовжувати: часткового файлу немає.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>Для %1 нічого продовжувати.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>Частковий дамп стосується діапазону %1, а не запитаного.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
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
        <translation>невідомо: поруч із файлом немає звіту</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файлу</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Помилок немає.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Дамп скасовано.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Під цільовим іменем нічого не записано.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>Параметри цього дампу неправильні.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Телефон не виявлено.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Вимкніть телефон, затисніть кнопку завантаження (зазвичай кнопку виклику) і підключіть кабель. Спробуйте інший кабель або USB-порт. У Windows установіть драйвер MediaTek VCOM. Деякі телефони треба підключати без акумулятора.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>Порту %1 немає (або він уже зник).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Перевірте назву порту або виберіть «Автоматично» і підключіть телефон, затиснувши кнопку завантаження.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>Немає прав на відкриття %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Закрийте інші програми, які можуть використовувати порт, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>%1 зайнятий іншою програмою.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager часто захоплює нові послідовні USB-порти: зупиніть його (sudo systemctl stop ModemManager) або встановіть правило udev з комплекту MTreader, яке велить йому не чіпати телефони MediaTek. Закрийте термінали послідовного порту й програми для прошивки, потім перепідключіть телефон.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Закрийте термінали послідовного порту, програми для прошивки та синхронізації телефонів, які можуть займати порт, потім перепідключіть телефон.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>Не вдалося відкрити порт %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Перепідключіть телефон. Якщо це повторюється, спробуйте інший USB-порт або кабель.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>Телефон відповів не так, як MediaTek BootROM.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Від&apos;єднайте телефон, вимкніть його, затисніть кнопку завантаження (зазвичай кнопку виклику) і підключіть знову; тримайте кнопку, доки не почнеться дамп. Спробуйте без акумулятора або з іншим кабелем. Переконайтеся, що порт справді належить телефону.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>Телефон перестав відповідати.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>Телефон надіслав неповну відповідь.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Перевірте кабель, потім перепідключіть телефон із затиснутою кнопкою завантаження і продовжте дамп.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>Телефон відповів неочікуваними байтами.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>З&apos;єднання ненадійне, або це не BootROM MT626x. Перепідключіть телефон і продовжте дамп; спробуйте інший кабель або USB-порт.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>Телефон повідомив про помилку.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Перепідключіть телефон із затиснутою кнопкою завантаження і продовжте дамп. Якщо помилка повторюється на тій самій адресі, цю частину флеш-пам&apos;яті таким способом прочитати неможливо.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>Телефон від&apos;єднався.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Кабель висмикнуто, або телефон перезавантажився чи втратив живлення. Усе зчитане збережено: щоб продовжити, перепідключіть телефон, затиснувши кнопку завантаження. Телефону без акумулятора потрібні добрий кабель і USB-порт.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Це не той телефон, з якого знято частковий дамп.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Підключіть той самий телефон, щоб продовжити його дамп, або почніть новий дамп для цього телефону.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Не вдалося зберегти дамп.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Виберіть теку, доступну для запису, і перевірте диск. Подробиці: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заповнений.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Звільніть місце або виберіть інший диск. Зчитані дані збережено, дамп можна продовжити.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Вихідний файл уже існує.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Виберіть інше ім&apos;я або дозвольте перезапис.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>Повторне читання не збіглося з першим: дамп ненадійний.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Продовжити дамп неможливо.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Неочікувана помилка.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Додайте себе до групи, якій належить порт, потім вийдіть із системи й увійдіть знову:
    sudo usermod -aG %1 $USER
Або встановіть правило udev з комплекту MTreader (60-mtreader.rules), яке надає користувачеві, що увійшов у систему, доступ до телефонів MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Перевірте кабель, потім перепідключіть телефон із затиснутою кнопкою завантаження і продовжте дамп. Якщо це повториться, виберіть менший розмір блоку або обережний режим.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Це телефон, з якого щойно знято дамп.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Він підключився знову, бо кнопку завантаження досі затиснуто. Відпустіть кнопку й від&apos;єднайте телефон, потім підключіть наступний.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Деякі блоки щоразу зчитуються по-різному, і жодні два читання не збіглися. Дамп збережено під іменем із позначкою «unverified». Перевірте кабель і USB-порт і зніміть дамп знову.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>Перепідключити телефон і продовжит&amp;и</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Показати журна&amp;л</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Що сталося</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Що робити далі</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Перепідключити телефон, щоб продовжити дамп</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Показати журнал із технічними подробицями</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Телефону надіслано команду перезавантаження: від&apos;єднайте його.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Якщо телефон ще підключений, від&apos;єднайте його: доти він залишається в BootROM.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Щоб продовжити, натисніть кнопку нижче і знову підключіть телефон (вимкнений, із затиснутою кнопкою завантаження). Дамп продовжиться з місця зупинки.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>Поле «%1» заповнене повністю, без ознаки кінця; значення може бути обрізане.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>Поле «%1» містить нетекстові байти.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>завантажувач</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>розширений завантажувач</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>образ MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>другий образ MAUI</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>код із підкачуванням на вимогу</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>третій ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>кастомні ресурси</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>мовний пакет</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>файлова система</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Заголовків file-info більше ніж %1: показано лише перші %1.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>ідентифікатор ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>Версія ROM info «%1» невідома MTreader (відомі v04–v09): поля можуть бути прочитані неправильно.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>ID платформи</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID проєкту</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>У ROM info вказано пристроїв флеш-пам&apos;яті: %1; вміщується не більше %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Заголовок file-info за адресою %1 обрізаний кінцем дампу.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>Заголовок file-info за адресою %1 має неправильний тип або розмір (%2 байтів).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Другий блок ROM info за адресою %1 пропущено.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>Блок ROM info за адресою %1 обрізаний кінцем дампу.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>стерто (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>нулі</translation>
    </message>
    <message>
        <source>data</source>
        <translation>дані</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>файл прошивки</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>дані користувача</translation>
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
        <translation>Довжина дорівнює нулю: читати нічого.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>Початок виходить за межі адресного простору телефону (4 GiB).</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>Діапазон виходить за межі адресного простору телефону (4 GiB).</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>Розмір блоку має бути кратним 4 байтам.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>Розмір блоку не може перевищувати 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>Діапазон сягає 0x10000000 або вище. Коли флеш-пам&apos;ять відображено, там розташовані ОЗП і регістри телефону, а не флеш-пам&apos;ять, і читання регістрів може порушити роботу телефону. Виберіть діапазон нижче 0x10000000 або дозвольте будь-яку адресу (у розділі «Додатково»; --any-address), якщо це справді потрібно.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Початок «%1» — не число. Використайте десяткове (4194304), шістнадцяткове (0x400000) число або розмір, наприклад 4M чи 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Довжина «%1» — не число. Використайте десяткове (4194304), шістнадцяткове (0x400000) число або розмір, наприклад 4M чи 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Скасовано користувачем.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>Розмір флеш-пам&apos;яті в телефону не запитувався.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Визначено за телефоном: флеш-пам&apos;ять повторюється після %1 (збігся %n контрольний блок).</numerusform>
            <numerusform>Визначено за телефоном: флеш-пам&apos;ять повторюється після %1 (збіглися %n контрольні блоки).</numerusform>
            <numerusform>Визначено за телефоном: флеш-пам&apos;ять повторюється після %1 (збіглися %n контрольних блоків).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>Флеш-пам&apos;ять телефону ніде не повторюється аж до 16 MiB, тому її розмір невідомий.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>Початок флеш-пам&apos;яті стертий (або однорідний), тому визначити її розмір не вдалося.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>Телефон не відповів на читання, що визначають розмір флеш-пам&apos;яті.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>Жоден із %n контрольного блоку по %1 у першому MiB не містить характерних даних.</numerusform>
            <numerusform>Жоден із %n контрольних блоків по %1 у першому MiB не містить характерних даних.</numerusform>
            <numerusform>Жоден із %n контрольних блоків по %1 у першому MiB не містить характерних даних.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Контрольні блоки повторюються кожні %1 або частіше: це повторюваний шаблон, а не зациклення адрес.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n контрольний блок, повторно прочитаний за адресою %1, збігся.</numerusform>
            <numerusform>%n контрольні блоки, повторно прочитані за адресою %1, збіглися.</numerusform>
            <numerusform>%n контрольних блоків, повторно прочитаних за адресою %1, збіглися.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n контрольний блок ніде не збігся аж до 16 MiB.</numerusform>
            <numerusform>%n контрольні блоки ніде не збіглися аж до 16 MiB.</numerusform>
            <numerusform>%n контрольних блоків ніде не збіглися аж до 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 з адреси %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Головне вікно</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Кілька телефонів</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командний рядок</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Діапазон</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Джерело</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>Історія дампів</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, прошивка або ім&apos;я файлу</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Пошук в історії за ME ID, прошивкою або ім&apos;ям файлу</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Спроби дампу, спершу нові</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Відкрити &amp;теку</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Відкрити теку вибраного дампу</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Відкрити &amp;звіт</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Відкрити звіт вибраного дампу</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Копіювати SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Копіювати SHA-256 вибраного дампу</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Продо&amp;вжити</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Продовжити вибраний частковий дамп</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Дочитує в той самий файл решту дампу, перерваного до кінця.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експорт у CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Експортувати показані спроби у файл CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n спроба</numerusform>
            <numerusform>%n спроби</numerusform>
            <numerusform>%n спроб</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Експорт історії</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Не вдалося зберегти історію в %1 (%2). Виберіть іншу теку і спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n спробу збережено в %1.</numerusform>
            <numerusform>%n спроби збережено в %1.</numerusform>
            <numerusform>%n спроб збережено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>не розпізнано (немає ROM info: прошивка зашифрована, не від MediaTek або це не дамп флеш-пам&apos;яті)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>версію не записано</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>не вказано в прошивці</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>невідомий виробник</translation>
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
        <translation>%1 за записом у прошивці. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>не записано в прошивці</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>з %1 по %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % стерто (%2), %3 % нулів</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>тип файлу %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 за адресою %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 за адресою %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Прошивку не розпізнано.</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>Прошивка %1.</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1.</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>Перевірено: повторне читання збіглося.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Збережено як %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Копіювати SHA-256 у буфер обміну</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 (%1)</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>Копіювати SHA-256 (%1)</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Вибрати вихідний файл</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Вихідний файл (%1)</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Вибрати вихідний файл (%1)</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Зберегти дамп як</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампи флеш-пам&apos;яті (*.bin);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>блоки по %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>читання двічі для перевірки</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>обережний режим</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Прод&amp;овжити</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустити</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Продовжити частковий дамп: знову підключіть той самий телефон</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готове до запуску</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Порт завдання %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>Що читає %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Перебіг виконання: %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Продовжити %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Запустити %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Скасувати %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Вилучити %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Не запущено</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Уся флеш-пам&apos;ять, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Уся флеш-пам&apos;ять</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 збережено в %2: знову підключіть той самий телефон і натисніть «Продовжити», щоб дочитати решту.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 з %2 збережено в %3: знову підключіть той самий телефон і натисніть «Продовжити», щоб дочитати решту.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>завдання %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Продовження дампу в %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Дамп усієї флеш-пам&apos;яті в %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Етап: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Готово: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 з адреси %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Дамп %1 з адреси %2 у %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>Діапазон у головному вікні задано неправильно: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Спершу виберіть, куди зберегти цей дамп.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Інше завдання вже використовує «Автоматично», а цей варіант займає перший телефон MediaTek. Виберіть порт для цього завдання.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Інше завдання вже знімає дамп через %1. Виберіть інший порт для цього завдання.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Інше завдання вже записує %1. Виберіть інше ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>Головне вікно вже знімає дамп (порт: %1). Виберіть інший порт для цього завдання.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>Головне вікно вже записує %1. Виберіть інше ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 уже існує. Виберіть інше ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Частковий дамп %1 уже існує. Виберіть інше ім&apos;я файлу або продовжте його в головному вікні.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Зупинити дампи?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>Ще виконується %n дамп. Зупинити і закрити це вікно? Зчитані дані збережуться як частковий файл, і дамп можна буде продовжити пізніше.</numerusform>
            <numerusform>Ще виконуються %n дампи. Зупинити їх і закрити це вікно? Зчитані дані збережуться як часткові файли, і дампи можна буде продовжити пізніше.</numerusform>
            <numerusform>Ще виконується %n дампів. Зупинити їх і закрити це вікно? Зчитані дані збережуться як часткові файли, і дампи можна буде продовжити пізніше.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Зупинення дампів…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — кілька телефонів одночасно</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Кожен рядок зчитує один телефон через власний порт, усі одночасно. Що і як читати, береться з головного вікна, коли рядок запускається.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Додати завдання</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Новий рядок ще для одного телефону</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Куди зберегти</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що читати</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Перебіг виконання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 — це тека. Виберіть ім&apos;я файлу для дампу.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader не може зберігати в теку %1. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Це завдання вже виконується.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Запустити всі: запущено %1 з %n завдання.</numerusform>
            <numerusform>Запустити всі: запущено %1 з %n завдань.</numerusform>
            <numerusform>Запустити всі: запущено %1 з %n завдань.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Немає завдань, готових до запуску: усі виконуються або завершені. Додайте завдання для наступного телефону або натисніть «Запустити» в рядку, щоб зняти там дамп іншого телефону.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>Запущено %1 з %n завдання. Не запущено:</numerusform>
            <numerusform>Запущено %1 з %n завдань. Не запущено:</numerusform>
            <numerusform>Запущено %1 з %n завдань. Не запущено:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Завдання %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Запустити &amp;всі</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Запустити всі готові завдання і продовжити всі, у яких залишився частковий дамп</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Копіювати журнал</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Зберегти журнал…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Копіювати журнал</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Зберегти журнал у файл</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Очистити журнал</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Зберегти журнал</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстові файли (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Не вдалося зберегти журнал у %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Зняти д&amp;амп</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Скасувати дамп</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Зняти дамп із &amp;кількох телефонів одночасно…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Спробувати на віртуальному телефоні</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;Про MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>Відкрити &amp;дамп…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>&amp;Журнал</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — читання флеш-пам&apos;яті MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>Про MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Зчитує флеш-пам&apos;ять кнопкових телефонів MediaTek MT6261 і MT6260 через USB-порт BootROM, не розбираючи телефон.&lt;/p&gt;&lt;p&gt;Передано в суспільне надбання (Unlicense): вільно використовуйте, копіюйте та змінюйте.&lt;/p&gt;&lt;p&gt;Дякуємо оригінальному MTreader, проєкту fernly за нотатки про BootROM MT6260 і mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Зупинити дамп?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Триває дамп. Зупинити його й вийти? Зчитані дані збережуться як частковий файл, і дамп можна буде продовжити пізніше.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Зупинення дампу…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Демо: після натискання «Зняти дамп» віртуальний MT6261 підключиться через %1 с.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Відкрити дамп</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампи флеш-пам&apos;яті (*.bin);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Вихідний файл</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>Дамп записується сюди. Для кожного дампу створюється нове ім&apos;я, доки ви не виберете власне.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Вибрати вихідний файл</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Зберегти дамп як</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампи флеш-пам&apos;яті (*.bin);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>%1 уже записується іншим дампом.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Не вдається створити %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>Не вдається повторно відкрити %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>Не вдається обрізати %1 до перевіреної частини: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Не вдається перечитати %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>Не вдається перейти до позиції в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Не вдається записати в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Не вдається скинути буфери %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Не вдається синхронізувати %1 з диском: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 уже існує; дамп залишається в %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Не вдається перейменувати %1 на %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>невідомий (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Виберіть порт або введіть шлях</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>«Автоматично» знаходить телефон за його USB ID. Можна також вибрати порт або ввести шлях, наприклад /dev/ttyUSB0 чи COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Автоматично — перший телефон MediaTek (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Перебіг виконання</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Чип:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версії:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>поки невідомо</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Тримайте кнопку завантаження, доки не почнеться читання.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Тепер кнопку можна відпустити. Не від&apos;єднуйте телефон.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Усе зчитується повторно для порівняння. Не від&apos;єднуйте телефон.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>Дамп збережено. Перезавантаження телефону.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 з %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>завершення</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Флеш-пам&apos;ять:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 з адреси %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>апаратна %1, програмна %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Власний діапазон</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Діапазон читання</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Початкова адреса</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Довжина в байтах</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Десяткове (4194304) або шістнадцяткове (0x400000) число</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Початок як розмір</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Довжина як розмір</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Помилка діапазону</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Поча&amp;ток:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Довжи&amp;на:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Уся флеш-пам&apos;ять (розмір визначається за телефоном)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 від початку</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>Телефони MT6261 мають 4, 8 або 16 MiB флеш-пам&apos;яті. Типово зчитується вся флеш-пам&apos;ять: MTreader визначає її розмір за телефоном.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>визначається за телефоном</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Не вдається прочитати файл продовження %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 — не файл продовження.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>Файл продовження %1 пошкоджений.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Це інший телефон: його чип — %1, а частковий дамп знято з %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Це інший телефон: його ME ID — %1, а частковий дамп знято з %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Не вдається відкрити %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 заблоковано іншою програмою.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>З цього телефону вже знімали дамп: %1, у %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Продовжувати з наступним телефоном</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Що читати</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Куди зберегти</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Зняти д&amp;амп</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Зняти дамп флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ска&amp;сувати</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Скасувати дамп</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Запустіть, потім підключіть телефон, коли з&apos;явиться запит (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Перев&amp;ірка</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Перевірка повторним читанням</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Зчитує все вдруге й порівнює; блоки, що не збігаються, перечитуються, доки два читання не збіжаться. Триває приблизно вдвічі довше.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Серійний ре&amp;жим</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Для партії телефонів: після кожного чекати на наступний. Кожен дамп отримує власне ім&apos;я файлу в тій самій теці.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Звук і сповіщення для кожного телефону</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Звук і сповіщення, коли телефон готовий</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Жоден файловий менеджер не відкрив теку. Дамп міститься тут:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Копіювати шлях</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Серійний режим: знято %n дамп</numerusform>
            <numerusform>Серійний режим: знято %n дампи</numerusform>
            <numerusform>Серійний режим: знято %n дампів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n зі збоєм</numerusform>
            <numerusform>%n зі збоєм</numerusform>
            <numerusform>%n зі збоєм</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Телефони цього сеансу, спершу нові</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>телефон не розпізнано</translation>
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
        <translation>Виберіть, що читати і куди зберегти, потім натисніть «Зняти дамп». Далі MTreader підкаже, як підключити телефон, і сам його знайде.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Вимкніть телефон. Затисніть кнопку завантаження (зазвичай кнопку виклику) і підключіть USB-кабель.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово до роботи</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Очікування телефону</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Телефон розпізнано</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Читання флеш-пам&apos;яті</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Перезавантаження телефону</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Збій</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Не вказано вихідний файл</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Спершу виберіть, куди зберегти дамп.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Теку не знайдено</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>Теки %1 не існує. Виберіть інше місце кнопкою «Зберегти як».</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Це тека</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 — це тека. Виберіть ім&apos;я файлу для дампу кнопкою «Зберегти як».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 уже існує. Замінити його новим дампом?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Продовжити попередній дамп?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Частковий дамп %1 уже існує. Продовжити його з тим самим телефоном?

Щоб почати заново, виберіть інше ім&apos;я файлу.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>У цю теку не можна записувати</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader не може зберігати в %1: %2. Перед підключенням телефону виберіть іншу теку кнопкою «Зберегти як».</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>вимірювання швидкості</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>оцінка часу, що лишився</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>лишилося близько %n с</numerusform>
            <numerusform>лишилося близько %n с</numerusform>
            <numerusform>лишилося близько %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>лишилося %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, апаратна версія %2, програмна версія %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Незавершені дампи: підключіть той самий телефон і продовжте з місця зупинки.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: зчитано %2 з %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: зчитано %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Продовж&amp;ити</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Продовжити дамп у %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Не вдається перечитати %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>Не вдається виправити %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>неправильна несправність «%1»: очікується ТИП[@ЗСУВ][xКІЛЬКІСТЬ]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>невідома несправність «%1»; доступні: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>неправильний зсув несправності «%1»</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>неправильна кількість повторів несправності «%1»</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Віртуальний телефон MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>Віртуального порту %1 немає.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>Віртуальний порт %1 зараз не підключений.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>Віртуальний порт %1 уже відкрито.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>Віртуальний телефон зник: він завантажився у звичайному режимі, бо рукостискання не надійшло вчасно</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>Віртуальний телефон зник після програмного перезавантаження</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>Віртуальний телефон зник після перезавантаження за сторожовим таймером</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>Віртуальний телефон зник: він втратив живлення</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>Віртуальний телефон зник: його кабель висмикнуто</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>Віртуальний телефон зник: його від&apos;єднали</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>Віртуальний телефон зник</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Малюнок: телефон із пальцем на кнопці виклику та USB-кабель</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Деякі телефони, наприклад MT6260 виробництва Nokia, треба підключати без акумулятора: вийміть його, підключіть кабель і поверніть акумулятор на місце лише після дампу.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Очікування будь-якого телефону MediaTek (USB ID 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Очікування %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Від&apos;єднайте телефон, з якого щойно знято дамп, і підключіть наступний: вимкнений, із затиснутою кнопкою завантаження (зазвичай кнопкою виклику).</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>ТРИМАЙТЕ</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Усе одно зняти дамп &amp;ще раз</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Зняти дамп із того самого телефону ще раз</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Це телефон, з якого ви щойно зняли дамп (ME ID %1): він підключився знову, бо кнопку завантаження досі затиснуто. Відпустіть кнопку й від&apos;єднайте телефон, потім підключіть наступний.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Зчитує флеш-пам&apos;ять кнопкових телефонів MediaTek MT6261/MT6260 через USB-порт BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Одразу почати дамп із вбудованим віртуальним телефоном (як «Довідка &gt; Спробувати на віртуальному телефоні», потім «Зняти дамп»).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>тип[@зсув][xкількість]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: неправильний --demo-fault %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Відкрити «Файл &gt; Зняти дамп із кількох телефонів одночасно» з такою кількістю віртуальних телефонів, з яких одночасно знімається дамп.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Показати вікно цією мовою лише під час цього запуску, наприклад ru, ar або zh_CN (en — англійська). «Вигляд &gt; Мова» вибирає мову назавжди.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: невідома мова %1; доступні: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs приймає число від 1 до 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>З --demo: віртуальний телефон імітує цю несправність, наприклад cable-pulled@0x100000 або error-status@0x80000x3 (три рази; x0 — завжди). Можна вказати кілька разів.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>З --demo: розмір флеш-пам&apos;яті віртуального телефону, 4M, 8M або 16M (типово 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash приймає 4M, 8M або 16M</translation>
    </message>
</context>
</TS>
