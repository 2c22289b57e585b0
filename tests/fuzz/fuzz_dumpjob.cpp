// SPDX-License-Identifier: Unlicense
// libFuzzer target: a whole DumpJob (handshake, init, identity, pipelined
// reads with retries, verify, reset) against a phone whose every answer comes
// from the fuzzer. It must never crash, hang or report success with data the
// phone did not send correctly.
#include "DumpJob.h"
#include "FuzzTransport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
QTemporaryDir *outputDir()
{
    static QTemporaryDir dir;
    return &dir;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const quint8 *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes choose the request shape; the rest is the phone.
    DumpRequest request;
    request.port = QStringLiteral("fuzz");
    request.outputPath = outputDir()->filePath(QStringLiteral("fuzz.bin"));
    request.start = data[0] & 0x7;
    request.length = 1 + (data[0] >> 3) * 37;
    request.blockSize = 4u << (data[1] & 0x7);
    request.pipelineDepth = 1 + (data[1] >> 3 & 0x7);
    request.verify = data[1] & 0x40;
    request.reset = data[1] & 0x80;
    request.overwrite = true;
    request.handshakeTimeout = std::chrono::milliseconds(50);

    DumpEnvironment env;
    env.lister = [] {
        PortInfo p;
        p.systemLocation = QStringLiteral("fuzz");
        return QList<PortInfo>{p};
    };
    env.opener = [&](const QString &, DumpError &) -> std::unique_ptr<Transport> {
        return std::make_unique<FuzzTransport>(data + 2, size - 2);
    };
    DumpJob job(request, env);
    job.run();
    QFile::remove(request.outputPath);
    QFile::remove(DumpTarget(request.outputPath).partialPath());
    QFile::remove(DumpTarget(request.outputPath).sidecarPath());
    return 0;
}
