<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BromClient</name>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>No answer within %1 ms; %n byte expected.</numerusform>
            <numerusform>No answer within %1 ms; %n bytes expected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Only %1 of %n byte arrived, then silence.</numerusform>
            <numerusform>Only %1 of %n bytes arrived, then silence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>No BootROM answer after %n attempt in %1 ms.</numerusform>
            <numerusform>No BootROM answer after %n attempts in %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</numerusform>
            <numerusform>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n block was retried; all data was read and checked</numerusform>
            <numerusform>%n blocks were retried; all data was read and checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>verified: %n block needed more reads; two reads agree on every byte</numerusform>
            <numerusform>verified: %n blocks needed more reads; two reads agree on every byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</numerusform>
            <numerusform>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>link: round trip %1 ms, rate not measured; %n READ32 in flight</numerusform>
            <numerusform>link: round trip %1 ms, rate not measured; %n READ32 in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>%n READ32 in flight again</numerusform>
            <numerusform>%n READ32 in flight again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>No two reads agreed on %n block, at %1.</numerusform>
            <numerusform>No two reads agreed on %n blocks, at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Found from the phone: the flash repeats after %1 (%n sample block matched).</numerusform>
            <numerusform>Found from the phone: the flash repeats after %1 (%n sample blocks matched).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>The %n sample block of %1 in the first MiB is not distinctive.</numerusform>
            <numerusform>None of the %n sample blocks of %1 in the first MiB is distinctive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n sample block read again at %1 matched.</numerusform>
            <numerusform>%n sample blocks read again at %1 matched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n sample block matched nowhere up to 16 MiB.</numerusform>
            <numerusform>%n sample blocks matched nowhere up to 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>%n attempt saved to %1.</numerusform>
            <numerusform>%n attempts saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>%n dump is still running. Stop it and close this window? What was read so far is kept as a partial file and can be continued later.</numerusform>
            <numerusform>%n dumps are still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Start all: %1 of %n job started.</numerusform>
            <numerusform>Start all: %1 of %n jobs started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>Started %1 of %n job. Not started:</numerusform>
            <numerusform>Started %1 of %n jobs. Not started:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Keep going: %n dumped</numerusform>
            <numerusform>Keep going: %n dumped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
</TS>
