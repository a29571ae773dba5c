#pragma once

#include "kibo/kiboerror.h"

#include <QCoreApplication>
#include <QString>

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
    static Diagnosis diagnose(const KiboError& error);
};
