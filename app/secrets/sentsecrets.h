#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>

// The secrets one request sent (a password, the client secret, the app token, a one-time code, a refresh token, user
// claims), to take out of whatever its reply brings back: a server may echo what it was sent, and a reply is shown
// on the Raw tab, logged, bundled and printed. Each occurrence, as sent, percent-encoded or JSON-escaped, and in the
// reply's parsed JSON also behind \u escapes, becomes the secret's redacted shape (SecretPolicy::redact).
//
// A refresh token or user claims may come back in a successful ticket, where they belong (Kibo keeps the refresh
// token across refreshes): added as MayReturn, they are taken out of a failure only. The one home of this rule is
// KiboCall, which applies it to every reply before anyone sees it; a 2xx reply that turns out to hold no ticket is a
// failure the call could not know of, and AuthTicketClient applies the failure's rule to it then.
class SentSecrets
{
public:
    enum class Echo
    {
        Never, // no reply ever holds it: a password, the client secret, the app token, a code
        MayReturn, // a successful reply may hold it where it belongs
    };
    enum class Reply
    {
        Success,
        Failure,
    };

    // Secrets shorter than this are not looked for: they would match by chance.
    static constexpr qsizetype MinLength = 4;

    // kind names the secret in its redaction ("password", "refresh token"); empty or short values are ignored.
    void add(const QString& kind, const QString& value, Echo echo = Echo::Never);
    bool isEmpty() const { return m_secrets.isEmpty(); }

    // text (or UTF-8 bytes) with every secret that may not stay in this reply replaced; the same object when none
    // was there, so that a success of megabytes is not copied.
    QString removeFrom(const QString& text, Reply reply) const;
    QByteArray removeFrom(const QByteArray& bytes, Reply reply) const;
    // Every key and string of value, at any depth.
    QJsonValue removeFrom(const QJsonValue& value, Reply reply) const;
    // Header names and values.
    QList<std::pair<QByteArray, QByteArray>> removeFrom(
        const QList<std::pair<QByteArray, QByteArray>>& headers, Reply reply) const;

private:
    struct Secret
    {
        QString value;
        QString shown; // the redaction that replaces it
        QList<QByteArray> forms; // UTF-8: as sent, percent-encoded, JSON-escaped
        Echo echo = Echo::Never;
    };
    bool applies(const Secret& secret, Reply reply) const
    {
        return secret.echo == Echo::Never || reply == Reply::Failure;
    }

    QList<Secret> m_secrets;
};
