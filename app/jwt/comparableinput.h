#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// One side of a comparison: turns a compact JWT, a whole auth-ticket JSON or a customer-account
// JSON into a JSON value JsonDiff compares. A JWT becomes {"header", "payload"} (the session claim
// parsed, ClaimCatalogue::expandNested); a ticket keeps its fields, each token value replaced by a
// non-secret shape {"kind", "length", "last4", "sha256"} and the decoded jwtAccessToken added as
// "jwt"; an account stays as it is. Any other string that decodes as a JWT is a secret too.
// The `login --json` output ({"ticket", "jwt", …}) is read as the ticket it holds.
class ComparableInput
{
    Q_DECLARE_TR_FUNCTIONS(ComparableInput)

public:
    enum class Kind
    {
        Unknown,
        Jwt,
        AuthTicket,
        CustomerAccount
    };

    enum class Secrets
    {
        Shapes, // replace every token by its shape
        Keep // keep the tokens (--show-secrets); secretPaths still says where they are
    };

    static constexpr qsizetype MaxInputBytes = 32 * 1024 * 1024; // as large as a ticket reply may be

    Kind kind = Kind::Unknown;
    QJsonValue value { QJsonValue::Undefined }; // what to compare; undefined when not understood
    QString error; // why the input is not understood; names no secret
    QStringList notes; // what was detected and done, for people
    QStringList secretPaths; // JsonPaths in value that hold a token or its shape

    bool isValid() const { return kind != Kind::Unknown; }

    static ComparableInput fromBytes(QByteArrayView bytes, Secrets secrets = Secrets::Shapes);

    // "jwt", "authTicket", "customerAccount", "unknown": stable names for JSON output.
    static QString kindName(Kind kind);
    // "a JWT", "an auth ticket", "a customer account", "something else": for sentences.
    static QString kindText(Kind kind);

    // The shape that stands for a secret: its kind (the field name, or "jwt"), length, last four
    // characters (empty below 16 characters, like CliOutput::redacted) and the first 12 hex digits of
    // its SHA-256, so that two tokens of equal length and ending still compare as different.
    static QJsonObject secretShape(const QString& kind, const QString& secret);
    static bool isSecretShape(const QJsonValue& value);
    // The redaction text of a secret shape: what SecretPolicy::describe gives for the secret itself.
    static QString shapeText(const QJsonObject& shape);
    // The value with every secret shape below it replaced by its shapeText().
    static QJsonValue presentable(const QJsonValue& value);
    // The value on one line for people: a secret shape as its shapeText(), anything else as compact JSON of
    // presentable(value). Not shortened, not escaped for display.
    static QString compactText(const QJsonValue& value);
    // True for a string that decodes as a JWS or JWE.
    static bool looksLikeJwt(const QString& text);
};
