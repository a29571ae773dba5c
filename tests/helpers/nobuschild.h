#pragma once

#include <QByteArray>
#include <QString>

// A real keychain that is not there: a test function runs this test executable again, for itself only, with a
// session bus address that leads nowhere, and checks the child's verdict and output.
struct NoBusChildRun
{
    bool finished = false; // false when the child did not end in time
    bool passed = false; // exited normally with code 0
    QByteArray output; // standard output and standard error
};

// True inside the child that runWithoutSessionBus() started.
bool isNoSessionBusChild();

// Runs testFunction of this executable in a child without a session bus and waits for it (up to 2 minutes).
NoBusChildRun runWithoutSessionBus(const QString& testFunction);
