// JsonDiff: a semantic, field-by-field diff of two JSON values (issue 4, "Compare").
#include "demo/demoseed.h"

#include "json/jsondiff.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const QByteArray& json)
{
    QJsonParseError error;
    // Wrapped, so that scalars can be roots too.
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return document.array().at(0);
}

// "changed $.a" etc.: kind and path of each difference, in order.
QStringList describe(const QList<JsonDifference>& differences)
{
    QStringList lines;
    for (const JsonDifference& difference : differences) {
        lines << JsonDifference::kindName(difference.kind) + u' ' + difference.path;
    }
    return lines;
}

QString compact(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return u"undefined"_s;
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

class TestJsonDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
    void beforeAndAfterValues();
    void pathsOnBothSidesWhenMatchedById();
    void ignoredPathsAreReported();
    void patterns_data();
    void patterns();
    void atomicValuesAreComparedWhole();
    void equalIsDeepAndNumeric();
    void bigDemoAccountWithOneInsertedContact();
};

void TestJsonDiff::compare_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("ignoreVolatile");
    QTest::addColumn<QStringList>("ignore");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("equal") << QByteArray(R"({"a":1,"b":"x","c":[true,null]})")
                           << QByteArray(R"({"a":1,"b":"x","c":[true,null]})") << false << none << none;
    QTest::newRow("added") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << false << none
                           << QStringList { u"added $.b"_s };
    QTest::newRow("removed") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1})") << false << none
                             << QStringList { u"removed $.b"_s };
    QTest::newRow("changed") << QByteArray(R"({"a":1,"b":"x"})") << QByteArray(R"({"a":1,"b":"y"})") << false << none
                             << QStringList { u"changed $.b"_s };
    QTest::newRow("type changed") << QByteArray(R"({"a":"1"})") << QByteArray(R"({"a":1})") << false << none
                                  << QStringList { u"typeChanged $.a"_s };
    QTest::newRow("object became null") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":null})") << false
                                        << none << QStringList { u"typeChanged $.a"_s };
    QTest::newRow("scalar roots") << QByteArray("1") << QByteArray("2") << false << none
                                  << QStringList { u"changed $"_s };
    QTest::newRow("key order irrelevant") << QByteArray(R"({"a":1,"b":{"x":1,"y":2}})")
                                          << QByteArray(R"({"b":{"y":2,"x":1},"a":1})") << false << none << none;
    QTest::newRow("numeric equality") << QByteArray(R"({"a":1,"b":2.50,"c":1e3})")
                                      << QByteArray(R"({"a":1.0,"b":2.5,"c":1000})") << false << none << none;
    QTest::newRow("numbers differ") << QByteArray(R"({"a":9007199254740993})")
                                    << QByteArray(R"({"a":9007199254740992})") << false << none
                                    << QStringList { u"changed $.a"_s };
    QTest::newRow("nested") << QByteArray(R"({"o":{"p":{"q":[1,{"r":"s"}]}}})")
                            << QByteArray(R"({"o":{"p":{"q":[1,{"r":"t"}]}}})") << false << none
                            << QStringList { u"changed $.o.p.q[1].r"_s };
    QTest::newRow("odd keys") << QByteArray(R"({"b.TenantId":"1","a b":2})")
                              << QByteArray(R"({"b.TenantId":"2","a b":3})") << false << none
                              << QStringList { u"changed $[\"a b\"]"_s, u"changed $[\"b.TenantId\"]"_s };
    QTest::newRow("array by index: changed")
        << QByteArray("[1,2,3]") << QByteArray("[1,5,3]") << false << none << QStringList { u"changed $[1]"_s };
    QTest::newRow("array by index: insert shifts")
        << QByteArray("[1,2,3]") << QByteArray("[1,9,2,3]") << false << none
        << QStringList { u"changed $[1]"_s, u"changed $[2]"_s, u"added $[3]"_s };
    QTest::newRow("array by index: shorter") << QByteArray("[1,2,3]") << QByteArray("[1]") << false << none
                                             << QStringList { u"removed $[1]"_s, u"removed $[2]"_s };
    QTest::newRow("array by id: inserted")
        << QByteArray(R"({"c":[{"id":1,"n":"a"},{"id":2,"n":"b"},{"id":3,"n":"c"}]})")
        << QByteArray(R"({"c":[{"id":1,"n":"a"},{"id":9,"n":"z"},{"id":2,"n":"b"},{"id":3,"n":"c"}]})") << false << none
        << QStringList { u"added $.c[1]"_s };
    QTest::newRow("array by id: removed and changed")
        << QByteArray(R"([{"id":1,"n":"a"},{"id":2,"n":"b"},{"id":3,"n":"c"}])")
        << QByteArray(R"([{"id":1,"n":"a"},{"id":3,"n":"C"}])") << false << none
        << QStringList { u"changed $[1].n"_s, u"removed $[1]"_s };
    QTest::newRow("array by id: reordered is equal")
        << QByteArray(R"([{"id":"x"},{"id":"y"}])") << QByteArray(R"([{"id":"y"},{"id":"x"}])") << false << none
        << none;
    QTest::newRow("array by id: 1 and 1.0 are one id")
        << QByteArray(R"([{"id":1,"v":1}])") << QByteArray(R"([{"id":1.0,"v":2}])") << false << none
        << QStringList { u"changed $[0].v"_s };
    QTest::newRow("array by attributeDefinitionId")
        << QByteArray(R"([{"attributeDefinitionId":1,"values":[1]},{"attributeDefinitionId":2,"values":[2]}])")
        << QByteArray(R"([{"attributeDefinitionId":0,"values":[0]},{"attributeDefinitionId":1,"values":[1]},)"
                      R"({"attributeDefinitionId":2,"values":[3]}])")
        << false << none << QStringList { u"added $[0]"_s, u"changed $[2].values[0]"_s };
    QTest::newRow("duplicate ids fall back to index")
        << QByteArray(R"([{"id":1,"n":"a"},{"id":1,"n":"b"}])") << QByteArray(R"([{"id":1,"n":"b"},{"id":1,"n":"a"}])")
        << false << none << QStringList { u"changed $[0].n"_s, u"changed $[1].n"_s };
    QTest::newRow("an element without id falls back to index")
        << QByteArray(R"([{"id":1},{"n":2}])") << QByteArray(R"([{"n":2},{"id":1}])") << false << none
        << QStringList { u"removed $[0].id"_s, u"added $[0].n"_s, u"added $[1].id"_s, u"removed $[1].n"_s };

    const QByteArray jwtA = R"({"header":{"alg":"HS256"},"payload":{"sub":"u1","iat":1764400000,"exp":1764403600,)"
                            R"("nbf":1764400000,"jti":"j1","https://www.kibocommerce.com/user_claims":{"rnd":5,)"
                            R"("exp":"2025-11-29T07:15:00","b._sess_":{"i":"aa","c":"x","p":false,"e":"y"}}}})";
    const QByteArray jwtB = R"({"header":{"alg":"HS256"},"payload":{"sub":"u1","iat":1764400900,"exp":1764404500,)"
                            R"("nbf":1764400900,"jti":"j2","https://www.kibocommerce.com/user_claims":{"rnd":-7,)"
                            R"("exp":"2025-11-29T07:30:00","b._sess_":{"i":"bb","c":"z","p":false,"e":"w"}}}})";
    QTest::newRow("volatile not ignored")
        << jwtA << jwtB << false << none
        << QStringList { u"changed $.payload.exp"_s,
               u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"].c"_s,
               u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"].e"_s,
               u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"].i"_s,
               u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"].exp"_s,
               u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"].rnd"_s, u"changed $.payload.iat"_s,
               u"changed $.payload.jti"_s, u"changed $.payload.nbf"_s };
    QTest::newRow("volatile ignored") << jwtA << jwtB << true << none << none;
    QByteArray jwtC = jwtB;
    jwtC.replace(R"("p":false)", R"("p":true)");
    jwtC.replace(R"("sub":"u1")", R"("sub":"u2")");
    QTest::newRow("volatile ignored, real change kept")
        << jwtA << jwtC << true << none
        << QStringList { u"changed $.payload[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"].p"_s,
               u"changed $.payload.sub"_s };
    QTest::newRow("ticket expiries are volatile")
        << QByteArray(R"({"accessTokenExpiration":"2025-11-29T07:15:00Z","refreshTokenExpiration":"a","userId":"u"})")
        << QByteArray(R"({"accessTokenExpiration":"2025-11-29T07:30:00Z","refreshTokenExpiration":"b","userId":"u"})")
        << true << none << none;
    QTest::newRow("ignore by path") << QByteArray(R"({"a":{"x":1,"y":1},"x":1})")
                                    << QByteArray(R"({"a":{"x":2,"y":2},"x":2})") << false << QStringList { u"$.a.x"_s }
                                    << QStringList { u"changed $.a.y"_s, u"changed $.x"_s };
    QTest::newRow("ignore by path without $")
        << QByteArray(R"({"a":{"x":1},"x":1})") << QByteArray(R"({"a":{"x":2},"x":2})") << false
        << QStringList { u"a.x"_s } << QStringList { u"changed $.x"_s };
    QTest::newRow("ignore a key anywhere")
        << QByteArray(R"({"a":{"x":1},"x":1,"y":1})") << QByteArray(R"({"a":{"x":2},"x":2,"y":2})") << false
        << QStringList { u"..x"_s } << QStringList { u"changed $.y"_s };
    QTest::newRow("ignore with index wildcard")
        << QByteArray(R"({"c":[{"id":1,"audit":1,"n":1},{"id":2,"audit":1,"n":1}]})")
        << QByteArray(R"({"c":[{"id":1,"audit":2,"n":1},{"id":2,"audit":2,"n":2}]})") << false
        << QStringList { u"$.c[*].audit"_s } << QStringList { u"changed $.c[1].n"_s };
    QTest::newRow("ignore with key wildcard") << QByteArray(R"({"a":{"x":{"t":1},"y":{"t":1,"u":1}}})")
                                              << QByteArray(R"({"a":{"x":{"t":2},"y":{"t":2,"u":2}}})") << false
                                              << QStringList { u"$.a.*.t"_s } << QStringList { u"changed $.a.y.u"_s };
    QTest::newRow("ignoring an added member")
        << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"b":2})") << false << QStringList { u"b"_s } << none;
}

void TestJsonDiff::compare()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, ignoreVolatile);
    QFETCH(QStringList, ignore);
    QFETCH(QStringList, expected);

    JsonDiff::Options options;
    options.ignoreVolatile = ignoreVolatile;
    options.ignoredPaths = ignore;
    const JsonDiff::Result result = JsonDiff::compareDetailed(parse(a), parse(b), options);
    QCOMPARE(describe(result.differences), expected);
    QCOMPARE(result.isEqual(), expected.isEmpty());
    QVERIFY(result.invalidPatterns.isEmpty());
    // Swapping the sides swaps added and removed and finds as many differences.
    QCOMPARE(JsonDiff::compare(parse(b), parse(a), options).size(), expected.size());
}

void TestJsonDiff::beforeAndAfterValues()
{
    const auto differences = JsonDiff::compare(
        parse(R"({"a":1,"b":"x","c":{"d":[1]}})"), parse(R"({"a":2,"c":{"d":[1,{"e":null}]},"f":true})"));
    QStringList seen;
    for (const JsonDifference& d : differences) {
        seen << u"%1 %2 %3 → %4"_s.arg(JsonDifference::kindName(d.kind), d.path, compact(d.before), compact(d.after));
    }
    QCOMPARE(seen,
        (QStringList { u"changed $.a 1 → 2"_s, u"removed $.b \"x\" → undefined"_s,
            u"added $.c.d[1] undefined → {\"e\":null}"_s, u"added $.f undefined → true"_s }));
    QCOMPARE(differences.at(1).afterPath, QString());
    QCOMPARE(differences.at(1).beforePath, u"$.b"_s);
    QCOMPARE(differences.at(2).beforePath, QString());
}

void TestJsonDiff::pathsOnBothSidesWhenMatchedById()
{
    const auto differences
        = JsonDiff::compare(parse(R"([{"id":1},{"id":2,"n":"a"}])"), parse(R"([{"id":0},{"id":1},{"id":2,"n":"b"}])"));
    QCOMPARE(differences.size(), 2);
    QCOMPARE(differences.at(0).kind, JsonDifference::Kind::Added);
    QCOMPARE(differences.at(0).afterPath, u"$[0]"_s);
    QCOMPARE(differences.at(1).kind, JsonDifference::Kind::Changed);
    QCOMPARE(differences.at(1).beforePath, u"$[1].n"_s);
    QCOMPARE(differences.at(1).afterPath, u"$[2].n"_s);
    QCOMPARE(differences.at(1).path, u"$[2].n"_s);
}

void TestJsonDiff::ignoredPathsAreReported()
{
    JsonDiff::Options options;
    options.ignoreVolatile = true;
    options.ignoredKeys = { u"note"_s };
    const auto result = JsonDiff::compareDetailed(parse(R"({"exp":1,"iat":5,"note":"a","o":{"note":"b"}})"),
        parse(R"({"exp":2,"iat":5,"o":{"note":"c"}})"), options);
    QVERIFY(result.isEqual());
    // Only what really differed: iat is ignored but equal.
    QCOMPARE(result.ignored, (QStringList { u"$.exp"_s, u"$.note"_s, u"$.o.note"_s }));
}

void TestJsonDiff::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");

    QTest::newRow("root") << u"$"_s << true;
    QTest::newRow("member") << u"$.payload.exp"_s << true;
    QTest::newRow("without $") << u"payload.exp"_s << true;
    QTest::newRow("quoted") << u"$[\"b.TenantId\"]"_s << true;
    QTest::newRow("quoted without $") << u"[\"b.TenantId\"]"_s << true;
    QTest::newRow("index") << u"$.contacts[3]"_s << true;
    QTest::newRow("any index") << u"$.contacts[*].auditInfo"_s << true;
    QTest::newRow("any key") << u"$.*.exp"_s << true;
    QTest::newRow("anywhere") << u"..exp"_s << true;
    QTest::newRow("anywhere quoted") << u"..[\"b._sess_\"].i"_s << true;
    QTest::newRow("quoted star is a key") << u"$[\"[*]\"]"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dots only") << u".."_s << false;
    QTest::newRow("unclosed bracket") << u"$.a["_s << false;
    QTest::newRow("unclosed quote") << u"$[\"a]"_s << false;
    QTest::newRow("space") << u"$.a b"_s << false;
}

void TestJsonDiff::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QCOMPARE(JsonDiff::isValidPattern(pattern), valid);
    JsonDiff::Options options;
    options.ignoredPaths = { pattern };
    QCOMPARE(JsonDiff::compareDetailed(parse("1"), parse("1"), options).invalidPatterns.size(), valid ? 0 : 1);
}

void TestJsonDiff::atomicValuesAreComparedWhole()
{
    JsonDiff::Options options;
    options.isAtomic = [](const QJsonValue& value) {
        return value.toObject().contains(u"shape"_s);
    };
    const QJsonValue a = parse(R"({"t":{"shape":1,"length":10,"last4":"abcd"},"u":{"x":1,"y":1}})");
    const QJsonValue b = parse(R"({"t":{"shape":1,"length":12,"last4":"wxyz"},"u":{"x":2,"y":2}})");
    QCOMPARE(describe(JsonDiff::compare(a, b, options)),
        (QStringList { u"changed $.t"_s, u"changed $.u.x"_s, u"changed $.u.y"_s }));
    QCOMPARE(describe(JsonDiff::compare(a, b)),
        (QStringList { u"changed $.t.last4"_s, u"changed $.t.length"_s, u"changed $.u.x"_s, u"changed $.u.y"_s }));
    const QJsonValue c = parse(R"({"t":"plain","u":{"x":1,"y":1}})");
    QCOMPARE(describe(JsonDiff::compare(a, c, options)), (QStringList { u"typeChanged $.t"_s }));
}

void TestJsonDiff::equalIsDeepAndNumeric()
{
    QVERIFY(JsonDiff::equal(parse(R"({"a":[1,{"b":2.0}]})"), parse(R"({"a":[1.0,{"b":2}]})")));
    QVERIFY(!JsonDiff::equal(parse(R"({"a":[1,{"b":2}]})"), parse(R"({"a":[1,{"b":3}]})")));
    QVERIFY(!JsonDiff::equal(parse(R"({"a":1})"), parse(R"({"a":1,"b":null})")));
    QVERIFY(!JsonDiff::equal(parse("0"), parse("false")));
    QVERIFY(!JsonDiff::equal(parse("null"), parse("{}")));
    QVERIFY(JsonDiff::equal(parse("-0.0"), parse("0")));
}

void TestJsonDiff::bigDemoAccountWithOneInsertedContact()
{
    const DemoSeed seed;
    const DemoCustomer* big = seed.findByUserName(u"big.account@example.com"_s);
    QVERIFY(big);
    QCOMPARE(big->shape, DemoCustomer::Shape::Big);
    const QJsonObject account = seed.account(*big, big->accountIds.constFirst());
    QJsonArray contacts = account.value(u"contacts"_s).toArray();
    QCOMPARE(contacts.size(), 5000);
    QCOMPARE(account.value(u"attributes"_s).toArray().size(), 2000);

    QJsonObject inserted = contacts.at(2499).toObject();
    inserted.insert(u"id"_s, 99999);
    inserted.insert(u"email"_s, u"inserted@example.com"_s);
    contacts.insert(2500, inserted);
    QJsonObject changed = account;
    changed.insert(u"contacts"_s, contacts);

    QElapsedTimer timer;
    timer.start();
    const auto differences = JsonDiff::compare(account, changed);
    qInfo("big account compared in %lld ms", timer.elapsed());
    QCOMPARE(describe(differences), QStringList { u"added $.contacts[2500]"_s });
    QCOMPARE(differences.at(0).after.toObject().value(u"email"_s).toString(), u"inserted@example.com"_s);

    // By index the same insertion shifts every later contact: the identity match is what keeps it to one.
    JsonDiff::Options byIndex;
    byIndex.identityKeys.clear();
    QVERIFY(JsonDiff::compare(account, changed, byIndex).size() > 2500);

    QVERIFY(JsonDiff::compare(account, account).isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonDiff)
#include "testjsondiff.moc"
