<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>उन्नत विकल्प (&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>उन्नत विकल्प दिखाएँ</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (असली फ़ोन पर परखा नहीं गया)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>ब्लॉक साइज़</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>एक रीड कमांड में कितना डेटा माँगा जाता है। मूल टूल 1 KiB इस्तेमाल करता था।</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>सावधान मोड</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>ब्लॉक साइज़ (&amp;B):</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>सावधान मोड (&amp;M)</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>और माँगने से पहले हर जवाब का इंतज़ार करता है। धीमा है; उन फ़ोन के लिए जो बार-बार फ़ेल होते हैं।</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>कोई भी पता (&amp;N)</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>%1 और उससे ऊपर की रेंज की अनुमति देता है: RAM और रजिस्टर, फ्लैश नहीं।</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>कोई भी पता चुनने की अनुमति दें</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>%1 कमांड का इको गलत है।</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>%1 के पते का इको गलत है।</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>%1 के काउंट का इको गलत है।</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>%1 के मान का इको गलत है।</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>%2 कमांड के बाद त्रुटि स्टेटस %1।</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>%2 कमांड के बाद अनपेक्षित स्टेटस %1।</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>%2 के डेटा के बाद त्रुटि स्टेटस %1।</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>%2 के डेटा के बाद अनपेक्षित स्टेटस %1।</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>%2 के मान के बाद त्रुटि स्टेटस %1।</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>%2 के मान के बाद अनपेक्षित स्टेटस %1।</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>उपयोगकर्ता ने रद्द किया।</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>पोर्ट पर लिखना फ़ेल हुआ: %1।</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>%1 ms में कोई जवाब नहीं; %n बाइट की उम्मीद थी।</numerusform>
            <numerusform>%1 ms में कोई जवाब नहीं; %n बाइट की उम्मीद थी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>%n बाइट में से सिर्फ़ %1 आया, फिर कुछ नहीं आया।</numerusform>
            <numerusform>%n बाइट में से सिर्फ़ %1 आए, फिर कुछ नहीं आया।</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>पोर्ट गायब हो गया: %1।</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>%1 ms में %n प्रयास के बाद भी BootROM का कोई जवाब नहीं।</numerusform>
            <numerusform>%1 ms में %n प्रयासों के बाद भी BootROM का कोई जवाब नहीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>ME ID की अनपेक्षित लंबाई %1।</translation>
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
        <translation>एग्ज़िट कोड:
  0    डंप सेव हो गया (और --verify के साथ जाँचा भी गया)
  1    अनपेक्षित आंतरिक त्रुटि
  2    उपयोग त्रुटि: गलत आर्ग्युमेंट, रेंज या ब्लॉक साइज़
  3    कोई फ़ोन नहीं: समय पर कोई पोर्ट नहीं आया, या किसी ने BootROM की तरह जवाब नहीं दिया
  4    पोर्ट एक्सेस: अनुमति नहीं मिली, पोर्ट व्यस्त है या खुल नहीं सका
  5    प्रोटोकॉल त्रुटि: फ़ोन ने जवाब देना बंद किया, गलत जवाब दिया,
       डिस्कनेक्ट हो गया, या डंप आगे जारी या जाँचा नहीं जा सका
  6    आउटपुट त्रुटि: FILE पहले से मौजूद है (--force इस्तेमाल करें), लिखी नहीं जा सकती, डिस्क भरी है
  130  Ctrl-C या SIGTERM से रद्द किया गया
एग्ज़िट कोड 5 या 130 के बाद आमतौर पर अधूरा डंप FILE के पास रखा रहता है;
उसे आगे जारी रखने के लिए वही कमांड --resume के साथ चलाएँ।
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 को सेकंड की संख्या चाहिए, जैसे 30 या 0.5, न कि &quot;%2&quot;।</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>फ़ोन का सीरियल पोर्ट (/dev/ttyACM0, COM5), फ़ोन कनेक्ट करने पर दिखने वाला पाथ, या पहले MediaTek BootROM पोर्ट (0E8D:0003) के लिए &quot;auto&quot;।</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>वह फ़ाइल जिसमें डंप सेव करना है।</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>हर READ32 कमांड में बाइट (डिफ़ॉल्ट %1; 1024 और 4096 फ़ोन पर परखे हुए हैं)।</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>फ़ोन का पोर्ट आने तक कितने सेकंड इंतज़ार करें (डिफ़ॉल्ट: Ctrl-C दबाने तक इंतज़ार)।</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>पोर्ट खुलने के बाद BootROM हैंडशेक कितने सेकंड तक आज़माएँ (डिफ़ॉल्ट %1)।</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>डंप के बाद फ़ोन रीसेट न करें।</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>नतीजा stdout पर एक JSON ऑब्जेक्ट के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>FILE पहले से मौजूद हो तो उसे ओवरराइट करें।</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>उसी रेंज और उसी फ़ोन का अधूरा डंप आगे जारी रखें (FILE.part)।</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>सब कुछ दो बार पढ़ें और तुलना करें।</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>सेशन का हर कदम प्रिंट करें।</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>यह सहायता दिखाएँ।</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>वर्ज़न दिखाएँ।</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>आर्ग्युमेंट ज़्यादा हैं: PORT FILE START LENGTH चाहिए; &quot;%1&quot; फ़ालतू है।</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE खाली है: डंप सेव करने के लिए फ़ाइल का नाम दें।</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>ब्लॉक साइज़ &quot;%1&quot; संख्या नहीं है।</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline को 1 से %1 तक की संख्या चाहिए, न कि &quot;%2&quot;।</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout शून्य से ज़्यादा होना चाहिए।</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>MediaTek फ़ोन (USB 0E8D:0003) का इंतज़ार हो रहा है…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>%1 पर फ़ोन का इंतज़ार हो रहा है…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>जाँच: रेंज दूसरी बार पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>फ़ोन रीसेट हो रहा है…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>पोर्ट %1 खुल गया; BootROM से हैंडशेक हो रहा है…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>कनेक्ट हुआ: %1, हार्डवेयर %2, सॉफ़्टवेयर %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>चेतावनी: यह MT6261 या MT6260 नहीं है; डंप जारी रहेगा, पर नतीजा जाँच लें।</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>जाँच रहा है</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>पढ़ रहा है</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>बाकी समय %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, दूसरी बार पढ़कर जाँचा गया</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>%1 (%2) सेव हुआ%3।
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>%1 (%2) %3 सेकंड में %4 KiB/s की रफ़्तार से सेव हुआ%5।
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
        <translation>फ़ोन रीसेट नहीं किया गया (--no-reset): उसे बंद करने के लिए अनप्लग करें।
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>रीसेट की पुष्टि नहीं हुई: फ़ोन अनप्लग करें।
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 को छुआ नहीं गया। ओवरराइट करने के लिए --force जोड़ें।</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>पहली बार पढ़ा गया डेटा %1 नाम से रखा गया है।</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>अब तक पढ़ा गया डेटा %1 (%2) में रखा है। जहाँ रुका था वहीं से जारी रखने के लिए, बूट बटन दबाए रखकर फ़ोन दोबारा कनेक्ट करें और यह चलाएँ:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>त्रुटि: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>विवरण: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>नोट: ब्लॉक साइज़ %1 असली फ़ोन पर परखा नहीं गया है (1024 और 4096 परखे हुए हैं)। अगर डंप फ़ेल हो, तो -bs 1024 आज़माएँ।
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>डंप किसी अज्ञात कारण से फ़ेल हो गया।
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>सावधान मोड: मूल टूल की तरह हर जवाब का इंतज़ार करें (--pipeline 1 के बराबर)।</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful और --pipeline %1 एक-दूसरे के विरोधी हैं।</translation>
    </message>
    <message>
        <source>done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>फ़ेल (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>अधूरा</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>उपयोग: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>चिप</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>रेंज</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>डंप इतिहास में दर्ज डंप की सूची दिखाता है, सबसे नया पहले।</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>प्रयासों को stdout पर एक JSON ऐरे के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>सिर्फ़ उस फ़ोन के प्रयास जिसका ME ID, ID से शुरू होता है (हेक्स)।</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>सिर्फ़ DATE पर या उसके बाद शुरू हुए प्रयास (2026-11-30 या 2026-11-30T14:00)।</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history कोई आर्ग्युमेंट नहीं लेता; &quot;%1&quot; फ़ालतू है।</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id को हेक्स अंक चाहिए, जैसे 3A7F, न कि &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since को तारीख चाहिए, जैसे 2026-11-30 या 2026-11-30T14:00, न कि &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>%1 में कोई डंप दर्ज नहीं है।
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>बताता है कि डंप में क्या है: फ़र्मवेयर, फ्लैश चिप, यूज़र डेटा, सामग्री।</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>कमांड।</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>डंप फ़ाइल, MTreader या किसी दूसरे टूल से बनी।</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>इसे एक JSON ऑब्जेक्ट के रूप में प्रिंट करें।</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>फ्लैश का चित्र PNG के रूप में सेव करें।</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>डंप के पहले बाइट का फ्लैश पता (डिफ़ॉल्ट: उसकी रिपोर्ट से, नहीं तो 0)।</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>उपयोग: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start को 4 GiB से नीचे का पता चाहिए, जैसे 0 या 0x100000, न कि &quot;%1&quot;।
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>%1 पढ़ा नहीं जा सका: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>मैप %1 में सेव नहीं हो सका।
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
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>पता नहीं: फ़ाइल के पास कोई रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>फ्लैश साइज़</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>फ़र्मवेयर</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>फ्लैश चिप</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>यूज़र डेटा</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>फ़ाइल जानकारी</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>एक साथ भेजे जाने वाले READ32 कमांड, 1 से %1 तक (डिफ़ॉल्ट: जितने लिंक को चाहिए)।</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>0x10000000 या उससे ऊपर की रेंज की अनुमति दें (फ़ोन की RAM और रजिस्टर, फ्लैश नहीं)।</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>डंप के अंदर न देखें: न FILE.report.json बनेगी, न पूरी दी गई रेंज के लिए फ्लैश साइज़ की जाँच होगी।</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>यह डंप डंप इतिहास में दर्ज न करें (देखें mtreader-cli history --help)।</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>MediaTek MT6261/MT6260 फ़ीचर फ़ोन का फ्लैश उसके BootROM USB पोर्ट से पढ़ता है
और FILE में सेव करता है: पूरा फ्लैश, जिसका साइज़ फ़ोन से पता किया जाता है, या पते START से
LENGTH बाइट। START और LENGTH दशमलव (4194304), हेक्स (0x400000) या साइज़ (4M) में होते हैं।
डंप में क्या है, इसकी रिपोर्ट उसके पास लिखी जाती है (FILE.report.json)।

mtreader-cli info DUMP [--json] [--map PNG] बताता है कि किसी मौजूदा डंप में क्या है।</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>पढ़ने के लिए पहला फ्लैश पता, जैसे 0 (वैकल्पिक)।</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>पढ़ने के लिए बाइट की संख्या, जैसे 0x400000 या 4M।</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>आर्ग्युमेंट कम हैं: PORT FILE, या PORT FILE START LENGTH चाहिए; %n मिला।</numerusform>
            <numerusform>आर्ग्युमेंट कम हैं: PORT FILE, या PORT FILE START LENGTH चाहिए; %n मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>फ्लैश: %1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>उपयोग: mtreader-cli [options] PORT FILE [START LENGTH]
विकल्प और एग्ज़िट कोड देखने के लिए mtreader-cli --help चलाएँ।
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>%2 से %1 पढ़कर %3 में सेव किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>डेमो: आपके लिए एक वर्चुअल फ़ोन कनेक्ट किया जाएगा। उसके डंप असली डंप से अलग, %1 में जाते हैं।</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>उसका फ्लैश (&amp;F):</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>वर्चुअल फ़ोन का फ्लैश साइज़</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>फ़ोल्डर में दिखाएँ (&amp;O)</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>हो गया: डंप सेव हो गया है</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>सेव की गई फ़ाइल</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>डंप का SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>SHA-256 कॉपी करें</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>डंप को उसके फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>दूसरा फ़ोन डंप करें</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
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
        <translation>जाँचा गया: दूसरी बार पढ़ा गया डेटा बाइट-दर-बाइट मेल खाता है।</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>फ़ोन को रीस्टार्ट होने का निर्देश भेजा गया; अब आप उसे अनप्लग कर सकते हैं।</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>अब फ़ोन अनप्लग करें।</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>रिपोर्ट खोलें (&amp;R)</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>दूसरा फ़ोन डंप करें (&amp;H)</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>डंप के पास लिखी गई रिपोर्ट खोलें</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>डंप वापस पढ़ा नहीं जा सका</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>%1 में पढ़ा गया</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>कुल %1 में पढ़ा गया, जिसमें से %2 अभी (%3 के बाद जारी रखा गया)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%3 से %1 (%2 बाइट), %4।</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>डंप थ्रेड बिना नतीजे के खत्म हो गया।</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>%1 की उम्मीद थी, कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>%1 की उम्मीद थी, मिला %2।</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>आखिरी मिले बाइट: %1।</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>फ्लैश ऑफ़सेट %1 पर।</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>पोर्ट %1 पर।</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>पूरे फ्लैश</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (जारी रखा जा रहा है)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>डेमो: वर्चुअल फ़ोन %1, %2 सेकंड में कनेक्ट होगा</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>लगातार मोड: अगले फ़ोन का इंतज़ार</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>अगले फ़ोन का इंतज़ार बंद किया।</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>चरण: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>%1 सेव हुआ, SHA-256 %2</translation>
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
        <translation>फ्लैश</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>%2 में से %1 %3 में रखा गया है।</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>पिछला फ़ोन फ़ेल हुआ: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>%1 सेव हुआ (%2)।</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>%2 से %1 का डंप, %3 में%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>डंप इतिहास %1 किसी दूसरे प्रोग्राम के इस्तेमाल में है, इसलिए आखिरी डंप मेमोरी में रखा गया है और फ़ाइल खाली होते ही दर्ज कर दिया जाएगा। डंप हमेशा की तरह चलते रहेंगे।</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>डंप इतिहास %1 को MTreader के नए वर्ज़न ने लिखा है, इसलिए यह वर्ज़न उसमें दर्ज नहीं करता। डंप हमेशा की तरह चलते रहेंगे; इतिहास देखने के लिए नया वर्ज़न इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>डंप इतिहास नहीं रखा जा सकता: Qt का SQLite ड्राइवर (पैकेज libqt6sql6-sqlite) मौजूद नहीं है। डंप हमेशा की तरह चलते रहेंगे, पर इस सेशन में दर्ज नहीं होंगे।</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>डंप इतिहास %1 में नहीं लिखा जा सका, इसलिए इस सेशन में डंप दर्ज नहीं होंगे। डंप हमेशा की तरह चलते रहेंगे; जाँच लें कि फ़ोल्डर मौजूद है और उसमें लिखा जा सकता है।</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>डंप इतिहास फ़ाइल खराब हो गई थी। उसे %1 नाम से रखा गया है और %2 में नया इतिहास शुरू किया गया है। डंप हमेशा की तरह चलते रहेंगे।</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>डंप इतिहास फ़ाइल लिखी नहीं जा सकी। उसे %1 नाम से रखा गया है और %2 में नया इतिहास शुरू किया गया है। डंप हमेशा की तरह चलते रहेंगे।</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>डंप SF_BOOT से शुरू नहीं होता: बाइट क्रम या मेमोरी मैपिंग गलत हो सकती है, या फ़र्मवेयर MediaTek का नहीं है।</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>फ़र्मवेयर पहचाना नहीं गया: डंप में कोई ROM info ब्लॉक नहीं है (एन्क्रिप्टेड है या MediaTek का नहीं है)।</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>फ़र्मवेयर के रिकॉर्ड के अनुसार फ्लैश %1 का है, पर फ़ोन का फ्लैश %2 के बाद दोहराता है।</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>फ़र्मवेयर यूज़र डेटा को %1 से %2 पर रखता है, जो फ्लैश के अंत (%3) से आगे है।</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>यूज़र डेटा</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>यूज़र डेटा क्षेत्र %1 पर खत्म होता है, फ्लैश के अंत (%2) पर नहीं।</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>फ़ाइल प्रकार %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>%2 पर मौजूद %1 का साइज़ %3 बताया गया है, जो फ्लैश के अंत से आगे जाता है।</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>BootROM पहले ही हैंडशेक से आगे निकल चुका था</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>BootROM हैंडशेक पूरा हुआ</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, हार्डवेयर %2, सॉफ़्टवेयर %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>पोर्ट %1 खोला गया</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>%2 में से बाइट %1 से जारी रखा जा रहा है</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>जाँचे गए %1 बाइट %2 में रखे गए</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>%1 सेव हुआ (%2 बाइट), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>चेतावनी: रीसेट की पुष्टि नहीं हुई (%1); फ़ोन अनप्लग करें</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n ब्लॉक दोबारा पढ़ना पड़ा; सारा डेटा पढ़ा और जाँचा गया</numerusform>
            <numerusform>%n ब्लॉक दोबारा पढ़ने पड़े; सारा डेटा पढ़ा और जाँचा गया</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>जाँचा गया: दूसरी बार पढ़ा गया डेटा बाइट-दर-बाइट मेल खाता है</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>फ़ोन का इंतज़ार करते समय रद्द किया गया।</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>%1 सेकंड में फ़ोन का कोई पोर्ट नहीं आया।</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>अभी डंप किया गया फ़ोन (ME ID %1) फिर से आ गया।</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>फ़ोन को रीस्टार्ट होने का निर्देश भेजा गया</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>फ़ोन ने रीसेट नहीं लिया (%1): उसे अनप्लग करें</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>फ्लैश साइज़ पता किया जा रहा है</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 %2 पढ़ा जा रहा है, जितना किसी MT626x फ़ोन में ज़्यादा से ज़्यादा हो सकता है; कम पढ़ने के लिए साइज़ चुनें।</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>इस फ़ोन का फ्लैश %1 का पढ़ा गया; अधूरा डंप %2 का है।</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 लिखा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>फ्लैश %1 पर अधूरे डंप से अलग है: इस फ़ोन का फ्लैश वह नहीं है जिससे अधूरा डंप लिया गया था।</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>डंप %1 नाम से रखा गया है।</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>चेतावनी: डंप में क्या है यह देखने के लिए उसे वापस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>फ़र्मवेयर %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>फ़र्मवेयर पहचाना नहीं गया</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>रिपोर्ट: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>चेतावनी: रिपोर्ट %1 में लिखी नहीं जा सकी: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>लिंक: राउंड ट्रिप %1 ms, %2 MB/s; एक साथ %n READ32</numerusform>
            <numerusform>लिंक: राउंड ट्रिप %1 ms, %2 MB/s; एक साथ %n READ32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>लिंक: राउंड ट्रिप %1 ms, रफ़्तार मापी नहीं गई; एक साथ %n READ32</numerusform>
            <numerusform>लिंक: राउंड ट्रिप %1 ms, रफ़्तार मापी नहीं गई; एक साथ %n READ32</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>एक साथ %1 READ32 भेजते समय गड़बड़ी: अब एक-एक करके पढ़ा जा रहा है, फिर दोबारा %2 तक</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>सावधान मोड, इस सेशन के बाकी समय के लिए एक बार में एक READ32</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>फिर से एक साथ %n READ32</numerusform>
            <numerusform>फिर से एक साथ %n READ32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>%1 पर %n ब्लॉक के लिए कोई भी दो बार का पढ़ा गया डेटा मेल नहीं खाया।</numerusform>
            <numerusform>%1 पर %n ब्लॉकों के लिए कोई भी दो बार का पढ़ा गया डेटा मेल नहीं खाया।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>जाँचा गया: %n ब्लॉक को ज़्यादा बार पढ़ना पड़ा; दो बार का पढ़ा गया डेटा हर बाइट पर मेल खाता है</numerusform>
            <numerusform>जाँचा गया: %n ब्लॉकों को ज़्यादा बार पढ़ना पड़ा; दो बार का पढ़ा गया डेटा हर बाइट पर मेल खाता है</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>चेतावनी: अज्ञात चिप कोड %1; MTreader MT6261 और MT6260 को पहचानता है। आगे बढ़ रहे हैं।</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>रेंज %1 फ्लैश के अंत से आगे जाती है: %2 के बाद जो पढ़ा जाएगा वह फ्लैश की शुरुआत की कॉपी है, फ्लैश का आगे का हिस्सा नहीं।</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>%1 वाला ब्लॉक फिर से पढ़ा जा रहा है (प्रयास %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>जाँच: %1 वाला ब्लॉक अलग पढ़ा गया; %2 बार पढ़ने पर एक सुधरा हुआ मान मिला, जो अब फ़ाइल में है</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>जाँच: %1 वाला ब्लॉक एक बार अलग पढ़ा गया; %2 बार पढ़ा गया डेटा फ़ाइल से मेल खाता है</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 MTreader रिपोर्ट नहीं है।</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>फ़र्मवेयर:</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>फ्लैश साइज़:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>फ्लैश चिप:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>यूज़र डेटा:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>सामग्री:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>मैप को इमेज के रूप में सेव करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>फ्लैश का मैप चित्र के रूप में सेव करें</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>फ्लैश का मैप</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>हर खाना फ्लैश का 4 KiB है, एक पंक्ति में %1।</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>डंप में क्या है, यह पता नहीं: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>मैप सेव करें</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG चित्र (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>मैप %1 में सेव नहीं हो सका।</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>कोई आउटपुट फ़ाइल नहीं दी गई।</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 एक फ़ोल्डर है।</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>फ़ोल्डर %1 में लिखा नहीं जा सकता: %2।</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>एक अधूरा डंप %1 पहले से मौजूद है: उसे जारी रखें या हटा दें।</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>%1 के लिए जारी रखने को कुछ नहीं है: कोई अधूरी फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>%1 के लिए जारी रखने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>अधूरा डंप %1 का है, माँगी गई रेंज का नहीं।</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n बाइट</numerusform>
            <numerusform>%n बाइट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
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
        <translation>पता नहीं: फ़ाइल के पास कोई रिपोर्ट नहीं</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>फ़ाइल का SHA-256</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>कोई त्रुटि नहीं।</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>डंप रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>लक्ष्य नाम से कुछ भी नहीं लिखा गया।</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>इस डंप की सेटिंग्स मान्य नहीं हैं।</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>कोई फ़ोन नहीं मिला।</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>फ़ोन बंद करें, बूट बटन (आमतौर पर कॉल बटन) दबाए रखें और केबल लगाएँ। दूसरी केबल या दूसरा USB पोर्ट आज़माएँ। Windows पर MediaTek VCOM ड्राइवर इंस्टॉल करें। कुछ फ़ोन बैटरी निकालकर ही कनेक्ट करने होते हैं।</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>पोर्ट %1 मौजूद नहीं है (या अब नहीं रहा)।</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>पोर्ट का नाम जाँचें, या &quot;ऑटो&quot; चुनें और बूट बटन दबाए रखते हुए फ़ोन कनेक्ट करें।</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>आपको %1 खोलने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>पोर्ट इस्तेमाल कर रहे दूसरे प्रोग्राम बंद करें, फिर दोबारा कोशिश करें।</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>कोई दूसरा प्रोग्राम %1 इस्तेमाल कर रहा है।</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager अक्सर नए USB सीरियल पोर्ट पकड़ लेता है: उसे बंद करें (sudo systemctl stop ModemManager) या MTreader का udev नियम इंस्टॉल करें, जो उसे MediaTek फ़ोन से दूर रहने को कहता है। कोई भी सीरियल टर्मिनल या फ्लैश टूल बंद करें, फिर फ़ोन दोबारा कनेक्ट करें।</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>पोर्ट को पकड़े रखने वाला कोई भी सीरियल टर्मिनल, फ्लैश टूल या फ़ोन सूट बंद करें, फिर फ़ोन दोबारा कनेक्ट करें।</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>पोर्ट %1 खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>फ़ोन दोबारा कनेक्ट करें। अगर बार-बार ऐसा हो, तो दूसरा USB पोर्ट या केबल आज़माएँ।</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>फ़ोन ने MediaTek BootROM की तरह जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>फ़ोन निकालें, बंद करें, बूट बटन (आमतौर पर कॉल बटन) दबाए रखें और फिर से कनेक्ट करें; डंप शुरू होने तक बटन दबाए रखें। बैटरी के बिना या दूसरी केबल से आज़माएँ। पक्का करें कि पोर्ट सच में इसी फ़ोन का है।</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>फ़ोन ने जवाब देना बंद कर दिया।</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>फ़ोन ने जवाब का सिर्फ़ कुछ हिस्सा भेजा।</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>केबल जाँचें, फिर बूट बटन दबाए रखकर फ़ोन दोबारा कनेक्ट करें और डंप आगे जारी रखें।</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>फ़ोन ने अनपेक्षित बाइट भेजे।</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>कनेक्शन भरोसेमंद नहीं है या यह MT626x BootROM नहीं है। फ़ोन दोबारा कनेक्ट करें और डंप जारी रखें; दूसरी केबल या USB पोर्ट आज़माएँ।</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>फ़ोन ने एक त्रुटि बताई।</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>बूट बटन दबाए रखकर फ़ोन दोबारा कनेक्ट करें और डंप आगे जारी रखें। अगर त्रुटि उसी पते पर बनी रहे, तो फ्लैश का वह हिस्सा इस तरीके से नहीं पढ़ा जा सकता।</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>फ़ोन डिस्कनेक्ट हो गया।</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>केबल निकल गई, या फ़ोन रीसेट हो गया या उसकी पावर चली गई। अब तक पढ़ा गया सब कुछ रखा गया है: जारी रखने के लिए बूट बटन दबाए रखते हुए फ़ोन दोबारा कनेक्ट करें। बिना बैटरी वाले फ़ोन के लिए अच्छी केबल और अच्छा USB पोर्ट ज़रूरी है।</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>यह वह फ़ोन नहीं है जिससे अधूरा डंप लिया गया था।</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>उसका डंप जारी रखने के लिए वही फ़ोन कनेक्ट करें, या इस फ़ोन के लिए नया डंप शुरू करें।</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>डंप सेव नहीं हो सका।</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>ऐसा फ़ोल्डर चुनें जिसमें आप लिख सकें, और डिस्क जाँचें। विवरण: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>डिस्क भर गई है।</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>कुछ जगह खाली करें या दूसरी डिस्क चुनें। अब तक पढ़ा गया डेटा रखा गया है और आगे जारी रखा जा सकता है।</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>आउटपुट फ़ाइल पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>दूसरा नाम चुनें, या उसे ओवरराइट करने की अनुमति दें।</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>दूसरी बार पढ़ा गया डेटा पहली बार से अलग है: डंप भरोसेमंद नहीं है।</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>डंप आगे जारी नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>अनपेक्षित त्रुटि।</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>पोर्ट जिस ग्रुप का है, उसमें खुद को जोड़ें, फिर लॉग आउट करके दोबारा लॉग इन करें:
    sudo usermod -aG %1 $USER
या MTreader के साथ आने वाला udev नियम (60-mtreader.rules) इंस्टॉल करें, जो लॉग इन किए हुए यूज़र को MediaTek फ़ोन इस्तेमाल करने की अनुमति देता है।</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>केबल जाँचें, फिर बूट बटन दबाए रखकर फ़ोन दोबारा कनेक्ट करें और डंप आगे जारी रखें। अगर फिर से ऐसा हो, तो छोटा ब्लॉक साइज़ या सावधान मोड चुनें।</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>यह वही फ़ोन है जो अभी डंप किया गया।</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>यह फिर से इसलिए आया क्योंकि बूट बटन अभी भी दबा हुआ है। बटन छोड़ें और फ़ोन अनप्लग करें, फिर अगला फ़ोन कनेक्ट करें।</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>कुछ ब्लॉक हर बार अलग पढ़े गए, इसलिए उन पर कोई भी दो रीड मेल नहीं खाए। डंप ऐसे नाम से रखा गया है जिसमें &quot;unverified&quot; लिखा है। केबल और USB पोर्ट जाँचें और फिर से डंप करें।</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>जारी रखने के लिए फ़ोन दोबारा कनेक्ट करें (&amp;R)</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>लॉग दिखाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>आगे क्या करें</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>डंप जारी रखने के लिए फ़ोन दोबारा कनेक्ट करें</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>तकनीकी विवरण वाला लॉग दिखाएँ</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>फ़ोन को रीस्टार्ट होने का निर्देश भेजा गया: उसे अनप्लग करें।</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>अगर फ़ोन अभी भी कनेक्ट है, तो उसे अनप्लग करें: तब तक वह अपने BootROM में ही रहता है।</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 जारी रखने के लिए: नीचे क्लिक करें, फिर फ़ोन दोबारा कनेक्ट करें (बंद हालत में, बूट बटन दबाए हुए)। डंप वहीं से जारी रहेगा जहाँ रुका था।</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>%1 अपना पूरा फ़ील्ड भर देता है और उसमें अंत का निशान नहीं है; हो सकता है वह कटा हुआ हो।</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>%1 में ऐसे बाइट हैं जो टेक्स्ट नहीं हैं।</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>बूट लोडर</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>एक्सटेंडेड बूट लोडर</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>MAUI इमेज</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>दूसरी MAUI इमेज</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>डिमांड-पेज्ड कोड</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>तीसरा ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>कस्टम रिसोर्स</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>भाषा पैक</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>फ़ाइल सिस्टम</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>%1 से ज़्यादा file-info हेडर: सिर्फ़ पहले %1 दिखाए गए हैं।</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>ROM info पहचानकर्ता</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>ROM info वर्ज़न &quot;%1&quot; MTreader नहीं जानता (वह v04 से v09 तक जानता है): उसके फ़ील्ड गलत पढ़े जा सकते हैं।</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>प्लेटफ़ॉर्म आईडी</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>प्रोजेक्ट आईडी</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>ROM info में %1 फ्लैश डिवाइस दर्ज हैं; ज़्यादा से ज़्यादा %2 आ सकते हैं।</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>%1 पर एक file-info हेडर डंप के अंत से कट गया है।</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>%1 पर file-info हेडर का प्रकार या साइज़ गलत है (%2 बाइट)।</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>%1 पर दूसरा ROM info ब्लॉक अनदेखा किया गया।</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>%1 पर ROM info ब्लॉक डंप के अंत से कट गया है।</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>मिटाया हुआ (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>शून्य</translation>
    </message>
    <message>
        <source>data</source>
        <translation>डेटा</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>फ़र्मवेयर फ़ाइल</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>यूज़र डेटा</translation>
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
        <translation>लंबाई शून्य है: पढ़ने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>शुरुआती पता फ़ोन के 4 GiB एड्रेस स्पेस से बाहर है।</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>रेंज फ़ोन के 4 GiB एड्रेस स्पेस से बाहर जाती है।</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>ब्लॉक साइज़ 4 बाइट का गुणज होना चाहिए।</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>ब्लॉक साइज़ ज़्यादा से ज़्यादा 1 MiB हो सकता है।</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>रेंज 0x10000000 या उससे ऊपर तक जाती है। फ्लैश मैप होने के बाद वह हिस्सा फ़ोन की RAM और रजिस्टर है, फ्लैश नहीं, और रजिस्टर पढ़ने से फ़ोन गड़बड़ा सकता है। 0x10000000 से नीचे की रेंज चुनें, या अगर आप सच में यही चाहते हैं तो &quot;कोई भी पता&quot; की अनुमति दें (&quot;उन्नत विकल्प&quot; में; --any-address)।</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>शुरुआत &quot;%1&quot; संख्या नहीं है। दशमलव (4194304), हेक्स (0x400000) या 4M या 4096K जैसा साइज़ इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>लंबाई &quot;%1&quot; संख्या नहीं है। दशमलव (4194304), हेक्स (0x400000) या 4M या 4096K जैसा साइज़ इस्तेमाल करें।</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>उपयोगकर्ता ने रद्द किया।</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>फ़ोन से फ्लैश साइज़ नहीं पूछा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>फ़ोन से पता चला: फ्लैश %1 के बाद दोहराता है (%n सैंपल ब्लॉक मेल खाया)।</numerusform>
            <numerusform>फ़ोन से पता चला: फ्लैश %1 के बाद दोहराता है (%n सैंपल ब्लॉक मेल खाए)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>फ़ोन का फ्लैश 16 MiB तक कहीं नहीं दोहराया, इसलिए उसका साइज़ पता नहीं है।</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>फ्लैश की शुरुआत मिटाई हुई है (या पूरी एक जैसी है), इसलिए उसका साइज़ पता नहीं चल सका।</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>फ्लैश साइज़ पता करने वाले रीड का फ़ोन ने जवाब नहीं दिया।</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>पहले MiB में %1 का %n सैंपल ब्लॉक अलग पहचान वाला नहीं है।</numerusform>
            <numerusform>पहले MiB में %1 के %n सैंपल ब्लॉक में से कोई भी अलग पहचान वाला नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>सैंपल ब्लॉक हर %1 या उससे कम पर दोहराते हैं: यह एक पैटर्न है, रैप-अराउंड नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%1 पर दोबारा पढ़ा गया %n सैंपल ब्लॉक मेल खाया।</numerusform>
            <numerusform>%1 पर दोबारा पढ़े गए %n सैंपल ब्लॉक मेल खाए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n सैंपल ब्लॉक 16 MiB तक कहीं मेल नहीं खाया।</numerusform>
            <numerusform>%n सैंपल ब्लॉक 16 MiB तक कहीं मेल नहीं खाए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>अधूरा</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>विंडो</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>कई फ़ोन</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>कमांड लाइन</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू हुआ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>फ़र्मवेयर</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>रेंज</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>किसने दर्ज किया</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>डंप इतिहास</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, फ़र्मवेयर या फ़ाइल नाम</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>ME ID, फ़र्मवेयर या फ़ाइल नाम से इतिहास में खोजें</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>डंप के प्रयास, सबसे नया पहले</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>फ़ोल्डर खोलें (&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>चुने गए डंप का फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>रिपोर्ट खोलें (&amp;R)</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>चुने गए डंप की रिपोर्ट खोलें</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>SHA-256 कॉपी करें (&amp;2)</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>चुने गए डंप का SHA-256 कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें (&amp;C)</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>चुना गया अधूरा डंप जारी रखें</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>बीच में रुके डंप का बाकी हिस्सा उसी फ़ाइल में पढ़ता है।</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>दिखाए गए प्रयासों को CSV फ़ाइल में एक्सपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n प्रयास</numerusform>
            <numerusform>%n प्रयास</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>इतिहास एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>इतिहास %1 में सेव नहीं हो सका (%2)। दूसरा फ़ोल्डर चुनें और दोबारा कोशिश करें।</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n प्रयास %1 में सेव हुआ।</numerusform>
            <numerusform>%n प्रयास %1 में सेव हुए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>पहचाना नहीं गया (ROM info नहीं: एन्क्रिप्टेड, MediaTek का नहीं, या फ्लैश डंप नहीं)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>कोई वर्ज़न दर्ज नहीं</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>फ़र्मवेयर में नाम नहीं दिया गया</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>अज्ञात निर्माता</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1। %2</translation>
    </message>
    <message>
        <source>%1 by the firmware&apos;s record. %2</source>
        <translation>फ़र्मवेयर के रिकॉर्ड के अनुसार %1। %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>फ़र्मवेयर में दर्ज नहीं</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 से %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % मिटाया हुआ (%2), %3 % शून्य</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>फ़ाइल प्रकार %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%2 पर %1, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>फ़र्मवेयर पहचाना नहीं गया।</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>फ़र्मवेयर %1।</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1।</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>जाँचा गया: दूसरी बार पढ़ा गया डेटा मेल खाता है।</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>%1 नाम से सेव हुआ (%2)।</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>SHA-256 क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 का नतीजा</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>%1 का SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>%1 का SHA-256 कॉपी करें</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>आउटपुट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>%1 की आउटपुट फ़ाइल</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>%1 की आउटपुट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>डंप इस नाम से सेव करें</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>फ्लैश डंप (*.bin);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 के ब्लॉक</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>जाँच के लिए दो बार पढ़ना</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>सावधान मोड</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>जारी रखें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>अधूरा डंप जारी रखें: वही फ़ोन दोबारा कनेक्ट करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>जॉब %1 का पोर्ट</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>%1 क्या पढ़ता है</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 की प्रगति</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 की स्थिति</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>%1 जारी रखें</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 शुरू करें</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 रद्द करें</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>पूरा फ्लैश, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>पूरा फ्लैश</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 %2 में रखा गया है: वही फ़ोन दोबारा कनेक्ट करें और बाकी पढ़ने के लिए &quot;जारी रखें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>%2 में से %1 %3 में रखा गया है: वही फ़ोन दोबारा कनेक्ट करें और बाकी पढ़ने के लिए &quot;जारी रखें&quot; पर क्लिक करें।</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>ऑटो</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>जॉब %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>%1 में डंप जारी रखा जा रहा है</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>पूरे फ्लैश का डंप, %1 में</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>चरण: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>हो गया: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>%2 से %1 का डंप, %3 में</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>मुख्य विंडो में दी गई रेंज मान्य नहीं है: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>पहले चुनें कि यह डंप कहाँ सेव करना है।</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>एक दूसरा जॉब पहले से &quot;ऑटो&quot; इस्तेमाल कर रहा है, जो पहला MediaTek फ़ोन ले लेता है। इस जॉब के लिए कोई पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>एक दूसरा जॉब पहले से %1 से डंप कर रहा है। इस जॉब के लिए दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>एक दूसरा जॉब पहले से %1 लिख रहा है। दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>मुख्य विंडो पहले से डंप कर रही है (पोर्ट: %1)। इस जॉब के लिए दूसरा पोर्ट चुनें।</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>ऑटो</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>मुख्य विंडो पहले से %1 लिख रही है। दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 पहले से मौजूद है। दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>%1 का एक अधूरा डंप पहले से मौजूद है। दूसरा फ़ाइल नाम चुनें, या उसे मुख्य विंडो से जारी रखें।</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>डंप रोकें?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>%n डंप अभी चल रहा है। उसे रोककर यह विंडो बंद करें? अब तक पढ़ा गया डेटा अधूरी फ़ाइल के रूप में रखा जाएगा और बाद में जारी रखा जा सकता है।</numerusform>
            <numerusform>%n डंप अभी चल रहे हैं। उन्हें रोककर यह विंडो बंद करें? अब तक पढ़ा गया डेटा अधूरी फ़ाइलों के रूप में रखा जाएगा और बाद में जारी रखा जा सकता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>डंप रोके जा रहे हैं…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — एक साथ कई फ़ोन</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>हर पंक्ति अपने अलग पोर्ट पर एक फ़ोन पढ़ती है, और सभी एक ही समय पर चलती हैं। क्या पढ़ना है और कैसे, यह पंक्ति शुरू होते समय मुख्य विंडो से लिया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>जॉब जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>एक और फ़ोन के लिए नई पंक्ति</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>कहाँ सेव करें</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या पढ़ना है</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 एक फ़ोल्डर है। डंप के लिए फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader फ़ोल्डर %1 में सेव नहीं कर सकता। दूसरा फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>यह जॉब पहले से चल रहा है।</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>सभी शुरू करें: %n में से %1 जॉब शुरू हुआ।</numerusform>
            <numerusform>सभी शुरू करें: %n में से %1 जॉब शुरू हुए।</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>कोई जॉब शुरू होने के लिए तैयार नहीं है: हर जॉब या तो चल रहा है या पूरा हो चुका है। अगले फ़ोन के लिए जॉब जोड़ें, या किसी पंक्ति में &quot;शुरू करें&quot; पर क्लिक करके वहाँ दूसरा फ़ोन डंप करें।</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>%n में से %1 जॉब शुरू हुआ। जो शुरू नहीं हुए:</numerusform>
            <numerusform>%n में से %1 जॉब शुरू हुए। जो शुरू नहीं हुए:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>जॉब %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>सभी शुरू करें (&amp;L)</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>हर तैयार जॉब शुरू करें, और जिन जॉब का अधूरा डंप रखा है उन्हें जारी रखें</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>लॉग</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>लॉग कॉपी करें</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>लॉग सेव करें…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>साफ़ करें</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>लॉग कॉपी करें</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>लॉग को फ़ाइल में सेव करें</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>लॉग साफ़ करें</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>लॉग सेव करें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>लॉग %1 में सेव नहीं हो सका: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>डंप करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>डंप रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>एक साथ कई फ़ोन डंप करें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>वर्चुअल फ़ोन से आज़माएँ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>MTreader के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>डंप खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>इतिहास (&amp;H)…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>लॉग (&amp;G)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — MediaTek फ्लैश रीडर</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>MTreader के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;MediaTek MT6261 और MT6260 फ़ीचर फ़ोन का फ्लैश BootROM USB पोर्ट से पढ़ता है, फ़ोन खोले बिना।&lt;/p&gt;&lt;p&gt;पब्लिक डोमेन (the Unlicense) में जारी: इसे बेझिझक इस्तेमाल करें, कॉपी करें और बदलें।&lt;/p&gt;&lt;p&gt;मूल MTreader, MT6260 BootROM नोट्स के लिए fernly, और mtk-open-tools का धन्यवाद।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>डंप रोकें?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>एक डंप चल रहा है। उसे रोककर बाहर निकलें? अब तक पढ़ा गया डेटा अधूरी फ़ाइल के रूप में रखा जाएगा और बाद में जारी रखा जा सकता है।</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>डंप रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>डेमो: &quot;डंप करें&quot; पर क्लिक करने के %1 सेकंड बाद एक वर्चुअल MT6261 कनेक्ट होगा।</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>डंप खोलें</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>फ्लैश डंप (*.bin);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>इस नाम से सेव करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>आउटपुट फ़ाइल</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>डंप यहाँ लिखा जाता है। जब तक आप खुद नाम नहीं चुनते, हर डंप के लिए नया नाम बनाया जाता है।</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>आउटपुट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>डंप इस नाम से सेव करें</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>फ्लैश डंप (*.bin);;सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>कोई दूसरा डंप %1 लिख रहा है।</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 नहीं बनाया जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>%1 दोबारा नहीं खोला जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>%1 को उसके जाँचे गए हिस्से तक छोटा नहीं किया जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>%1 वापस पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>%1 में सही जगह पर नहीं पहुँचा जा सका (seek): %2।</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>%1 में लिखा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>%1 का डेटा डिस्क पर नहीं भेजा जा सका (flush): %2।</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>%1 को डिस्क से सिंक नहीं किया जा सका: %2।</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 पहले से मौजूद है; डंप %2 में ही रहेगा।</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>%1 का नाम बदलकर %2 नहीं किया जा सका: %3।</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>अज्ञात (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>पोर्ट चुनें या उसका पाथ लिखें</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>&quot;ऑटो&quot; फ़ोन को उसकी USB आईडी से ढूँढता है। आप कोई पोर्ट भी चुन सकते हैं, या /dev/ttyUSB0 या COM5 जैसा पाथ लिख सकते हैं।</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>ऑटो — पहला MediaTek फ़ोन (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>पोर्ट:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>चिप:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>वर्ज़न:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>अभी पता नहीं</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>पढ़ना शुरू होने तक बूट बटन दबाए रखें।</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>अब आप बटन छोड़ सकते हैं। फ़ोन अनप्लग न करें।</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>तुलना के लिए सब कुछ दूसरी बार पढ़ा जा रहा है। फ़ोन अनप्लग न करें।</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>डंप सेव हो गया। फ़ोन रीस्टार्ट हो रहा है।</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%2 में से %1 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>पूरा हो रहा है</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>फ्लैश:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%2 से %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1। %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>हार्डवेयर %1, सॉफ़्टवेयर %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>कस्टम रेंज</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>पढ़ने की रेंज</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>शुरुआती पता</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>लंबाई बाइट में</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>दशमलव (4194304) या हेक्स (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>शुरुआत, साइज़ के रूप में</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>लंबाई, साइज़ के रूप में</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>रेंज में समस्या</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>शुरुआत (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>लंबाई (&amp;L):</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>पूरा फ्लैश (साइज़ फ़ोन से पता किया जाता है)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>शुरुआत से %1</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>MT6261 फ़ोन में 4, 8 या 16 MiB फ्लैश होता है। डिफ़ॉल्ट रूप से पूरा फ्लैश पढ़ा जाता है: MTreader उसका साइज़ फ़ोन से पता कर लेता है।</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>फ़ोन से पता किया गया</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>रिज़्यूम फ़ाइल %1 पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 रिज़्यूम फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>रिज़्यूम फ़ाइल %1 खराब है।</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>यह दूसरा फ़ोन है: इसका चिप %1 है, अधूरा डंप %2 का है।</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>यह दूसरा फ़ोन है: इसका ME ID %1 है, अधूरा डंप %2 का है।</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 खोला नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 को किसी दूसरे प्रोग्राम ने लॉक किया हुआ है।</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>यह फ़ोन पहले भी डंप किया गया था: %1 को, %2 में।</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>अगले फ़ोन के साथ जारी रखें</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>क्या पढ़ना है</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>कहाँ सेव करें</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>डंप करें (&amp;D)</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>फ्लैश डंप करें</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>डंप रद्द करें</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>शुरू करें, फिर कहे जाने पर फ़ोन कनेक्ट करें (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>जाँचें (&amp;V)</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>दो बार पढ़कर जाँच</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>सब कुछ दूसरी बार पढ़कर तुलना करता है; जो ब्लॉक अलग निकलते हैं उन्हें तब तक दोबारा पढ़ा जाता है जब तक दो रीड मेल न खा जाएँ। लगभग दोगुना समय लगता है।</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>लगातार मोड (&amp;K)</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>कई फ़ोन के लिए: हर फ़ोन के बाद अगले का इंतज़ार करें। हर डंप को उसी फ़ोल्डर में अपना अलग फ़ाइल नाम मिलता है।</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>हर फ़ोन पर आवाज़ और सूचना</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>फ़ोन पूरा होने पर आवाज़ और सूचना</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>किसी भी फ़ाइल मैनेजर ने फ़ोल्डर नहीं खोला। डंप यहाँ है:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>पाथ कॉपी करें</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>लगातार मोड: %n डंप हुआ</numerusform>
            <numerusform>लगातार मोड: %n डंप हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n फ़ेल</numerusform>
            <numerusform>%n फ़ेल</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>इस सेशन के फ़ोन, सबसे नया पहले</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>फ़ोन पहचाना नहीं गया</translation>
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
        <translation>चुनें कि क्या पढ़ना है और कहाँ सेव करना है, फिर &quot;डंप करें&quot; पर क्लिक करें। इसके बाद MTreader बताएगा कि फ़ोन कैसे कनेक्ट करना है, और उसे खुद ढूँढ लेगा।</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>फ़ोन बंद करें। बूट बटन (आमतौर पर कॉल बटन) दबाए रखें और USB केबल लगाएँ।</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>फ़ोन का इंतज़ार</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>फ़ोन पहचाना गया</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>फ्लैश पढ़ा जा रहा है</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>जाँच रहा है</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>फ़ोन रीसेट हो रहा है</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>कोई आउटपुट फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>पहले चुनें कि डंप कहाँ सेव करना है।</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>ऐसा कोई फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>फ़ोल्डर %1 मौजूद नहीं है। &quot;इस नाम से सेव करें&quot; से दूसरी जगह चुनें।</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 एक फ़ोल्डर है। &quot;इस नाम से सेव करें&quot; से डंप के लिए फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>फ़ाइल बदलें?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 पहले से मौजूद है। क्या उसे नए डंप से बदलें?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>पिछला डंप जारी रखें?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>%1 का एक अधूरा डंप पहले से मौजूद है। क्या उसी फ़ोन के साथ उसे जारी रखें?

इसके बजाय नए सिरे से शुरू करने के लिए, दूसरा फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>उस फ़ोल्डर में लिखा नहीं जा सकता</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader %1 में सेव नहीं कर सकता: %2। फ़ोन कनेक्ट करने से पहले &quot;इस नाम से सेव करें&quot; से दूसरा फ़ोल्डर चुनें।</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>रफ़्तार मापी जा रही है</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>बाकी समय का अनुमान लगाया जा रहा है</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 बाकी</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 सेकंड</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, हार्डवेयर %2, सॉफ़्टवेयर %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>अधूरे डंप: वही फ़ोन कनेक्ट करें और जहाँ रुका था वहीं से जारी रखें।</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: %3 में से %2 पढ़ा गया</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: %2 पढ़ा गया</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>जारी रखें (&amp;T)</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>%1 में डंप जारी रखें</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>%1 वापस पढ़ा नहीं जा सका: %2।</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>%1 को ठीक नहीं किया जा सका: %2।</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>गलत गड़बड़ी &quot;%1&quot;: KIND[@OFFSET][xTIMES] चाहिए</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>अज्ञात गड़बड़ी &quot;%1&quot;; उपलब्ध: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>गड़बड़ी का गलत ऑफ़सेट &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>गड़बड़ी की गलत संख्या &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>MTreader वर्चुअल फ़ोन</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>कोई वर्चुअल पोर्ट %1 नहीं है।</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>वर्चुअल पोर्ट %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>वर्चुअल पोर्ट %1 पहले से खुला है।</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>वर्चुअल फ़ोन चला गया: समय पर हैंडशेक न आने से वह सामान्य रूप से बूट हो गया</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>सॉफ़्टवेयर रीसेट के बाद वर्चुअल फ़ोन चला गया</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>वॉचडॉग रीसेट के बाद वर्चुअल फ़ोन चला गया</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>वर्चुअल फ़ोन चला गया: उसकी पावर चली गई</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>वर्चुअल फ़ोन चला गया: उसकी केबल निकाल दी गई</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>वर्चुअल फ़ोन चला गया: उसे अनप्लग कर दिया गया</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>वर्चुअल फ़ोन चला गया</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>चित्र: कॉल बटन पर उँगली रखा हुआ फ़ोन और एक USB केबल</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>कुछ फ़ोन, जैसे नोकिया के बनाए MT6260 मॉडल, बैटरी के बिना कनेक्ट करने होते हैं: बैटरी निकालें, केबल लगाएँ, और बैटरी डंप पूरा होने के बाद ही वापस लगाएँ।</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>किसी भी MediaTek फ़ोन (USB आईडी 0E8D:0003) पर नज़र रखी जा रही है।</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>%1 पर नज़र रखी जा रही है।</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>अभी डंप किया गया फ़ोन निकालें, फिर अगला फ़ोन कनेक्ट करें: बंद हालत में, बूट बटन (आमतौर पर कॉल बटन) दबाए हुए।</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>दबाए रखें</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>फिर भी दोबारा डंप करें (&amp;G)</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>वही फ़ोन दोबारा डंप करें</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>यह वही फ़ोन है जिसे आपने अभी डंप किया (ME ID %1): यह फिर से इसलिए आया क्योंकि बूट बटन अभी भी दबा हुआ है। बटन छोड़ें और फ़ोन अनप्लग करें, फिर अगला फ़ोन कनेक्ट करें।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>MediaTek MT6261/MT6260 फ़ीचर फ़ोन का फ्लैश BootROM USB पोर्ट से पढ़ता है।</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>बिल्ट-इन वर्चुअल फ़ोन पर तुरंत डंप शुरू करें (जैसे &quot;सहायता &gt; वर्चुअल फ़ोन से आज़माएँ&quot;, फिर &quot;डंप करें&quot;)।</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>प्रकार[@ऑफ़सेट][xबार]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: गलत --demo-fault %1: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>&quot;फ़ाइल &gt; एक साथ कई फ़ोन डंप करें&quot; खोलें, जिसमें दी गई संख्या में वर्चुअल फ़ोन एक ही समय पर डंप हो रहे हों।</translation>
    </message>
    <message>
        <source>count</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>सिर्फ़ इस बार विंडो को इस भाषा में दिखाएँ, जैसे ru, ar या zh_CN (अंग्रेज़ी के लिए en)। &quot;दृश्य &gt; भाषा&quot; से भाषा हमेशा के लिए चुनी जाती है।</translation>
    </message>
    <message>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: अज्ञात भाषा %1; उपलब्ध भाषाएँ: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs को 1 से 16 तक की संख्या चाहिए</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>--demo के साथ: वर्चुअल फ़ोन यह गड़बड़ी पैदा करता है, जैसे cable-pulled@0x100000, या error-status@0x80000x3 (तीन बार; x0 का मतलब हमेशा)। कई बार दिया जा सकता है।</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>--demo के साथ: वर्चुअल फ़ोन का फ्लैश, 4M, 8M या 16M (डिफ़ॉल्ट 4M)।</translation>
    </message>
    <message>
        <source>size</source>
        <translation>साइज़</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash के लिए 4M, 8M या 16M दें</translation>
    </message>
</context>
</TS>
