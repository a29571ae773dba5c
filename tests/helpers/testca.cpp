#include "helpers/testca.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QString TestCa::path(const QString& name) const
{
    return m_dir.filePath(name);
}

bool TestCa::run(const QStringList& arguments, QString* error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(30'000) || process.exitCode() != 0) {
        if (error) {
            *error = u"openssl "_s + arguments.value(0) + u" failed: "_s + QString::fromLocal8Bit(process.readAll());
        }
        return false;
    }
    return true;
}

bool TestCa::create(QString* error)
{
    if (!m_dir.isValid()) {
        if (error) {
            *error = u"no temporary folder"_s;
        }
        return false;
    }
    const QByteArray config = "[ ca ]\ndefault_ca = test_ca\n[ test_ca ]\ndatabase = " + path(u"index.txt"_s).toUtf8()
        + "\nnew_certs_dir = " + m_dir.path().toUtf8() + "\nserial = " + path(u"serial"_s).toUtf8()
        + "\ndefault_md = sha256\npolicy = any\nunique_subject = no\nemail_in_dn = no\n"
          "[ any ]\ncommonName = supplied\n";
    if (!writeFile(path(u"ca.cnf"_s), config) || !writeFile(path(u"index.txt"_s), {})
        || !writeFile(path(u"serial"_s), "1000\n")) {
        if (error) {
            *error = u"cannot write the CA files"_s;
        }
        return false;
    }
    return run({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                   u"-nodes"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.pem"_s), u"-subj"_s,
                   u"/CN=KTI Test CA"_s, u"-days"_s, u"2"_s, u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                   u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s },
        error);
}

QString TestCa::caPemPath() const
{
    return path(u"ca.pem"_s);
}

TestCa::ServerCertificate TestCa::server(ServerKind kind, QString* error)
{
    const QString name = u"server%1"_s.arg(++m_serial);
    const QString key = path(name + u".key"_s);
    const QString pem = path(name + u".pem"_s);
    const QString extensions = path(name + u".ext"_s);
    const QByteArray san = kind == ServerKind::WrongHost ? "DNS:wrong.example.test" : "IP:127.0.0.1,DNS:localhost";
    writeFile(extensions, "subjectAltName = " + san + "\nbasicConstraints = CA:FALSE\nextendedKeyUsage = serverAuth\n");
    const QString subject = kind == ServerKind::WrongHost ? u"/CN=wrong.example.test"_s : u"/CN=127.0.0.1"_s;

    bool ok = false;
    if (kind == ServerKind::SelfSigned) {
        ok = run({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                     u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, pem, u"-subj"_s, subject, u"-days"_s, u"2"_s,
                     u"-addext"_s, u"subjectAltName = " + QString::fromLatin1(san) },
            error);
    } else {
        const QString csr = path(name + u".csr"_s);
        ok = run({ u"req"_s, u"-new"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                     u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, csr, u"-subj"_s, subject },
            error);
        QStringList sign { u"ca"_s, u"-batch"_s, u"-notext"_s, u"-config"_s, path(u"ca.cnf"_s), u"-cert"_s, caPemPath(),
            u"-keyfile"_s, path(u"ca.key"_s), u"-in"_s, csr, u"-out"_s, pem, u"-extfile"_s, extensions };
        if (kind == ServerKind::Expired) {
            sign << u"-startdate"_s << u"20200101000000Z"_s << u"-enddate"_s << u"20200102000000Z"_s;
        } else {
            sign << u"-days"_s << u"2"_s;
        }
        ok = ok && run(sign, error);
    }
    ServerCertificate result;
    if (!ok) {
        return result;
    }
    result.certificate = QSslCertificate(readFile(pem), QSsl::Pem);
    result.key = QSslKey(readFile(key), QSsl::Ec, QSsl::Pem);
    if ((result.certificate.isNull() || result.key.isNull()) && error) {
        *error = u"Qt could not read the generated certificate or key"_s;
    }
    return result;
}
