<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdvancedOptions</name>
    <message>
        <source>&amp;Advanced</source>
        <translation>Nâng c&amp;ao</translation>
    </message>
    <message>
        <source>Show advanced options</source>
        <translation>Hiện tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>%1 (unproven on real phones)</source>
        <translation>%1 (chưa kiểm chứng trên máy thật)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Kích thước khối</translation>
    </message>
    <message>
        <source>How much is asked for in one read command. 1 KiB is what the original tool used.</source>
        <translation>Lượng dữ liệu yêu cầu trong một lệnh đọc. Công cụ gốc dùng 1 KiB.</translation>
    </message>
    <message>
        <source>Careful mode</source>
        <translation>Chế độ thận trọng</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>Kích thước &amp;khối:</translation>
    </message>
    <message>
        <source>Careful &amp;mode</source>
        <translation>Chế độ t&amp;hận trọng</translation>
    </message>
    <message>
        <source>Waits for every answer before asking for more. Slower; for phones that keep failing.</source>
        <translation>Chờ từng câu trả lời rồi mới yêu cầu tiếp. Chậm hơn; dành cho máy hay bị lỗi.</translation>
    </message>
    <message>
        <source>A&amp;ny address</source>
        <translation>&amp;Mọi địa chỉ</translation>
    </message>
    <message>
        <source>Allows ranges at %1 and above: RAM and registers, not flash.</source>
        <translation>Cho phép vùng đọc từ %1 trở lên: RAM và thanh ghi, không phải flash.</translation>
    </message>
    <message>
        <source>Allow any address</source>
        <translation>Cho phép mọi địa chỉ</translation>
    </message>
</context>
<context>
    <name>BromClient</name>
    <message>
        <source>Wrong echo of the %1 command.</source>
        <translation>Echo của lệnh %1 bị sai.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 address.</source>
        <translation>Echo địa chỉ của lệnh %1 bị sai.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 count.</source>
        <translation>Echo số lượng của lệnh %1 bị sai.</translation>
    </message>
    <message>
        <source>Wrong echo of the %1 value.</source>
        <translation>Echo giá trị của lệnh %1 bị sai.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 command.</source>
        <translation>Trạng thái lỗi %1 sau lệnh %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 command.</source>
        <translation>Trạng thái không mong đợi %1 sau lệnh %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 data.</source>
        <translation>Trạng thái lỗi %1 sau dữ liệu của lệnh %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 data.</source>
        <translation>Trạng thái không mong đợi %1 sau dữ liệu của lệnh %2.</translation>
    </message>
    <message>
        <source>Error status %1 after the %2 value.</source>
        <translation>Trạng thái lỗi %1 sau giá trị của lệnh %2.</translation>
    </message>
    <message>
        <source>Unexpected status %1 after the %2 value.</source>
        <translation>Trạng thái không mong đợi %1 sau giá trị của lệnh %2.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Người dùng đã hủy.</translation>
    </message>
    <message>
        <source>Writing to the port failed: %1.</source>
        <translation>Ghi vào cổng thất bại: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %1 ms; %n byte(s) expected.</source>
        <translation>
            <numerusform>Không có trả lời trong %1 ms; cần nhận %n byte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n byte(s) arrived, then silence.</source>
        <translation>
            <numerusform>Chỉ nhận được %1 trên %n byte, rồi im lặng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The port went away: %1.</source>
        <translation>Cổng đã biến mất: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No BootROM answer after %n attempt(s) in %1 ms.</source>
        <translation>
            <numerusform>BootROM không trả lời sau %n lần thử trong %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected ME ID length %1.</source>
        <translation>Độ dài ME ID không mong đợi: %1.</translation>
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
        <translation>Mã thoát:
  0    đã lưu bản sao (và đã kiểm tra, nếu dùng --verify)
  1    lỗi nội bộ không mong đợi
  2    lỗi cách dùng: tham số, vùng đọc hoặc kích thước khối sai
  3    không có điện thoại: không có cổng nào xuất hiện kịp, hoặc không có gì trả lời như BootROM
  4    truy cập cổng: bị từ chối quyền, cổng đang bận hoặc không mở được
  5    lỗi giao thức: điện thoại ngừng trả lời, trả lời sai,
       mất kết nối, hoặc không thể đọc tiếp hay kiểm tra bản sao
  6    lỗi đầu ra: FILE đã tồn tại (dùng --force), không ghi được, ổ đĩa đầy
  130  bị hủy bằng Ctrl-C hoặc SIGTERM
Sau mã thoát 5 hoặc 130, bản sao dở dang thường được giữ cạnh FILE;
chạy lại đúng lệnh đó với --resume để đọc tiếp.
</translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds, such as 30 or 0.5, not &quot;%2&quot;.</source>
        <translation>--%1 cần một số giây, ví dụ 30 hoặc 0.5, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Serial port of the phone (/dev/ttyACM0, COM5), a path that appears when the phone is connected, or &quot;auto&quot; for the first MediaTek BootROM port (0E8D:0003).</source>
        <translation>Cổng nối tiếp của điện thoại (/dev/ttyACM0, COM5), một đường dẫn xuất hiện khi cắm điện thoại, hoặc &quot;auto&quot; để dùng cổng MediaTek BootROM đầu tiên (0E8D:0003).</translation>
    </message>
    <message>
        <source>The file to save the dump to.</source>
        <translation>Tệp để lưu bản sao.</translation>
    </message>
    <message>
        <source>Bytes per READ32 command (default %1; 1024 and 4096 are proven on phones).</source>
        <translation>Số byte mỗi lệnh READ32 (mặc định %1; 1024 và 4096 đã được kiểm chứng trên máy thật).</translation>
    </message>
    <message>
        <source>Seconds to wait for the phone&apos;s port to appear (default: wait until Ctrl-C).</source>
        <translation>Số giây chờ cổng của điện thoại xuất hiện (mặc định: chờ đến khi nhấn Ctrl-C).</translation>
    </message>
    <message>
        <source>Seconds to try the BootROM handshake once the port is open (default %1).</source>
        <translation>Số giây thử bắt tay với BootROM sau khi cổng đã mở (mặc định %1).</translation>
    </message>
    <message>
        <source>Do not reset the phone after the dump.</source>
        <translation>Không khởi động lại điện thoại sau khi đọc.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object on stdout.</source>
        <translation>In kết quả thành một đối tượng JSON trên stdout.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Ghi đè FILE nếu đã tồn tại.</translation>
    </message>
    <message>
        <source>Continue a partial dump of the same range and phone (FILE.part).</source>
        <translation>Đọc tiếp bản sao dở dang của cùng vùng đọc và cùng điện thoại (FILE.part).</translation>
    </message>
    <message>
        <source>Read everything twice and compare.</source>
        <translation>Đọc mọi thứ hai lần và so sánh.</translation>
    </message>
    <message>
        <source>Print every step of the session.</source>
        <translation>In ra mọi bước của phiên làm việc.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Hiện phiên bản.</translation>
    </message>
    <message>
        <source>Too many arguments: expected PORT FILE START LENGTH; &quot;%1&quot; is one too many.</source>
        <translation>Thừa tham số: cần PORT FILE START LENGTH; &quot;%1&quot; là tham số thừa.</translation>
    </message>
    <message>
        <source>FILE is empty: name the file to save the dump to.</source>
        <translation>FILE trống: hãy đặt tên tệp để lưu bản sao.</translation>
    </message>
    <message>
        <source>The block size &quot;%1&quot; is not a number.</source>
        <translation>Kích thước khối &quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>--pipeline needs a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--pipeline cần một số từ 1 đến %1, không phải &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--handshake-timeout must be more than zero.</source>
        <translation>--handshake-timeout phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Waiting for a MediaTek phone (USB 0E8D:0003)…</source>
        <translation>Đang chờ điện thoại MediaTek (USB 0E8D:0003)…</translation>
    </message>
    <message>
        <source>Waiting for the phone on %1…</source>
        <translation>Đang chờ điện thoại trên %1…</translation>
    </message>
    <message>
        <source>Verifying: reading the range a second time…</source>
        <translation>Đang kiểm tra: đọc vùng này lần thứ hai…</translation>
    </message>
    <message>
        <source>Resetting the phone…</source>
        <translation>Đang khởi động lại điện thoại…</translation>
    </message>
    <message>
        <source>Port %1 is open; greeting the BootROM…</source>
        <translation>Cổng %1 đã mở; đang bắt tay với BootROM…</translation>
    </message>
    <message>
        <source>Connected: %1, hw %2, sw %3, BROM %4, ME ID %5</source>
        <translation>Đã kết nối: %1, phần cứng %2, phần mềm %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>Warning: this is not an MT6261 or MT6260; the dump goes on, but check the result.</source>
        <translation>Cảnh báo: đây không phải MT6261 hay MT6260; vẫn tiếp tục đọc, nhưng hãy kiểm tra kết quả.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đang đọc</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Còn %1</translation>
    </message>
    <message>
        <source>, verified by a second read</source>
        <translation>, đã kiểm tra bằng lần đọc thứ hai</translation>
    </message>
    <message>
        <source>Saved %1 (%2)%3.
</source>
        <translation>Đã lưu %1 (%2)%3.
</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s at %4 KiB/s%5.
</source>
        <translation>Đã lưu %1 (%2) trong %3 giây, tốc độ %4 KiB/s%5.
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
        <translation>Điện thoại không được khởi động lại (--no-reset): rút cáp để tắt máy.
</translation>
    </message>
    <message>
        <source>The reset was not confirmed: unplug the phone.
</source>
        <translation>Chưa xác nhận được việc khởi động lại: hãy rút điện thoại ra.
</translation>
    </message>
    <message>
        <source>%1 was left untouched. Add --force to overwrite it.</source>
        <translation>%1 được giữ nguyên. Thêm --force để ghi đè.</translation>
    </message>
    <message>
        <source>The first read is kept as %1.</source>
        <translation>Kết quả lần đọc đầu được giữ lại ở %1.</translation>
    </message>
    <message>
        <source>What was read so far is kept in %1 (%2). To continue where it stopped, reconnect the phone with the boot key held and run:</source>
        <translation>Phần đã đọc được giữ trong %1 (%2). Để đọc tiếp từ chỗ đã dừng, hãy cắm lại điện thoại trong khi giữ phím boot rồi chạy:</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Lỗi: %1
</translation>
    </message>
    <message>
        <source>Details: %1
</source>
        <translation>Chi tiết: %1
</translation>
    </message>
    <message>
        <source>Note: block size %1 is not proven on real phones (1024 and 4096 are). If the dump fails, try -bs 1024.
</source>
        <translation>Lưu ý: kích thước khối %1 chưa được kiểm chứng trên máy thật (1024 và 4096 thì đã). Nếu đọc thất bại, hãy thử -bs 1024.
</translation>
    </message>
    <message>
        <source>The dump failed for an unknown reason.
</source>
        <translation>Đọc thất bại vì lý do không rõ.
</translation>
    </message>
    <message>
        <source>Careful mode: wait for every answer like the original tool (same as --pipeline 1).</source>
        <translation>Chế độ thận trọng: chờ từng câu trả lời như công cụ gốc (giống --pipeline 1).</translation>
    </message>
    <message>
        <source>--careful and --pipeline %1 contradict each other.</source>
        <translation>--careful và --pipeline %1 mâu thuẫn nhau.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>thất bại (%1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>dở dang</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</source>
        <translation>Cách dùng: mtreader-cli history [--json] [--me-id ID] [--since DATE]
</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Vùng đọc</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Lists the dumps recorded in the dump history, newest first.</source>
        <translation>Liệt kê các lần đọc đã ghi trong lịch sử đọc, mới nhất trước.</translation>
    </message>
    <message>
        <source>Print the attempts as one JSON array on stdout.</source>
        <translation>In các lần đọc thành một mảng JSON trên stdout.</translation>
    </message>
    <message>
        <source>Only attempts on the phone whose ME ID starts with ID (hex).</source>
        <translation>Chỉ các lần đọc trên điện thoại có ME ID bắt đầu bằng ID (hex).</translation>
    </message>
    <message>
        <source>Only attempts started at or after DATE (2026-11-30 or 2026-11-30T14:00).</source>
        <translation>Chỉ các lần đọc bắt đầu từ DATE trở đi (2026-11-30 hoặc 2026-11-30T14:00).</translation>
    </message>
    <message>
        <source>history takes no arguments; &quot;%1&quot; is one too many.</source>
        <translation>history không nhận tham số nào; &quot;%1&quot; là tham số thừa.</translation>
    </message>
    <message>
        <source>--me-id needs hex digits, such as 3A7F, not &quot;%1&quot;.</source>
        <translation>--me-id cần các chữ số hex, ví dụ 3A7F, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-11-30 or 2026-11-30T14:00, not &quot;%1&quot;.</source>
        <translation>--since cần một ngày, ví dụ 2026-11-30 hoặc 2026-11-30T14:00, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No dumps recorded in %1.
</source>
        <translation>Chưa có lần đọc nào được ghi trong %1.
</translation>
    </message>
    <message>
        <source>Tells what a dump holds: firmware, flash chip, user data, content.</source>
        <translation>Cho biết bản sao chứa gì: firmware, chip flash, dữ liệu người dùng, nội dung.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Lệnh.</translation>
    </message>
    <message>
        <source>A dump file, made by MTreader or another tool.</source>
        <translation>Tệp bản sao, tạo bởi MTreader hoặc công cụ khác.</translation>
    </message>
    <message>
        <source>Print it as one JSON object.</source>
        <translation>In thành một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Save a picture of the flash as PNG.</source>
        <translation>Lưu hình ảnh của flash dưới dạng PNG.</translation>
    </message>
    <message>
        <source>Flash address of the dump&apos;s first byte (default: from its report, else 0).</source>
        <translation>Địa chỉ flash của byte đầu tiên trong bản sao (mặc định: lấy từ báo cáo của nó, nếu không có thì 0).</translation>
    </message>
    <message>
        <source>Usage: mtreader-cli info DUMP [--json] [--map PNG]</source>
        <translation>Cách dùng: mtreader-cli info DUMP [--json] [--map PNG]</translation>
    </message>
    <message>
        <source>--start needs an address below 4 GiB such as 0 or 0x100000, not &quot;%1&quot;.
</source>
        <translation>--start cần một địa chỉ dưới 4 GiB, ví dụ 0 hoặc 0x100000, không phải &quot;%1&quot;.
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Không đọc được %1: %2
</translation>
    </message>
    <message>
        <source>Cannot save the map to %1.
</source>
        <translation>Không lưu được bản đồ vào %1.
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
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>%1, ME ID %2</source>
        <translation>%1, ME ID %2</translation>
    </message>
    <message>
        <source>not known: no report next to the file</source>
        <translation>không rõ: không có báo cáo cạnh tệp</translation>
    </message>
    <message>
        <source>Flash size</source>
        <translation>Dung lượng flash</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Flash chip</source>
        <translation>Chip flash</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Dữ liệu người dùng</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>File info</source>
        <translation>Thông tin tệp</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>READ32 commands kept in flight, 1 to %1 (default: as many as the link needs).</source>
        <translation>Số lệnh READ32 gửi song song, từ 1 đến %1 (mặc định: bao nhiêu tùy đường truyền cần).</translation>
    </message>
    <message>
        <source>Allow a range at or above 0x10000000 (the phone&apos;s RAM and registers, not flash).</source>
        <translation>Cho phép vùng đọc từ 0x10000000 trở lên (RAM và thanh ghi của điện thoại, không phải flash).</translation>
    </message>
    <message>
        <source>Do not look into the dump: no FILE.report.json, and no flash size probe for a range given in full.</source>
        <translation>Không phân tích bản sao: không tạo FILE.report.json, và không dò dung lượng flash khi vùng đọc đã được cho đầy đủ.</translation>
    </message>
    <message>
        <source>Do not record this dump in the dump history (see mtreader-cli history --help).</source>
        <translation>Không ghi lần đọc này vào lịch sử đọc (xem mtreader-cli history --help).</translation>
    </message>
    <message>
        <source>Reads the flash of a MediaTek MT6261/MT6260 feature phone through its BootROM USB port
and saves it into FILE: the whole flash, its size found from the phone, or LENGTH bytes
from address START. START and LENGTH are decimal (4194304), hex (0x400000) or sizes (4M).
A report of what the dump holds is written next to it (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] tells what an existing dump holds.</source>
        <translation>Đọc flash của điện thoại phổ thông MediaTek MT6261/MT6260 qua cổng USB BootROM
và lưu vào FILE: toàn bộ flash, với dung lượng dò được từ điện thoại, hoặc LENGTH byte
từ địa chỉ START. START và LENGTH là số thập phân (4194304), hex (0x400000) hoặc dung lượng (4M).
Báo cáo về nội dung bản sao được ghi bên cạnh nó (FILE.report.json).

mtreader-cli info DUMP [--json] [--map PNG] cho biết một bản sao có sẵn chứa gì.</translation>
    </message>
    <message>
        <source>First flash address to read, such as 0 (optional).</source>
        <translation>Địa chỉ flash đầu tiên cần đọc, ví dụ 0 (tùy chọn).</translation>
    </message>
    <message>
        <source>Number of bytes to read, such as 0x400000 or 4M.</source>
        <translation>Số byte cần đọc, ví dụ 0x400000 hoặc 4M.</translation>
    </message>
    <message numerus="yes">
        <source>Missing arguments: expected PORT FILE, or PORT FILE START LENGTH; got %n.</source>
        <translation>
            <numerusform>Thiếu tham số: cần PORT FILE, hoặc PORT FILE START LENGTH; nhận được %n.</numerusform>
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
        <translation>Cách dùng: mtreader-cli [options] PORT FILE [START LENGTH]
Chạy mtreader-cli --help để xem các tùy chọn và mã thoát.
</translation>
    </message>
    <message>
        <source>Reading %1 from %2 into %3…</source>
        <translation>Đang đọc %1 từ %2 vào %3…</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo: a virtual phone will be connected for you. Its dumps go to %1, apart from real ones.</source>
        <translation>Chạy thử: một điện thoại ảo sẽ được cắm vào giúp bạn. Bản sao của nó được lưu vào %1, tách riêng khỏi bản sao thật.</translation>
    </message>
    <message>
        <source>Its &amp;flash:</source>
        <translation>&amp;Flash của máy:</translation>
    </message>
    <message>
        <source>Flash size of the virtual phone</source>
        <translation>Dung lượng flash của điện thoại ảo</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Show in f&amp;older</source>
        <translation>Hiện tr&amp;ong thư mục</translation>
    </message>
    <message>
        <source>Done: the dump is saved</source>
        <translation>Xong: đã lưu bản sao</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Tệp đã lưu</translation>
    </message>
    <message>
        <source>SHA-256 of the dump</source>
        <translation>SHA-256 của bản sao</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Sao chép SHA-256</translation>
    </message>
    <message>
        <source>Show the dump in its folder</source>
        <translation>Hiện bản sao trong thư mục chứa nó</translation>
    </message>
    <message>
        <source>Dump another phone</source>
        <translation>Đọc máy khác</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tệp:</translation>
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
        <translation>Đã kiểm tra: lần đọc thứ hai khớp từng byte.</translation>
    </message>
    <message>
        <source>The phone was told to restart; you can unplug it.</source>
        <translation>Đã yêu cầu điện thoại khởi động lại; bạn có thể rút cáp.</translation>
    </message>
    <message>
        <source>Unplug the phone now.</source>
        <translation>Hãy rút điện thoại ra ngay.</translation>
    </message>
    <message>
        <source>Open the &amp;report</source>
        <translation>X&amp;em báo cáo</translation>
    </message>
    <message>
        <source>Dump anot&amp;her phone</source>
        <translation>Đọc điện thoạ&amp;i khác</translation>
    </message>
    <message>
        <source>Open the report written next to the dump</source>
        <translation>Mở báo cáo được ghi cạnh bản sao</translation>
    </message>
    <message>
        <source>the dump could not be read back</source>
        <translation>không đọc lại được bản sao</translation>
    </message>
    <message>
        <source>read in %1</source>
        <translation>đọc trong %1</translation>
    </message>
    <message>
        <source>read in %1 in all, %2 of it now (continued after %3)</source>
        <translation>tổng cộng đọc trong %1, lần này %2 (đọc tiếp sau %3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) from %3, %4.</source>
        <translation>%1 (%2 byte) từ %3, %4.</translation>
    </message>
</context>
<context>
    <name>DumpController</name>
    <message>
        <source>The dump thread ended without a result.</source>
        <translation>Luồng đọc đã kết thúc mà không có kết quả.</translation>
    </message>
</context>
<context>
    <name>DumpError</name>
    <message>
        <source>Expected %1, received nothing.</source>
        <translation>Cần nhận %1, nhưng không nhận được gì.</translation>
    </message>
    <message>
        <source>Expected %1, received %2.</source>
        <translation>Cần nhận %1, nhưng nhận được %2.</translation>
    </message>
    <message>
        <source>Last bytes received: %1.</source>
        <translation>Các byte nhận được cuối cùng: %1.</translation>
    </message>
    <message>
        <source>At flash offset %1.</source>
        <translation>Tại vị trí flash %1.</translation>
    </message>
    <message>
        <source>On the port %1.</source>
        <translation>Trên cổng %1.</translation>
    </message>
</context>
<context>
    <name>DumpFlow</name>
    <message>
        <source>the whole flash</source>
        <translation>toàn bộ flash</translation>
    </message>
    <message>
        <source> (resuming)</source>
        <translation> (đọc tiếp)</translation>
    </message>
    <message>
        <source>Demo: virtual phone %1 plugs in in %2 s</source>
        <translation>Chạy thử: điện thoại ảo %1 sẽ được cắm vào sau %2 giây</translation>
    </message>
    <message>
        <source>Keep going: waiting for the next phone</source>
        <translation>Làm liên tục: đang chờ điện thoại tiếp theo</translation>
    </message>
    <message>
        <source>Stopped waiting for the next phone.</source>
        <translation>Đã ngừng chờ điện thoại tiếp theo.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>Saved %1, SHA-256 %2</source>
        <translation>Đã lưu %1, SHA-256 %2</translation>
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
        <translation>toàn bộ flash</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3.</source>
        <translation>Đã giữ %1 trên tổng %2 trong %3.</translation>
    </message>
    <message>
        <source>The last phone failed: %1</source>
        <translation>Điện thoại vừa rồi bị lỗi: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Đã lưu %1 (%2).</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 to %3%4</source>
        <translation>Đọc %1 từ %2 vào %3%4</translation>
    </message>
</context>
<context>
    <name>DumpHistory</name>
    <message>
        <source>The dump history %1 is in use by another program, so the last dump is kept in memory and recorded as soon as the file is free again. Dumps go on as usual.</source>
        <translation>Lịch sử đọc %1 đang bị một chương trình khác dùng, nên lần đọc vừa rồi được giữ trong bộ nhớ và sẽ được ghi ngay khi tệp rảnh. Việc đọc vẫn diễn ra bình thường.</translation>
    </message>
    <message>
        <source>The dump history %1 was written by a newer version of MTreader, so this version does not record in it. Dumps go on as usual; use the newer version to see the history.</source>
        <translation>Lịch sử đọc %1 được ghi bởi phiên bản MTreader mới hơn, nên phiên bản này không ghi vào đó. Việc đọc vẫn diễn ra bình thường; hãy dùng phiên bản mới hơn để xem lịch sử.</translation>
    </message>
    <message>
        <source>The dump history cannot be kept: the SQLite driver of Qt (package libqt6sql6-sqlite) is missing. Dumps go on as usual but are not recorded in this session.</source>
        <translation>Không thể lưu lịch sử đọc: thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite). Việc đọc vẫn diễn ra bình thường nhưng không được ghi lại trong phiên này.</translation>
    </message>
    <message>
        <source>The dump history could not be written in %1, so dumps are not recorded in this session. Dumps go on as usual; check that the folder exists and may be written to.</source>
        <translation>Không ghi được lịch sử đọc vào %1, nên các lần đọc trong phiên này không được ghi lại. Việc đọc vẫn diễn ra bình thường; hãy kiểm tra xem thư mục có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <source>The dump history file was damaged. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Tệp lịch sử đọc bị hỏng. Tệp đó được giữ lại thành %1 và lịch sử mới được bắt đầu trong %2. Việc đọc vẫn diễn ra bình thường.</translation>
    </message>
    <message>
        <source>The dump history file could not be written. It is kept as %1 and a new history is started in %2. Dumps go on as usual.</source>
        <translation>Không ghi được tệp lịch sử đọc. Tệp đó được giữ lại thành %1 và lịch sử mới được bắt đầu trong %2. Việc đọc vẫn diễn ra bình thường.</translation>
    </message>
</context>
<context>
    <name>DumpIdentity</name>
    <message>
        <source>The dump does not begin with SF_BOOT: the byte order or the memory mapping may be wrong, or the firmware is not a MediaTek one.</source>
        <translation>Bản sao không bắt đầu bằng SF_BOOT: thứ tự byte hoặc ánh xạ bộ nhớ có thể sai, hoặc firmware không phải của MediaTek.</translation>
    </message>
    <message>
        <source>Firmware not recognised: the dump carries no ROM info block (encrypted or not MediaTek&apos;s).</source>
        <translation>Không nhận ra firmware: bản sao không có khối ROM info (đã mã hóa hoặc không phải của MediaTek).</translation>
    </message>
    <message>
        <source>ROM info</source>
        <translation>ROM info</translation>
    </message>
    <message>
        <source>The firmware&apos;s record says the flash is %1, but the phone&apos;s flash repeats after %2.</source>
        <translation>Bản ghi của firmware nói flash là %1, nhưng flash của điện thoại lặp lại sau %2.</translation>
    </message>
    <message>
        <source>The firmware puts the user data at %1 to %2, past the end of the flash (%3).</source>
        <translation>Firmware đặt dữ liệu người dùng từ %1 đến %2, vượt quá cuối flash (%3).</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>dữ liệu người dùng</translation>
    </message>
    <message>
        <source>The user data region ends at %1, not at the end of the flash (%2).</source>
        <translation>Vùng dữ liệu người dùng kết thúc tại %1, không phải ở cuối flash (%2).</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>loại tệp %1</translation>
    </message>
    <message>
        <source>The %1 at %2 claims %3, past the end of the flash.</source>
        <translation>%1 tại %2 khai báo dung lượng %3, vượt quá cuối flash.</translation>
    </message>
</context>
<context>
    <name>DumpJob</name>
    <message>
        <source>BootROM was already past the handshake</source>
        <translation>BootROM đã qua bước bắt tay từ trước</translation>
    </message>
    <message>
        <source>BootROM handshake done</source>
        <translation>đã bắt tay xong với BootROM</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, BROM %4, ME ID %5</source>
        <translation>%1, phần cứng %2, phần mềm %3, BROM %4, ME ID %5</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>đã mở cổng %1</translation>
    </message>
    <message>
        <source>resuming at byte %1 of %2</source>
        <translation>đọc tiếp từ byte %1 trên tổng %2</translation>
    </message>
    <message>
        <source>kept %1 verified bytes in %2</source>
        <translation>đã giữ %1 byte đã kiểm tra trong %2</translation>
    </message>
    <message>
        <source>saved %1 (%2 bytes), SHA-256 %3</source>
        <translation>đã lưu %1 (%2 byte), SHA-256 %3</translation>
    </message>
    <message>
        <source>warning: reset not confirmed (%1); unplug the phone</source>
        <translation>cảnh báo: chưa xác nhận được việc khởi động lại (%1); hãy rút điện thoại ra</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) were retried; all data was read and checked</source>
        <translation>
            <numerusform>đã đọc lại %n khối; toàn bộ dữ liệu đã được đọc và kiểm tra</numerusform>
        </translation>
    </message>
    <message>
        <source>verified: the second read matches byte for byte</source>
        <translation>đã kiểm tra: lần đọc thứ hai khớp từng byte</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the phone.</source>
        <translation>Đã hủy trong khi chờ điện thoại.</translation>
    </message>
    <message>
        <source>No phone port appeared within %1 s.</source>
        <translation>Không có cổng điện thoại nào xuất hiện trong %1 giây.</translation>
    </message>
    <message>
        <source>The phone just dumped (ME ID %1) came back.</source>
        <translation>Điện thoại vừa đọc xong (ME ID %1) lại xuất hiện.</translation>
    </message>
    <message>
        <source>the phone was told to restart</source>
        <translation>đã yêu cầu điện thoại khởi động lại</translation>
    </message>
    <message>
        <source>the phone did not take the reset (%1): unplug it</source>
        <translation>điện thoại không nhận lệnh khởi động lại (%1): hãy rút máy ra</translation>
    </message>
    <message>
        <source>finding the flash size</source>
        <translation>đang dò dung lượng flash</translation>
    </message>
    <message>
        <source>%1 Reading %2, as much as an MT626x phone can have; to read less, choose a size.</source>
        <translation>%1 Đang đọc %2, mức tối đa mà một máy MT626x có thể có; để đọc ít hơn, hãy chọn dung lượng.</translation>
    </message>
    <message>
        <source>This phone&apos;s flash reads as %1; the partial dump is of %2.</source>
        <translation>Flash của điện thoại này đọc được là %1; bản sao dở dang là %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>The flash differs from the partial dump at %1: this phone&apos;s flash is not the one the partial dump came from.</source>
        <translation>Flash khác với bản sao dở dang tại %1: flash của điện thoại này không phải flash đã tạo ra bản sao dở dang.</translation>
    </message>
    <message>
        <source>The dump is kept as %1.</source>
        <translation>Bản sao được giữ lại thành %1.</translation>
    </message>
    <message>
        <source>warning: the dump could not be read back to see what it holds: %1</source>
        <translation>cảnh báo: không đọc lại được bản sao để xem nó chứa gì: %1</translation>
    </message>
    <message>
        <source>firmware %1 (%2)</source>
        <translation>firmware %1 (%2)</translation>
    </message>
    <message>
        <source>firmware not recognised</source>
        <translation>không nhận ra firmware</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>báo cáo: %1</translation>
    </message>
    <message>
        <source>warning: the report could not be written to %1: %2</source>
        <translation>cảnh báo: không ghi được báo cáo vào %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, %2 MB/s; %n READ32 in flight</source>
        <translation>
            <numerusform>đường truyền: khứ hồi %1 ms, %2 MB/s; %n lệnh READ32 gửi song song</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>link: round trip %1 ms, rate not measured; %n READ32 in flight</source>
        <translation>
            <numerusform>đường truyền: khứ hồi %1 ms, chưa đo tốc độ; %n lệnh READ32 gửi song song</numerusform>
        </translation>
    </message>
    <message>
        <source>a fault with %1 READ32 in flight: reading one at a time, then again up to %2</source>
        <translation>lỗi khi có %1 lệnh READ32 gửi song song: đọc từng lệnh một, rồi tăng lại tối đa %2</translation>
    </message>
    <message>
        <source>careful mode, one READ32 at a time, for the rest of this session</source>
        <translation>chế độ thận trọng, mỗi lần một lệnh READ32, cho đến hết phiên này</translation>
    </message>
    <message numerus="yes">
        <source>%n READ32 in flight again</source>
        <translation>
            <numerusform>lại gửi song song %n lệnh READ32</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No two reads agreed on %n block(s), at %1.</source>
        <translation>
            <numerusform>Không có hai lần đọc nào khớp nhau ở %n khối, tại %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>verified: %n block(s) needed more reads; two reads agree on every byte</source>
        <translation>
            <numerusform>đã kiểm tra: %n khối cần đọc thêm; hai lần đọc khớp nhau ở mọi byte</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: unknown chip code %1; MTreader knows MT6261 and MT6260. Going on.</source>
        <translation>cảnh báo: mã chip %1 không rõ; MTreader biết MT6261 và MT6260. Vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>The range runs past the end of the %1 flash: what is read past %2 is a copy of the start of the flash, not more of it.</source>
        <translation>Vùng đọc vượt quá cuối flash %1: phần đọc sau %2 là bản lặp của đầu flash, không phải phần tiếp theo của nó.</translation>
    </message>
    <message>
        <source>retrying block at %1 (attempt %2): %3</source>
        <translation>đọc lại khối tại %1 (lần thử %2): %3</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently; %2 reads agreed on a corrected value, which the file now holds</source>
        <translation>kiểm tra: khối tại %1 đọc ra khác nhau; %2 lần đọc khớp nhau ở một giá trị đã sửa, giá trị này nay nằm trong tệp</translation>
    </message>
    <message>
        <source>verify: the block at %1 read differently once; %2 reads agreed with the file</source>
        <translation>kiểm tra: khối tại %1 một lần đọc ra khác; %2 lần đọc khớp với tệp</translation>
    </message>
</context>
<context>
    <name>DumpReport</name>
    <message>
        <source>%1 is not an MTreader report.</source>
        <translation>%1 không phải báo cáo của MTreader.</translation>
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
        <translation>Dung lượng flash:</translation>
    </message>
    <message>
        <source>Flash chip:</source>
        <translation>Chip flash:</translation>
    </message>
    <message>
        <source>User data:</source>
        <translation>Dữ liệu người dùng:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Save the map as an &amp;image…</source>
        <translation>Lưu bản đồ thành tệ&amp;p ảnh…</translation>
    </message>
    <message>
        <source>Save the map of the flash as a picture</source>
        <translation>Lưu bản đồ flash thành hình ảnh</translation>
    </message>
    <message>
        <source>Map of the flash</source>
        <translation>Bản đồ flash</translation>
    </message>
    <message>
        <source>Each cell is 4 KiB of the flash, %1 to a row.</source>
        <translation>Mỗi ô là 4 KiB flash, mỗi hàng %1.</translation>
    </message>
    <message>
        <source>What the dump holds is not known: %1</source>
        <translation>Không rõ bản sao chứa gì: %1</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Lưu bản đồ</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The map could not be saved to %1.</source>
        <translation>Không lưu được bản đồ vào %1.</translation>
    </message>
</context>
<context>
    <name>DumpTarget</name>
    <message>
        <source>No output file was given.</source>
        <translation>Chưa chỉ định tệp đầu ra.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2.</source>
        <translation>Không ghi được vào thư mục %1: %2.</translation>
    </message>
    <message>
        <source>%1 exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>A partial dump %1 is in the way: resume it or remove it.</source>
        <translation>Đang có bản sao dở dang %1: hãy đọc tiếp hoặc xóa nó.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1: there is no partial file.</source>
        <translation>Không có gì để đọc tiếp cho %1: không có tệp dở dang.</translation>
    </message>
    <message>
        <source>Nothing to resume for %1.</source>
        <translation>Không có gì để đọc tiếp cho %1.</translation>
    </message>
    <message>
        <source>The partial dump is of %1, not the range asked for.</source>
        <translation>Bản sao dở dang là của %1, không phải vùng đọc được yêu cầu.</translation>
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
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
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
        <translation>không rõ: không có báo cáo cạnh tệp</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 của tệp</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <source>The dump was cancelled.</source>
        <translation>Đã hủy việc đọc.</translation>
    </message>
    <message>
        <source>Nothing was written under the target name.</source>
        <translation>Chưa có gì được ghi vào tên tệp đích.</translation>
    </message>
    <message>
        <source>The settings for this dump are not valid.</source>
        <translation>Thiết lập cho lần đọc này không hợp lệ.</translation>
    </message>
    <message>
        <source>No phone appeared.</source>
        <translation>Không thấy điện thoại nào.</translation>
    </message>
    <message>
        <source>Turn the phone off, hold the boot key (usually Call) and connect the cable. Try another cable or USB port. On Windows, install the MediaTek VCOM driver. Some phones must be connected without the battery.</source>
        <translation>Tắt điện thoại, giữ phím boot (thường là phím Gọi) và cắm cáp. Thử cáp khác hoặc cổng USB khác. Trên Windows, hãy cài trình điều khiển MediaTek VCOM. Một số máy phải cắm khi đã tháo pin.</translation>
    </message>
    <message>
        <source>The port %1 does not exist (any more).</source>
        <translation>Cổng %1 không tồn tại (hoặc không còn nữa).</translation>
    </message>
    <message>
        <source>Check the port name, or choose Automatic and connect the phone while holding the boot key.</source>
        <translation>Kiểm tra tên cổng, hoặc chọn Tự động rồi cắm điện thoại trong khi giữ phím boot.</translation>
    </message>
    <message>
        <source>You are not allowed to open %1.</source>
        <translation>Bạn không có quyền mở %1.</translation>
    </message>
    <message>
        <source>Close other programs that may use the port, then try again.</source>
        <translation>Đóng các chương trình khác có thể đang dùng cổng, rồi thử lại.</translation>
    </message>
    <message>
        <source>Another program is using %1.</source>
        <translation>Một chương trình khác đang dùng %1.</translation>
    </message>
    <message>
        <source>ModemManager often grabs new USB serial ports: stop it (sudo systemctl stop ModemManager) or install MTreader&apos;s udev rule, which tells it to leave MediaTek phones alone. Close any serial terminal or flash tool, then reconnect the phone.</source>
        <translation>ModemManager thường chiếm các cổng nối tiếp USB mới: hãy dừng nó (sudo systemctl stop ModemManager) hoặc cài quy tắc udev của MTreader để nó bỏ qua điện thoại MediaTek. Đóng mọi trình giao tiếp cổng nối tiếp hoặc phần mềm nạp ROM, rồi cắm lại điện thoại.</translation>
    </message>
    <message>
        <source>Close any serial terminal, flash tool or phone suite that may hold the port, then reconnect the phone.</source>
        <translation>Đóng mọi trình giao tiếp cổng nối tiếp, phần mềm nạp ROM hoặc phần mềm quản lý điện thoại có thể đang giữ cổng, rồi cắm lại điện thoại.</translation>
    </message>
    <message>
        <source>The port %1 could not be opened.</source>
        <translation>Không mở được cổng %1.</translation>
    </message>
    <message>
        <source>Reconnect the phone. If it keeps happening, try another USB port or cable.</source>
        <translation>Cắm lại điện thoại. Nếu vẫn bị, hãy thử cổng USB hoặc cáp khác.</translation>
    </message>
    <message>
        <source>The phone did not answer like a MediaTek BootROM.</source>
        <translation>Điện thoại không trả lời như MediaTek BootROM.</translation>
    </message>
    <message>
        <source>Disconnect the phone, turn it off, hold the boot key (usually Call) and connect it again; keep holding the key until the dump starts. Try without the battery, or another cable. Make sure the port really belongs to the phone.</source>
        <translation>Rút điện thoại ra, tắt máy, giữ phím boot (thường là phím Gọi) rồi cắm lại; giữ phím cho đến khi bắt đầu đọc. Thử tháo pin, hoặc dùng cáp khác. Hãy chắc chắn cổng đó đúng là của điện thoại này.</translation>
    </message>
    <message>
        <source>The phone stopped answering.</source>
        <translation>Điện thoại ngừng trả lời.</translation>
    </message>
    <message>
        <source>The phone sent only part of an answer.</source>
        <translation>Điện thoại chỉ gửi một phần câu trả lời.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump.</source>
        <translation>Kiểm tra cáp, rồi cắm lại điện thoại trong khi giữ phím boot và đọc tiếp.</translation>
    </message>
    <message>
        <source>The phone answered with unexpected bytes.</source>
        <translation>Điện thoại trả lời bằng các byte không mong đợi.</translation>
    </message>
    <message>
        <source>The connection is unreliable or this is not an MT626x BootROM. Reconnect the phone and resume; try another cable or USB port.</source>
        <translation>Kết nối không ổn định hoặc đây không phải BootROM MT626x. Cắm lại điện thoại và đọc tiếp; thử cáp hoặc cổng USB khác.</translation>
    </message>
    <message>
        <source>The phone reported an error.</source>
        <translation>Điện thoại báo lỗi.</translation>
    </message>
    <message>
        <source>Reconnect the phone with the boot key held and resume the dump. If the error stays at the same address, that part of the flash cannot be read this way.</source>
        <translation>Cắm lại điện thoại trong khi giữ phím boot và đọc tiếp. Nếu lỗi vẫn ở cùng một địa chỉ, phần flash đó không đọc được bằng cách này.</translation>
    </message>
    <message>
        <source>The phone disconnected.</source>
        <translation>Điện thoại đã mất kết nối.</translation>
    </message>
    <message>
        <source>The cable was pulled, or the phone reset or lost power. Everything read so far is kept: reconnect the phone while holding the boot key to continue. A phone without a battery needs a good cable and USB port.</source>
        <translation>Cáp bị rút ra, hoặc điện thoại tự khởi động lại hay mất nguồn. Mọi thứ đã đọc đều được giữ lại: cắm lại điện thoại trong khi giữ phím boot để đọc tiếp. Máy không có pin cần cáp và cổng USB tốt.</translation>
    </message>
    <message>
        <source>This is not the phone the partial dump came from.</source>
        <translation>Đây không phải điện thoại đã tạo ra bản sao dở dang.</translation>
    </message>
    <message>
        <source>Connect the same phone to continue its dump, or start a new dump for this phone.</source>
        <translation>Cắm đúng điện thoại đó để đọc tiếp, hoặc bắt đầu lần đọc mới cho điện thoại này.</translation>
    </message>
    <message>
        <source>The dump could not be saved.</source>
        <translation>Không lưu được bản sao.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to and check the disk. Details: %1</source>
        <translation>Chọn thư mục mà bạn có quyền ghi và kiểm tra ổ đĩa. Chi tiết: %1</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>Free some space or choose another disk. What was read so far is kept and can be resumed.</source>
        <translation>Giải phóng bớt dung lượng hoặc chọn ổ đĩa khác. Phần đã đọc được giữ lại và có thể đọc tiếp.</translation>
    </message>
    <message>
        <source>The output file already exists.</source>
        <translation>Tệp đầu ra đã tồn tại.</translation>
    </message>
    <message>
        <source>Choose another name, or allow overwriting it.</source>
        <translation>Chọn tên khác, hoặc cho phép ghi đè.</translation>
    </message>
    <message>
        <source>The second read differed from the first: the dump is not reliable.</source>
        <translation>Lần đọc thứ hai khác lần đầu: bản sao không đáng tin cậy.</translation>
    </message>
    <message>
        <source>The dump cannot be resumed.</source>
        <translation>Không thể đọc tiếp bản sao này.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Lỗi không mong đợi.</translation>
    </message>
    <message>
        <source>Add yourself to the group that owns the port, then log out and in again:
    sudo usermod -aG %1 $USER
Or install the udev rule that comes with MTreader (60-mtreader.rules), which gives the logged-in user access to MediaTek phones.</source>
        <translation>Thêm chính bạn vào nhóm sở hữu cổng, rồi đăng xuất và đăng nhập lại:
    sudo usermod -aG %1 $USER
Hoặc cài quy tắc udev đi kèm MTreader (60-mtreader.rules), quy tắc này cho người dùng đang đăng nhập quyền truy cập điện thoại MediaTek.</translation>
    </message>
    <message>
        <source>Check the cable, then reconnect the phone with the boot key held and resume the dump. If it happens again, choose a smaller block size or Careful mode.</source>
        <translation>Kiểm tra cáp, rồi cắm lại điện thoại trong khi giữ phím boot và đọc tiếp. Nếu vẫn bị, hãy chọn kích thước khối nhỏ hơn hoặc Chế độ thận trọng.</translation>
    </message>
    <message>
        <source>This is the phone that was just dumped.</source>
        <translation>Đây là điện thoại vừa được đọc xong.</translation>
    </message>
    <message>
        <source>It came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Máy xuất hiện lại vì phím boot vẫn đang được giữ. Hãy thả phím và rút máy ra, rồi cắm điện thoại tiếp theo.</translation>
    </message>
    <message>
        <source>Some blocks read differently every time, so no two reads agreed on them. The dump is kept under a name marked &quot;unverified&quot;. Check the cable and USB port and dump again.</source>
        <translation>Một số khối lần nào đọc cũng ra khác, nên không có hai lần đọc nào khớp nhau. Bản sao được giữ dưới tên có đánh dấu &quot;unverified&quot;. Hãy kiểm tra cáp và cổng USB rồi đọc lại.</translation>
    </message>
</context>
<context>
    <name>FailurePanel</name>
    <message>
        <source>&amp;Reconnect the phone to continue</source>
        <translation>Kết nối lạ&amp;i điện thoại để đọc tiếp</translation>
    </message>
    <message>
        <source>Show the lo&amp;g</source>
        <translation>X&amp;em nhật ký</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Cần làm gì tiếp</translation>
    </message>
    <message>
        <source>Reconnect the phone to continue the dump</source>
        <translation>Cắm lại điện thoại để đọc tiếp</translation>
    </message>
    <message>
        <source>Show the log with the technical details</source>
        <translation>Xem nhật ký kèm chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>The phone was told to restart: unplug it.</source>
        <translation>Đã yêu cầu điện thoại khởi động lại: hãy rút máy ra.</translation>
    </message>
    <message>
        <source>If the phone is still connected, unplug it: it stays in its BootROM until then.</source>
        <translation>Nếu điện thoại vẫn đang cắm, hãy rút ra: máy vẫn ở trong BootROM cho đến lúc đó.</translation>
    </message>
    <message>
        <source>%1 To continue: click below, then connect the phone again (turned off, boot key held). The dump continues where it stopped.</source>
        <translation>%1 Để đọc tiếp: bấm nút bên dưới, rồi cắm lại điện thoại (đã tắt máy, giữ phím boot). Việc đọc sẽ tiếp tục từ chỗ đã dừng.</translation>
    </message>
</context>
<context>
    <name>FirmwareRecords</name>
    <message>
        <source>The %1 fills its whole field without an end mark; it may be cut off.</source>
        <translation>%1 chiếm hết trường của nó mà không có dấu kết thúc; có thể đã bị cắt.</translation>
    </message>
    <message>
        <source>The %1 holds bytes that are not text.</source>
        <translation>%1 chứa các byte không phải văn bản.</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>boot loader</translation>
    </message>
    <message>
        <source>extended boot loader</source>
        <translation>boot loader mở rộng</translation>
    </message>
    <message>
        <source>MAUI image</source>
        <translation>ảnh MAUI</translation>
    </message>
    <message>
        <source>second MAUI image</source>
        <translation>ảnh MAUI thứ hai</translation>
    </message>
    <message>
        <source>demand-paged code</source>
        <translation>mã phân trang theo yêu cầu</translation>
    </message>
    <message>
        <source>third ROM</source>
        <translation>ROM thứ ba</translation>
    </message>
    <message>
        <source>DSP ROM</source>
        <translation>DSP ROM</translation>
    </message>
    <message>
        <source>custom resources</source>
        <translation>tài nguyên tùy biến</translation>
    </message>
    <message>
        <source>language pack</source>
        <translation>gói ngôn ngữ</translation>
    </message>
    <message>
        <source>file system</source>
        <translation>hệ thống tệp</translation>
    </message>
</context>
<context>
    <name>FirmwareScanner</name>
    <message>
        <source>More than %1 file-info headers: only the first %1 are listed.</source>
        <translation>Có hơn %1 header file-info: chỉ liệt kê %1 header đầu tiên.</translation>
    </message>
    <message>
        <source>ROM info identifier</source>
        <translation>mã nhận dạng ROM info</translation>
    </message>
    <message>
        <source>ROM info version &quot;%1&quot; is not one MTreader knows (v04 to v09): its fields may be misread.</source>
        <translation>Phiên bản ROM info &quot;%1&quot; không nằm trong số MTreader biết (v04 đến v09): các trường của nó có thể bị đọc sai.</translation>
    </message>
    <message>
        <source>platform id</source>
        <translation>mã nền tảng</translation>
    </message>
    <message>
        <source>project id</source>
        <translation>mã dự án</translation>
    </message>
    <message>
        <source>The ROM info lists %1 flash devices; at most %2 fit.</source>
        <translation>ROM info liệt kê %1 thiết bị flash; tối đa chỉ chứa được %2.</translation>
    </message>
    <message>
        <source>A file-info header at %1 is cut off by the end of the dump.</source>
        <translation>Một header file-info tại %1 bị cắt cụt bởi cuối bản sao.</translation>
    </message>
    <message>
        <source>The file-info header at %1 has a wrong type or size (%2 bytes).</source>
        <translation>Header file-info tại %1 có loại hoặc kích thước sai (%2 byte).</translation>
    </message>
    <message>
        <source>A second ROM info block at %1 was ignored.</source>
        <translation>Đã bỏ qua khối ROM info thứ hai tại %1.</translation>
    </message>
    <message>
        <source>The ROM info block at %1 is cut off by the end of the dump.</source>
        <translation>Khối ROM info tại %1 bị cắt cụt bởi cuối bản sao.</translation>
    </message>
</context>
<context>
    <name>FlashMap</name>
    <message>
        <source>erased (0xFF)</source>
        <translation>đã xóa (0xFF)</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>số 0</translation>
    </message>
    <message>
        <source>data</source>
        <translation>dữ liệu</translation>
    </message>
    <message>
        <source>firmware file</source>
        <translation>tệp firmware</translation>
    </message>
    <message>
        <source>user data</source>
        <translation>dữ liệu người dùng</translation>
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
        <translation>Độ dài bằng 0: không có gì để đọc.</translation>
    </message>
    <message>
        <source>The start is past the 4 GiB address space of the phone.</source>
        <translation>Địa chỉ bắt đầu vượt quá không gian địa chỉ 4 GiB của điện thoại.</translation>
    </message>
    <message>
        <source>The range runs past the 4 GiB address space of the phone.</source>
        <translation>Vùng đọc vượt quá không gian địa chỉ 4 GiB của điện thoại.</translation>
    </message>
    <message>
        <source>The block size must be a multiple of 4 bytes.</source>
        <translation>Kích thước khối phải là bội số của 4 byte.</translation>
    </message>
    <message>
        <source>The block size can be at most 1 MiB.</source>
        <translation>Kích thước khối tối đa là 1 MiB.</translation>
    </message>
    <message>
        <source>The range reaches 0x10000000 or above. Once the flash is mapped, that is the phone&apos;s RAM and registers, not flash, and reading registers can upset the phone. Choose a range below 0x10000000, or allow any address (under Advanced; --any-address) if you really mean it.</source>
        <translation>Vùng đọc chạm tới 0x10000000 hoặc cao hơn. Khi flash đã được ánh xạ, đó là RAM và thanh ghi của điện thoại, không phải flash, và việc đọc thanh ghi có thể làm máy hoạt động bất thường. Hãy chọn vùng dưới 0x10000000, hoặc cho phép mọi địa chỉ (trong Nâng cao; --any-address) nếu bạn thực sự muốn vậy.</translation>
    </message>
    <message>
        <source>The start &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Địa chỉ bắt đầu &quot;%1&quot; không phải là số. Hãy dùng số thập phân (4194304), hex (0x400000) hoặc dung lượng như 4M hay 4096K.</translation>
    </message>
    <message>
        <source>The length &quot;%1&quot; is not a number. Use decimal (4194304), hex (0x400000) or a size such as 4M or 4096K.</source>
        <translation>Độ dài &quot;%1&quot; không phải là số. Hãy dùng số thập phân (4194304), hex (0x400000) hoặc dung lượng như 4M hay 4096K.</translation>
    </message>
</context>
<context>
    <name>FlashReader</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Người dùng đã hủy.</translation>
    </message>
</context>
<context>
    <name>FlashSize</name>
    <message>
        <source>The flash size was not asked of the phone.</source>
        <translation>Chưa hỏi điện thoại về dung lượng flash.</translation>
    </message>
    <message numerus="yes">
        <source>Found from the phone: the flash repeats after %1 (%n sample block(s) matched).</source>
        <translation>
            <numerusform>Dò được từ điện thoại: flash lặp lại sau %1 (%n khối mẫu khớp).</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s flash did not repeat anywhere up to 16 MiB, so its size is not known.</source>
        <translation>Flash của điện thoại không lặp lại ở đâu trong phạm vi 16 MiB, nên không rõ dung lượng.</translation>
    </message>
    <message>
        <source>The start of the flash is erased (or all alike), so its size could not be found.</source>
        <translation>Phần đầu flash đã bị xóa (hoặc toàn giống nhau), nên không dò được dung lượng.</translation>
    </message>
    <message>
        <source>The phone did not answer the reads that find the flash size.</source>
        <translation>Điện thoại không trả lời các lần đọc dùng để dò dung lượng flash.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n sample block(s) of %1 in the first MiB is distinctive.</source>
        <translation>
            <numerusform>Không khối nào trong %n khối mẫu %1 ở MiB đầu tiên đủ khác biệt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample blocks repeat every %1 or less: a pattern, not a wrap.</source>
        <translation>Các khối mẫu lặp lại sau mỗi %1 hoặc ít hơn: đó là một mẫu dữ liệu lặp, không phải vòng địa chỉ.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) read again at %1 matched.</source>
        <translation>
            <numerusform>%n khối mẫu đọc lại tại %1 đều khớp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample block(s) matched nowhere up to 16 MiB.</source>
        <translation>
            <numerusform>%n khối mẫu không khớp ở đâu trong phạm vi 16 MiB.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Dở dang</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Cửa sổ</translation>
    </message>
    <message>
        <source>Several phones</source>
        <translation>Nhiều điện thoại</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Dòng lệnh</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>ME ID</source>
        <translation>ME ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Vùng đọc</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Ghi bởi</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Dump history</source>
        <translation>Lịch sử đọc</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>ME ID, firmware or file name</source>
        <translation>ME ID, firmware hoặc tên tệp</translation>
    </message>
    <message>
        <source>Search the history by ME ID, firmware or file name</source>
        <translation>Tìm trong lịch sử theo ME ID, firmware hoặc tên tệp</translation>
    </message>
    <message>
        <source>Dump attempts, newest first</source>
        <translation>Các lần đọc, mới nhất trước</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Mở thư &amp;mục</translation>
    </message>
    <message>
        <source>Open the folder of the selected dump</source>
        <translation>Mở thư mục của bản sao đã chọn</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Mở &amp;báo cáo</translation>
    </message>
    <message>
        <source>Open the report of the selected dump</source>
        <translation>Mở báo cáo của bản sao đã chọn</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Chép SHA-&amp;256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of the selected dump</source>
        <translation>Sao chép SHA-256 của bản sao đã chọn</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Đọc tiế&amp;p</translation>
    </message>
    <message>
        <source>Continue the selected partial dump</source>
        <translation>Đọc tiếp bản sao dở dang đã chọn</translation>
    </message>
    <message>
        <source>Reads the rest of a dump that stopped before the end, into the same file.</source>
        <translation>Đọc phần còn lại của một bản sao đã dừng giữa chừng, vào cùng tệp đó.</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Xuất CSV…</translation>
    </message>
    <message>
        <source>Export the attempts shown to a CSV file</source>
        <translation>Xuất các lần đọc đang hiện ra tệp CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n lần đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Xuất lịch sử</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Không lưu được lịch sử vào %1 (%2). Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) saved to %1.</source>
        <translation>
            <numerusform>Đã lưu %n lần đọc vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityText</name>
    <message>
        <source>not recognised (no ROM info: encrypted, not MediaTek&apos;s, or not a flash dump)</source>
        <translation>không nhận ra (không có ROM info: đã mã hóa, không phải của MediaTek, hoặc không phải bản sao flash)</translation>
    </message>
    <message>
        <source>no version recorded</source>
        <translation>không ghi phiên bản</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not named by the firmware</source>
        <translation>firmware không ghi tên</translation>
    </message>
    <message>
        <source>unknown maker</source>
        <translation>không rõ nhà sản xuất</translation>
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
        <translation>%1 theo bản ghi của firmware. %2</translation>
    </message>
    <message>
        <source>not recorded by the firmware</source>
        <translation>firmware không ghi lại</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 đến %2 (%3)</translation>
    </message>
    <message>
        <source>%1 % erased (%2), %3 % zero</source>
        <translation>%1 % đã xóa (%2), %3 % là số 0</translation>
    </message>
    <message>
        <source>file type %1</source>
        <translation>loại tệp %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 tại %2, %3</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <source>Firmware not recognised.</source>
        <translation>Không nhận ra firmware.</translation>
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
        <translation>Đã kiểm tra: lần đọc thứ hai khớp.</translation>
    </message>
    <message>
        <source>Saved as %1 (%2).</source>
        <translation>Đã lưu thành %1 (%2).</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy the SHA-256 to the clipboard</source>
        <translation>Sao chép SHA-256 vào bộ nhớ tạm</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Kết quả của %1</translation>
    </message>
    <message>
        <source>SHA-256 of %1</source>
        <translation>SHA-256 của %1</translation>
    </message>
    <message>
        <source>Copy the SHA-256 of %1</source>
        <translation>Sao chép SHA-256 của %1</translation>
    </message>
</context>
<context>
    <name>JobOutput</name>
    <message>
        <source>Choose the output file</source>
        <translation>Chọn tệp đầu ra</translation>
    </message>
    <message>
        <source>Output file of %1</source>
        <translation>Tệp đầu ra của %1</translation>
    </message>
    <message>
        <source>Choose the output file of %1</source>
        <translation>Chọn tệp đầu ra của %1</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Bản sao flash (*.bin);;Tất cả tệp (*)</translation>
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
        <translation>khối %1</translation>
    </message>
    <message>
        <source>read twice to verify</source>
        <translation>đọc hai lần để kiểm tra</translation>
    </message>
    <message>
        <source>careful mode</source>
        <translation>chế độ thận trọng</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Đọc tiế&amp;p</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>Continue the partial dump: connect the same phone again</source>
        <translation>Đọc tiếp bản sao dở dang: cắm lại đúng điện thoại đó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Port of job %1</source>
        <translation>Cổng của tác vụ %1</translation>
    </message>
    <message>
        <source>What %1 reads</source>
        <translation>%1 đọc gì</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Tiến độ của %1</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Trạng thái của %1</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>Đọc tiếp %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Bắt đầu %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Hủy %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>Whole flash, %1</source>
        <translation>Toàn bộ flash, %1</translation>
    </message>
    <message>
        <source>Whole flash</source>
        <translation>Toàn bộ flash</translation>
    </message>
    <message>
        <source>%1 is kept in %2: connect the same phone again and click Continue to read the rest.</source>
        <translation>Đã giữ %1 trong %2: cắm lại đúng điện thoại đó và bấm Đọc tiếp để đọc phần còn lại.</translation>
    </message>
    <message>
        <source>%1 of %2 is kept in %3: connect the same phone again and click Continue to read the rest.</source>
        <translation>Đã giữ %1 trên tổng %2 trong %3: cắm lại đúng điện thoại đó và bấm Đọc tiếp để đọc phần còn lại.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>job %1 (%2)</source>
        <translation>tác vụ %1 (%2)</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <extracomment>A line of one job in the log: the job&apos;s port, then the line.</extracomment>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Continuing the dump into %1</source>
        <translation>Đang đọc tiếp vào %1</translation>
    </message>
    <message>
        <source>Dump of the whole flash into %1</source>
        <translation>Đọc toàn bộ flash vào %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>Done: %1 (%2), SHA-256 %3</source>
        <translation>Xong: %1 (%2), SHA-256 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>Dump of %1 from %2 into %3</source>
        <translation>Đọc %1 từ %2 vào %3</translation>
    </message>
</context>
<context>
    <name>JobsWindow</name>
    <message>
        <source>The range in the main window is not valid: %1</source>
        <translation>Vùng đọc trong cửa sổ chính không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Choose where to save this dump first.</source>
        <translation>Hãy chọn nơi lưu bản sao này trước.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Another job already uses Automatic, which takes the first MediaTek phone. Choose a port for this one.</source>
        <translation>Một tác vụ khác đã dùng Tự động, chế độ lấy điện thoại MediaTek đầu tiên. Hãy chọn một cổng cho tác vụ này.</translation>
    </message>
    <message>
        <source>Another job is already dumping from %1. Choose another port for this one.</source>
        <translation>Một tác vụ khác đang đọc qua %1. Hãy chọn cổng khác cho tác vụ này.</translation>
    </message>
    <message>
        <source>Another job is already writing %1. Choose another file name.</source>
        <translation>Một tác vụ khác đang ghi %1. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>The main window is already dumping from %1. Choose another port for this job.</source>
        <translation>Cửa sổ chính đang đọc (cổng: %1). Hãy chọn cổng khác cho tác vụ này.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>The main window is already writing %1. Choose another file name.</source>
        <translation>Cửa sổ chính đang ghi %1. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 đã tồn tại. Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Choose another file name, or continue it from the main window.</source>
        <translation>Đã có bản sao dở dang của %1. Hãy chọn tên tệp khác, hoặc đọc tiếp bản sao đó từ cửa sổ chính.</translation>
    </message>
    <message>
        <source>Stop the dumps?</source>
        <translation>Dừng các lần đọc?</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) still running. Stop them and close this window? What was read so far is kept as partial files and can be continued later.</source>
        <translation>
            <numerusform>Còn %n lần đọc đang chạy. Dừng lại và đóng cửa sổ này? Phần đã đọc được giữ thành tệp dở dang và có thể đọc tiếp sau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the dumps…</source>
        <translation>Đang dừng các lần đọc…</translation>
    </message>
    <message>
        <source>MTreader — several phones at once</source>
        <translation>MTreader — nhiều điện thoại cùng lúc</translation>
    </message>
    <message>
        <source>Each row reads one phone on its own port, all at the same time. What to read and how are taken from the main window when a row starts.</source>
        <translation>Mỗi hàng đọc một điện thoại qua cổng riêng, tất cả cùng lúc. Đọc gì và đọc thế nào được lấy từ cửa sổ chính khi hàng bắt đầu.</translation>
    </message>
    <message>
        <source>&amp;Add job</source>
        <translation>&amp;Thêm tác vụ</translation>
    </message>
    <message>
        <source>A new row for one more phone</source>
        <translation>Một hàng mới cho thêm một điện thoại</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Đọc gì</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump.</source>
        <translation>%1 là một thư mục. Hãy chọn tên tệp cho bản sao.</translation>
    </message>
    <message>
        <source>MTreader cannot save into the folder %1. Choose another folder.</source>
        <translation>MTreader không thể lưu vào thư mục %1. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>This job is already running.</source>
        <translation>Tác vụ này đang chạy.</translation>
    </message>
    <message numerus="yes">
        <source>Start all: %1 of %n job(s) started.</source>
        <translation>
            <numerusform>Bắt đầu tất cả: đã bắt đầu %1 trên %n tác vụ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job is ready to start: each one is running or done. Add a job for the next phone, or click Start in a row to dump another phone there.</source>
        <translation>Không có tác vụ nào sẵn sàng để bắt đầu: mọi tác vụ đều đang chạy hoặc đã xong. Hãy thêm tác vụ cho điện thoại tiếp theo, hoặc bấm Bắt đầu ở một hàng để đọc điện thoại khác ở đó.</translation>
    </message>
    <message numerus="yes">
        <source>Started %1 of %n job(s). Not started:</source>
        <translation>
            <numerusform>Đã bắt đầu %1 trên %n tác vụ. Chưa bắt đầu được:</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (%2): %3</source>
        <translation>Tác vụ %1 (%2): %3</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Bắt đầu tất &amp;cả</translation>
    </message>
    <message>
        <source>Start every job that is ready, and continue every one that kept a partial dump</source>
        <translation>Bắt đầu mọi tác vụ đã sẵn sàng, và đọc tiếp mọi tác vụ còn bản sao dở dang</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Copy log</source>
        <translation>Chép nhật ký</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>Lưu nhật ký…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Copy the log</source>
        <translation>Sao chép nhật ký</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Lưu nhật ký vào tệp</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Xóa nhật ký</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Lưu nhật ký</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>The log could not be saved to %1: %2</source>
        <translation>Không lưu được nhật ký vào %1: %2</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Đọ&amp;c</translation>
    </message>
    <message>
        <source>&amp;Cancel the dump</source>
        <translation>&amp;Hủy việc đọc</translation>
    </message>
    <message>
        <source>Dump &amp;several phones at once…</source>
        <translation>Đọc &amp;nhiều điện thoại cùng lúc…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>N&amp;gôn ngữ</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Try with a virtual phone</source>
        <translation>&amp;Thử với điện thoại ảo</translation>
    </message>
    <message>
        <source>&amp;About MTreader</source>
        <translation>&amp;Giới thiệu MTreader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Open a dump…</source>
        <translation>&amp;Mở bản sao…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Lo&amp;g</source>
        <translation>Nhật &amp;ký</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MTreader — MediaTek flash reader</source>
        <translation>MTreader — công cụ đọc flash MediaTek</translation>
    </message>
    <message>
        <source>About MTreader</source>
        <translation>Giới thiệu MTreader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Reads the flash of MediaTek MT6261 and MT6260 feature phones through the BootROM USB port, without opening the phone.&lt;/p&gt;&lt;p&gt;Released into the public domain (the Unlicense): use, copy and change it freely.&lt;/p&gt;&lt;p&gt;With thanks to the original MTreader, to fernly for the MT6260 BootROM notes, and to mtk-open-tools.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MTreader %1&lt;/h3&gt;&lt;p&gt;Đọc flash của điện thoại phổ thông MediaTek MT6261 và MT6260 qua cổng USB BootROM, không cần tháo máy.&lt;/p&gt;&lt;p&gt;Phát hành vào phạm vi công cộng (the Unlicense): tự do sử dụng, sao chép và sửa đổi.&lt;/p&gt;&lt;p&gt;Cảm ơn MTreader gốc, cảm ơn fernly về các ghi chú BootROM MT6260, và cảm ơn mtk-open-tools.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop the dump?</source>
        <translation>Dừng việc đọc?</translation>
    </message>
    <message>
        <source>A dump is running. Stop it and quit? What was read so far is kept as a partial file and can be continued later.</source>
        <translation>Đang đọc. Dừng lại và thoát? Phần đã đọc được giữ thành tệp dở dang và có thể đọc tiếp sau.</translation>
    </message>
    <message>
        <source>Stopping the dump…</source>
        <translation>Đang dừng việc đọc…</translation>
    </message>
    <message>
        <source>Demo: when you click Dump, a virtual MT6261 is connected %1 s later.</source>
        <translation>Chạy thử: khi bạn bấm Đọc, một MT6261 ảo sẽ được cắm vào sau %1 giây.</translation>
    </message>
    <message>
        <source>Open a dump</source>
        <translation>Mở bản sao</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Bản sao flash (*.bin);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>OutputChooser</name>
    <message>
        <source>Sav&amp;e as…</source>
        <translation>Lư&amp;u thành…</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Tệp đầu ra</translation>
    </message>
    <message>
        <source>The dump is written here. A new name is made for every dump until you choose one.</source>
        <translation>Bản sao được ghi vào đây. Mỗi lần đọc sẽ có tên mới cho đến khi bạn tự chọn tên.</translation>
    </message>
    <message>
        <source>Choose the output file</source>
        <translation>Chọn tệp đầu ra</translation>
    </message>
    <message>
        <source>Save the dump as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <source>Flash dumps (*.bin);;All files (*)</source>
        <translation>Bản sao flash (*.bin);;Tất cả tệp (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Another dump is writing %1.</source>
        <translation>Một lần đọc khác đang ghi %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Không tạo được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot reopen %1: %2.</source>
        <translation>Không mở lại được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot cut %1 back to its verified part: %2.</source>
        <translation>Không cắt được %1 về phần đã kiểm tra: %2.</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Không đọc lại được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot seek in %1: %2.</source>
        <translation>Không di chuyển được vị trí đọc ghi trong %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2.</source>
        <translation>Không ghi được vào %1: %2.</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2.</source>
        <translation>Không đẩy được dữ liệu của %1 ra đĩa (flush): %2.</translation>
    </message>
    <message>
        <source>Cannot sync %1 to the disk: %2.</source>
        <translation>Không đồng bộ được %1 xuống đĩa: %2.</translation>
    </message>
    <message>
        <source>%1 exists; the dump stays in %2.</source>
        <translation>%1 đã tồn tại; bản sao vẫn nằm trong %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Không đổi tên được %1 thành %2: %3.</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <source>unknown (%1)</source>
        <translation>không rõ (%1)</translation>
    </message>
</context>
<context>
    <name>PortPicker</name>
    <message>
        <source>Choose a port or type its path</source>
        <translation>Chọn cổng hoặc nhập đường dẫn</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Automatic finds the phone by its USB id. You can also pick a port, or type a path such as /dev/ttyUSB0 or COM5.</source>
        <translation>Chế độ Tự động tìm điện thoại theo ID USB. Bạn cũng có thể chọn một cổng, hoặc nhập đường dẫn như /dev/ttyUSB0 hay COM5.</translation>
    </message>
    <message>
        <source>Automatic — first MediaTek phone (%1)</source>
        <translation>Tự động — điện thoại MediaTek đầu tiên (%1)</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Chip:</source>
        <translation>Chip:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>ME ID:</source>
        <translation>ME ID:</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>Keep holding the boot key until the reading starts.</source>
        <translation>Giữ phím boot cho đến khi bắt đầu đọc.</translation>
    </message>
    <message>
        <source>You can let go of the key now. Do not unplug the phone.</source>
        <translation>Bây giờ có thể thả phím. Đừng rút điện thoại.</translation>
    </message>
    <message>
        <source>Reading everything a second time to compare. Do not unplug the phone.</source>
        <translation>Đang đọc lại toàn bộ lần thứ hai để so sánh. Đừng rút điện thoại.</translation>
    </message>
    <message>
        <source>The dump is saved. Restarting the phone.</source>
        <translation>Đã lưu bản sao. Đang khởi động lại điện thoại.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4</source>
        <translation>%1 / %2 · %3 · %4</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>đang hoàn tất</translation>
    </message>
    <message>
        <source>Flash:</source>
        <translation>Flash:</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>hardware %1, software %2, %3</source>
        <translation>phần cứng %1, phần mềm %2, %3</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Custom range</source>
        <translation>Vùng tùy chỉnh</translation>
    </message>
    <message>
        <source>Range to read</source>
        <translation>Vùng cần đọc</translation>
    </message>
    <message>
        <source>Start address</source>
        <translation>Địa chỉ bắt đầu</translation>
    </message>
    <message>
        <source>Length in bytes</source>
        <translation>Độ dài tính bằng byte</translation>
    </message>
    <message>
        <source>Decimal (4194304) or hex (0x400000)</source>
        <translation>Thập phân (4194304) hoặc thập lục phân (0x400000)</translation>
    </message>
    <message>
        <source>Start as a size</source>
        <translation>Địa chỉ bắt đầu dưới dạng dung lượng</translation>
    </message>
    <message>
        <source>Length as a size</source>
        <translation>Độ dài dưới dạng dung lượng</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Vùng đọc có vấn đề</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Độ &amp;dài:</translation>
    </message>
    <message>
        <source>Whole flash (size found from the phone)</source>
        <translation>Toàn bộ flash (dung lượng dò từ điện thoại)</translation>
    </message>
    <message>
        <source>%1 from the start</source>
        <translation>%1 từ đầu</translation>
    </message>
    <message>
        <source>MT6261 phones have 4, 8 or 16 MiB of flash. The whole flash is read by default: MTreader finds its size from the phone.</source>
        <translation>Máy MT6261 có 4, 8 hoặc 16 MiB flash. Mặc định đọc toàn bộ flash: MTreader tự dò dung lượng từ điện thoại.</translation>
    </message>
    <message>
        <source>found from the phone</source>
        <translation>dò từ điện thoại</translation>
    </message>
</context>
<context>
    <name>ResumeState</name>
    <message>
        <source>Cannot read the resume file %1: %2.</source>
        <translation>Không đọc được tệp đọc tiếp %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a resume file.</source>
        <translation>%1 không phải tệp đọc tiếp.</translation>
    </message>
    <message>
        <source>The resume file %1 is damaged.</source>
        <translation>Tệp đọc tiếp %1 bị hỏng.</translation>
    </message>
    <message>
        <source>This is another phone: its chip is %1, the partial dump is from %2.</source>
        <translation>Đây là điện thoại khác: chip của nó là %1, bản sao dở dang là từ %2.</translation>
    </message>
    <message>
        <source>This is another phone: its ME ID is %1, the partial dump is from %2.</source>
        <translation>Đây là điện thoại khác: ME ID của nó là %1, bản sao dở dang là từ %2.</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Không mở được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is locked by another program.</source>
        <translation>%1 đang bị một chương trình khác khóa.</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message>
        <source>This phone was dumped before: %1, to %2.</source>
        <translation>Điện thoại này đã được đọc trước đây: lúc %1, vào %2.</translation>
    </message>
</context>
<context>
    <name>SettingsColumn</name>
    <message>
        <source>Keep going with the next phone</source>
        <translation>Làm liên tục với điện thoại tiếp theo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Cổ&amp;ng:</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>Đọc gì</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <source>&amp;Dump</source>
        <translation>Đọ&amp;c</translation>
    </message>
    <message>
        <source>Dump the flash</source>
        <translation>Đọc flash</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Cancel the dump</source>
        <translation>Hủy việc đọc</translation>
    </message>
    <message>
        <source>Start, then connect the phone when asked (Ctrl+Return)</source>
        <translation>Bắt đầu, rồi cắm điện thoại khi được yêu cầu (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>Kiểm t&amp;ra</translation>
    </message>
    <message>
        <source>Verify by reading twice</source>
        <translation>Kiểm tra bằng cách đọc hai lần</translation>
    </message>
    <message>
        <source>Reads everything a second time and compares; blocks that differ are read again until two reads agree. Takes about twice as long.</source>
        <translation>Đọc lại toàn bộ lần thứ hai và so sánh; các khối khác nhau được đọc lại cho đến khi hai lần đọc khớp nhau. Mất khoảng gấp đôi thời gian.</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>Làm &amp;liên tục</translation>
    </message>
    <message>
        <source>For a stack of phones: after each one, wait for the next. Each dump gets its own file name in the same folder.</source>
        <translation>Cho một chồng điện thoại: xong máy này thì chờ máy tiếp theo. Mỗi bản sao có tên tệp riêng trong cùng thư mục.</translation>
    </message>
    <message>
        <source>Sound and alert for each phone</source>
        <translation>Âm thanh và thông báo cho mỗi máy</translation>
    </message>
    <message>
        <source>Sound and alert when a phone is done</source>
        <translation>Âm thanh và thông báo khi xong một máy</translation>
    </message>
</context>
<context>
    <name>ShowInFolder</name>
    <message>
        <source>Show in folder</source>
        <translation>Hiện trong thư mục</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The dump is in:
%1</source>
        <translation>Không có trình quản lý tệp nào mở được thư mục. Bản sao nằm ở:
%1</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Sao chép đường dẫn</translation>
    </message>
</context>
<context>
    <name>StackSummary</name>
    <message numerus="yes">
        <source>Keep going: %n dumped</source>
        <translation>
            <numerusform>Làm liên tục: đã đọc %n máy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n thất bại</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones of this session, newest first</source>
        <translation>Các điện thoại trong phiên này, mới nhất trước</translation>
    </message>
    <message>
        <source>phone not identified</source>
        <translation>chưa nhận diện được điện thoại</translation>
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
        <translation>Chọn vùng cần đọc và nơi lưu, rồi bấm Đọc. Sau đó MTreader sẽ hướng dẫn cách cắm điện thoại và tự tìm ra nó.</translation>
    </message>
</context>
<context>
    <name>StageText</name>
    <message>
        <source>Turn the phone off. Hold the boot key (usually Call) and connect the USB cable.</source>
        <translation>Tắt điện thoại. Giữ phím boot (thường là phím Gọi) và cắm cáp USB.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>Đang chờ điện thoại</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Đang kết nối</translation>
    </message>
    <message>
        <source>Phone identified</source>
        <translation>Đã nhận diện điện thoại</translation>
    </message>
    <message>
        <source>Reading the flash</source>
        <translation>Đang đọc flash</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <source>Resetting the phone</source>
        <translation>Đang khởi động lại điện thoại</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
</context>
<context>
    <name>TargetQuestions</name>
    <message>
        <source>No output file</source>
        <translation>Chưa có tệp đầu ra</translation>
    </message>
    <message>
        <source>Choose where to save the dump first.</source>
        <translation>Hãy chọn nơi lưu bản sao trước.</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Không có thư mục này</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Save as.</source>
        <translation>Thư mục %1 không tồn tại. Hãy chọn nơi khác bằng Lưu thành.</translation>
    </message>
    <message>
        <source>That is a folder</source>
        <translation>Đó là một thư mục</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the dump with Save as.</source>
        <translation>%1 là một thư mục. Hãy chọn tên tệp cho bản sao bằng Lưu thành.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the new dump?</source>
        <translation>%1 đã tồn tại. Thay bằng bản sao mới?</translation>
    </message>
    <message>
        <source>Continue the earlier dump?</source>
        <translation>Đọc tiếp lần trước?</translation>
    </message>
    <message>
        <source>A partial dump of %1 is already there. Continue it with the same phone?

To start over instead, choose another file name.</source>
        <translation>Đã có bản sao dở dang của %1. Đọc tiếp với cùng điện thoại?

Nếu muốn làm lại từ đầu, hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>That folder cannot be written</source>
        <translation>Không ghi được vào thư mục đó</translation>
    </message>
    <message>
        <source>MTreader cannot save into %1: %2. Choose another folder with Save as before you connect the phone.</source>
        <translation>MTreader không thể lưu vào %1: %2. Hãy chọn thư mục khác bằng Lưu thành trước khi cắm điện thoại.</translation>
    </message>
</context>
<context>
    <name>TextFormat</name>
    <message>
        <source>measuring speed</source>
        <translation>đang đo tốc độ</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>đang ước tính thời gian còn lại</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>còn khoảng %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>còn %1:%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1, hardware %2, software %3, %4</source>
        <translation>%1, phần cứng %2, phần mềm %3, %4</translation>
    </message>
</context>
<context>
    <name>UnfinishedDumps</name>
    <message>
        <source>Unfinished dumps: connect the same phone and continue where it stopped.</source>
        <translation>Bản sao dở dang: cắm đúng điện thoại đó và đọc tiếp từ chỗ đã dừng.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 read</source>
        <translation>%1: đã đọc %2 trên %3</translation>
    </message>
    <message>
        <source>%1: %2 read</source>
        <translation>%1: đã đọc %2</translation>
    </message>
    <message>
        <source>Con&amp;tinue</source>
        <translation>Đọc tiế&amp;p</translation>
    </message>
    <message>
        <source>Continue the dump into %1</source>
        <translation>Đọc tiếp vào %1</translation>
    </message>
</context>
<context>
    <name>VerifyPass</name>
    <message>
        <source>Cannot read back %1: %2.</source>
        <translation>Không đọc lại được %1: %2.</translation>
    </message>
    <message>
        <source>Cannot correct %1: %2.</source>
        <translation>Không sửa được %1: %2.</translation>
    </message>
</context>
<context>
    <name>VirtualFaults</name>
    <message>
        <source>bad fault &quot;%1&quot;: expected KIND[@OFFSET][xTIMES]</source>
        <translation>lỗi giả lập &quot;%1&quot; không hợp lệ: cần KIND[@OFFSET][xTIMES]</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot;; known: %2</source>
        <translation>lỗi giả lập &quot;%1&quot; không rõ; các lỗi có sẵn: %2</translation>
    </message>
    <message>
        <source>bad fault offset &quot;%1&quot;</source>
        <translation>độ lệch lỗi giả lập &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>bad fault count &quot;%1&quot;</source>
        <translation>số lần lỗi giả lập &quot;%1&quot; không hợp lệ</translation>
    </message>
</context>
<context>
    <name>VirtualPhoneRack</name>
    <message>
        <source>MTreader virtual phone</source>
        <translation>Điện thoại ảo MTreader</translation>
    </message>
    <message>
        <source>There is no virtual port %1.</source>
        <translation>Không có cổng ảo %1.</translation>
    </message>
    <message>
        <source>The virtual port %1 is not present.</source>
        <translation>Cổng ảo %1 hiện không có mặt.</translation>
    </message>
    <message>
        <source>The virtual port %1 is already open.</source>
        <translation>Cổng ảo %1 đã được mở.</translation>
    </message>
</context>
<context>
    <name>VirtualTransport</name>
    <message>
        <source>The virtual phone is gone: it booted normally, as no handshake came in time</source>
        <translation>Điện thoại ảo đã mất kết nối: nó khởi động bình thường vì không có bắt tay kịp lúc</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a software reset</source>
        <translation>Điện thoại ảo đã mất kết nối sau khi khởi động lại bằng phần mềm</translation>
    </message>
    <message>
        <source>The virtual phone is gone after a watchdog reset</source>
        <translation>Điện thoại ảo đã mất kết nối sau khi watchdog khởi động lại</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it lost power</source>
        <translation>Điện thoại ảo đã mất kết nối: nó bị mất nguồn</translation>
    </message>
    <message>
        <source>The virtual phone is gone: its cable was pulled</source>
        <translation>Điện thoại ảo đã mất kết nối: cáp của nó bị rút ra</translation>
    </message>
    <message>
        <source>The virtual phone is gone: it was unplugged</source>
        <translation>Điện thoại ảo đã mất kết nối: nó đã bị rút ra</translation>
    </message>
    <message>
        <source>The virtual phone is gone</source>
        <translation>Điện thoại ảo đã mất kết nối</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <source>Picture: a phone with a finger on the Call key and a USB cable</source>
        <translation>Hình: điện thoại có ngón tay đặt trên phím Gọi và một sợi cáp USB</translation>
    </message>
    <message>
        <source>Some phones, e.g. Nokia-made MT6260 models, must be connected without the battery: take it out, connect the cable, then put it back only after the dump.</source>
        <translation>Một số máy, ví dụ các mẫu MT6260 do Nokia sản xuất, phải cắm khi không có pin: tháo pin, cắm cáp, và chỉ lắp pin lại sau khi đọc xong.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Watching for any MediaTek phone (USB id 0E8D:0003).</source>
        <translation>Đang dò tìm bất kỳ điện thoại MediaTek nào (ID USB 0E8D:0003).</translation>
    </message>
    <message>
        <source>Watching for %1.</source>
        <translation>Đang theo dõi %1.</translation>
    </message>
    <message>
        <source>Unplug the phone you just dumped, then connect the next one: turned off, boot key (usually Call) held.</source>
        <translation>Rút điện thoại vừa đọc xong, rồi cắm máy tiếp theo: đã tắt máy, giữ phím boot (thường là phím Gọi).</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>GIỮ</translation>
    </message>
    <message>
        <source>Dump it a&amp;gain anyway</source>
        <translation>&amp;Vẫn đọc lại</translation>
    </message>
    <message>
        <source>Dump the same phone again</source>
        <translation>Đọc lại chính điện thoại đó</translation>
    </message>
    <message>
        <source>This is the phone you just dumped (ME ID %1): it came back because the boot key is still held. Release the key and unplug it, then connect the next phone.</source>
        <translation>Đây là điện thoại bạn vừa đọc xong (ME ID %1): máy xuất hiện lại vì phím boot vẫn đang được giữ. Hãy thả phím và rút máy ra, rồi cắm điện thoại tiếp theo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads the flash of MediaTek MT6261/MT6260 feature phones through the BootROM USB port.</source>
        <translation>Đọc flash của điện thoại phổ thông MediaTek MT6261/MT6260 qua cổng USB BootROM.</translation>
    </message>
    <message>
        <source>Start a dump against a built-in virtual phone at once (as Help &gt; Try with a virtual phone, then Dump).</source>
        <translation>Bắt đầu đọc ngay với điện thoại ảo tích hợp (như Trợ giúp &gt; Thử với điện thoại ảo, rồi Đọc).</translation>
    </message>
    <message>
        <source>kind[@offset][xtimes]</source>
        <translation>loại[@độ_lệch][xsố_lần]</translation>
    </message>
    <message>
        <source>mtreader: bad --demo-fault %1: %2</source>
        <translation>mtreader: --demo-fault %1 không hợp lệ: %2</translation>
    </message>
    <message>
        <source>Open File &gt; Dump several phones at once with this many virtual phones dumping at the same time.</source>
        <translation>Mở Tệp &gt; Đọc nhiều điện thoại cùng lúc với số điện thoại ảo này được đọc đồng thời.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số_lượng</translation>
    </message>
    <message>
        <source>Show the window in this language for this run, e.g. ru, ar or zh_CN (en for English). View &gt; Language chooses it for good.</source>
        <translation>Hiển thị cửa sổ bằng ngôn ngữ này chỉ trong lần chạy này, ví dụ ru, ar hoặc zh_CN (en cho tiếng Anh). Xem &gt; Ngôn ngữ sẽ chọn lâu dài.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>mã</translation>
    </message>
    <message>
        <source>mtreader: unknown language %1; known: %2</source>
        <translation>mtreader: không biết ngôn ngữ %1; các ngôn ngữ có sẵn: %2</translation>
    </message>
    <message>
        <source>mtreader: --demo-jobs takes a number from 1 to 16</source>
        <translation>mtreader: --demo-jobs cần một số từ 1 đến 16</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone plays this fault, e.g. cable-pulled@0x100000, or error-status@0x80000x3 (three times; x0 means always). Repeatable.</source>
        <translation>Với --demo: điện thoại ảo giả lập lỗi này, ví dụ cable-pulled@0x100000, hoặc error-status@0x80000x3 (ba lần; x0 nghĩa là luôn luôn). Có thể dùng nhiều lần.</translation>
    </message>
    <message>
        <source>With --demo: the virtual phone&apos;s flash, 4M, 8M or 16M (default 4M).</source>
        <translation>Với --demo: flash của điện thoại ảo, 4M, 8M hoặc 16M (mặc định 4M).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>dung_lượng</translation>
    </message>
    <message>
        <source>mtreader: --demo-flash takes 4M, 8M or 16M</source>
        <translation>mtreader: --demo-flash chỉ nhận 4M, 8M hoặc 16M</translation>
    </message>
</context>
</TS>
