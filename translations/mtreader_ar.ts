<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>خيارات متقدمة (&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>إظهار الخيارات المتقدمة</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (غير مجرَّب على هواتف حقيقية)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>حجم الكتلة</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>مقدار البيانات المطلوب في أمر قراءة واحد. الأداة الأصلية كانت تستخدم 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>الوضع الحذر</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>حجم الكتلة (&amp;B):</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>الوضع الحذر (&amp;M)</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>ينتظر كل رد قبل طلب المزيد. أبطأ؛ للهواتف التي يتكرر فشلها.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>أي عنوان (&amp;N)</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>يسمح بالنطاقات عند %1 وما فوقه: ذاكرة RAM والمسجّلات، لا الفلاش.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>السماح بأي عنوان</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>صدى خاطئ للأمر %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>صدى خاطئ لعنوان الأمر %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>صدى خاطئ لعدد الأمر %1.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>صدى خاطئ لقيمة الأمر %1.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>حالة خطأ %1 بعد الأمر %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>حالة غير متوقعة %1 بعد الأمر %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>حالة خطأ %1 بعد بيانات الأمر %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>حالة غير متوقعة %1 بعد بيانات الأمر %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>حالة خطأ %1 بعد قيمة الأمر %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>حالة غير متوقعة %1 بعد قيمة الأمر %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>ألغاه المستخدم.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>فشلت الكتابة إلى المنفذ: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
            <numerusform>لا رد خلال %1 مللي ثانية؛ كان المتوقع %n بايت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
            <numerusform>لم يصل إلا %1 من أصل %n بايت، ثم توقف الرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>اختفى المنفذ: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>لم يرد BootROM بعد %n محاولة خلال %1 مللي ثانية.</numerusform>
            <numerusform>لم يرد BootROM بعد محاولة واحدة (%n) خلال %1 مللي ثانية.</numerusform>
            <numerusform>لم يرد BootROM بعد محاولتين (%n) خلال %1 مللي ثانية.</numerusform>
            <numerusform>لم يرد BootROM بعد %n محاولات خلال %1 مللي ثانية.</numerusform>
            <numerusform>لم يرد BootROM بعد %n محاولة خلال %1 مللي ثانية.</numerusform>
            <numerusform>لم يرد BootROM بعد %n محاولة خلال %1 مللي ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>طول ME ID غير متوقع: %1.</translation>
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
        <translation>رموز الخروج:
  0    تم حفظ التفريغ (والتحقق منه عند استخدام --verify)
  1    خطأ داخلي غير متوقع
  2    خطأ في الاستخدام: وسائط أو نطاق أو حجم كتلة غير صالح
  3    لا يوجد هاتف: لم يظهر أي منفذ في الوقت المحدد، أو لم يرد أي جهاز كما يرد BootROM
  4    الوصول إلى المنفذ: الإذن مرفوض، أو المنفذ مشغول، أو تعذّر فتحه
  5    خطأ في البروتوكول: توقف الهاتف عن الرد، أو ردّ ردًا خاطئًا،
       أو انقطع اتصاله، أو تعذّر استئناف التفريغ أو التحقق منه
  6    خطأ في الإخراج: FILE موجود (استخدم --force)، أو تتعذّر الكتابة فيه، أو القرص ممتلئ
  130  أُلغي بـ Ctrl-C أو SIGTERM
بعد رمز الخروج 5 أو 130 يُحتفَظ عادةً بتفريغ جزئي بجوار FILE؛
شغّل الأمر نفسه مع --resume لمتابعته.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>يحتاج --%1 إلى عدد من الثواني، مثل 30 أو 0.5، وليس «%2».</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>المنفذ التسلسلي للهاتف (/dev/ttyACM0 أو COM5)، أو مسار يظهر عند توصيل الهاتف، أو «auto» لاستخدام أول منفذ MediaTek BootROM (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>الملف الذي يُحفظ فيه التفريغ.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>عدد البايتات في كل أمر READ32 (الافتراضي %1؛ القيمتان 1024 و4096 مجرَّبتان على الهواتف).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>مدة انتظار ظهور منفذ الهاتف بالثواني (الافتراضي: الانتظار حتى Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>مدة محاولة المصافحة مع BootROM بالثواني بعد فتح المنفذ (الافتراضي %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>عدم إعادة تشغيل الهاتف بعد التفريغ.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>طباعة النتيجة ككائن JSON واحد على stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>استبدال FILE إن كان موجودًا.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>متابعة تفريغ جزئي للنطاق نفسه والهاتف نفسه (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>قراءة كل شيء مرتين والمقارنة.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>طباعة كل خطوة من خطوات الجلسة.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>إظهار هذه المساعدة.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>إظهار الإصدار.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>وسائط زائدة: المطلوب PORT FILE START LENGTH؛ والوسيط «%1» زائد.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE فارغ: حدِّد اسم الملف الذي يُحفظ فيه التفريغ.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>حجم الكتلة «%1» ليس رقمًا.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>يحتاج --pipeline إلى رقم من 1 إلى %1، وليس «%2».</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>يجب أن تكون قيمة --handshake-timeout أكبر من صفر.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>في انتظار هاتف MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>في انتظار الهاتف على %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>جارٍ التحقق: قراءة النطاق مرة ثانية…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>جارٍ إعادة تشغيل الهاتف…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>المنفذ %1 مفتوح؛ جارٍ المصافحة مع BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>متصل: %1، العتاد %2، البرمجيات %3، BROM %4، ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>تحذير: هذا ليس MT6261 ولا MT6260؛ سيستمر التفريغ، لكن افحص النتيجة.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>، مع التحقق بقراءة ثانية</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>تم حفظ %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>تم حفظ %1 (%2) في %3 ث بسرعة %4 KiB/s%5.
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
        <translation>لم تتم إعادة تشغيل الهاتف (--no-reset): افصله لإيقاف تشغيله.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>لم يتأكد نجاح إعادة التشغيل: افصل الهاتف.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>تُرك %1 دون تغيير. أضف --force لاستبداله.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>احتُفظ بالقراءة الأولى باسم %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>ما قُرئ حتى الآن محفوظ في %1 (%2). للمتابعة من حيث توقف، أعد توصيل الهاتف مع الضغط على زر الإقلاع وشغّل:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>خطأ: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>التفاصيل: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>ملاحظة: حجم الكتلة %1 غير مجرَّب على هواتف حقيقية (المجرَّب هو 1024 و4096). إذا فشل التفريغ، جرّب -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>فشل التفريغ لسبب غير معروف.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>الوضع الحذر: انتظار كل رد كما تفعل الأداة الأصلية (مثل --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>الخياران --careful و--pipeline %1 متعارضان.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>فشل (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>الاستخدام: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>المعالج</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>يسرد عمليات التفريغ المسجلة في سجل التفريغات، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>طباعة المحاولات كمصفوفة JSON واحدة على stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>المحاولات على الهاتف الذي يبدأ ME ID الخاص به بـ ID (ست عشري) فقط.</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>المحاولات التي بدأت في DATE أو بعده فقط (2026-11-30 أو 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>لا يقبل history أي وسائط؛ والوسيط «%1» زائد.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>يحتاج --me-id إلى أرقام ست عشرية، مثل 3A7F، وليس «%1».</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>يحتاج --since إلى تاريخ مثل 2026-11-30 أو 2026-11-30T14:00، وليس «%1».</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>لا توجد عمليات تفريغ مسجلة في %1.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>يبيّن محتوى التفريغ: البرنامج الثابت، وشريحة الفلاش، وبيانات المستخدم، والمحتوى.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>الأمر.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>ملف تفريغ، أنشأه MTreader أو أداة أخرى.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>طباعته ككائن JSON واحد.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>حفظ صورة للفلاش بصيغة PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>عنوان الفلاش لأول بايت في التفريغ (الافتراضي: من تقريره، وإلا 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>الاستخدام: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>يحتاج --start إلى عنوان أقل من 4 GiB مثل 0 أو 0x100000، وليس «%1».
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>تتعذّر قراءة %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>يتعذّر حفظ الخريطة في %1.
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
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1، ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>غير معروف: لا يوجد تقرير بجوار الملف</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>حجم الفلاش</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>البرنامج الثابت</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>شريحة الفلاش</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>بيانات المستخدم</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>معلومات ملف</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>عدد أوامر READ32 المُرسلة في آن واحد، من 1 إلى %1 (الافتراضي: بقدر ما يحتاجه الاتصال).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>السماح بنطاق عند 0x10000000 أو فوقه (ذاكرة RAM ومسجّلات الهاتف، لا الفلاش).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>عدم فحص محتوى التفريغ: لا يُكتب FILE.report.json، ولا يُستكشف حجم الفلاش لنطاق محدد بالكامل.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>عدم تسجيل هذا التفريغ في سجل التفريغات (انظر mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>يقرأ ذاكرة الفلاش في هاتف MediaTek MT6261/MT6260 التقليدي عبر منفذ USB الخاص بـ BootROM
ويحفظها في FILE: الفلاش كاملًا ويُعرف حجمه من الهاتف، أو LENGTH بايت
بدءًا من العنوان START. تُكتب START وLENGTH بالعشري (4194304) أو الست عشري (0x400000) أو كأحجام (4M).
يُكتب بجواره تقرير بمحتوى التفريغ (FILE.report.json).

يبيّن الأمر mtreader-cli info DUMP [--json] [--map PNG] محتوى تفريغ موجود.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>أول عنوان فلاش للقراءة، مثل 0 (اختياري).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>عدد البايتات المطلوب قراءتها، مثل 0x400000 أو 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
            <numerusform>وسائط ناقصة: المطلوب PORT FILE، أو PORT FILE START LENGTH؛ وعدد الوسائط المعطاة %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>الفلاش: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>الاستخدام: mtreader-cli [خيارات] PORT FILE [START LENGTH]
شغّل mtreader-cli --help لعرض الخيارات ورموز الخروج.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>جارٍ قراءة %1 من %2 إلى %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>عرض تجريبي: سيتم توصيل هاتف افتراضي نيابةً عنك. تُحفظ عمليات تفريغه في %1، بمعزل عن التفريغات الحقيقية.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>حجم الفلاش (&amp;F):</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>حجم فلاش الهاتف الافتراضي</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>نسخ (&amp;Y)</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>إظهار في المجلد (&amp;O)</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>تم: حُفظ التفريغ</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>الملف المحفوظ</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 لملف التفريغ</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>نسخ SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>إظهار ملف التفريغ في مجلده</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>تفريغ هاتف آخر</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
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
        <translation>تم التحقق: القراءة الثانية مطابقة بايتًا ببايت.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>طُلب من الهاتف إعادة التشغيل؛ يمكنك فصله الآن.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>افصل الهاتف الآن.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>فتح التقرير (&amp;R)</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>تفريغ هاتف آخر (&amp;H)</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>فتح التقرير المكتوب بجوار التفريغ</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>تعذّرت إعادة قراءة التفريغ</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>قُرئ في %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>قُرئ في %1 إجمالًا، منها %2 الآن (استُكمل بعد %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>تفريغ %1 (%2 بايت) بدءًا من %3، %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>انتهى خيط التفريغ دون نتيجة.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>المتوقع %1، ولم يُستلم شيء.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>المتوقع %1، والمُستلم %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>آخر البايتات المستلمة: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>عند الإزاحة %1 في الفلاش.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>على المنفذ %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>الفلاش كاملًا</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (استئناف)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>عرض تجريبي: سيتم توصيل الهاتف الافتراضي %1 بعد %2 ث</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>المتابعة المتواصلة: في انتظار الهاتف التالي</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>توقف انتظار الهاتف التالي.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>تم حفظ %1، SHA-256 %2</translation>
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
        <translation>الفلاش</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>تم الاحتفاظ بـ %1 من %2 في %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>فشل الهاتف الأخير: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>تم حفظ %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>تفريغ %1 بدءًا من %2 إلى %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>سجل التفريغات %1 قيد الاستخدام من برنامج آخر، لذا يُحتفظ بآخر تفريغ في الذاكرة ويُسجَّل فور تحرر الملف. تستمر عمليات التفريغ كالمعتاد.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>كُتب سجل التفريغات %1 بإصدار أحدث من MTreader، لذا لا يسجّل هذا الإصدار فيه. تستمر عمليات التفريغ كالمعتاد؛ استخدم الإصدار الأحدث لعرض السجل.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>لا يمكن الاحتفاظ بسجل التفريغات: تعريف SQLite الخاص بـ Qt (الحزمة libqt6sql6-sqlite) مفقود. تستمر عمليات التفريغ كالمعتاد لكنها لا تُسجَّل في هذه الجلسة.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>تعذّرت كتابة سجل التفريغات في %1، لذا لا تُسجَّل عمليات التفريغ في هذه الجلسة. تستمر عمليات التفريغ كالمعتاد؛ تحقق من وجود المجلد ومن إمكانية الكتابة فيه.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>ملف سجل التفريغات كان تالفًا. احتُفظ به باسم %1 وبُدئ سجل جديد في %2. تستمر عمليات التفريغ كالمعتاد.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>تعذّرت كتابة ملف سجل التفريغات. احتُفظ به باسم %1 وبُدئ سجل جديد في %2. تستمر عمليات التفريغ كالمعتاد.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>لا يبدأ التفريغ بـ SF_BOOT: قد يكون ترتيب البايتات أو تخطيط الذاكرة خاطئًا، أو أن البرنامج الثابت ليس من MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>لم يُتعرَّف على البرنامج الثابت: لا يحتوي التفريغ على كتلة معلومات ROM (مشفّر أو ليس من MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>معلومات ROM</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>يذكر سجل البرنامج الثابت أن حجم الفلاش %1، لكن فلاش الهاتف يتكرر بعد %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>يضع البرنامج الثابت بيانات المستخدم من %1 إلى %2، بعد نهاية الفلاش (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>بيانات المستخدم</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>تنتهي منطقة بيانات المستخدم عند %1، لا عند نهاية الفلاش (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>نوع الملف %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>%1 عند %2 يذكر حجم %3، أي بعد نهاية الفلاش.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>كان BootROM قد تجاوز المصافحة مسبقًا</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>اكتملت المصافحة مع BootROM</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1، العتاد %2، البرمجيات %3، BROM %4، ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>تم فتح المنفذ %1</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>استئناف من البايت %1 من أصل %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>احتُفظ بـ %1 بايت تم التحقق منها في %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>تم حفظ %1 (%2 بايت)، SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>تحذير: لم يتأكد نجاح إعادة التشغيل (%1)؛ افصل الهاتف</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>لم تُعَد قراءة أي كتلة (%n)؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
            <numerusform>أُعيدت قراءة كتلة واحدة (%n)؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
            <numerusform>أُعيدت قراءة كتلتين (%n)؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
            <numerusform>أُعيدت قراءة %n كتل؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
            <numerusform>أُعيدت قراءة %n كتلة؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
            <numerusform>أُعيدت قراءة %n كتلة؛ قُرئت جميع البيانات وتم التحقق منها</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>تم التحقق: القراءة الثانية مطابقة بايتًا ببايت</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>أُلغي أثناء انتظار الهاتف.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>لم يظهر منفذ الهاتف خلال %1 ث.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>عاد الهاتف الذي فُرّغ للتو (ME ID %1).</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>طُلب من الهاتف إعادة التشغيل</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>لم يستجب الهاتف لإعادة التشغيل (%1): افصله</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>جارٍ تحديد حجم الفلاش</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 تجري قراءة %2، وهو أقصى ما يمكن أن يحويه هاتف MT626x؛ لقراءة أقل، اختر حجمًا.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>حجم فلاش هذا الهاتف %1؛ أما التفريغ الجزئي فحجمه %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>يختلف الفلاش عن التفريغ الجزئي عند %1: فلاش هذا الهاتف ليس الذي أُخذ منه التفريغ الجزئي.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>احتُفظ بالتفريغ باسم %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>تحذير: تعذّرت إعادة قراءة التفريغ لمعرفة محتواه: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>البرنامج الثابت %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>لم يُتعرَّف على البرنامج الثابت</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>التقرير: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>تحذير: تعذّرت كتابة التقرير في %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، %2 MB/s؛ أوامر READ32 الجارية: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
            <numerusform>الاتصال: زمن الذهاب والإياب %1 مللي ثانية، لم تُقَس السرعة؛ أوامر READ32 الجارية: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>عطل وأوامر READ32 الجارية %1: القراءة أمرًا تلو الآخر، ثم العودة حتى %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>الوضع الحذر، أمر READ32 واحد في كل مرة، لبقية هذه الجلسة</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
            <numerusform>أوامر READ32 الجارية مجددًا: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>لم تتفق قراءتان على %n كتلة، عند %1.</numerusform>
            <numerusform>لم تتفق قراءتان على كتلة واحدة (%n)، عند %1.</numerusform>
            <numerusform>لم تتفق قراءتان على كتلتين (%n)، عند %1.</numerusform>
            <numerusform>لم تتفق قراءتان على %n كتل، عند %1.</numerusform>
            <numerusform>لم تتفق قراءتان على %n كتلة، عند %1.</numerusform>
            <numerusform>لم تتفق قراءتان على %n كتلة، عند %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>تم التحقق: احتاجت %n كتلة إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
            <numerusform>تم التحقق: احتاجت كتلة واحدة (%n) إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
            <numerusform>تم التحقق: احتاجت كتلتان (%n) إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
            <numerusform>تم التحقق: احتاجت %n كتل إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
            <numerusform>تم التحقق: احتاجت %n كتلة إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
            <numerusform>تم التحقق: احتاجت %n كتلة إلى قراءات إضافية؛ تتفق قراءتان على كل بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>تحذير: رمز معالج غير معروف %1؛ يعرف MTreader المعالجين MT6261 وMT6260. متابعة.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>النطاق يتجاوز نهاية الفلاش البالغ %1: ما يُقرأ بعد %2 نسخة من بداية الفلاش، وليس جزءًا إضافيًا منه.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>إعادة محاولة قراءة الكتلة عند %1 (المحاولة %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>التحقق: قُرئت الكتلة عند %1 بشكل مختلف؛ اتفقت القراءات (%2) على قيمة مصحَّحة أصبح الملف يحملها</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>التحقق: قُرئت الكتلة عند %1 بشكل مختلف مرة واحدة؛ اتفقت القراءات (%2) مع الملف</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>الملف %1 ليس تقرير MTreader.</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>البرنامج الثابت:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>حجم الفلاش:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>شريحة الفلاش:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>بيانات المستخدم:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>المحتوى:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>حفظ الخريطة كصورة (&amp;I)…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>حفظ خريطة الفلاش كصورة</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>خريطة الفلاش</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>كل خلية 4 KiB من الفلاش، وكل صف %1.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>محتوى التفريغ غير معروف: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>حفظ الخريطة</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>تعذّر حفظ الخريطة في %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>لم يُحدَّد ملف إخراج.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>المسار %1 مجلد.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>تتعذّر الكتابة في المجلد %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>الملف %1 موجود.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>يوجد تفريغ جزئي %1 يعترض الطريق: استأنفه أو احذفه.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>لا شيء لاستئنافه لـ %1: لا يوجد ملف جزئي.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>لا شيء لاستئنافه لـ %1.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>التفريغ الجزئي يخص %1، لا النطاق المطلوب.</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
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
        <translation>%1، ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>غير معروف: لا يوجد تقرير بجوار الملف</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 للملف</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>لا يوجد خطأ.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>أُلغي التفريغ.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>لم يُكتب شيء باسم الملف المستهدف.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>إعدادات هذا التفريغ غير صالحة.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>لم يظهر أي هاتف.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>أطفئ الهاتف، واضغط مع الاستمرار على زر الإقلاع (عادةً زر الاتصال) وصِل الكابل. جرّب كابلًا آخر أو منفذ USB آخر. على Windows، ثبّت تعريف MediaTek VCOM. بعض الهواتف يجب توصيلها دون البطارية.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>المنفذ %1 غير موجود (أو لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>تحقق من اسم المنفذ، أو اختر «تلقائي» ووصّل الهاتف مع الضغط على زر الإقلاع.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>ليس لديك إذن بفتح %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>أغلق البرامج الأخرى التي قد تستخدم المنفذ، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>برنامج آخر يستخدم %1.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>كثيرًا ما يستحوذ ModemManager على منافذ USB التسلسلية الجديدة: أوقفه (sudo systemctl stop ModemManager) أو ثبّت قاعدة udev الخاصة بـ MTreader، التي تطلب منه ترك هواتف MediaTek وشأنها. أغلق أي طرفية تسلسلية أو أداة تفليش، ثم أعد توصيل الهاتف.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>أغلق أي طرفية تسلسلية أو أداة تفليش أو برنامج إدارة هاتف قد يحجز المنفذ، ثم أعد توصيل الهاتف.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>تعذّر فتح المنفذ %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>أعد توصيل الهاتف. إذا تكرر ذلك، جرّب منفذ USB آخر أو كابلًا آخر.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>لم يرد الهاتف كما يرد MediaTek BootROM.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>افصل الهاتف وأطفئه، ثم اضغط مع الاستمرار على زر الإقلاع (عادةً زر الاتصال) ووصّله مجددًا؛ واستمر في الضغط حتى يبدأ التفريغ. جرّب دون البطارية، أو بكابل آخر. تأكد أن المنفذ يخص الهاتف فعلًا.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>توقف الهاتف عن الرد.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>أرسل الهاتف جزءًا من الرد فقط.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>افحص الكابل، ثم أعد توصيل الهاتف مع الضغط على زر الإقلاع واستأنف التفريغ.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>ردّ الهاتف ببايتات غير متوقعة.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>الاتصال غير مستقر، أو أن هذا ليس BootROM من نوع MT626x. أعد توصيل الهاتف واستأنف؛ جرّب كابلًا آخر أو منفذ USB آخر.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>أبلغ الهاتف عن خطأ.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>أعد توصيل الهاتف مع الضغط على زر الإقلاع واستأنف التفريغ. إذا بقي الخطأ عند العنوان نفسه، فلا يمكن قراءة هذا الجزء من الفلاش بهذه الطريقة.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>انقطع اتصال الهاتف.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>سُحب الكابل، أو أُعيد تشغيل الهاتف أو انقطعت عنه الطاقة. كل ما قُرئ حتى الآن محفوظ: أعد توصيل الهاتف مع الضغط على زر الإقلاع للمتابعة. الهاتف الذي بلا بطارية يحتاج إلى كابل جيد ومنفذ USB جيد.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>هذا ليس الهاتف الذي أُخذ منه التفريغ الجزئي.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>وصّل الهاتف نفسه لمتابعة تفريغه، أو ابدأ تفريغًا جديدًا لهذا الهاتف.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>تعذّر حفظ التفريغ.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>اختر مجلدًا يمكنك الكتابة فيه وافحص القرص. التفاصيل: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>حرّر بعض المساحة أو اختر قرصًا آخر. ما قُرئ حتى الآن محفوظ ويمكن استئنافه.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>ملف الإخراج موجود مسبقًا.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>اختر اسمًا آخر، أو اسمح باستبداله.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>اختلفت القراءة الثانية عن الأولى: التفريغ غير موثوق.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>لا يمكن استئناف التفريغ.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>خطأ غير متوقع.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>أضف نفسك إلى المجموعة التي تملك المنفذ، ثم سجّل الخروج وسجّل الدخول مجددًا:
    sudo usermod -aG %1 $USER
أو ثبّت قاعدة udev المرفقة مع MTreader (60-mtreader.rules)، التي تمنح المستخدم الذي سجّل دخوله إمكانية الوصول إلى هواتف MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>افحص الكابل، ثم أعد توصيل الهاتف مع الضغط على زر الإقلاع واستأنف التفريغ. إذا تكرر ذلك، اختر حجم كتلة أصغر أو الوضع الحذر.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>هذا هو الهاتف الذي فُرّغ للتو.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>عاد لأن زر الإقلاع لا يزال مضغوطًا. اترك الزر وافصل الهاتف، ثم وصّل الهاتف التالي.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>قُرئت بعض الكتل بشكل مختلف في كل مرة، فلم تتفق قراءتان عليها. احتُفظ بالتفريغ باسم يحمل العلامة «unverified». افحص الكابل ومنفذ USB وأعد التفريغ.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>أعد توصيل الهاتف للمتابعة (&amp;R)</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>إظهار السجل (&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>ما الخطوة التالية</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>أعد توصيل الهاتف لمتابعة التفريغ</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>إظهار السجل مع التفاصيل التقنية</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>طُلب من الهاتف إعادة التشغيل: افصله.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>إذا كان الهاتف لا يزال موصولًا فافصله: فهو يبقى في BootROM حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 للمتابعة: انقر أدناه، ثم وصّل الهاتف مجددًا (مُطفأً، مع الضغط على زر الإقلاع). يستمر التفريغ من حيث توقف.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>يملأ %1 حقله كاملًا دون علامة نهاية؛ ربما يكون مقتطعًا.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>يحتوي %1 على بايتات ليست نصًا.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>محمّل الإقلاع</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>محمّل الإقلاع الموسَّع</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>صورة MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>صورة MAUI الثانية</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>الشيفرة المحمّلة عند الطلب</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>ذاكرة ROM الثالثة</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>الموارد المخصصة</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>حزمة اللغة</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>نظام الملفات</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>أكثر من %1 ترويسة معلومات ملف: تُسرد أول %1 فقط.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>معرّف معلومات ROM</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>إصدار معلومات ROM «%1» ليس مما يعرفه MTreader (من v04 إلى v09): قد تُقرأ حقوله خطأً.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>معرّف المنصة</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>معرّف المشروع</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>تسرد معلومات ROM عدد %1 من أجهزة الفلاش؛ والحد الأقصى %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>ترويسة معلومات ملف عند %1 مقطوعة بنهاية التفريغ.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>ترويسة معلومات الملف عند %1 ذات نوع أو حجم خاطئ (%2 بايت).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>تم تجاهل كتلة معلومات ROM ثانية عند %1.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>كتلة معلومات ROM عند %1 مقطوعة بنهاية التفريغ.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>ممسوح (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>أصفار</translation>
    </message>
    <message>
        <source>data</source>
        <translation>بيانات</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>ملف برنامج ثابت</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>بيانات المستخدم</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>معلومات ROM</translation>
    </message>
</context>
<context>
    <name>FlashRange</name>
    <message>
        <source>The length is zero: nothing to read.</source>
        <translation>الطول صفر: لا شيء للقراءة.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>عنوان البداية يتجاوز مساحة العناوين في الهاتف البالغة 4 GiB.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>النطاق يتجاوز مساحة العناوين في الهاتف البالغة 4 GiB.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>يجب أن يكون حجم الكتلة من مضاعفات 4 بايت.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>لا يمكن أن يتجاوز حجم الكتلة 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>يصل النطاق إلى 0x10000000 أو يتجاوزه. بعد تعيين الفلاش في الذاكرة، تكون تلك المنطقة ذاكرة RAM ومسجّلات الهاتف، لا الفلاش، وقراءة المسجّلات قد تُربك الهاتف. اختر نطاقًا أقل من 0x10000000، أو اسمح بأي عنوان (ضمن «خيارات متقدمة»؛ --any-address) إن كنت تقصد ذلك فعلًا.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>البداية «%1» ليست رقمًا. استخدم العشري (4194304) أو الست عشري (0x400000) أو حجمًا مثل 4M أو 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>الطول «%1» ليس رقمًا. استخدم العشري (4194304) أو الست عشري (0x400000) أو حجمًا مثل 4M أو 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>ألغاه المستخدم.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>لم يُسأل الهاتف عن حجم الفلاش.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
            <numerusform>عُرف من الهاتف: يتكرر الفلاش بعد %1 (كتل العيّنة المتطابقة: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>لم يتكرر فلاش الهاتف في أي موضع حتى 16 MiB، لذا حجمه غير معروف.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>بداية الفلاش ممسوحة (أو متماثلة كلها)، لذا تعذّرت معرفة حجمه.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>لم يرد الهاتف على القراءات التي تحدد حجم الفلاش.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
            <numerusform>لا تتميز أي من كتل العيّنة بحجم %1 في أول MiB (عددها %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>تتكرر كتل العيّنة كل %1 أو أقل: هذا نمط، لا التفاف.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
            <numerusform>تطابقت كتل العيّنة المُعادة قراءتها عند %1 (عددها %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
            <numerusform>لم تتطابق كتل العيّنة في أي موضع حتى 16 MiB (عددها %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>بطول %1 بدءًا من %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>النافذة</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>عدة هواتف</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>البرنامج الثابت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>سجّله</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>سجل التفريغات</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>بحث (&amp;S):</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>اسم الملف أو البرنامج الثابت أو ME ID</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>البحث في السجل حسب ME ID أو البرنامج الثابت أو اسم الملف</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>محاولات التفريغ، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>فتح المجلد (&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>فتح مجلد التفريغ المحدد</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>فتح التقرير (&amp;R)</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>فتح تقرير التفريغ المحدد</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>نسخ SHA-256 (&amp;2)</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>نسخ SHA-256 للتفريغ المحدد</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;C)</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>متابعة التفريغ الجزئي المحدد</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>يقرأ بقية تفريغ توقف قبل النهاية، في الملف نفسه.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>تصدير CSV (&amp;E)…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>تصدير المحاولات المعروضة إلى ملف CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>المحاولات: %n</numerusform>
            <numerusform>المحاولات: %n</numerusform>
            <numerusform>المحاولات: %n</numerusform>
            <numerusform>المحاولات: %n</numerusform>
            <numerusform>المحاولات: %n</numerusform>
            <numerusform>المحاولات: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>تعذّر حفظ السجل في %1 (%2). اختر مجلدًا آخر وحاول مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>حُفظت %n محاولة في %1.</numerusform>
            <numerusform>حُفظت محاولة واحدة (%n) في %1.</numerusform>
            <numerusform>حُفظت محاولتان (%n) في %1.</numerusform>
            <numerusform>حُفظت %n محاولات في %1.</numerusform>
            <numerusform>حُفظت %n محاولة في %1.</numerusform>
            <numerusform>حُفظت %n محاولة في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>لم يُتعرَّف عليه (لا توجد معلومات ROM: مشفّر، أو ليس من MediaTek، أو ليس تفريغ فلاش)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>لم يُسجَّل إصدار</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>لم يسمّه البرنامج الثابت</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>صانع غير معروف</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>الحجم %1. %2</translation>
    </message>
    <message>
        <source>%1 by the firmware&apos;s record. %2</source>
        <translation>الحجم %1 حسب سجل البرنامج الثابت. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>لم يسجله البرنامج الثابت</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>ممسوح %1 % (%2)، وأصفار %3 %</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>نوع الملف %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 عند %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 عند %2، %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>لم يُتعرَّف على البرنامج الثابت.</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>البرنامج الثابت %1.</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1.</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>تم التحقق: القراءة الثانية مطابقة.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>حُفظ باسم %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>نسخ SHA-256 إلى الحافظة</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>نتيجة %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 لـ %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>نسخ SHA-256 لـ %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>اختر ملف الإخراج</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>ملف إخراج %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>اختر ملف إخراج %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>حفظ التفريغ باسم</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>ملفات تفريغ الفلاش (*.bin);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>كتل بحجم %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>القراءة مرتين للتحقق</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>الوضع الحذر</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>متابعة (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>بدء (&amp;S)</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>متابعة التفريغ الجزئي: وصّل الهاتف نفسه مرة أخرى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>منفذ المهمة %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>ما تقرؤه %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>تقدم %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>حالة %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>متابعة %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>بدء %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>الفلاش كاملًا، %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>الفلاش كاملًا</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>احتُفظ بـ %1 في %2: وصّل الهاتف نفسه مجددًا وانقر «متابعة» لقراءة الباقي.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>احتُفظ بـ %1 من %2 في %3: وصّل الهاتف نفسه مجددًا وانقر «متابعة» لقراءة الباقي.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>المهمة %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>متابعة التفريغ في %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>تفريغ الفلاش كاملًا إلى %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>المرحلة: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>تم: %1 (%2)، SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 بدءًا من %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>تفريغ %1 بدءًا من %2 إلى %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>النطاق في النافذة الرئيسية غير صالح: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>اختر أولًا مكان حفظ هذا التفريغ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>هناك مهمة أخرى تستخدم «تلقائي» بالفعل، وهو يأخذ أول هاتف MediaTek. اختر منفذًا لهذه المهمة.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>هناك مهمة أخرى تُفرّغ بالفعل من %1. اختر منفذًا آخر لهذه المهمة.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>هناك مهمة أخرى تكتب %1 بالفعل. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>النافذة الرئيسية تُجري تفريغًا بالفعل (المنفذ: %1). اختر منفذًا آخر لهذه المهمة.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>النافذة الرئيسية تكتب %1 بالفعل. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 موجود بالفعل. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>يوجد بالفعل تفريغ جزئي لـ %1. اختر اسم ملف آخر، أو تابعه من النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>إيقاف عمليات التفريغ؟</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>لا تزال %n عملية تفريغ قيد التشغيل. هل تريد إيقافها وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملفات جزئية ويمكن متابعته لاحقًا.</numerusform>
            <numerusform>لا تزال عملية تفريغ واحدة (%n) قيد التشغيل. هل تريد إيقافها وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملف جزئي ويمكن متابعته لاحقًا.</numerusform>
            <numerusform>لا تزال عمليتا تفريغ (%n) قيد التشغيل. هل تريد إيقافهما وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملفات جزئية ويمكن متابعته لاحقًا.</numerusform>
            <numerusform>لا تزال %n عمليات تفريغ قيد التشغيل. هل تريد إيقافها وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملفات جزئية ويمكن متابعته لاحقًا.</numerusform>
            <numerusform>لا تزال %n عملية تفريغ قيد التشغيل. هل تريد إيقافها وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملفات جزئية ويمكن متابعته لاحقًا.</numerusform>
            <numerusform>لا تزال %n عملية تفريغ قيد التشغيل. هل تريد إيقافها وإغلاق هذه النافذة؟ ما قُرئ حتى الآن يُحفظ كملفات جزئية ويمكن متابعته لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>جارٍ إيقاف عمليات التفريغ…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — عدة هواتف في وقت واحد</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>يقرأ كل صف هاتفًا واحدًا عبر منفذه الخاص، وكل الصفوف تعمل في الوقت نفسه. ما يُقرأ وكيفية قراءته يؤخذان من النافذة الرئيسية عند بدء الصف.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>إضافة مهمة (&amp;A)</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>صف جديد لهاتف إضافي</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ما المطلوب قراءته</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>هذا المسار مجلد: %1. اختر اسم ملف للتفريغ.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>لا يستطيع MTreader الحفظ في المجلد %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>هذه المهمة قيد التشغيل بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>بدء الكل: بدأت %1 من أصل %n مهمة.</numerusform>
            <numerusform>بدء الكل: بدأت %1 من أصل مهمة واحدة (%n).</numerusform>
            <numerusform>بدء الكل: بدأت %1 من أصل مهمتين (%n).</numerusform>
            <numerusform>بدء الكل: بدأت %1 من أصل %n مهام.</numerusform>
            <numerusform>بدء الكل: بدأت %1 من أصل %n مهمة.</numerusform>
            <numerusform>بدء الكل: بدأت %1 من أصل %n مهمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>لا توجد مهمة جاهزة للبدء: كل منها قيد التشغيل أو منتهية. أضف مهمة للهاتف التالي، أو انقر «بدء» في أحد الصفوف لتفريغ هاتف آخر فيه.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>بدأت %1 من أصل %n مهمة. لم تبدأ:</numerusform>
            <numerusform>بدأت %1 من أصل مهمة واحدة (%n). لم تبدأ:</numerusform>
            <numerusform>بدأت %1 من أصل مهمتين (%n). لم تبدأ:</numerusform>
            <numerusform>بدأت %1 من أصل %n مهام. لم تبدأ:</numerusform>
            <numerusform>بدأت %1 من أصل %n مهمة. لم تبدأ:</numerusform>
            <numerusform>بدأت %1 من أصل %n مهمة. لم تبدأ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>المهمة %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>بدء الكل (&amp;L)</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>بدء كل مهمة جاهزة، ومتابعة كل مهمة احتفظت بتفريغ جزئي</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>نسخ السجل</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>حفظ السجل…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>نسخ السجل</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>حفظ السجل في ملف</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>مسح السجل</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>تعذّر حفظ السجل في %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>تفريغ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>إلغاء التفريغ (&amp;C)</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>تفريغ عدة هواتف في وقت واحد (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>التجربة بهاتف افتراضي (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>حول MTreader (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>فتح تفريغ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>سجل التفريغات (&amp;H)…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>السجل (&amp;G)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — قارئ فلاش MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>حول MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;يقرأ ذاكرة الفلاش في الهواتف التقليدية MediaTek MT6261 وMT6260 عبر منفذ USB الخاص بـ BootROM، دون فتح الهاتف.&lt;/p&gt;&lt;p&gt;صدر في الملكية العامة (the Unlicense): استخدمه وانسخه وعدّله بحرية.&lt;/p&gt;&lt;p&gt;مع الشكر لبرنامج MTreader الأصلي، ولـ fernly على ملاحظات MT6260 BootROM، ولـ mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>إيقاف التفريغ؟</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>هناك تفريغ قيد التشغيل. هل تريد إيقافه والخروج؟ ما قُرئ حتى الآن يُحفظ كملف جزئي ويمكن متابعته لاحقًا.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>جارٍ إيقاف التفريغ…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>عرض تجريبي: عند النقر على «تفريغ»، يتم توصيل هاتف MT6261 افتراضي بعد %1 ث.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>فتح تفريغ</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>ملفات تفريغ الفلاش (*.bin);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>حفظ باسم (&amp;E)…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>يُكتب التفريغ هنا. يُنشأ اسم جديد لكل تفريغ إلى أن تختار اسمًا بنفسك.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>اختر ملف الإخراج</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>حفظ التفريغ باسم</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>ملفات تفريغ الفلاش (*.bin);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>تفريغ آخر يكتب %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>يتعذّر إنشاء %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>تتعذّر إعادة فتح %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>يتعذّر اقتطاع %1 إلى الجزء الذي تم التحقق منه: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>تتعذّر إعادة قراءة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>يتعذّر الانتقال داخل %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>تتعذّر الكتابة إلى %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>يتعذّر إفراغ المخزن المؤقت لـ %1: %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>تتعذّر مزامنة %1 مع القرص: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>الملف %1 موجود؛ يبقى التفريغ في %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>تتعذّر إعادة تسمية %1 إلى %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>غير معروف (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>اختر منفذًا أو اكتب مساره</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>«تلقائي» يعثر على الهاتف من خلال معرّف USB الخاص به. يمكنك أيضًا اختيار منفذ، أو كتابة مسار مثل /dev/ttyUSB0 أو COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>تلقائي — أول هاتف MediaTek (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>المعالج:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>الإصدارات:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>غير معروف بعد</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>استمر في الضغط على زر الإقلاع حتى تبدأ القراءة.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>يمكنك ترك الزر الآن. لا تفصل الهاتف.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>جارٍ قراءة كل شيء مرة ثانية للمقارنة. لا تفصل الهاتف.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>تم حفظ التفريغ. جارٍ إعادة تشغيل الهاتف.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 من %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>جارٍ الإنهاء</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>الفلاش:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>بطول %1 بدءًا من %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>العتاد %1، البرمجيات %2، %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>النطاق المطلوب قراءته</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>عنوان البداية</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>الطول بالبايت</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>عشري (4194304) أو ست عشري (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>البداية كحجم</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>الطول كحجم</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>مشكلة في النطاق</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>البداية (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>الطول (&amp;L):</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>الفلاش كاملًا (يُعرف حجمه من الهاتف)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>أول %1</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>تحتوي هواتف MT6261 على 4 أو 8 أو 16 MiB من الفلاش. يُقرأ الفلاش كاملًا افتراضيًا: يعرف MTreader حجمه من الهاتف.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>يُعرف من الهاتف</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>تتعذّر قراءة ملف الاستئناف %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>الملف %1 ليس ملف استئناف.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>ملف الاستئناف %1 تالف.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>هذا هاتف آخر: معالجه %1، أما التفريغ الجزئي فمن %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>هذا هاتف آخر: ME ID الخاص به %1، أما التفريغ الجزئي فمن %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>يتعذّر فتح %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>المنفذ %1 مقفل من برنامج آخر.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>فُرّغ هذا الهاتف من قبل: %1، إلى %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>المتابعة مع الهاتف التالي</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>المنفذ (&amp;P):</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>ما المطلوب قراءته</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>تفريغ (&amp;D)</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>تفريغ الفلاش</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>إلغاء التفريغ</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>ابدأ، ثم وصّل الهاتف عند الطلب (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>التحقق (&amp;V)</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>التحقق بالقراءة مرتين</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>يقرأ كل شيء مرة ثانية ويقارن؛ الكتل المختلفة تُقرأ مجددًا حتى تتفق قراءتان. يستغرق نحو ضعف الوقت.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>المتابعة المتواصلة (&amp;K)</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>لمجموعة من الهواتف: بعد كل هاتف، ينتظر التالي. يحصل كل تفريغ على اسم ملف خاص به في المجلد نفسه.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>صوت وتنبيه لكل هاتف</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>صوت وتنبيه عند انتهاء هاتف</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>لم يفتح أي مدير ملفات المجلد. التفريغ موجود في:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>نسخ المسار</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
            <numerusform>المتابعة المتواصلة: تم تفريغ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
            <numerusform>فشل: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>هواتف هذه الجلسة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>لم يُتعرَّف على الهاتف</translation>
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
        <translation>اختر ما تريد قراءته ومكان حفظه، ثم انقر «تفريغ». سيخبرك MTreader بعدها كيف توصّل الهاتف، وسيعثر عليه تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>أطفئ الهاتف. اضغط مع الاستمرار على زر الإقلاع (عادةً زر الاتصال) وصِل كابل USB.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>في انتظار الهاتف</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>تم التعرف على الهاتف</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>جارٍ قراءة الفلاش</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>جارٍ إعادة تشغيل الهاتف</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>لا يوجد ملف إخراج</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>اختر أولًا مكان حفظ التفريغ.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>المجلد %1 غير موجود. اختر مكانًا آخر عبر «حفظ باسم».</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>هذا المسار مجلد: %1. اختر اسم ملف للتفريغ عبر «حفظ باسم».</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 موجود بالفعل. هل تريد استبداله بالتفريغ الجديد؟</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>متابعة التفريغ السابق؟</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>يوجد بالفعل تفريغ جزئي لـ %1. هل تريد متابعته بالهاتف نفسه؟

للبدء من جديد بدلًا من ذلك، اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>لا يمكن الكتابة في هذا المجلد</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>لا يستطيع MTreader الحفظ في %1: %2. اختر مجلدًا آخر عبر «حفظ باسم» قبل توصيل الهاتف.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>جارٍ قياس السرعة</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>جارٍ تقدير الوقت المتبقي</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>المتبقي نحو %n ثانية</numerusform>
            <numerusform>المتبقي نحو %n ثانية</numerusform>
            <numerusform>المتبقي نحو %n ثانية</numerusform>
            <numerusform>المتبقي نحو %n ثوانٍ</numerusform>
            <numerusform>المتبقي نحو %n ثانية</numerusform>
            <numerusform>المتبقي نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>المتبقي %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>المعالج %1، العتاد %2، البرمجيات %3، %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>تفريغات غير مكتملة: وصّل الهاتف نفسه وتابع من حيث توقف.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: قُرئ %2 من %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: قُرئ %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>متابعة (&amp;T)</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>متابعة التفريغ في %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>تتعذّر إعادة قراءة %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>يتعذّر تصحيح %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>عطل غير صالح «%1»: المتوقع KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>عطل غير معروف «%1»؛ الأعطال المعروفة: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>إزاحة عطل غير صالحة «%1»</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>عدد مرات عطل غير صالح «%1»</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>هاتف MTreader الافتراضي</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>لا يوجد منفذ افتراضي %1.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>المنفذ الافتراضي %1 غير موصول.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>المنفذ الافتراضي %1 مفتوح بالفعل.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>اختفى الهاتف الافتراضي: أقلع بشكل عادي لعدم وصول المصافحة في الوقت المحدد</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>اختفى الهاتف الافتراضي بعد إعادة ضبط برمجية</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>اختفى الهاتف الافتراضي بعد إعادة ضبط بواسطة المؤقت الرقابي (watchdog)</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>اختفى الهاتف الافتراضي: انقطعت عنه الطاقة</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>اختفى الهاتف الافتراضي: سُحب كابله</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>اختفى الهاتف الافتراضي: فُصل</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>اختفى الهاتف الافتراضي</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>صورة: هاتف عليه إصبع يضغط زر الاتصال، وكابل USB</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>بعض الهواتف، مثل طرازات MT6260 من صنع نوكيا، يجب توصيلها دون البطارية: أخرج البطارية، ووصّل الكابل، ولا تُعِدها إلا بعد انتهاء التفريغ.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>جارٍ الانتظار</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>جارٍ البحث عن أي هاتف MediaTek (معرّف USB 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>جارٍ مراقبة %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>افصل الهاتف الذي انتهيت من تفريغه، ثم وصّل الهاتف التالي: وهو مُطفأ، مع الضغط على زر الإقلاع (عادةً زر الاتصال).</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>اضغط</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>تفريغه مجددًا على أي حال (&amp;G)</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>تفريغ الهاتف نفسه مجددًا</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>هذا هو الهاتف الذي فرّغته للتو (ME ID %1): عاد لأن زر الإقلاع لا يزال مضغوطًا. اترك الزر وافصل الهاتف، ثم وصّل الهاتف التالي.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>يقرأ ذاكرة الفلاش في الهواتف التقليدية MediaTek MT6261/MT6260 عبر منفذ USB الخاص بـ BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>بدء تفريغ فوري على هاتف افتراضي مدمج (مثل «مساعدة &gt; التجربة بهاتف افتراضي» ثم «تفريغ»).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>نوع[@إزاحة][xعدد]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: قيمة --demo-fault غير صالحة %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>فتح «ملف &gt; تفريغ عدة هواتف في وقت واحد» مع هذا العدد من الهواتف الافتراضية التي تُفرَّغ في الوقت نفسه.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>عرض النافذة بهذه اللغة في هذا التشغيل فقط، مثل ru أو ar أو zh_CN (en للإنجليزية). «عرض &gt; اللغة» يختارها بشكل دائم.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: لغة غير معروفة %1؛ اللغات المعروفة: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: يقبل --demo-jobs رقمًا من 1 إلى 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>مع --demo: يُحاكي الهاتف الافتراضي هذا العطل، مثل cable-pulled@0x100000، أو error-status@0x80000x3 (ثلاث مرات؛ x0 تعني دائمًا). يمكن تكراره.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>مع --demo: فلاش الهاتف الافتراضي، 4M أو 8M أو 16M (الافتراضي 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: يقبل --demo-flash القيم 4M أو 8M أو 16M</translation>
    </message>
</context>
</TS>
