#include "jwt/claimcatalogue.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClaimCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsEveryKiboClaim_data();
    void explainsEveryKiboClaim();
    void unknownPathsHaveNoExplanation_data();
    void unknownPathsHaveNoExplanation();
    void epoch_data();
    void epoch();
    void iso_data();
    void iso();
    void relative_data();
    void relative();
    void behaviors_data();
    void behaviors();
    void expandNestedSession();
    void expandNestedKeepsWhatDoesNotParse();
    void annotateTimes();
    void annotateBehaviors();
    void annotatorInTheTreeModel();
};

namespace {

const QDateTime Now = QDateTime(QDate(2025, 11, 29), QTime(2, 26, 0), Qt::UTC); // 14 min before 1764384000

QString app(const QString& key)
{
    return JsonPath::child(JsonPath::child(u"$"_s, ClaimCatalogue::AppClaimsKey), key);
}

QString user(const QString& key)
{
    return JsonPath::child(JsonPath::child(u"$"_s, ClaimCatalogue::UserClaimsKey), key);
}

QString session(const QString& key)
{
    return JsonPath::child(user(ClaimCatalogue::SessionKey), key);
}

// The shape of b._sess_ in Kibo's published sample tickets (values replaced).
const QByteArray SessionJson = R"({"i":"0f6d3b1c9e8a4f2b8c7d6e5f4a3b2c1d","c":"2025-11-29T01:40:00.1234567",)"
                               R"("p":false,"p2":null,"bt":false,"e":"2025-11-30T01:40:00"})";

QJsonObject kiboPayload()
{
    const QJsonObject userClaims { { u"uid"_s, u"6e1d2c3b4a5f60718293a4b5c6d7e8f9"_s },
        { u"bv"_s, QJsonArray { 31, 4194304 } }, { u"exp"_s, u"2025-11-29T02:40:00"_s }, { u"b.TenantId"_s, u"100"_s },
        { ClaimCatalogue::SessionKey, QString::fromUtf8(SessionJson) } };
    const QJsonObject appClaims { { u"bv"_s, QJsonArray { 0, -2147483618, 31, 4194304 } },
        { u"exp"_s, u"2025-11-29T02:40:00"_s } };
    return QJsonObject { { u"iss"_s, u"https://www.kibocommerce.com"_s }, { u"exp"_s, 1764384000 },
        { ClaimCatalogue::AppClaimsKey, appClaims }, { ClaimCatalogue::UserClaimsKey, userClaims } };
}

} // namespace

void TestClaimCatalogue::explainsEveryKiboClaim_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("undocumented");

    for (const char* claim : { "iss", "sub", "aud", "exp", "nbf", "iat", "jti", "name", "email", "given_name",
             "family_name", "azp", "scope", "sid", "unique_name", "auth_time", "nonce" }) {
        QTest::addRow("claim %s", claim) << JsonPath::child(u"$"_s, QString::fromLatin1(claim)) << false;
    }
    for (const char* member : { "alg", "typ", "kid", "cty", "zip", "enc", "crit" }) {
        QTest::addRow("header %s", member) << JsonPath::child(u"$"_s, QString::fromLatin1(member)) << false;
    }
    QTest::newRow("app_claims") << JsonPath::child(u"$"_s, ClaimCatalogue::AppClaimsKey) << false;
    QTest::newRow("user_claims") << JsonPath::child(u"$"_s, ClaimCatalogue::UserClaimsKey) << false;
    for (const char* claim : { "aid", "akey", "b.AppName", "bv", "env", "exp" }) {
        QTest::addRow("app %s", claim) << app(QString::fromLatin1(claim)) << false;
    }
    QTest::newRow("app rnd") << app(u"rnd"_s) << true;
    for (const char* claim : { "ssl", "ent", "mtr", "uc" }) {
        QTest::addRow("app %s", claim) << app(QString::fromLatin1(claim)) << true;
    }
    for (const char* claim : { "uid", "anon", "st", "bv", "env", "exp", "b.TenantId", "b.SiteId", "b.AccountId",
             "b.UserFirstName", "b.UserLastName", "b._sess_", "b.PreviousAnonymousId" }) {
        QTest::addRow("user %s", claim) << user(QString::fromLatin1(claim)) << false;
    }
    QTest::newRow("user rnd") << user(u"rnd"_s) << true;
    QTest::newRow("session i") << session(u"i"_s) << false;
    QTest::newRow("session c") << session(u"c"_s) << false;
    for (const char* member : { "p", "p2", "bt", "e" }) {
        QTest::addRow("session %s", member) << session(QString::fromLatin1(member)) << true;
    }
    QTest::newRow("app bv offset") << JsonPath::child(app(u"bv"_s), qsizetype(0)) << false;
    QTest::newRow("user bv mask") << JsonPath::child(user(u"bv"_s), qsizetype(1)) << false;
}

void TestClaimCatalogue::explainsEveryKiboClaim()
{
    QFETCH(QString, path);
    QFETCH(bool, undocumented);
    const QString text = ClaimCatalogue::explain(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    QVERIFY2(text.endsWith(u'.'), qPrintable(text));
    QCOMPARE(text.contains(u"undocumented"_s, Qt::CaseInsensitive), undocumented);
}

void TestClaimCatalogue::unknownPathsHaveNoExplanation_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << u"$"_s;
    QTest::newRow("unknown claim") << u"$.favouriteColour"_s;
    QTest::newRow("kibo claim at the top") << u"$.akey"_s;
    QTest::newRow("unknown app claim") << app(u"shoeSize"_s);
    QTest::newRow("user claim under app claims") << app(u"b.TenantId"_s);
    QTest::newRow("session member at the top") << u"$.p2"_s;
    QTest::newRow("too deep") << JsonPath::child(session(u"i"_s), u"x"_s);
    QTest::newRow("not a path") << u"exp"_s;
    QTest::newRow("index at the top") << u"$[0]"_s;
}

void TestClaimCatalogue::unknownPathsHaveNoExplanation()
{
    QFETCH(QString, path);
    QVERIFY(ClaimCatalogue::explain(path).isEmpty());
}

void TestClaimCatalogue::epoch_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("problem");

    QTest::newRow("normal") << QJsonValue(1764384000) << true << u"2025-11-29 02:40:00 UTC"_s << QString();
    QTest::newRow("zero") << QJsonValue(0) << true << u"1970-01-01 00:00:00 UTC"_s << QString();
    QTest::newRow("negative") << QJsonValue(-1) << true << u"1969-12-31 23:59:59 UTC"_s << QString();
    QTest::newRow("fraction") << QJsonValue(1764384000.25) << true << u"2025-11-29 02:40:00.250 UTC"_s << QString();
    QTest::newRow("last second of 9999") << QJsonValue(253402300799.0) << true << u"9999-12-31 23:59:59 UTC"_s
                                         << QString();
    QTest::newRow("year 10000") << QJsonValue(253402300800.0) << false << QString() << u"beyond year 9999"_s;
    QTest::newRow("milliseconds by mistake")
        << QJsonValue(1764384000000.0) << false << QString() << u"beyond year 9999"_s;
    QTest::newRow("1e20") << QJsonValue(1e20) << false << QString() << u"out of range"_s;
    QTest::newRow("2^53 + 1") << QJsonValue(qint64(9007199254740993)) << false << QString() << u"out of range"_s;
    QTest::newRow("-1e20") << QJsonValue(-1e20) << false << QString() << u"out of range"_s;
    QTest::newRow("before year 1") << QJsonValue(-62135596801.0) << false << QString() << u"out of range"_s;
    QTest::newRow("string") << QJsonValue(u"1764384000"_s) << false << QString() << u"wrong type"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QString() << u"wrong type"_s;
    QTest::newRow("bool") << QJsonValue(true) << false << QString() << u"wrong type"_s;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << false << QString() << u"wrong type"_s;
}

void TestClaimCatalogue::epoch()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(QString, utc);
    QFETCH(QString, problem);
    const ClaimCatalogue::TimeRendering r = ClaimCatalogue::renderEpoch(value, Now);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.utc, utc);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.time.isValid(), ok);
    if (ok) {
        QVERIFY(!r.local.isEmpty());
        QVERIFY(!r.relative.isEmpty());
        QCOMPARE(r.time.timeSpec(), Qt::UTC);
        QCOMPARE(r.time.toMSecsSinceEpoch(), qint64(std::llround(value.toDouble() * 1000)));
    } else {
        QVERIFY(!r.problem.isEmpty()); // never blank
    }
}

void TestClaimCatalogue::iso_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("problem");

    const QString noZone = u"no time zone: shown as UTC"_s;
    QTest::newRow("Kibo, no zone") << QJsonValue(u"2025-11-29T02:40:00"_s) << true << u"2025-11-29 02:40:00 UTC"_s
                                   << noZone;
    QTest::newRow("7 fraction digits") << QJsonValue(u"2025-11-29T01:40:00.1234567"_s) << true
                                       << u"2025-11-29 01:40:00.123 UTC"_s << noZone;
    QTest::newRow("1 fraction digit") << QJsonValue(u"2025-11-29T01:40:00.5"_s) << true
                                      << u"2025-11-29 01:40:00.500 UTC"_s << noZone;
    QTest::newRow("Z") << QJsonValue(u"2025-11-29T02:40:00Z"_s) << true << u"2025-11-29 02:40:00 UTC"_s << QString();
    QTest::newRow("offset") << QJsonValue(u"2025-11-29T04:40:00+02:00"_s) << true << u"2025-11-29 02:40:00 UTC"_s
                            << QString();
    QTest::newRow("negative offset") << QJsonValue(u"2025-11-28T21:40:00-0500"_s) << true
                                     << u"2025-11-29 02:40:00 UTC"_s << QString();
    QTest::newRow("8 fraction digits") << QJsonValue(u"2025-11-29T01:40:00.12345678"_s) << false << QString()
                                       << u"not an ISO 8601 time"_s;
    QTest::newRow("date only") << QJsonValue(u"2025-11-29"_s) << false << QString() << u"not an ISO 8601 time"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << false << QString() << u"not an ISO 8601 time"_s;
    QTest::newRow("30 February") << QJsonValue(u"2025-02-30T00:00:00"_s) << false << QString()
                                 << u"not a valid date or time"_s;
    QTest::newRow("hour 25") << QJsonValue(u"2025-11-29T25:00:00"_s) << false << QString()
                             << u"not a valid date or time"_s;
    QTest::newRow("number") << QJsonValue(1764384000) << false << QString() << u"wrong type"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << QString() << u"wrong type"_s;
}

void TestClaimCatalogue::iso()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(QString, utc);
    QFETCH(QString, problem);
    const ClaimCatalogue::TimeRendering r = ClaimCatalogue::renderIso(value, Now);
    QCOMPARE(r.ok, ok);
    QCOMPARE(r.utc, utc);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.time.isValid(), ok);
    if (!ok) {
        QVERIFY(!r.problem.isEmpty());
    }
}

void TestClaimCatalogue::relative_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << qint64(0) << u"now"_s;
    QTest::newRow("in 30 s") << qint64(30) << u"in 30 s"_s;
    QTest::newRow("14 min") << qint64(14 * 60 + 59) << u"in 14 min"_s;
    QTest::newRow("3 h ago") << qint64(-3 * 3600 - 100) << u"3 h ago"_s;
    QTest::newRow("47 h") << qint64(47 * 3600) << u"in 47 h"_s;
    QTest::newRow("5 days ago") << qint64(-5 * 86400) << u"5 d ago"_s;
}

void TestClaimCatalogue::relative()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(ClaimCatalogue::relativeTime(Now.addSecs(seconds), Now), expected);
}

void TestClaimCatalogue::behaviors_data()
{
    QTest::addColumn<QJsonArray>("bv");
    QTest::addColumn<QList<int>>("ids");
    QTest::addColumn<bool>("error");

    QTest::newRow("shopper sample") << QJsonArray { 31, 4194304 } << QList<int> { 1014 } << false;
    QTest::newRow("negative mask at offset 0")
        << QJsonArray { 0, -2147483618 } << QList<int> { 1, 2, 3, 4, 31 } << false;
    QTest::newRow("app sample") << QJsonArray { 0, -2147483618, 31, 4194304 } << QList<int> { 1, 2, 3, 4, 31, 1014 }
                                << false;
    QTest::newRow("any order") << QJsonArray { 31, 1, 0, 1 } << QList<int> { 0, 992 } << false;
    QTest::newRow("repeated pair") << QJsonArray { 1, 3, 1, 2 } << QList<int> { 32, 33 } << false;
    QTest::newRow("all bits unsigned") << QJsonArray { 2, 4294967295.0 } << [] {
        QList<int> all;
        for (int i = 0; i < 32; ++i) {
            all.append(64 + i);
        }
        return all;
    }() << false;
    QTest::newRow("minus one is all bits") << QJsonArray { 0, -1 } << [] {
        QList<int> all;
        for (int i = 0; i < 32; ++i) {
            all.append(i);
        }
        return all;
    }() << false;
    QTest::newRow("zero mask") << QJsonArray { 5, 0 } << QList<int>() << false;
    QTest::newRow("empty") << QJsonArray() << QList<int>() << false;
    QTest::newRow("odd length") << QJsonArray { 31, 4194304, 2 } << QList<int>() << true;
    QTest::newRow("string mask") << QJsonArray { 31, u"4194304"_s } << QList<int>() << true;
    QTest::newRow("string offset") << QJsonArray { u"31"_s, 1 } << QList<int>() << true;
    QTest::newRow("negative offset") << QJsonArray { -1, 1 } << QList<int>() << true;
    QTest::newRow("fractional mask") << QJsonArray { 0, 1.5 } << QList<int>() << true;
    QTest::newRow("mask above 32 bits") << QJsonArray { 0, 4294967296.0 } << QList<int>() << true;
    QTest::newRow("mask below int32") << QJsonArray { 0, -2147483649.0 } << QList<int>() << true;
    QTest::newRow("huge offset") << QJsonArray { 1e12, 1 } << QList<int>() << true;
    QTest::newRow("null") << QJsonArray { QJsonValue::Null, 1 } << QList<int>() << true;
}

void TestClaimCatalogue::behaviors()
{
    QFETCH(QJsonArray, bv);
    QFETCH(QList<int>, ids);
    QFETCH(bool, error);
    QString message = u"stale"_s;
    QCOMPARE(ClaimCatalogue::behaviorIds(bv, &message), ids);
    QCOMPARE(!message.isEmpty(), error);
    if (error) {
        QVERIFY(message.endsWith(u'.'));
    }
    QCOMPARE(ClaimCatalogue::behaviorIds(bv), ids); // no error pointer
}

void TestClaimCatalogue::expandNestedSession()
{
    const QJsonObject expanded = ClaimCatalogue::expandNested(kiboPayload());
    const QJsonObject userClaims = expanded.value(ClaimCatalogue::UserClaimsKey).toObject();
    const QJsonValue sessionValue = userClaims.value(ClaimCatalogue::SessionKey);
    QVERIFY(sessionValue.isObject());
    const QJsonObject s = sessionValue.toObject();
    QCOMPARE(s.value(u"i"_s).toString(), u"0f6d3b1c9e8a4f2b8c7d6e5f4a3b2c1d"_s);
    QCOMPARE(s.value(u"c"_s).toString(), u"2025-11-29T01:40:00.1234567"_s);
    QCOMPARE(s.value(u"p"_s), QJsonValue(false));
    QVERIFY(s.value(u"p2"_s).isNull());
    QCOMPARE(s.value(u"bt"_s), QJsonValue(false));
    QCOMPARE(s.value(u"e"_s).toString(), u"2025-11-30T01:40:00"_s);
    // Everything else is untouched.
    QCOMPARE(userClaims.value(u"b.TenantId"_s).toString(), u"100"_s);
    QCOMPARE(expanded.value(u"exp"_s), kiboPayload().value(u"exp"_s));
    QCOMPARE(expanded.value(ClaimCatalogue::AppClaimsKey), kiboPayload().value(ClaimCatalogue::AppClaimsKey));
    QCOMPARE(expanded.size(), kiboPayload().size());
}

void TestClaimCatalogue::expandNestedKeepsWhatDoesNotParse()
{
    for (const QJsonValue& odd : { QJsonValue(u"{not json"_s), QJsonValue(u"[1,2]"_s), QJsonValue(42),
             QJsonValue(QJsonValue::Null), QJsonValue(u""_s) }) {
        QJsonObject payload = kiboPayload();
        QJsonObject userClaims = payload.value(ClaimCatalogue::UserClaimsKey).toObject();
        userClaims.insert(ClaimCatalogue::SessionKey, odd);
        payload.insert(ClaimCatalogue::UserClaimsKey, userClaims);
        QCOMPARE(ClaimCatalogue::expandNested(payload), payload);
    }
    QCOMPARE(ClaimCatalogue::expandNested(QJsonObject()), QJsonObject());
    const QJsonObject notAnObject { { ClaimCatalogue::UserClaimsKey, u"text"_s } };
    QCOMPARE(ClaimCatalogue::expandNested(notAnObject), notAnObject);
}

void TestClaimCatalogue::annotateTimes()
{
    const JsonAnnotation exp = ClaimCatalogue::annotate(u"$.exp"_s, QJsonValue(1764384000), Now);
    QCOMPARE(exp.valueText, u"1764384000 — 2025-11-29 02:40:00 UTC (in 14 min)"_s);
    QVERIFY(exp.toolTip.startsWith(u"Local time: "_s));
    QVERIFY(exp.note.startsWith(u"Expiry"_s));
    QVERIFY(!exp.isSecret);

    const JsonAnnotation iat = ClaimCatalogue::annotate(u"$.iat"_s, QJsonValue(1764373200), Now);
    QCOMPARE(iat.valueText, u"1764373200 — 2025-11-28 23:40:00 UTC (2 h ago)"_s);

    QCOMPARE(ClaimCatalogue::annotate(u"$.exp"_s, QJsonValue(1e20), Now).valueText, u"1e+20 — out of range"_s);
    QCOMPARE(ClaimCatalogue::annotate(u"$.nbf"_s, QJsonValue(253402300800.0), Now).valueText,
        u"253402300800 — beyond year 9999"_s);
    QCOMPARE(ClaimCatalogue::annotate(u"$.exp"_s, QJsonValue(u"soon"_s), Now).valueText, u"soon — wrong type"_s);

    const JsonAnnotation userExp = ClaimCatalogue::annotate(user(u"exp"_s), QJsonValue(u"2025-11-29T02:40:00"_s), Now);
    const QString expected
        = u"2025-11-29T02:40:00 — 2025-11-29 02:40:00 UTC "_s + u"(in 14 min; no time zone: shown as UTC)"_s;
    QCOMPARE(userExp.valueText, expected);
    QVERIFY(!userExp.note.isEmpty());
    const JsonAnnotation created
        = ClaimCatalogue::annotate(session(u"c"_s), QJsonValue(u"2025-11-29T01:40:00.1234567"_s), Now);
    QVERIFY2(created.valueText.contains(u"2025-11-29 01:40:00.123 UTC (45 min ago"_s), qPrintable(created.valueText));

    // Not a time claim: default rendering, explanation only.
    const JsonAnnotation iss = ClaimCatalogue::annotate(u"$.iss"_s, QJsonValue(u"https://www.kibocommerce.com"_s), Now);
    QVERIFY(iss.valueText.isEmpty());
    QVERIFY(!iss.note.isEmpty());
    // An "exp" that is not Kibo's nested one stays a plain value.
    QVERIFY(ClaimCatalogue::annotate(u"$.other.exp"_s, QJsonValue(1764384000), Now).valueText.isEmpty());
}

void TestClaimCatalogue::annotateBehaviors()
{
    const JsonAnnotation shopper = ClaimCatalogue::annotate(user(u"bv"_s), QJsonArray { 31, 4194304 }, Now);
    QCOMPARE(shopper.valueText, u"behaviors 1014"_s);
    QCOMPARE(shopper.toolTip, u"Behavior ids: 1014"_s);

    const JsonAnnotation appBv
        = ClaimCatalogue::annotate(app(u"bv"_s), QJsonArray { 0, -2147483618, 31, 4194304 }, Now);
    QCOMPARE(appBv.valueText, u"behaviors 1, 2, 3, 4, 31, 1014"_s);

    const JsonAnnotation many = ClaimCatalogue::annotate(app(u"bv"_s), QJsonArray { 0, -1 }, Now);
    QCOMPARE(many.valueText, u"behaviors 0, 1, 2, 3, 4, 5, 6, 7, …"_s);
    QVERIFY(many.toolTip.endsWith(u", 30, 31"_s));

    const JsonAnnotation broken = ClaimCatalogue::annotate(user(u"bv"_s), QJsonArray { 1 }, Now);
    QVERIFY(broken.valueText.isEmpty());
    QVERIFY(broken.toolTip.contains(u"odd number"_s));
}

void TestClaimCatalogue::annotatorInTheTreeModel()
{
    JsonTreeModel model;
    model.setAnnotator(
        [](const QString& path, const QJsonValue& value) { return ClaimCatalogue::annotate(path, value, Now); });
    model.setJson(ClaimCatalogue::expandNested(kiboPayload()));

    const QModelIndex sessionId = model.indexForPath(session(u"i"_s));
    QVERIFY(sessionId.isValid());
    QCOMPARE(sessionId.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(),
        ClaimCatalogue::explain(session(u"i"_s)));
    const QModelIndex tenant = model.indexForPath(user(u"b.TenantId"_s));
    QCOMPARE(tenant.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"100"_s);
    QVERIFY(!tenant.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString().isEmpty());
    QCOMPARE(model.indexForPath(u"$.exp"_s).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
        u"1764384000 — 2025-11-29 02:40:00 UTC (in 14 min)"_s);
    QCOMPARE(model.indexForPath(user(u"bv"_s)).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
        u"behaviors 1014"_s);
}

QTEST_GUILESS_MAIN(TestClaimCatalogue)
#include "testclaimcatalogue.moc"
