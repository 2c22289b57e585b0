<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Дополн&amp;ительно</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Показать дополнительные параметры</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (не проверено на реальных телефонах)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Размер блока</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Сколько данных запрашивается одной командой чтения. Оригинальная программа использовала 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Осторожный режим</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Размер &amp;блока:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Осторожный режи&amp;м</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Ждёт каждого ответа, прежде чем запрашивать следующий. Медленнее; для телефонов, на которых дамп постоянно срывается.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>Л&amp;юбой адрес</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Разрешает диапазоны от %1 и выше: это ОЗУ и регистры, а не флеш-память.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Разрешить любой адрес</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Неверное эхо команды %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Неверное эхо адреса команды %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Неверное эхо счётчика команды %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Неверное эхо значения команды %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Статус ошибки %1 после команды %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Неожиданный статус %1 после команды %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Статус ошибки %1 после данных %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Неожиданный статус %1 после данных %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Статус ошибки %1 после значения %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Неожиданный статус %1 после значения %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Отменено пользователем.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Не удалось записать в порт: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Нет ответа в течение %1 мс; ожидался %n байт.</numerusform>
            <numerusform>Нет ответа в течение %1 мс; ожидалось %n байта.</numerusform>
            <numerusform>Нет ответа в течение %1 мс; ожидалось %n байт.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Пришло только %1 из %n байта, затем тишина.</numerusform>
            <numerusform>Пришло только %1 из %n байт, затем тишина.</numerusform>
            <numerusform>Пришло только %1 из %n байт, затем тишина.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>Порт пропал: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>BootROM не ответил после %n попытки за %1 мс.</numerusform>
            <numerusform>BootROM не ответил после %n попыток за %1 мс.</numerusform>
            <numerusform>BootROM не ответил после %n попыток за %1 мс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Неожиданная длина ME ID: %1.</translation>
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
        <translation>Коды возврата:
  0    дамп сохранён (и проверен, если указан --verify)
  1    непредвиденная внутренняя ошибка
  2    ошибка использования: неверные аргументы, диапазон или размер блока
  3    нет телефона: порт не появился вовремя или никто не ответил как BootROM
  4    доступ к порту: нет прав, порт занят или не открывается
  5    ошибка протокола: телефон перестал отвечать, ответил неверно,
       отключился, или дамп не удалось продолжить или проверить
  6    ошибка вывода: FILE существует (используйте --force), не записывается, диск заполнен
  130  отменено через Ctrl-C или SIGTERM
После кода 5 или 130 рядом с FILE обычно остаётся частичный дамп;
чтобы продолжить его, запустите ту же команду с --resume.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1: нужно число секунд, например 30 или 0.5, а не «%2».</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Последовательный порт телефона (/dev/ttyACM0, COM5), путь, который появляется при подключении телефона, или &quot;auto&quot; для первого порта MediaTek BootROM (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>Файл, в который сохраняется дамп.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Байт на одну команду READ32 (по умолчанию %1; на телефонах проверены 1024 и 4096).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Сколько секунд ждать появления порта телефона (по умолчанию — пока не нажато Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Сколько секунд пытаться выполнить рукопожатие с BootROM после открытия порта (по умолчанию %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Не перезагружать телефон после дампа.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>Вывести результат одним JSON-объектом в stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Перезаписать FILE, если он существует.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Продолжить частичный дамп того же диапазона и телефона (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Считать всё дважды и сравнить.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>Выводить каждый шаг сеанса.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Слишком много аргументов: ожидаются PORT FILE START LENGTH; «%1» — лишний.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE пуст: укажите имя файла для сохранения дампа.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>Размер блока «%1» — не число.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline: нужно число от 1 до %1, а не «%2».</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout должен быть больше нуля.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Ожидание телефона MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Ожидание телефона на %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Проверка: повторное чтение диапазона…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Перезагрузка телефона…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Порт %1 открыт; рукопожатие с BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Подключено: %1, hw %2, sw %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Внимание: это не MT6261 и не MT6260; дамп продолжается, но проверьте результат.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, проверено повторным чтением</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Сохранено: %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Сохранено: %1 (%2) за %3 с, %4 KiB/s%5.
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
        <translation>Телефон не перезагружен (--no-reset): отключите его, чтобы выключить.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>Перезагрузка не подтверждена: отключите телефон.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>Файл %1 не изменён. Чтобы перезаписать его, добавьте --force.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>Результат первого чтения сохранён как %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Считанные данные сохранены в %1 (%2). Чтобы продолжить с места остановки, переподключите телефон с зажатой кнопкой загрузки и выполните:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Ошибка: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Подробности: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Примечание: размер блока %1 не проверен на реальных телефонах (проверены 1024 и 4096). Если дамп не удастся, попробуйте -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>Дамп не удался по неизвестной причине.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Осторожный режим: ждать каждого ответа, как оригинальная программа (то же, что --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful и --pipeline %1 противоречат друг другу.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>сбой (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Использование: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
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
        <translation>Диапазон</translation>
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
        <translation>Показывает дампы, записанные в историю дампов, начиная с новых.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>Вывести попытки одним JSON-массивом в stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Только попытки на телефоне, ME ID которого начинается с ID (шестнадцатеричное).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Только попытки, начатые в DATE или позже (2026-11-30 или 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history не принимает аргументов; «%1» — лишний.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id: нужны шестнадцатеричные цифры, например 3A7F, а не «%1».</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since: нужна дата, например 2026-11-30 или 2026-11-30T14:00, а не «%1».</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>В %1 нет записанных дампов.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Показывает, что содержит дамп: прошивку, чип флеш-памяти, пользовательские данные, содержимое.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Файл дампа, созданный MTreader или другой программой.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>Вывести одним JSON-объектом.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Сохранить карту флеш-памяти в PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Адрес первого байта дампа во флеш-памяти (по умолчанию — из его отчёта, иначе 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Использование: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start: нужен адрес меньше 4 GiB, например 0 или 0x100000, а не «%1».
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Не удаётся прочитать %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Не удаётся сохранить карту в %1.
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
        <translation>неизвестно: рядом с файлом нет отчёта</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Размер флеш-памяти</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Чип флеш-памяти</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Пользовательские данные</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Файл прошивки</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Сколько команд READ32 отправлять, не дожидаясь ответа, от 1 до %1 (по умолчанию — столько, сколько нужно каналу).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Разрешить диапазон от 0x10000000 и выше (ОЗУ и регистры телефона, а не флеш-память).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Не анализировать дамп: не создавать FILE.report.json и не определять размер флеш-памяти, если диапазон задан полностью.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Не записывать этот дамп в историю дампов (см. mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Считывает флеш-память кнопочного телефона MediaTek MT6261/MT6260 через USB-порт BootROM
и сохраняет её в FILE: всю флеш-память (размер определяется по телефону) или LENGTH байт
с адреса START. START и LENGTH — десятичные (4194304), шестнадцатеричные (0x400000) числа или размеры (4M).
Рядом с дампом записывается отчёт о его содержимом (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] показывает, что содержит существующий дамп.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Первый адрес флеш-памяти для чтения, например 0 (необязательно).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Сколько байт читать, например 0x400000 или 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Не хватает аргументов: ожидаются PORT FILE или PORT FILE START LENGTH; получено: %n.</numerusform>
            <numerusform>Не хватает аргументов: ожидаются PORT FILE или PORT FILE START LENGTH; получено: %n.</numerusform>
            <numerusform>Не хватает аргументов: ожидаются PORT FILE или PORT FILE START LENGTH; получено: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>Флеш-память: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>Использование: mtreader-cli [параметры] PORT FILE [START LENGTH]
Параметры и коды возврата: mtreader-cli --help.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Чтение %1 с адреса %2 в %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Демо: виртуальный телефон подключится сам. Его дампы сохраняются в %1, отдельно от настоящих.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>Ра&amp;змер флеш-памяти:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Размер флеш-памяти виртуального телефона</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Показать в папк&amp;е</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Готово: дамп сохранён</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Сохранённый файл</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 дампа</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Копировать SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Показать дамп в папке</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Снять дамп другого телефона</translation>
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
        <translation>Проверено: повторное чтение совпало байт в байт.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Телефону отправлена команда перезагрузки; его можно отключить.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Отключите телефон.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>Открыть &amp;отчёт</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Снять дамп дру&amp;гого телефона</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Открыть отчёт, записанный рядом с дампом</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>не удалось перечитать дамп</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>считано за %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>считано за %1 всего, из них %2 сейчас (продолжено после %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 байт) с адреса %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>Поток дампа завершился без результата.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Ожидалось %1, ничего не получено.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Ожидалось %1, получено %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Последние полученные байты: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>Смещение во флеш-памяти: %1.</translation>
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
        <translation>всей флеш-памяти</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (продолжение)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Демо: виртуальный телефон %1 подключится через %2 с</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Серийный режим: ожидание следующего телефона</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Ожидание следующего телефона остановлено.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Сохранено: %1, SHA-256 %2</translation>
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
        <translation>всей флеш-памяти</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>%1 из %2 сохранено в %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>Сбой на последнем телефоне: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Сохранено: %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Дамп %1 с адреса %2 в %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>История дампов %1 занята другой программой, поэтому последний дамп хранится в памяти и будет записан, как только файл освободится. Дампы снимаются как обычно.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>История дампов %1 записана более новой версией MTreader, поэтому эта версия в неё не пишет. Дампы снимаются как обычно; чтобы посмотреть историю, используйте новую версию.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Историю дампов вести невозможно: нет драйвера SQLite для Qt (пакет libqt6sql6-sqlite). Дампы снимаются как обычно, но в этом сеансе не записываются.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Не удалось записать историю дампов в %1, поэтому в этом сеансе дампы не записываются. Дампы снимаются как обычно; проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Файл истории дампов был повреждён. Он сохранён как %1, а новая история начата в %2. Дампы снимаются как обычно.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Не удалось записать файл истории дампов. Он сохранён как %1, а новая история начата в %2. Дампы снимаются как обычно.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>Дамп не начинается с SF_BOOT: возможно, неверен порядок байтов или отображение памяти, либо прошивка не от MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Прошивка не распознана: в дампе нет блока ROM info (прошивка зашифрована или не от MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>По записи в прошивке размер флеш-памяти — %1, но флеш-память телефона повторяется после %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>Прошивка размещает пользовательские данные с %1 по %2, за концом флеш-памяти (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>пользовательские данные</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>Область пользовательских данных заканчивается на %1, а не в конце флеш-памяти (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>тип файла %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>Файл «%1» по адресу %2 заявляет размер %3, что выходит за конец флеш-памяти.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>рукопожатие с BootROM уже было выполнено</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>рукопожатие с BootROM выполнено</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, аппаратная версия %2, программная версия %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>открыт порт %1</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>продолжение с байта %1 из %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>сохранено %1 проверенных байт в %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>сохранено: %1 (%2 байт), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>внимание: перезагрузка не подтверждена (%1); отключите телефон</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>повторно прочитан %n блок; все данные считаны и проверены</numerusform>
            <numerusform>повторно прочитаны %n блока; все данные считаны и проверены</numerusform>
            <numerusform>повторно прочитано %n блоков; все данные считаны и проверены</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>проверено: повторное чтение совпадает байт в байт</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Отменено во время ожидания телефона.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>Порт телефона не появился в течение %1 с.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Телефон, с которого только что сняли дамп (ME ID %1), подключился снова.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>телефону отправлена команда перезагрузки</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>телефон не принял команду перезагрузки (%1): отключите его</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>определение размера флеш-памяти</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Читается %2 — максимум для телефона MT626x; чтобы прочитать меньше, выберите размер.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>Размер флеш-памяти этого телефона — %1, а частичный дамп рассчитан на %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>Флеш-память отличается от частичного дампа по адресу %1: это не та флеш-память, с которой снят частичный дамп.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>Дамп сохранён как %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>внимание: не удалось перечитать дамп, чтобы определить его содержимое: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>прошивка %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>прошивка не распознана</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>внимание: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>отчёт: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>внимание: не удалось записать отчёт в %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>канал: задержка %1 мс, %2 MB/s; одновременно READ32: %n</numerusform>
            <numerusform>канал: задержка %1 мс, %2 MB/s; одновременно READ32: %n</numerusform>
            <numerusform>канал: задержка %1 мс, %2 MB/s; одновременно READ32: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>канал: задержка %1 мс, скорость не измерена; одновременно READ32: %n</numerusform>
            <numerusform>канал: задержка %1 мс, скорость не измерена; одновременно READ32: %n</numerusform>
            <numerusform>канал: задержка %1 мс, скорость не измерена; одновременно READ32: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>сбой при %1 одновременных READ32: чтение по одной команде, затем снова до %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>осторожный режим: по одной команде READ32 до конца этого сеанса</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>снова одновременно READ32: %n</numerusform>
            <numerusform>снова одновременно READ32: %n</numerusform>
            <numerusform>снова одновременно READ32: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>Никакие два чтения не совпали в %n блоке (%1).</numerusform>
            <numerusform>Никакие два чтения не совпали в %n блоках (%1).</numerusform>
            <numerusform>Никакие два чтения не совпали в %n блоках (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>проверено: для %n блока понадобились дополнительные чтения; два чтения совпадают в каждом байте</numerusform>
            <numerusform>проверено: для %n блоков понадобились дополнительные чтения; два чтения совпадают в каждом байте</numerusform>
            <numerusform>проверено: для %n блоков понадобились дополнительные чтения; два чтения совпадают в каждом байте</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>внимание: неизвестный код чипа %1; MTreader знает MT6261 и MT6260. Продолжаем.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>Диапазон выходит за конец флеш-памяти размером %1: всё, что считано после %2, — копия начала флеш-памяти, а не её продолжение.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>повторное чтение блока по адресу %1 (попытка %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>проверка: блок по адресу %1 прочитался иначе; исправленное значение подтверждено %2 чтениями и теперь записано в файл</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>проверка: блок по адресу %1 один раз прочитался иначе; совпадение с файлом подтверждено %2 чтениями</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 — не отчёт MTreader.</translation>
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
        <translation>Размер флеш-памяти:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Чип флеш-памяти:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Пользовательские данные:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Сохранить карт&amp;у как изображение…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Сохранить карту флеш-памяти как изображение</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Карта флеш-памяти</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Каждая клетка — 4 KiB флеш-памяти, в строке %1.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Содержимое дампа неизвестно: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Сохранить карту</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Не удалось сохранить карту в %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Выходной файл не указан.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 — это папка.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Не удаётся записать в папку %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 уже существует.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Мешает частичный дамп %1: продолжите его или удалите.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>Для %1 нечего продолжать: частичного файла нет.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>Для %1 нечего продолжать.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>Частичный дамп относится к диапазону %1, а не к запрошенному.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
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
        <translation>неизвестно: рядом с файлом нет отчёта</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файла</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Ошибок нет.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Дамп отменён.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Под целевым именем ничего не записано.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>Параметры этого дампа неверны.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Телефон не обнаружен.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Выключите телефон, зажмите кнопку загрузки (обычно кнопку вызова) и подключите кабель. Попробуйте другой кабель или USB-порт. В Windows установите драйвер MediaTek VCOM. Некоторые телефоны нужно подключать без аккумулятора.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>Порта %1 нет (или он уже исчез).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Проверьте имя порта или выберите «Автоматически» и подключите телефон с зажатой кнопкой загрузки.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>Нет прав на открытие %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Закройте другие программы, которые могут использовать порт, и повторите попытку.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>%1 занят другой программой.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager часто захватывает новые последовательные USB-порты: остановите его (sudo systemctl stop ModemManager) или установите правило udev из комплекта MTreader, которое велит ему не трогать телефоны MediaTek. Закройте терминалы последовательного порта и программы для прошивки, затем переподключите телефон.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Закройте терминалы последовательного порта, программы для прошивки и синхронизации телефонов, которые могут занимать порт, затем переподключите телефон.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>Не удалось открыть порт %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Переподключите телефон. Если это повторяется, попробуйте другой USB-порт или кабель.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>Телефон ответил не так, как MediaTek BootROM.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Отключите телефон, выключите его, зажмите кнопку загрузки (обычно кнопку вызова) и подключите снова; держите кнопку, пока не начнётся дамп. Попробуйте без аккумулятора или с другим кабелем. Убедитесь, что порт действительно принадлежит телефону.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>Телефон перестал отвечать.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>Телефон прислал неполный ответ.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Проверьте кабель, затем переподключите телефон с зажатой кнопкой загрузки и продолжите дамп.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>Телефон ответил неожиданными байтами.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>Соединение ненадёжно, или это не BootROM MT626x. Переподключите телефон и продолжите дамп; попробуйте другой кабель или USB-порт.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>Телефон сообщил об ошибке.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Переподключите телефон с зажатой кнопкой загрузки и продолжите дамп. Если ошибка повторяется на том же адресе, эту часть флеш-памяти таким способом прочитать нельзя.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>Телефон отключился.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Кабель выдернут, либо телефон перезагрузился или потерял питание. Всё считанное сохранено: чтобы продолжить, переподключите телефон с зажатой кнопкой загрузки. Телефону без аккумулятора нужны хороший кабель и USB-порт.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Это не тот телефон, с которого снят частичный дамп.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Подключите тот же телефон, чтобы продолжить его дамп, или начните новый дамп для этого телефона.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Не удалось сохранить дамп.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Выберите папку, доступную для записи, и проверьте диск. Подробности: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Освободите место или выберите другой диск. Считанные данные сохранены, дамп можно продолжить.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Выходной файл уже существует.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Выберите другое имя или разрешите перезапись.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>Повторное чтение не совпало с первым: дамп ненадёжен.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Продолжить дамп невозможно.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Добавьте себя в группу, которой принадлежит порт, затем выйдите из системы и войдите снова:
    sudo usermod -aG %1 $USER
Или установите правило udev из комплекта MTreader (60-mtreader.rules), которое даёт пользователю, вошедшему в систему, доступ к телефонам MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Проверьте кабель, затем переподключите телефон с зажатой кнопкой загрузки и продолжите дамп. Если это повторится, выберите меньший размер блока или осторожный режим.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Это телефон, с которого только что сняли дамп.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Он подключился снова, потому что кнопка загрузки всё ещё зажата. Отпустите кнопку и отключите телефон, затем подключите следующий.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Некоторые блоки каждый раз читаются по-разному, и никакие два чтения не совпали. Дамп сохранён под именем с пометкой «unverified». Проверьте кабель и USB-порт и снимите дамп снова.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>Переподключить телефон и продол&amp;жить</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>Показать журна&amp;л</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Что делать дальше</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Переподключить телефон, чтобы продолжить дамп</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Показать журнал с техническими подробностями</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Телефону отправлена команда перезагрузки: отключите его.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Если телефон ещё подключён, отключите его: до этого он остаётся в BootROM.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Чтобы продолжить, нажмите кнопку ниже и снова подключите телефон (выключенный, с зажатой кнопкой загрузки). Дамп продолжится с места остановки.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>Поле «%1» заполнено целиком, без признака конца; значение может быть обрезано.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>Поле «%1» содержит нетекстовые байты.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>загрузчик</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>расширенный загрузчик</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>образ MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>второй образ MAUI</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>код с подкачкой по требованию</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>третий ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>кастомные ресурсы</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>языковой пакет</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>файловая система</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Заголовков file-info больше %1: показаны только первые %1.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>идентификатор ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>Версия ROM info «%1» неизвестна MTreader (известны v04–v09): поля могут быть прочитаны неверно.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>ID платформы</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>В ROM info указано устройств флеш-памяти: %1; помещается не более %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Заголовок file-info по адресу %1 обрезан концом дампа.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>У заголовка file-info по адресу %1 неверный тип или размер (%2 байт).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Второй блок ROM info по адресу %1 пропущен.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>Блок ROM info по адресу %1 обрезан концом дампа.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>стёрто (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>нули</translation>
    </message>
    <message>
        <source>data</source>
        <translation>данные</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>файл прошивки</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>пользовательские данные</translation>
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
        <translation>Длина равна нулю: читать нечего.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>Начало выходит за пределы адресного пространства телефона (4 GiB).</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>Диапазон выходит за пределы адресного пространства телефона (4 GiB).</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>Размер блока должен быть кратен 4 байтам.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>Размер блока не может превышать 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>Диапазон доходит до 0x10000000 или выше. Когда флеш-память отображена, там находятся ОЗУ и регистры телефона, а не флеш-память, и чтение регистров может нарушить работу телефона. Выберите диапазон ниже 0x10000000 или разрешите любой адрес (в разделе «Дополнительно»; --any-address), если это действительно нужно.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Начало «%1» — не число. Используйте десятичное (4194304), шестнадцатеричное (0x400000) число или размер, например 4M или 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Длина «%1» — не число. Используйте десятичное (4194304), шестнадцатеричное (0x400000) число или размер, например 4M или 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Отменено пользователем.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>Размер флеш-памяти у телефона не запрашивался.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Определено по телефону: флеш-память повторяется после %1 (совпал %n контрольный блок).</numerusform>
            <numerusform>Определено по телефону: флеш-память повторяется после %1 (совпали %n контрольных блока).</numerusform>
            <numerusform>Определено по телефону: флеш-память повторяется после %1 (совпали %n контрольных блоков).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>Флеш-память телефона нигде не повторяется вплоть до 16 MiB, поэтому её размер неизвестен.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>Начало флеш-памяти стёрто (или однородно), поэтому определить её размер не удалось.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>Телефон не ответил на чтения, определяющие размер флеш-памяти.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>Ни один из %n контрольного блока по %1 в первом MiB не содержит отличительных данных.</numerusform>
            <numerusform>Ни один из %n контрольных блоков по %1 в первом MiB не содержит отличительных данных.</numerusform>
            <numerusform>Ни один из %n контрольных блоков по %1 в первом MiB не содержит отличительных данных.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Контрольные блоки повторяются каждые %1 или чаще: это повторяющийся шаблон, а не зацикливание адресов.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n контрольный блок, повторно прочитанный по адресу %1, совпал.</numerusform>
            <numerusform>%n контрольных блока, повторно прочитанные по адресу %1, совпали.</numerusform>
            <numerusform>%n контрольных блоков, повторно прочитанных по адресу %1, совпали.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n контрольный блок нигде не совпал вплоть до 16 MiB.</numerusform>
            <numerusform>%n контрольных блока нигде не совпали вплоть до 16 MiB.</numerusform>
            <numerusform>%n контрольных блоков нигде не совпали вплоть до 16 MiB.</numerusform>
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
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Не завершено</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с адреса %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Главное окно</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Несколько телефонов</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Командная строка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
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
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>История дампов</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, прошивка или имя файла</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Поиск в истории по ME ID, прошивке или имени файла</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Попытки дампа, сначала новые</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Открыть папку выбранного дампа</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Открыть &amp;отчёт</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Открыть отчёт выбранного дампа</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Копировать SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Копировать SHA-256 выбранного дампа</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Про&amp;должить</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Продолжить выбранный частичный дамп</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Дочитывает в тот же файл остаток дампа, прерванного до конца.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Экспортировать показанные попытки в файл CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n попытка</numerusform>
            <numerusform>%n попытки</numerusform>
            <numerusform>%n попыток</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Экспорт истории</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Не удалось сохранить историю в %1 (%2). Выберите другую папку и повторите попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n попытка сохранена в %1.</numerusform>
            <numerusform>%n попытки сохранены в %1.</numerusform>
            <numerusform>%n попыток сохранено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>не распознана (нет ROM info: прошивка зашифрована, не от MediaTek или это не дамп флеш-памяти)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>версия не записана</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>не указан в прошивке</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>неизвестный производитель</translation>
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
        <translation>%1 по записи в прошивке. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>не записаны в прошивке</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>с %1 по %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % стёрто (%2), %3 % нулей</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>тип файла %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 по адресу %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 по адресу %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Прошивка не распознана.</translation>
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
        <translation>Проверено: повторное чтение совпало.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Сохранено как %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Копировать SHA-256 в буфер обмена</translation>
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
        <translation>Копировать SHA-256 (%1)</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Выбрать выходной файл</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Выходной файл (%1)</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Выбрать выходной файл (%1)</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Сохранить дамп как</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампы флеш-памяти (*.bin);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>блоки по %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>чтение дважды для проверки</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>осторожный режим</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Прод&amp;олжить</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Продолжить частичный дамп: снова подключите тот же телефон</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово к запуску</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Порт задания %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>Что читает %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Ход выполнения: %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Продолжить %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Запустить %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
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
        <translation>Вся флеш-память, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Вся флеш-память</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 сохранено в %2: снова подключите тот же телефон и нажмите «Продолжить», чтобы дочитать остальное.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 из %2 сохранено в %3: снова подключите тот же телефон и нажмите «Продолжить», чтобы дочитать остальное.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>задание %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Продолжение дампа в %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Дамп всей флеш-памяти в %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
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
        <translation>%1 с адреса %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Дамп %1 с адреса %2 в %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>Диапазон в главном окне задан неверно: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Сначала выберите, куда сохранить этот дамп.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Другое задание уже использует «Автоматически», а этот вариант занимает первый телефон MediaTek. Выберите порт для этого задания.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Другое задание уже снимает дамп через %1. Выберите другой порт для этого задания.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Другое задание уже записывает %1. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>Главное окно уже снимает дамп (порт: %1). Выберите другой порт для этого задания.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>Главное окно уже записывает %1. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 уже существует. Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Частичный дамп %1 уже существует. Выберите другое имя файла или продолжите его в главном окне.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Остановить дампы?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>Ещё выполняется %n дамп. Остановить и закрыть это окно? Считанные данные сохранятся как частичный файл, и дамп можно будет продолжить позже.</numerusform>
            <numerusform>Ещё выполняются %n дампа. Остановить их и закрыть это окно? Считанные данные сохранятся как частичные файлы, и дампы можно будет продолжить позже.</numerusform>
            <numerusform>Ещё выполняется %n дампов. Остановить их и закрыть это окно? Считанные данные сохранятся как частичные файлы, и дампы можно будет продолжить позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Остановка дампов…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — несколько телефонов сразу</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Каждая строка считывает один телефон через свой порт, все одновременно. Что и как читать, берётся из главного окна при запуске строки.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Добавить задание</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Новая строка ещё для одного телефона</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что читать</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 — это папка. Выберите имя файла для дампа.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader не может сохранять в папку %1. Выберите другую папку.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Это задание уже выполняется.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Запустить все: запущено %1 из %n задания.</numerusform>
            <numerusform>Запустить все: запущено %1 из %n заданий.</numerusform>
            <numerusform>Запустить все: запущено %1 из %n заданий.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Нет заданий, готовых к запуску: все выполняются или завершены. Добавьте задание для следующего телефона или нажмите «Запустить» в строке, чтобы снять там дамп другого телефона.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>Запущено %1 из %n задания. Не запущены:</numerusform>
            <numerusform>Запущено %1 из %n заданий. Не запущены:</numerusform>
            <numerusform>Запущено %1 из %n заданий. Не запущены:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Задание %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Запустить &amp;все</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Запустить все готовые задания и продолжить все, у которых остался частичный дамп</translation>
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
        <translation>Копировать журнал</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Сохранить журнал…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Копировать журнал</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Сохранить журнал в файл</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Очистить журнал</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Сохранить журнал</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Не удалось сохранить журнал в %1: %2</translation>
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
        <translation>Снять д&amp;амп</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Отменить дамп</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Снять дамп с &amp;нескольких телефонов сразу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Попробовать на виртуальном телефоне</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;О программе MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>О&amp;ткрыть дамп…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
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
        <translation>MTreader — чтение флеш-памяти MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>О программе MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Считывает флеш-память кнопочных телефонов MediaTek MT6261 и MT6260 через USB-порт BootROM, не вскрывая телефон.&lt;/p&gt;&lt;p&gt;Передано в общественное достояние (Unlicense): свободно используйте, копируйте и изменяйте.&lt;/p&gt;&lt;p&gt;Благодарности оригинальному MTreader, проекту fernly за заметки о BootROM MT6260 и mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Остановить дамп?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Идёт дамп. Остановить его и выйти? Считанные данные сохранятся как частичный файл, и дамп можно будет продолжить позже.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Остановка дампа…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Демо: после нажатия «Снять дамп» виртуальный MT6261 подключится через %1 с.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Открыть дамп</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампы флеш-памяти (*.bin);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Со&amp;хранить как…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Выходной файл</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>Дамп записывается сюда. Для каждого дампа создаётся новое имя, пока вы не выберете своё.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Выбрать выходной файл</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Сохранить дамп как</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Дампы флеш-памяти (*.bin);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>%1 уже записывается другим дампом.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Не удаётся создать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>Не удаётся повторно открыть %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>Не удаётся обрезать %1 до проверенной части: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Не удаётся перечитать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>Не удаётся перейти к позиции в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Не удаётся записать в %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Не удаётся сбросить буферы %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Не удаётся синхронизировать %1 с диском: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 уже существует; дамп остаётся в %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Не удаётся переименовать %1 в %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>неизвестный (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Выберите порт или введите путь</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>«Автоматически» находит телефон по его USB ID. Можно также выбрать порт или ввести путь, например /dev/ttyUSB0 или COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Автоматически — первый телефон MediaTek (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
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
        <translation>Версии:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Держите кнопку загрузки, пока не начнётся чтение.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Теперь кнопку можно отпустить. Не отключайте телефон.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Всё считывается повторно для сравнения. Не отключайте телефон.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>Дамп сохранён. Перезагрузка телефона.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 из %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>завершение</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Флеш-память:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 с адреса %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>аппаратная %1, программная %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Свой диапазон</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Диапазон чтения</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Начальный адрес</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Длина в байтах</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Десятичное (4194304) или шестнадцатеричное (0x400000) число</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Начало в виде размера</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Длина в виде размера</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Ошибка диапазона</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Длина:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Вся флеш-память (размер определяется по телефону)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 с начала</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>У телефонов MT6261 4, 8 или 16 MiB флеш-памяти. По умолчанию читается вся флеш-память: MTreader определяет её размер по телефону.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>определяется по телефону</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Не удаётся прочитать файл продолжения %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 — не файл продолжения.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>Файл продолжения %1 повреждён.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Это другой телефон: его чип — %1, а частичный дамп снят с %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Это другой телефон: его ME ID — %1, а частичный дамп снят с %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 заблокирован другой программой.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>С этого телефона уже снимали дамп: %1, в %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Продолжать со следующим телефоном</translation>
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
        <translation>Что читать</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Куда сохранить</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Снять д&amp;амп</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Снять дамп флеш-памяти</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Отменить дамп</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Запустите, затем подключите телефон, когда появится запрос (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Проверка повторным чтением</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Считывает всё повторно и сравнивает; несовпадающие блоки перечитываются, пока два чтения не совпадут. Занимает примерно вдвое больше времени.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Серийны&amp;й режим</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Для партии телефонов: после каждого ждать следующий. Каждый дамп получает своё имя файла в той же папке.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Звук и уведомление для каждого телефона</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Звук и уведомление, когда телефон готов</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Ни один файловый менеджер не открыл папку. Дамп находится здесь:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Копировать путь</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Серийный режим: снят %n дамп</numerusform>
            <numerusform>Серийный режим: снято %n дампа</numerusform>
            <numerusform>Серийный режим: снято %n дампов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n со сбоем</numerusform>
            <numerusform>%n со сбоем</numerusform>
            <numerusform>%n со сбоем</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Телефоны этого сеанса, сначала новые</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>телефон не опознан</translation>
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
        <translation>Выберите, что читать и куда сохранить, затем нажмите «Снять дамп». Дальше MTreader подскажет, как подключить телефон, и сам его найдёт.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Выключите телефон. Зажмите кнопку загрузки (обычно кнопку вызова) и подключите USB-кабель.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готов к работе</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Ожидание телефона</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Телефон опознан</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Чтение флеш-памяти</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Перезагрузка телефона</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Не указан выходной файл</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Сначала выберите, куда сохранить дамп.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Папка не найдена</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>Папка %1 не существует. Выберите другое место кнопкой «Сохранить как».</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Это папка</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 — это папка. Выберите имя файла для дампа кнопкой «Сохранить как».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 уже существует. Заменить его новым дампом?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Продолжить прежний дамп?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Частичный дамп %1 уже существует. Продолжить его с тем же телефоном?

Чтобы начать заново, выберите другое имя файла.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>В эту папку нельзя записывать</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader не может сохранять в %1: %2. Перед подключением телефона выберите другую папку кнопкой «Сохранить как».</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>измерение скорости</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/с</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>оценка оставшегося времени</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>осталось около %n с</numerusform>
            <numerusform>осталось около %n с</numerusform>
            <numerusform>осталось около %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>осталось %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, аппаратная версия %2, программная версия %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Незавершённые дампы: подключите тот же телефон и продолжите с места остановки.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: считано %2 из %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: считано %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Прод&amp;олжить</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Продолжить дамп в %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Не удаётся перечитать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>Не удаётся исправить %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>неверная неисправность «%1»: ожидается ТИП[@СМЕЩЕНИЕ][xЧИСЛО]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>неизвестная неисправность «%1»; доступны: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>неверное смещение неисправности «%1»</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>неверное число повторов неисправности «%1»</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Виртуальный телефон MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>Виртуального порта %1 нет.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>Виртуальный порт %1 сейчас не подключён.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>Виртуальный порт %1 уже открыт.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>Виртуальный телефон пропал: он загрузился в обычном режиме, так как рукопожатие не пришло вовремя</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>Виртуальный телефон пропал после программной перезагрузки</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>Виртуальный телефон пропал после перезагрузки по сторожевому таймеру</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>Виртуальный телефон пропал: он потерял питание</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>Виртуальный телефон пропал: его кабель выдернут</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>Виртуальный телефон пропал: его отключили</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>Виртуальный телефон пропал</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Рисунок: телефон с пальцем на кнопке вызова и USB-кабель</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Некоторые телефоны, например MT6260 производства Nokia, нужно подключать без аккумулятора: извлеките его, подключите кабель и верните аккумулятор на место только после дампа.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Ожидание любого телефона MediaTek (USB ID 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Ожидание %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Отключите телефон, с которого только что сняли дамп, и подключите следующий: выключенный, с зажатой кнопкой загрузки (обычно кнопкой вызова).</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>ДЕРЖИТЕ</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>Всё равно снять дамп &amp;ещё раз</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Снять дамп с того же телефона ещё раз</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Это телефон, с которого вы только что сняли дамп (ME ID %1): он подключился снова, потому что кнопка загрузки всё ещё зажата. Отпустите кнопку и отключите телефон, затем подключите следующий.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Считывает флеш-память кнопочных телефонов MediaTek MT6261/MT6260 через USB-порт BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Сразу начать дамп со встроенного виртуального телефона (как «Справка &gt; Попробовать на виртуальном телефоне», затем «Снять дамп»).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>тип[@смещение][xчисло]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: неверный --demo-fault %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Открыть «Файл &gt; Снять дамп с нескольких телефонов сразу» с таким числом виртуальных телефонов, с которых одновременно снимается дамп.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Показать окно на этом языке только при этом запуске, например ru, ar или zh_CN (en — английский). «Вид &gt; Язык» выбирает язык насовсем.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: неизвестный язык %1; доступны: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs принимает число от 1 до 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>С --demo: виртуальный телефон имитирует эту неисправность, например cable-pulled@0x100000 или error-status@0x80000x3 (три раза; x0 — всегда). Можно указать несколько раз.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>С --demo: размер флеш-памяти виртуального телефона, 4M, 8M или 16M (по умолчанию 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash принимает 4M, 8M или 16M</translation>
    </message>
</context>
</TS>
