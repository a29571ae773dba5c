// ComparableInput and InputComparison: what the CLI's diff and the GUI's compare view build on.
#include "jwt/base64url.h"
#include "jwt/inputcomparison.h"

#include "json/jsontreemodel.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray jwt(const QJsonObject& payload)
{
    return Base64Url::encode(R"({"alg":"HS256","typ":"JWT"})") + '.'
        + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".c2lnbmF0dXJl";
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestInputComparison final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsKinds_data();
    void detectsKinds();
    void ticketTokensBecomeShapes();
    void keepSecretsStillListsThem();
    void nestedJwtInAClaimIsASecret();
    void shapesOfEqualLengthAndEndingDiffer();
    void kindsMustMatch();
    void jwsPayloadsThatAreNotJsonAreCompared();
    void annotatorMarksDifferencesAndSecrets();
};

void TestInputComparison::detectsKinds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind");

    const QByteArray token = jwt({ { u"sub"_s, u"u"_s }, { u"exp"_s, 5 } });
    QTest::newRow("jwt") << token << int(ComparableInput::Kind::Jwt);
    QTest::newRow("jwt with newline and Bearer")
        << QByteArray("Bearer " + token + "\n") << int(ComparableInput::Kind::Jwt);
    QTest::newRow("ticket") << json({ { u"accessToken"_s, u"abc"_s }, { u"userId"_s, u"u"_s } })
                            << int(ComparableInput::Kind::AuthTicket);
    QTest::newRow("2FA ticket") << json({ { u"requires2FA"_s, true }, { u"userId"_s, u"u"_s } })
                                << int(ComparableInput::Kind::AuthTicket);
    QTest::newRow("login --json output") << json(
        { { u"ticket"_s, QJsonObject { { u"accessToken"_s, u"<redacted accessToken: 3 characters>"_s } } },
            { u"requires2FA"_s, false } })
                                         << int(ComparableInput::Kind::AuthTicket);
    QTest::newRow("account") << json({ { u"id"_s, 1 }, { u"emailAddress"_s, u"a@example.com"_s } })
                             << int(ComparableInput::Kind::CustomerAccount);
    QTest::newRow("other object") << json({ { u"id"_s, 1 } }) << int(ComparableInput::Kind::Unknown);
    QTest::newRow("array") << QByteArray("[]") << int(ComparableInput::Kind::Unknown);
    QTest::newRow("broken JSON") << QByteArray("{\"a\":") << int(ComparableInput::Kind::Unknown);
    QTest::newRow("opaque") << QByteArray("QUJDREVGR0hJSktMTU5PUA==") << int(ComparableInput::Kind::Unknown);
    QTest::newRow("two lines") << QByteArray(token + "\n" + token) << int(ComparableInput::Kind::Unknown);
    QTest::newRow("empty") << QByteArray(" \n") << int(ComparableInput::Kind::Unknown);
    QTest::newRow("over 8 MiB") << QByteArray(ComparableInput::MaxInputBytes + 1, ' ')
                                << int(ComparableInput::Kind::Unknown);
}

void TestInputComparison::detectsKinds()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    const ComparableInput parsed = ComparableInput::fromBytes(input);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.isValid(), kind != int(ComparableInput::Kind::Unknown));
    QCOMPARE(parsed.error.isEmpty(), parsed.isValid());
    QCOMPARE(parsed.value.isUndefined(), !parsed.isValid());
}

void TestInputComparison::ticketTokensBecomeShapes()
{
    const QString access = u"QWNjZXNzVG9rZW4tZm9yLXRoZS1zaGFwZS10ZXN0"_s;
    const QByteArray token = jwt({ { u"sub"_s, u"u"_s },
        { u"https://www.kibocommerce.com/user_claims"_s, QJsonObject { { u"b._sess_"_s, u"{\"i\":\"s1\"}"_s } } } });
    const ComparableInput input = ComparableInput::fromBytes(json({ { u"accessToken"_s, access },
        { u"refreshToken"_s, u"short"_s }, { u"jwtAccessToken"_s, QString::fromLatin1(token) },
        { u"customerAccount"_s, QJsonObject { { u"notes"_s, QJsonArray { QString::fromLatin1(token) } } } } }));
    QCOMPARE(input.kind, ComparableInput::Kind::AuthTicket);
    const QJsonObject value = input.value.toObject();
    const QJsonObject shape = value.value(u"accessToken"_s).toObject();
    QVERIFY(ComparableInput::isSecretShape(shape));
    QCOMPARE(shape.value(u"kind"_s).toString(), u"accessToken"_s);
    QCOMPARE(shape.value(u"length"_s).toInteger(), access.size());
    QCOMPARE(shape.value(u"last4"_s).toString(), access.right(4));
    QCOMPARE(value.value(u"refreshToken"_s).toObject().value(u"last4"_s).toString(), QString());
    QCOMPARE(value.value(u"jwtAccessToken"_s).toObject().value(u"kind"_s).toString(), u"jwtAccessToken"_s);
    const QJsonValue hidden = value.value(u"customerAccount"_s).toObject().value(u"notes"_s).toArray().at(0);
    QCOMPARE(hidden.toObject().value(u"kind"_s).toString(), u"jwt"_s);
    // The decoded JWT, with the session claim parsed.
    QCOMPARE(value.value(u"jwt"_s)
                 .toObject()
                 .value(u"payload"_s)
                 .toObject()
                 .value(u"https://www.kibocommerce.com/user_claims"_s)
                 .toObject()
                 .value(u"b._sess_"_s)
                 .toObject()
                 .value(u"i"_s)
                 .toString(),
        u"s1"_s);
    QCOMPARE(input.secretPaths,
        (QStringList {
            u"$.accessToken"_s, u"$.customerAccount.notes[0]"_s, u"$.jwtAccessToken"_s, u"$.refreshToken"_s }));
    const QByteArray all = QJsonDocument(value).toJson();
    QVERIFY(!all.contains(access.toLatin1()));
    QVERIFY(!all.contains(token));
}

void TestInputComparison::keepSecretsStillListsThem()
{
    const ComparableInput input = ComparableInput::fromBytes(
        json({ { u"accessToken"_s, u"QWNjZXNzVG9rZW4tZm9yLXRoZS1zaGFwZS10ZXN0"_s } }), ComparableInput::Secrets::Keep);
    QCOMPARE(input.value.toObject().value(u"accessToken"_s).toString(), u"QWNjZXNzVG9rZW4tZm9yLXRoZS1zaGFwZS10ZXN0"_s);
    QCOMPARE(input.secretPaths, QStringList { u"$.accessToken"_s });
}

void TestInputComparison::nestedJwtInAClaimIsASecret()
{
    const QByteArray inner = jwt({ { u"sub"_s, u"inner"_s } });
    const QByteArray outer = jwt({ { u"sub"_s, u"outer"_s }, { u"act"_s, QString::fromLatin1(inner) } });
    const ComparableInput input = ComparableInput::fromBytes(outer);
    QCOMPARE(input.kind, ComparableInput::Kind::Jwt);
    QCOMPARE(input.secretPaths, QStringList { u"$.payload.act"_s });
    QVERIFY(ComparableInput::isSecretShape(input.value.toObject().value(u"payload"_s).toObject().value(u"act"_s)));
    QVERIFY(!QJsonDocument(input.value.toObject()).toJson().contains(inner));
}

void TestInputComparison::shapesOfEqualLengthAndEndingDiffer()
{
    const auto comparison
        = InputComparison::compare(json({ { u"refreshToken"_s, u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaffff"_s } }),
            json({ { u"refreshToken"_s, u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbffff"_s } }), JsonDiff::Options());
    QVERIFY(comparison.isValid());
    QCOMPARE(comparison.result.differences.size(), 1);
    const JsonDifference& difference = comparison.result.differences.at(0);
    // One difference for the whole shape, not one per member of it.
    QCOMPARE(difference.path, u"$.refreshToken"_s);
    QCOMPARE(difference.kind, JsonDifference::Kind::Changed);
    QCOMPARE(difference.before.toObject().value(u"last4"_s), difference.after.toObject().value(u"last4"_s));
}

void TestInputComparison::kindsMustMatch()
{
    const auto comparison = InputComparison::compare(
        jwt({ { u"sub"_s, u"u"_s } }), json({ { u"emailAddress"_s, u"a@example.com"_s } }), JsonDiff::Options());
    QVERIFY(!comparison.isValid());
    QVERIFY(comparison.error.contains(u"a JWT"_s));
    QVERIFY(comparison.error.contains(u"a customer account"_s));
    const auto broken = InputComparison::compare("{", "{}", JsonDiff::Options());
    QVERIFY(broken.error.startsWith(u"The first input is not understood"_s));
}

void TestInputComparison::jwsPayloadsThatAreNotJsonAreCompared()
{
    // A JWS whose payload is text (RFC 7515 A.4 signs "Payload") is compared by that text, not by its header alone.
    const auto jws = [](const QByteArray& payload) -> QByteArray {
        return Base64Url::encode(R"({"alg":"ES512"})") + '.' + Base64Url::encode(payload) + ".c2lnbmF0dXJl";
    };
    const auto comparison = InputComparison::compare(jws("Payload"), jws("Paylobd"), JsonDiff::Options());
    QVERIFY2(comparison.isValid(), qPrintable(comparison.error));
    QCOMPARE(comparison.result.differences.size(), 1);
    QCOMPARE(comparison.result.differences.at(0).path, u"$.payloadText"_s);
    QCOMPARE(comparison.result.differences.at(0).before.toString(), u"Payload"_s);

    const auto bytes = InputComparison::compare(jws("\xff\x01"), jws("\xff\x02"), JsonDiff::Options());
    QVERIFY2(bytes.isValid(), qPrintable(bytes.error));
    QCOMPARE(bytes.result.differences.size(), 1);
    QCOMPARE(bytes.result.differences.at(0).path, u"$.payloadHex"_s);
    QCOMPARE(bytes.result.differences.at(0).after.toString(), u"ff02"_s);

    QVERIFY(InputComparison::compare(jws("Payload"), jws("Payload"), JsonDiff::Options()).isEqual());
}

void TestInputComparison::annotatorMarksDifferencesAndSecrets()
{
    const QByteArray a = json({ { u"accessToken"_s, u"QWNjZXNzVG9rZW4tZm9yLXRoZS1zaGFwZS10ZXN0"_s },
        { u"customerAccount"_s,
            QJsonObject { { u"contacts"_s, QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"label"_s, u"Home"_s } } } },
                { u"firstName"_s, u"Ada"_s } } } });
    const QByteArray b = json({ { u"accessToken"_s, u"QWNjZXNzVG9rZW4tZm9yLXRoZS1zaGFwZS10ZXN0"_s },
        { u"customerAccount"_s,
            QJsonObject { { u"contacts"_s,
                QJsonArray { QJsonObject { { u"id"_s, 0 } },
                    QJsonObject { { u"id"_s, 1 }, { u"label"_s, u"Office"_s } } } } } } });
    const InputComparison comparison = InputComparison::compare(a, b, JsonDiff::Options());
    QVERIFY(comparison.isValid());
    QCOMPARE(comparison.result.differences.size(), 3);

    using Side = InputComparison::Side;
    QVERIFY(comparison.differenceAt(Side::First, u"$.customerAccount.firstName"_s));
    QVERIFY(!comparison.differenceAt(Side::Second, u"$.customerAccount.firstName"_s));
    QVERIFY(comparison.differenceAt(Side::Second, u"$.customerAccount.contacts[0]"_s));
    QVERIFY(comparison.differenceAt(Side::First, u"$.customerAccount.contacts[0].label"_s));
    QVERIFY(comparison.differenceAt(Side::Second, u"$.customerAccount.contacts[1].label"_s));
    QVERIFY(comparison.containsDifference(Side::Second, u"$.customerAccount"_s));
    QVERIFY(!comparison.containsDifference(Side::Second, u"$.accessToken"_s));

    // Through a real model, as the compare view will use it.
    JsonTreeModel model;
    model.setJson(comparison.second.value);
    model.setAnnotator(comparison.annotator(Side::Second));
    const QModelIndex account = model.indexForPath(u"$.customerAccount"_s);
    QVERIFY(account.isValid());
    QCOMPARE(account.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(), u"Differences inside: 2"_s);
    const QModelIndex added = model.indexForPath(u"$.customerAccount.contacts[0]"_s);
    QCOMPARE(added.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(), u"Only in the second"_s);
    const QModelIndex token = model.indexForPath(u"$.accessToken"_s);
    QCOMPARE(token.data(JsonTreeModel::IsSecretRole).toBool(), true);
    QCOMPARE(
        model.indexForPath(u"$.customerAccount.contacts[1].id"_s).data(JsonTreeModel::IsSecretRole).toBool(), false);
}

QTEST_GUILESS_MAIN(TestInputComparison)
#include "testinputcomparison.moc"
