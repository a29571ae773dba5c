#pragma once

#include "kibo/kiboerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// A failure explained for people: what happened, why, and what to do next.
struct Diagnosis
{
    QString title;
    QString cause;
    QString nextStep;
};

// Turns a KiboError into a Diagnosis, specific to each Kibo errorCode and each network failure.
// The texts never contain a URL query, a token or a password.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)
public:
    // A skew smaller than this (either way) is normal network latency and HTTP Date rounding.
    static constexpr qint64 ClockSkewThresholdSeconds = 30;

    static Diagnosis diagnose(const KiboError& error);

    // How far this computer's clock is behind (positive) or ahead of (negative) the server's, in seconds:
    // serverDate (the reply's Date header) minus receivedAt (this computer's clock when the reply arrived).
    // nullopt when either time is unknown.
    static std::optional<qint64> clockSkewSeconds(const QDateTime& serverDate, const QDateTime& receivedAt);
    static bool isSignificantSkew(qint64 skewSeconds);
    // What a measured skew means for token lifetimes and what to do about it.
    static Diagnosis clockSkew(qint64 skewSeconds);
    // "14 s", "3 min 5 s", "2 h 10 min", "3 d 2 h": a span for the texts above (translated).
    static QString duration(qint64 seconds);
};
