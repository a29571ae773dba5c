// SentSecrets: what a request sent, taken out of what its reply brings back, in every form a server may echo it.
#include "secrets/sentsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Password = u"Canary-Pa55/word\"9b2c"_s; // a "/" and a quote: JSON writes them escaped
const QString RefreshToken = u"feedface0123canary4567refresh89ab"_s;

SentSecrets secrets()
{
    SentSecrets sent;
    sent.add(u"password"_s, Password);
    sent.add(u"refresh token"_s, RefreshToken, SentSecrets::Echo::MayReturn);
    return sent;
}

} // namespace

class TestSentSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormIsTakenOut_data();
    void everyFormIsTakenOut();
    void refreshTokenStaysOnlyInASuccess();
    void jsonBehindEscapesAndInKeys();
    void headersNamesAndValues();
    void untouchedRepliesAreNotCopied();
    void shortSecretsAreNotLookedFor();
};

void TestSentSecrets::everyFormIsTakenOut_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("as sent") << (u"bad password "_s + Password).toUtf8();
    QTest::newRow("percent-encoded") << "GET /x?p=" + QUrl::toPercentEncoding(Password);
    QTest::newRow("JSON-escaped") << QByteArray(R"({"message":"bad Canary-Pa55/word\"9b2c"})");
    QTest::newRow("JSON-escaped with \\/") << QByteArray(R"({"message":"bad Canary-Pa55\/word\"9b2c"})");
    QTest::newRow("twice") << (Password + u' ' + Password).toUtf8();
}

void TestSentSecrets::everyFormIsTakenOut()
{
    QFETCH(QByteArray, reply);
    const QByteArray cleaned = secrets().removeFrom(reply, SentSecrets::Reply::Success);
    QVERIFY2(cleaned != reply, cleaned.constData());
    QVERIFY2(!cleaned.contains("Canary-Pa55"), cleaned.constData());
    QVERIFY2(cleaned.contains("<redacted password>"), cleaned.constData());
    const QString text = secrets().removeFrom(QString::fromUtf8(reply), SentSecrets::Reply::Failure);
    QVERIFY2(!text.contains(u"Canary-Pa55"_s), qPrintable(text));
}

void TestSentSecrets::refreshTokenStaysOnlyInASuccess()
{
    const QByteArray ticket = R"({"refreshToken":")" + RefreshToken.toUtf8() + R"("})";
    QCOMPARE(secrets().removeFrom(ticket, SentSecrets::Reply::Success), ticket);
    const QByteArray refused = secrets().removeFrom(ticket, SentSecrets::Reply::Failure);
    QVERIFY2(!refused.contains(RefreshToken.toUtf8()), refused.constData());
    QVERIFY2(refused.contains("<redacted refresh token: 33 characters, ends …89ab>"), refused.constData());
}

void TestSentSecrets::jsonBehindEscapesAndInKeys()
{
    // \u escapes hide the secret from the bytes but not from the parsed JSON.
    const QByteArray body = R"({"a":["\u0043anary-Pa55/word\"9b2c",{"\u0043anary-Pa55/word\"9b2c":1}],"n":1})";
    QCOMPARE(secrets().removeFrom(body, SentSecrets::Reply::Success), body);
    const QJsonValue parsed = QJsonDocument::fromJson(body).object();
    const QJsonValue cleaned = secrets().removeFrom(parsed, SentSecrets::Reply::Success);
    const QByteArray shown = QJsonDocument(cleaned.toObject()).toJson(QJsonDocument::Compact);
    QVERIFY2(!shown.contains("Canary-Pa55"), shown.constData());
    QCOMPARE(cleaned[u"n"_s].toInt(), 1);
    QCOMPARE(cleaned[u"a"_s][0].toString(), u"<redacted password>"_s);
    QVERIFY(cleaned[u"a"_s][1].toObject().contains(u"<redacted password>"_s));
}

void TestSentSecrets::headersNamesAndValues()
{
    const QList<std::pair<QByteArray, QByteArray>> headers { { "X-" + Password.toUtf8(), "v" },
        { "x-echo", RefreshToken.toUtf8() }, { "Date", "Sun, 29 Nov 2026 03:00:00 GMT" } };
    const auto cleaned = secrets().removeFrom(headers, SentSecrets::Reply::Failure);
    QCOMPARE(cleaned.size(), 3);
    QCOMPARE(cleaned.at(0).first, QByteArray("X-<redacted password>"));
    QVERIFY(cleaned.at(1).second.startsWith("<redacted refresh token"));
    QCOMPARE(cleaned.at(2), headers.at(2));
}

void TestSentSecrets::untouchedRepliesAreNotCopied()
{
    const QByteArray big(1 << 20, 'x');
    const QByteArray cleaned = secrets().removeFrom(big, SentSecrets::Reply::Failure);
    QCOMPARE(cleaned.constData(), big.constData()); // shared, not copied
    const QJsonValue object = QJsonObject { { u"k"_s, u"v"_s } };
    QCOMPARE(secrets().removeFrom(object, SentSecrets::Reply::Failure), object);
}

void TestSentSecrets::shortSecretsAreNotLookedFor()
{
    SentSecrets sent;
    sent.add(u"otpCode"_s, u"123"_s);
    sent.add(u"password"_s, {});
    QVERIFY(sent.isEmpty());
    QCOMPARE(sent.removeFrom(QByteArray("123 123"), SentSecrets::Reply::Failure), QByteArray("123 123"));
}

QTEST_GUILESS_MAIN(TestSentSecrets)
#include "testsentsecrets.moc"
