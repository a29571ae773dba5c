#include "clioutput.h"

#include "cli/clirunner.h"
#include "kibo/kiboerror.h"
#include "secrets/secretpolicy.h"
#include "vault/vaultstatus.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool g_jsonRequested = false;

// A character a terminal acts on instead of showing: C0 controls but line feed and tab (ESC starts colour, title and
// cursor sequences; a carriage return overwrites the line), DEL, C1 controls (U+009B is a CSI of its own) and the
// bidirectional overrides and isolates that reorder what is shown.
bool actsOnTerminal(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = CliOutput::terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(u'\n')) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

} // namespace

void CliOutput::out(const QString& text)
{
    write(stdout, text);
}

void CliOutput::err(const QString& text)
{
    write(stderr, text);
}

void CliOutput::json(const QJsonObject& object)
{
    // QJsonDocument writes C0 controls as \u escapes already; terminalSafe() writes the others the same way, which
    // JSON reads back as the same string.
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

QString CliOutput::terminalSafe(const QString& text)
{
    qsizetype first = 0;
    while (first < text.size() && !actsOnTerminal(text.at(first).unicode())) {
        ++first;
    }
    if (first == text.size()) {
        return text;
    }
    QString result = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (actsOnTerminal(c)) {
            result += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        } else {
            result += QChar(c);
        }
    }
    return result;
}

void CliOutput::setJsonRequested(bool requested)
{
    g_jsonRequested = requested;
}

bool CliOutput::jsonRequested()
{
    return g_jsonRequested;
}

QJsonObject CliOutput::errorObject(const QString& code, const QString& message, const QJsonObject& details)
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (!it.value().isUndefined() && it.key() != u"code"_s && it.key() != u"message"_s) {
            error.insert(it.key(), it.value());
        }
    }
    return error;
}

int CliOutput::fail(int exitCode, const QString& code, const QString& message, const QJsonObject& details,
    const QJsonObject& alongside, const QString& text)
{
    Q_ASSERT(exitCode != 0 && !code.isEmpty() && !message.isEmpty());
    if (g_jsonRequested) {
        QJsonObject object = alongside;
        object.insert(u"error"_s, errorObject(code, message, details));
        json(object);
    } else {
        err(text.isEmpty() ? message : text);
    }
    return exitCode;
}

int CliOutput::failKeychain(const VaultStatus& status, const QString& message)
{
    return fail(CliRunner::KeychainFailure, status.errorCode(), message);
}

QString CliOutput::kiboCode(const KiboError& error)
{
    switch (error.kind) {
    case KiboError::Kind::None:
        break;
    case KiboError::Kind::ConnectionRefused:
        return u"connection-refused"_s;
    case KiboError::Kind::HostNotFound:
        return u"host-not-found"_s;
    case KiboError::Kind::Timeout:
        return u"network-timeout"_s;
    case KiboError::Kind::Cancelled:
        return u"cancelled"_s;
    case KiboError::Kind::Tls:
        return u"tls"_s;
    case KiboError::Kind::Redirect:
        return u"redirect"_s;
    case KiboError::Kind::Network:
        return u"network"_s;
    case KiboError::Kind::Proxy:
        return u"proxy"_s;
    case KiboError::Kind::HttpKibo:
        return u"kibo-refused"_s;
    case KiboError::Kind::Throttled:
        return u"throttled"_s;
    case KiboError::Kind::HttpOther:
        return u"http-error"_s;
    case KiboError::Kind::NotKibo:
        return u"not-kibo"_s;
    case KiboError::Kind::TooLarge:
        return u"too-large"_s;
    case KiboError::Kind::TenantDiscovery:
        // tenant-unknown, tenant-forbidden, no-domain, site-unknown
        return error.detail.isEmpty() ? u"tenant-lookup"_s : error.detail;
    }
    return u"failed"_s;
}

QString CliOutput::redacted(const QString& kind, const QString& secret)
{
    return SecretPolicy::describe(kind, secret);
}
