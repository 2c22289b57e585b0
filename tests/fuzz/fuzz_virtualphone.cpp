// SPDX-License-Identifier: Unlicense
// libFuzzer target: arbitrary host bytes, in arbitrary pieces and at
// arbitrary times, fed to the virtual phone. The model must never crash and
// must keep its promises (nothing sent after it is gone).
#include "virtual/FlashImage.h"
#include "virtual/VirtualPhone.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const quint8 *data, size_t size)
{
    // Built once: a fresh image per run would be most of the fuzzer's time.
    static const VirtualPhoneConfig base = [] {
        VirtualPhoneConfig c = VirtualPhoneConfig::mt6261();
        c.flash = FlashImage::generate(64 * 1024, 5);
        return c;
    }();
    if (size < 1)
        return 0;
    VirtualPhoneConfig config = base;
    if (data[0] & 1)
        config.faults.append({FaultKind((data[0] >> 1 & 0xf) % (int(FaultKind::FlippedBit) + 1)), quint32(data[0]) * 64,
                              (data[0] >> 5) & 1});
    if (data[0] & 0x80)
        config.link = LinkModel::realistic();
    auto t = VirtualPhone::Clock::time_point{};
    VirtualPhone phone(config, t);
    size_t pos = 1;
    QByteArray out;
    while (pos < size) {
        // A control byte: how many host bytes follow and how much time passes.
        const quint8 ctl = data[pos++];
        const size_t n = std::min<size_t>(ctl & 0x1f, size - pos);
        t += std::chrono::microseconds(quint64(ctl >> 5) * 700);
        phone.hostWrite(QByteArray(reinterpret_cast<const char *>(data + pos), qsizetype(n)), t);
        pos += n;
        bool wasGone = phone.isGone();
        while (phone.takeTransfer(t, out)) {
            if (out.isEmpty())
                std::abort();
        }
        if (wasGone && !phone.isGone())
            std::abort(); // the port came back by itself
    }
    return 0;
}
