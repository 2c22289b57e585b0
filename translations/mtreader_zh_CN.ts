<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>高级(&amp;A)</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>显示高级选项</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1（未在真机上验证）</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>块大小</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>每条读取命令请求的数据量。原版工具使用 1 KiB。</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>谨慎模式</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>块大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>谨慎模式(&amp;M)</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>每次都等收到应答后再请求下一批数据。速度较慢；适用于屡次失败的手机。</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>任意地址(&amp;N)</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>允许 %1 及以上的范围：那里是 RAM 和寄存器，不是闪存。</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>允许任意地址</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>%1 命令的回显错误。</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>%1 命令地址的回显错误。</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>%1 命令计数的回显错误。</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>%1 命令数值的回显错误。</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>%2 命令之后返回了错误状态 %1。</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>%2 命令之后返回了意外状态 %1。</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>%2 数据之后返回了错误状态 %1。</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>%2 数据之后返回了意外状态 %1。</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>%2 数值之后返回了错误状态 %1。</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>%2 数值之后返回了意外状态 %1。</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>写入端口失败：%1。</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>%1 毫秒内无应答；应收到 %n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>只收到 %1 字节（应为 %n 字节），之后再无数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>端口消失了：%1。</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>在 %1 毫秒内尝试了 %n 次，BootROM 均无应答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>ME ID 长度 %1 不符合预期。</translation>
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
        <translation>退出码：
  0    转储已保存（使用 --verify 时已校验）
  1    意外的内部错误
  2    用法错误：参数、范围或块大小无效
  3    没有手机：端口未按时出现，或没有设备像 BootROM 那样应答
  4    端口访问：权限被拒绝、端口被占用或无法打开
  5    协议错误：手机停止应答、应答错误、
       断开连接，或转储无法续传或校验
  6    输出错误：FILE 已存在（请用 --force）、无法写入、磁盘已满
  130  被 Ctrl-C 或 SIGTERM 取消
退出码为 5 或 130 时，FILE 旁边通常会保留未完成的转储文件；
用 --resume 运行相同的命令即可继续。
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 需要秒数，例如 30 或 0.5，而不是“%2”。</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>手机的串口（/dev/ttyACM0、COM5），手机连接后出现的路径，或用“auto”表示第一个 MediaTek BootROM 端口（0E8D:0003）。</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>保存转储的文件。</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>每条 READ32 命令读取的字节数（默认 %1；1024 和 4096 已在真机上验证）。</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>等待手机端口出现的秒数（默认：一直等待，直到按下 Ctrl-C）。</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>端口打开后尝试 BootROM 握手的秒数（默认 %1）。</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>转储完成后不重启手机。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>在 stdout 上以单个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>FILE 已存在时覆盖它。</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>继续同一范围、同一手机的未完成转储（FILE.part）。</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>全部读取两遍并比对。</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>输出会话的每一步。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>参数过多：需要 PORT FILE START LENGTH；“%1”是多出来的。</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE 为空：请指定保存转储的文件名。</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>块大小“%1”不是数字。</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline 需要 1 到 %1 之间的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout 必须大于零。</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>正在等待 MediaTek 手机（USB 0E8D:0003）…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>正在 %1 上等待手机…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>正在校验：再次读取该范围…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>正在重启手机…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>端口 %1 已打开；正在与 BootROM 握手…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>已连接：%1，硬件 %2，软件 %3，BROM %4，ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>警告：这不是 MT6261 或 MT6260；转储会继续，但请检查结果。</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取中</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>，已通过第二次读取校验</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>已保存 %1（%2）%3。
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>已保存 %1（%2），用时 %3 秒，速度 %4 KiB/s%5。
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
        <translation>手机未重启（--no-reset）：拔下手机即可关机。
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>未确认重启：请拔下手机。
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 未被改动。加上 --force 可覆盖它。</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>第一次读取的结果保存为 %1。</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>已读取的部分保存在 %1（%2）中。要从中断处继续，请按住引导键重新连接手机，然后运行：</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>详细信息：%1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>注意：块大小 %1 未在真机上验证（1024 和 4096 已验证）。如果转储失败，请试试 -bs 1024。
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>转储因未知原因失败。
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>谨慎模式：像原版工具一样等待每个应答（等同于 --pipeline 1）。</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful 与 --pipeline %1 相互矛盾。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>用法：mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>列出转储历史记录中记录的转储，最新的在前。</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>在 stdout 上以单个 JSON 数组输出这些记录。</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>只列出 ME ID 以 ID（十六进制）开头的手机的记录。</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>只列出在 DATE 或之后开始的记录（2026-11-30 或 2026-11-30T14:00）。</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history 不接受参数；“%1”是多余的。</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id 需要十六进制数字，例如 3A7F，而不是“%1”。</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since 需要日期，例如 2026-11-30 或 2026-11-30T14:00，而不是“%1”。</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>%1 中没有转储记录。
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>说明转储文件包含什么：固件、闪存芯片、用户数据、内容。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>转储文件，由 MTreader 或其他工具生成。</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>以单个 JSON 对象输出。</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>将闪存分布图保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>转储文件第一个字节的闪存地址（默认：取自其报告，没有报告则为 0）。</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>用法：mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start 需要低于 4 GiB 的地址，例如 0 或 0x100000，而不是“%1”。
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>无法读取 %1：%2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>无法将分布图保存到 %1。
</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>CRC32</source>
        <translation>CRC32</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1，ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>未知：文件旁边没有报告</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>闪存容量</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>闪存芯片</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>文件信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>同时在途的 READ32 命令数，1 到 %1（默认：按链路需要）。</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>允许 0x10000000 及以上的范围（手机的 RAM 和寄存器，不是闪存）。</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>不分析转储内容：不生成 FILE.report.json；完整给出范围时也不探测闪存容量。</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>不在转储历史记录中记录本次转储（参见 mtreader-cli history --help）。</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>通过 BootROM USB 端口读取 MediaTek MT6261/MT6260 功能机的闪存，
并保存到 FILE：整个闪存（容量从手机探测），或从地址 START 开始的 LENGTH 字节。
START 和 LENGTH 可以是十进制（4194304）、十六进制（0x400000）或容量（4M）。
转储旁边会写入一份说明其内容的报告（FILE.report.json）。

mtreader-cli info DUMP [--json] [--map PNG] 可说明现有转储文件包含什么。</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>要读取的第一个闪存地址，例如 0（可选）。</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>要读取的字节数，例如 0x400000 或 4M。</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>缺少参数：需要 PORT FILE 或 PORT FILE START LENGTH；实际只有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Flash: %1</source>
        <translation>闪存：%1</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli [options] PORT FILE [START LENGTH]
Run mtreader-cli --help for the options and exit codes.
</source>
        <translation>用法：mtreader-cli [选项] PORT FILE [START LENGTH]
运行 mtreader-cli --help 查看选项和退出码。
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>正在从 %2 读取 %1 到 %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>演示：将为您自动接入一部虚拟手机。它的转储保存在 %1，与真实转储分开。</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>闪存(&amp;F)：</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>虚拟手机的闪存容量</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>在文件夹中显示(&amp;O)</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>完成：转储已保存</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>已保存的文件</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>转储文件的 SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>复制 SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>在文件夹中显示转储文件</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>转储另一部手机</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>Verified: a second read matched byte for byte.</source>
        <translation>已校验：第二次读取逐字节一致。</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>已通知手机重启；现在可以拔下手机。</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>现在请拔下手机。</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>转储另一部手机(&amp;H)</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>打开转储旁边生成的报告</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>无法回读转储文件</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>共用时 %1，本次用时 %2（从 %3 处继续）</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1（%2 字节），起始地址 %3，%4。</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>转储线程已结束，但没有返回结果。</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>应收到 %1，但什么也没收到。</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>应收到 %1，实际收到 %2。</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>最后收到的字节：%1。</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>位于闪存偏移 %1。</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>端口：%1。</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>整个闪存</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation>（续传）</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>演示：虚拟手机 %1 将在 %2 秒后接入</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>连续作业：正在等待下一部手机</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>已停止等待下一部手机。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>已保存 %1，SHA-256 %2</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1，SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the flash</source>
        <translation>整个闪存</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>已读取 %1（共 %2），保存在 %3 中。</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>上一部手机失败：%1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>已保存 %1（%2）。</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>转储范围：%1，起始地址 %2，保存到 %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>转储历史记录 %1 正被另一个程序使用，因此上一次转储暂存在内存中，文件空闲后会立即记录。转储照常进行。</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>转储历史记录 %1 是由较新版本的 MTreader 写入的，因此此版本不会在其中记录。转储照常进行；请使用较新版本查看历史记录。</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>无法保存转储历史记录：缺少 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。转储照常进行，但本次会话中不会记录。</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>无法在 %1 中写入转储历史记录，因此本次会话中的转储不会被记录。转储照常进行；请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>转储历史记录文件已损坏。它已保留为 %1，并在 %2 中新建了历史记录。转储照常进行。</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>无法写入转储历史记录文件。它已保留为 %1，并在 %2 中新建了历史记录。转储照常进行。</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>转储文件不是以 SF_BOOT 开头：可能是字节顺序或内存映射有误，或者固件不是 MediaTek 的。</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>无法识别固件：转储中没有 ROM 信息块（已加密，或不是 MediaTek 的固件）。</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM 信息</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>固件记录显示闪存为 %1，但手机的闪存在 %2 之后重复。</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>固件将用户数据放在 %1 到 %2，超出了闪存末尾（%3）。</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>用户数据区结束于 %1，而不是闪存末尾（%2）。</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>文件类型 %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>位于 %2 的 %1 声称大小为 %3，超出了闪存末尾。</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>BootROM 此前已完成握手</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>BootROM 握手完成</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1，硬件 %2，软件 %3，BROM %4，ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>已打开端口 %1</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>从第 %1 字节继续（共 %2 字节）</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>已校验的 %1 字节保留在 %2 中</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>已保存 %1（%2 字节），SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>警告：未确认重启（%1）；请拔下手机</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>%n 个块经过重试；所有数据均已读取并校验</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>已校验：第二次读取逐字节一致</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>在等待手机时被取消。</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>%1 秒内没有出现手机端口。</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>刚转储完的手机（ME ID %1）又出现了。</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>已通知手机重启</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>手机未执行重启（%1）：请拔下手机</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>正在探测闪存容量</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 将读取 %2，即 MT626x 手机可能具有的最大容量；如需少读，请选择一个容量。</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>这部手机的闪存读出为 %1；而未完成的转储是 %2 的。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>闪存在 %1 处与未完成的转储不同：这部手机的闪存不是该未完成转储的来源。</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>转储已保留为 %1。</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>警告：无法回读转储以分析其内容：%1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>固件 %1（%2）</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>无法识别固件</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>警告：无法将报告写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>链路：往返 %1 毫秒，%2 MB/s；同时在途 %n 条 READ32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>链路：往返 %1 毫秒，未测得速率；同时在途 %n 条 READ32</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>在 %1 条 READ32 同时在途时出错：改为一次一条读取，之后再恢复到最多 %2 条</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>谨慎模式：本次会话的剩余部分一次只发一条 READ32</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>再次同时在途 %n 条 READ32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>有 %n 个块没有任何两次读取结果一致，位于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>已校验：%n 个块需要额外读取；每个字节都有两次读取一致</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>警告：未知芯片代码 %1；MTreader 只识别 MT6261 和 MT6260。继续执行。</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>该范围超出了 %1 闪存的末尾：%2 之后读到的是闪存开头部分的重复，而不是更多内容。</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>重试 %1 处的块（第 %2 次尝试）：%3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>校验：%1 处的块读取结果不一致；%2 次读取一致认定了修正后的值，文件现已写入该值</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>校验：%1 处的块有一次读取结果不同；%2 次读取与文件一致</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 不是 MTreader 报告。</translation>
    </message>
</context>
<context>
    <name>DumpSummary</name>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Flash size:</source>
        <translation>闪存容量：</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>闪存芯片：</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>用户数据：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>将分布图保存为图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>将闪存分布图保存为图片</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>闪存分布图</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>每格代表 4 KiB 闪存，每行 %1。</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>无法得知转储包含的内容：%1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>保存分布图</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>无法将分布图保存到 %1。</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>无法在文件夹 %1 中写入：%2。</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>已存在未完成的转储 %1：请继续它或将其删除。</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>%1 没有可继续的内容：不存在部分文件。</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>%1 没有可继续的内容。</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>未完成的转储是 %1 的，与所要求的范围不符。</translation>
    </message>
</context>
<context>
    <name>DumpTypes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DumpView</name>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>MTreader — %1</source>
        <translation>MTreader — %1</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1，ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>未知：文件旁边没有报告</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>文件的 SHA-256</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>转储已取消。</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>目标文件名下没有写入任何内容。</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>本次转储的设置无效。</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>未检测到手机。</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>将手机关机，按住引导键（通常是拨号键）并连接数据线。换一根数据线或换一个 USB 口试试。在 Windows 上，请安装 MediaTek VCOM 驱动。有些手机必须取下电池后再连接。</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>端口 %1 不存在（或已消失）。</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>请检查端口名称，或选择“自动”，然后按住引导键连接手机。</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>您没有打开 %1 的权限。</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>关闭可能占用该端口的其他程序，然后重试。</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>另一个程序正在使用 %1。</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager 经常抢占新出现的 USB 串口：请停止它（sudo systemctl stop ModemManager），或安装 MTreader 的 udev 规则，让它不再碰 MediaTek 手机。关闭所有串口终端或刷机工具，然后重新连接手机。</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>关闭可能占用该端口的串口终端、刷机工具或手机助手，然后重新连接手机。</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>无法打开端口 %1。</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>重新连接手机。如果问题反复出现，请换一个 USB 口或数据线。</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>手机没有像 MediaTek BootROM 那样应答。</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>断开手机，关机，按住引导键（通常是拨号键）后重新连接；一直按住，直到转储开始。可尝试取下电池，或换一根数据线。请确认该端口确实属于这部手机。</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>手机停止了应答。</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>手机只发送了部分应答。</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>检查数据线，然后按住引导键重新连接手机，继续转储。</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>手机应答了意外的字节。</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>连接不稳定，或者这不是 MT626x BootROM。重新连接手机并继续；换一根数据线或一个 USB 口试试。</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>手机报告了错误。</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>按住引导键重新连接手机，继续转储。如果错误总出现在同一地址，说明这部分闪存无法用这种方式读取。</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>手机已断开连接。</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>数据线被拔出，或手机重启、断电。已读取的内容都已保留：按住引导键重新连接手机即可继续。没有电池的手机需要质量好的数据线和 USB 口。</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>这不是未完成转储所属的那部手机。</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>请连接同一部手机以继续它的转储，或为这部手机开始新的转储。</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>无法保存转储文件。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>请选择有写入权限的文件夹，并检查磁盘。详细信息：%1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>请释放一些空间或选择其他磁盘。已读取的内容会保留，之后可以继续。</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>输出文件已存在。</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>请换一个文件名，或允许覆盖。</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>第二次读取与第一次不一致：转储结果不可靠。</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>无法继续该转储。</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>意外错误。</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>请将自己加入拥有该端口的用户组，然后注销并重新登录：
    sudo usermod -aG %1 $USER
或者安装 MTreader 自带的 udev 规则（60-mtreader.rules），它让已登录的用户可以访问 MediaTek 手机。</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>检查数据线，然后按住引导键重新连接手机，继续转储。如果再次发生，请选择更小的块大小或谨慎模式。</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>这是刚刚转储过的手机。</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>它又出现是因为引导键仍被按住。请松开按键并拔下手机，然后连接下一部手机。</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>有些块每次读出的内容都不同，没有任何两次读取一致。转储已保存在带有“unverified”标记的文件名下。请检查数据线和 USB 口，然后重新转储。</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>重新连接手机以继续(&amp;R)</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>显示日志(&amp;G)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步怎么做</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>重新连接手机以继续转储</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>显示包含技术细节的日志</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>已通知手机重启：请拔下手机。</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>如果手机仍连接着，请拔下它：在此之前它会一直停留在 BootROM 中。</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 要继续：请点击下方按钮，然后重新连接手机（保持关机，按住引导键）。转储将从中断处继续。</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>%1 占满了整个字段，没有结束符；可能被截断了。</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>%1 包含非文本字节。</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>引导加载程序</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>扩展引导加载程序</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>MAUI 映像</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>第二 MAUI 映像</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>按需分页代码</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>第三 ROM</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>自定义资源</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>语言包</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>文件系统</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>文件信息头超过 %1 个：只列出前 %1 个。</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>ROM 信息标识符</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>ROM 信息版本“%1”不是 MTreader 已知的版本（v04 到 v09）：其字段可能被误读。</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>ROM 信息列出了 %1 个闪存设备；最多只能容纳 %2 个。</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>%1 处的文件信息头被转储末尾截断。</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>%1 处的文件信息头类型或大小错误（%2 字节）。</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>已忽略 %1 处的第二个 ROM 信息块。</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>%1 处的 ROM 信息块被转储末尾截断。</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>已擦除（0xFF）</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>全零</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>固件文件</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM 信息</translation>
    </message>
</context>
<context>
    <name>FlashRange</name>
    <message>
        <source>The length is zero: nothing to read.</source>
        <translation>长度为零：没有可读取的内容。</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>起始地址超出了手机 4 GiB 的地址空间。</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>范围超出了手机 4 GiB 的地址空间。</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>块大小必须是 4 字节的倍数。</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>块大小最大为 1 MiB。</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>该范围达到或超过 0x10000000。闪存映射后，那里是手机的 RAM 和寄存器，而不是闪存，读取寄存器可能会扰乱手机。请选择低于 0x10000000 的范围；如果确实需要，请允许任意地址（在“高级”中；--any-address）。</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>起始地址“%1”不是数字。请使用十进制（4194304）、十六进制（0x400000）或容量，例如 4M 或 4096K。</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>长度“%1”不是数字。请使用十进制（4194304）、十六进制（0x400000）或容量，例如 4M 或 4096K。</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>未向手机探测闪存容量。</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>从手机探测得知：闪存在 %1 之后重复（%n 个样本块匹配）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>手机的闪存在 16 MiB 以内都没有重复，因此无法得知其容量。</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>闪存开头已被擦除（或内容全部相同），因此无法探测其容量。</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>手机没有应答用于探测闪存容量的读取请求。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>第一个 MiB 中的 %n 个样本块（每块 %1）都不具有辨识度。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>样本块每隔 %1 或更短就重复：这是一种固定图案，而不是地址回绕。</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>在 %1 处再次读取的 %n 个样本块匹配。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n 个样本块在 16 MiB 以内均无匹配。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，起始地址 %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>多部手机</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录来源</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>转储历史记录</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID、固件或文件名</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>按 ME ID、固件或文件名搜索历史记录</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>转储记录，最新的在前</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>打开所选转储所在的文件夹</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>打开报告(&amp;R)</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>打开所选转储的报告</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>复制 SHA-256(&amp;2)</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>复制所选转储的 SHA-256</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>继续所选的未完成转储</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>将中途停止的转储的剩余部分读入同一文件。</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>将显示的记录导出为 CSV 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>无法将历史记录保存到 %1（%2）。请选择其他文件夹后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>无法识别（没有 ROM 信息：已加密、不是 MediaTek 的固件，或不是闪存转储）</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>未记录版本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>固件中未注明</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>未知厂商</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1（%2：%3）</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1 by the firmware&apos;s record. %2</source>
        <translation>按固件记录为 %1。%2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>固件中未记录</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 到 %2（%3）</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1% 已擦除（%2），%3% 为零</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>文件类型 %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1，位于 %2，%3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>无法识别固件。</translation>
    </message>
    <message>
        <source>Firmware %1.</source>
        <translation>固件 %1。</translation>
    </message>
    <message>
        <source>ME ID %1.</source>
        <translation>ME ID %1。</translation>
    </message>
    <message>
        <source>Verified: a second read matched.</source>
        <translation>已校验：第二次读取一致。</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>已保存为 %1（%2）。</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>将 SHA-256 复制到剪贴板</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 的结果</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>%1 的 SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>复制 %1 的 SHA-256</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>%1 的输出文件</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>选择 %1 的输出文件</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>转储另存为</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>闪存转储 (*.bin);;所有文件 (*)</translation>
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
        <translation>块大小 %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>读取两遍进行校验</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>谨慎模式</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>继续(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>继续未完成的转储：请再次连接同一部手机</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>任务 %1 的端口</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>%1 读取的内容</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 的进度</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1 的状态</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>继续 %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>开始 %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>取消 %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>整个闪存，%1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>整个闪存</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>%1 已保留在 %2 中：请再次连接同一部手机，然后点击“继续”读取剩余部分。</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>已读取 %1（共 %2），保留在 %3 中：请再次连接同一部手机，然后点击“继续”读取剩余部分。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>任务 %1（%2）</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>继续转储到 %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>将整个闪存转储到 %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>完成：%1（%2），SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，起始地址 %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>转储 %1（起始地址 %2）到 %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>主窗口中的范围无效：%1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>请先选择此转储的保存位置。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>另一个任务已在使用“自动”，它会占用第一部 MediaTek 手机。请为此任务选择一个端口。</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>另一个任务已在从 %1 转储。请为此任务选择其他端口。</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>另一个任务已在写入 %1。请换一个文件名。</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>主窗口已在转储（端口：%1）。请为此任务选择其他端口。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>主窗口已在写入 %1。请换一个文件名。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在。请换一个文件名。</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>%1 已有一个未完成的转储。请换一个文件名，或在主窗口中继续该转储。</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>停止转储？</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>仍有 %n 个转储正在进行。要停止它们并关闭此窗口吗？已读取的内容会保留为部分文件，之后可以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>正在停止转储…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — 同时转储多部手机</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>每一行通过各自的端口读取一部手机，所有行同时进行。读取什么、如何读取，在该行开始时从主窗口获取。</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>添加任务(&amp;A)</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>为另一部手机新增一行</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>What</source>
        <translation>读取内容</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 是一个文件夹。请为转储选择一个文件名。</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader 无法保存到文件夹 %1。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>此任务已在运行。</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>全部开始：%n 个任务中已开始 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>没有可以开始的任务：每个任务都在运行或已完成。请为下一部手机添加任务，或在某一行点击“开始”，在该行转储另一部手机。</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>%n 个任务中已开始 %1 个。未开始的：</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>任务 %1（%2）：%3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>全部开始(&amp;L)</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>开始所有已就绪的任务，并继续所有保留了未完成转储的任务</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>复制日志</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>将日志保存到文件</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>无法将日志保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>转储(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>取消转储(&amp;C)</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>同时转储多部手机(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>用虚拟手机试用(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>关于 MTreader(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>打开转储文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>日志(&amp;G)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — MediaTek 闪存读取工具</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>关于 MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;通过 BootROM USB 端口读取 MediaTek MT6261 和 MT6260 功能机的闪存，无需拆机。&lt;/p&gt;&lt;p&gt;以公有领域方式发布（the Unlicense）：可自由使用、复制和修改。&lt;/p&gt;&lt;p&gt;感谢原版 MTreader，感谢 fernly 提供的 MT6260 BootROM 笔记，感谢 mtk-open-tools。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>停止转储？</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>正在转储。要停止并退出吗？已读取的内容会保留为部分文件，之后可以继续。</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>正在停止转储…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>演示：点击“转储”后，虚拟 MT6261 会在 %1 秒后接入。</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>打开转储文件</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>闪存转储 (*.bin);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>另存为(&amp;E)…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>转储写入此处。在您自己选定文件名之前，每次转储都会生成一个新文件名。</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>选择输出文件</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>转储另存为</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>闪存转储 (*.bin);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>另一个转储正在写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>无法重新打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>无法将 %1 截回到已校验的部分：%2。</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>无法回读 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>无法在 %1 中定位：%2。</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>无法刷新 %1 的缓冲区：%2。</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>无法将 %1 同步到磁盘：%2。</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 已存在；转储保留在 %2 中。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>无法将 %1 重命名为 %2：%3。</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>选择端口或输入其路径</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>“自动”按 USB ID 查找手机。您也可以选择一个端口，或输入路径，例如 /dev/ttyUSB0 或 COM5。</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>自动 — 第一部 MediaTek 手机（%1）</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>芯片：</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID：</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>暂未获取</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>请一直按住引导键，直到开始读取。</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>现在可以松开按键了。请勿拔下手机。</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>正在把全部内容再读一遍进行比对。请勿拔下手机。</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>转储已保存。正在重启手机。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 / %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>闪存：</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，起始地址 %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>硬件 %1，软件 %2，%3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>读取范围</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>起始地址</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>长度（字节）</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>十进制（4194304）或十六进制（0x400000）</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>起始地址（换算为容量）</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>长度（换算为容量）</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>范围有误</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>起始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>长度(&amp;L)：</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>整个闪存（容量从手机探测）</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>从开头读取 %1</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>MT6261 手机的闪存为 4、8 或 16 MiB。默认读取整个闪存：MTreader 会从手机探测其容量。</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>从手机探测</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>无法读取续传文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 不是续传文件。</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>续传文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>这是另一部手机：它的芯片是 %1，而未完成的转储来自 %2。</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>这是另一部手机：它的 ME ID 是 %1，而未完成的转储来自 %2。</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 已被另一个程序锁定。</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>这部手机之前转储过：%1，保存到 %2。</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>连续处理下一部手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>读取内容</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>转储(&amp;D)</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>转储闪存</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>取消转储</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>开始，然后按提示连接手机（Ctrl+Return）</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>读取两遍进行校验</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>把全部内容再读一遍进行比对；不一致的块会重读，直到有两次读取一致。耗时约为两倍。</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>连续作业(&amp;K)</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>用于一批手机：每部完成后等待下一部。每次转储在同一文件夹中使用各自的文件名。</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>每部手机完成时声音提醒</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>手机完成时发出声音并提醒</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>没有文件管理器打开该文件夹。转储文件位于：
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>连续作业：已转储 %n 部</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 部失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>本次会话中的手机，最新的在前</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>未识别的手机</translation>
    </message>
    <message>
        <source>ME ID %1</source>
        <translation>ME ID %1</translation>
    </message>
    <message>
        <source>%1 ✓ %2: %3</source>
        <translation>%1 ✓ %2：%3</translation>
    </message>
    <message>
        <source>%1 ✗ %2: %3</source>
        <translation>%1 ✗ %2：%3</translation>
    </message>
</context>
<context>
    <name>StagePanels</name>
    <message>
        <source>Choose what to read and where to save it, then click Dump. MTreader then tells you how to connect the phone and finds it by itself.</source>
        <translation>选择要读取的内容和保存位置，然后点击“转储”。MTreader 会提示您如何连接手机，并自动找到手机。</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>将手机关机。按住引导键（通常是拨号键），然后连接 USB 数据线。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>正在等待手机</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>已识别手机</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>正在读取闪存</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>校验中</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>正在重启手机</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>没有输出文件</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>请先选择转储的保存位置。</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>文件夹 %1 不存在。请通过“另存为”选择其他位置。</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 是一个文件夹。请通过“另存为”为转储选择一个文件名。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 已存在。要用新的转储替换它吗？</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>继续之前的转储？</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>%1 已有一个未完成的转储。要用同一部手机继续吗？

如果要重新开始，请换一个文件名。</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader 无法保存到 %1：%2。请在连接手机之前，通过“另存为”选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>正在测速</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>正在估算剩余时间</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>大约剩余 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>剩余 %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1，硬件 %2，软件 %3，%4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>未完成的转储：连接同一部手机，从中断处继续。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1：已读取 %2 / %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1：已读取 %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>继续(&amp;T)</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>继续转储到 %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>无法回读 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>无法修正 %1：%2。</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>故障“%1”无效：应为 KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>未知故障“%1”；可用：%2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>故障偏移“%1”无效</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>故障次数“%1”无效</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>MTreader 虚拟手机</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>不存在虚拟端口 %1。</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>虚拟端口 %1 当前未接入。</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>虚拟端口 %1 已被打开。</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>虚拟手机已消失：由于没有按时收到握手，它已正常开机</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>虚拟手机在软件重启后消失</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>虚拟手机在看门狗重启后消失</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>虚拟手机已消失：它断电了</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>虚拟手机已消失：数据线被拔出</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>虚拟手机已消失：它被拔下了</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>虚拟手机已消失</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>图片：手指按住拨号键的手机和一根 USB 数据线</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>有些手机（例如诺基亚生产的 MT6260 机型）必须不装电池连接：取出电池，连接数据线，转储完成后再装回电池。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>正在检测任意 MediaTek 手机（USB ID 0E8D:0003）。</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>正在检测 %1。</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>拔下刚转储完的手机，然后连接下一部：保持关机，按住引导键（通常是拨号键）。</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>按住</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>仍然再次转储(&amp;G)</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>再次转储同一部手机</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>这是您刚刚转储过的手机（ME ID %1）：它又出现是因为引导键仍被按住。请松开按键并拔下手机，然后连接下一部手机。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>通过 BootROM USB 端口读取 MediaTek MT6261/MT6260 功能机的闪存。</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>立即对内置的虚拟手机开始转储（相当于“帮助 &gt; 用虚拟手机试用”，再点“转储”）。</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>类型[@偏移][x次数]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader：--demo-fault %1 无效：%2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>打开“文件 &gt; 同时转储多部手机”，让指定数量的虚拟手机同时转储。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>本次运行以此语言显示窗口，例如 ru、ar 或 zh_CN（en 表示英语）。“视图 &gt; 语言”用于永久选择。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader：未知语言 %1；可用语言：%2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader：--demo-jobs 需要 1 到 16 之间的数字</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>配合 --demo 使用：虚拟手机模拟此故障，例如 cable-pulled@0x100000，或 error-status@0x80000x3（三次；x0 表示始终）。可重复指定。</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>配合 --demo 使用：虚拟手机的闪存容量，4M、8M 或 16M（默认 4M）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader：--demo-flash 只接受 4M、8M 或 16M</translation>
    </message>
</context>
</TS>
