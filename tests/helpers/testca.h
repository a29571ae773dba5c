#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

// A throwaway certificate authority made with the openssl command line in a temporary folder:
// a CA, and server certificates for 127.0.0.1 that are good, for the wrong host, expired, or
// self-signed (not from the CA).
class TestCa
{
public:
    enum class ServerKind
    {
        Good,
        WrongHost,
        Expired,
        SelfSigned
    };

    struct ServerCertificate
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Creates the CA; false plus a reason when openssl is missing or fails.
    bool create(QString* error);
    QString caPemPath() const;
    ServerCertificate server(ServerKind kind, QString* error);

private:
    bool run(const QStringList& arguments, QString* error) const;
    QString path(const QString& name) const;

    QTemporaryDir m_dir;
    int m_serial = 0;
};
