#pragma once

#include "services/services.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

// A failed keychain job's look at the session bus (services module only: it needs QtDBus, which QtKeychain
// links on Linux anyway). It asks whether the bus can be reached, whether org.freedesktop.secrets has an owner
// or can be started, and whether the default collection is locked — the facts KeychainJobRunner::classify turns
// into a state. Every call has the deadline; nothing runs before a job failed, and without
// DBUS_SESSION_BUS_ADDRESS the bus is never touched (libdbus would autolaunch one). It deletes itself.
class SecretServiceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretServiceProbe)

public:
    static void start(QObject* context, std::chrono::milliseconds deadline, Services::KeychainProbeDone done);

private:
    SecretServiceProbe(QObject* context, std::chrono::milliseconds deadline, Services::KeychainProbeDone done);
    ~SecretServiceProbe() override;

    void run();
    void askActivatable();
    void askLocked();
    void finish(bool probed);

    QPointer<QObject> m_context;
    Services::KeychainProbeDone m_done;
    std::chrono::milliseconds m_deadline;
    KeychainJobRunner::Facts m_facts;
    QString m_connectionName;
    QTimer m_deadlineTimer;
    bool m_finished = false;
};
