#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A throw-away certificate authority and a server certificate it signed (SAN 127.0.0.1, localhost and any
// extra DNS names, e.g. a data centre's host names the demo plays), made with OpenSSL libcrypto for the demo
// tenant's HTTPS mode. EC P-256 keys, valid for 30 days.
class DemoCertificate
{
public:
    static DemoCertificate generate(const QStringList& extraDnsNames = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; } // an OpenSSL step name; not translated
    QByteArray caPem() const { return m_caPem; }
    QByteArray serverCertificatePem() const { return m_serverCertificatePem; }
    QByteArray serverKeyPem() const { return m_serverKeyPem; }

private:
    QString m_error;
    QByteArray m_caPem;
    QByteArray m_serverCertificatePem;
    QByteArray m_serverKeyPem;
};
