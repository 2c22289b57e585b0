// SPDX-License-Identifier: Unlicense
// The command line of mtreader-virtual-phone, turned into the phone to play
// and how to plug it in; a wrong value gives one sentence naming it.
#pragma once

#include "virtual/VirtualPhoneConfig.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <chrono>

class QCoreApplication;

class VirtualPhoneOptions
{
public:
    VirtualPhoneOptions();

    // Handles --help and --version itself (they exit, as
    // QCommandLineParser::process does). False when a value is wrong; then
    // error() says which.
    bool parse(const QCoreApplication &app);
    QString error() const { return m_error; }

    const VirtualPhoneConfig &config() const { return m_config; }
    QString linkPath() const { return m_linkPath; }
    std::chrono::milliseconds plugDelay() const { return m_plugDelay; }
    bool keepGoing() const { return m_keepGoing; }

private:
    bool parseFlash();
    bool imageOptions(FlashImage::Options &out);
    bool parseTimers();
    bool parseLink();
    bool parseFaults();
    bool fail(const QString &why);
    // A non-negative decimal or 0x-hex value of option into out.
    bool number(const QCommandLineOption &option, qint64 &out);

    QCommandLineParser m_parser;
    const QCommandLineOption m_link{
        QStringLiteral("link"), QStringLiteral("Path of the port link to create (required)."), QStringLiteral("PATH")};
    const QCommandLineOption m_plugDelayOption{QStringLiteral("plug-delay"),
                                               QStringLiteral("Seconds before the port appears (default 0)."),
                                               QStringLiteral("S"), QStringLiteral("0")};
    const QCommandLineOption m_image{QStringLiteral("image"), QStringLiteral("Use FILE as the flash content."),
                                     QStringLiteral("FILE")};
    const QCommandLineOption m_size{QStringLiteral("size"),
                                    QStringLiteral("Size of the generated flash, decimal or 0x-hex (default 4 MiB)."),
                                    QStringLiteral("N"), QStringLiteral("0x400000")};
    const QCommandLineOption m_seed{QStringLiteral("seed"), QStringLiteral("Seed of the generated flash (default 1)."),
                                    QStringLiteral("N"), QStringLiteral("1")};
    const QCommandLineOption m_noRomInfo{
        QStringLiteral("no-rom-info"),
        QStringLiteral("The generated firmware has no ROM info block: it is not recognised.")};
    const QCommandLineOption m_romInfoSize{
        QStringLiteral("rom-info-size"),
        QStringLiteral("The ROM info records a flash of N bytes (and its file system), not the real size."),
        QStringLiteral("N")};
    const QCommandLineOption m_blank{QStringLiteral("blank"),
                                     QStringLiteral("An all-erased flash (every byte FF), no firmware.")};
    const QCommandLineOption m_repetitiveStart{
        QStringLiteral("repetitive-start"),
        QStringLiteral("The first 256 KiB repeat one partly erased 4 KiB unit; the firmware follows.")};
    const QCommandLineOption m_noWrap{QStringLiteral("no-wrap"),
                                      QStringLiteral("Reads past the end of the flash give FF instead of wrapping "
                                                     "around to its start.")};
    const QCommandLineOption m_chip{QStringLiteral("chip"), QStringLiteral("6261 (default) or 6260."),
                                    QStringLiteral("CHIP"), QStringLiteral("6261")};
    const QCommandLineOption m_battery{QStringLiteral("battery"),
                                       QStringLiteral("The phone has a battery: it never loses power.")};
    const QCommandLineOption m_window{QStringLiteral("window"),
                                      QStringLiteral("How long the BROM waits for a handshake (default 3000)."),
                                      QStringLiteral("MS")};
    const QCommandLineOption m_latency{QStringLiteral("latency-us"),
                                       QStringLiteral("One-way USB latency in microseconds."), QStringLiteral("N")};
    const QCommandLineOption m_bandwidth{QStringLiteral("bandwidth"),
                                         QStringLiteral("Phone-to-host bytes per second, 0 = unlimited."),
                                         QStringLiteral("BYTES_PER_S")};
    const QCommandLineOption m_txBuffer{
        QStringLiteral("tx-buffer"),
        QStringLiteral("The phone's transmit buffer: answers leave in pieces of at most N bytes "
                       "(default 4096, 0 = no limit)."),
        QStringLiteral("N")};
    const QCommandLineOption m_rxLimit{
        QStringLiteral("rx-limit"),
        QStringLiteral("Host bytes beyond N waiting unread in the phone are lost (default 0 = none are)."),
        QStringLiteral("N")};
    const QCommandLineOption m_realistic{QStringLiteral("realistic"),
                                         QStringLiteral("Link of a real phone: 1 ms latency, 1 MB/s (the default).")};
    const QCommandLineOption m_instant{QStringLiteral("instant"), QStringLiteral("No latency, unlimited bandwidth.")};
    const QCommandLineOption m_fault{QStringLiteral("fault"), QStringLiteral("Play a fault (repeatable), see below."),
                                     QStringLiteral("KIND[@OFFSET][xTIMES]")};
    const QCommandLineOption m_keepGoingOption{
        QStringLiteral("keep-going"),
        QStringLiteral("When the phone is gone, plug a fresh one in after the plug delay, until Ctrl-C.")};

    QString m_error;
    VirtualPhoneConfig m_config;
    QString m_linkPath;
    std::chrono::milliseconds m_plugDelay{0};
    bool m_keepGoing = false;
};
