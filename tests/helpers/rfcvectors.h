#pragma once

// The JWS test vectors of RFC 7515 appendix A and RFC 7520 section 4, copied from the RFCs into
// tests/data/jws/rfc-vectors.json, each beside the payload the RFC prints (header-only: it reads the data folder of
// the test that includes it, KTI_TEST_DATA_DIR).

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

struct RfcJwsVector
{
    QString name; // "RFC 7515 A.1 HS256", …
    QByteArray token;
    QString algorithm;
    QString keyId; // the kid of its JWK, when it has one
    QString payloadText; // the payload as text; empty for RFC 7515's JWT claims
};

// The eight vectors of RFC 7515 A.1–A.4 and RFC 7520 4.1–4.4; empty when the data file cannot be read or lacks one.
inline QList<RfcJwsVector> rfcJwsVectors()
{
    using namespace Qt::StringLiterals;
    // RFC 7520 section 4's payload, with its two U+2019 apostrophes.
    const QString frodo = u"It\u2019s a dangerous business, Frodo, going out your door. You step onto the road, and if "
                          u"you don't keep your feet, there\u2019s no knowing where you might be swept off to."_s;
    const QHash<QString, QString> payloads {
        { u"RFC 7515 A.1 HS256"_s, QString() },
        { u"RFC 7515 A.2 RS256"_s, QString() },
        { u"RFC 7515 A.3 ES256"_s, QString() },
        { u"RFC 7515 A.4 ES512"_s, u"Payload"_s },
        { u"RFC 7520 4.1 RS256"_s, frodo },
        { u"RFC 7520 4.2 PS384"_s, frodo },
        { u"RFC 7520 4.3 ES512"_s, frodo },
        { u"RFC 7520 4.4 HS256"_s, frodo },
    };
    QFile file(QStringLiteral(KTI_TEST_DATA_DIR "/jws/rfc-vectors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<RfcJwsVector> vectors;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).object().value(u"vectors"_s).toArray()) {
        const QJsonObject vector = value.toObject();
        const QString name = vector.value(u"name"_s).toString();
        if (payloads.contains(name)) {
            vectors.append({ name, vector.value(u"token"_s).toString().toLatin1(), vector.value(u"alg"_s).toString(),
                vector.value(u"jwk"_s).toObject().value(u"kid"_s).toString(), payloads.value(name) });
        }
    }
    return vectors.size() == payloads.size() ? vectors : QList<RfcJwsVector>();
}
