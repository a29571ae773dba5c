#include "background.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <optional>

using namespace Qt::StringLiterals;

class TestJsonTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterOnNestedData();
    void modelTesterOnScalarRoot();
    void headers();
    void bigDocumentIsLazy();
    void bigTreeReplacedIsFreedOnAWorker();
    void paths_data();
    void paths();
    void splitAcceptsOtherSpellings();
    void splitRejects_data();
    void splitRejects();
    void indexForPathWithOddKeys();
    void annotatorAndMasking();
    void annotatorIsCalledOncePerNode();
    void setJsonAndClearReset();
    void valueDisplay_data();
    void valueDisplay();
    void rolesAndFlags();
    void bytesShowQtsTree_data();
    void bytesShowQtsTree();
    void bytesBackingIsLazy();
    void bigBytesValueIsMadeOnAWorker();
    void bytesWithPath();

private:
    static QJsonValue parse(const QByteArray& json);
    static void walkAll(QAbstractItemModel* model, const QModelIndex& parent, int* visited);
};

QJsonValue TestJsonTreeModel::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

void TestJsonTreeModel::walkAll(QAbstractItemModel* model, const QModelIndex& parent, int* visited)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            (void)model->data(model->index(row, column, parent));
        }
        ++*visited;
        walkAll(model, model->index(row, 0, parent), visited);
    }
}

namespace {

QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const QByteArray Nested = R"({
  "iss": "https://www.kibocommerce.com",
  "exp": 1764384000,
  "empty": {},
  "none": [],
  "https://www.kibocommerce.com/user_claims": {"b.TenantId": "100", "anon": "0", "bv": [31, 4194304]},
  "customerAccount": {"contacts": [{"email": "a@example.com"},
                                   {"email": "b@example.com", "types": [{"name": "Billing"}]}]},
  "flags": [true, false, null, 1.5, -3]
})";

QJsonValue bigDocument(int contacts)
{
    QJsonArray array;
    for (int i = 0; i < contacts; ++i) {
        array.append(QJsonObject { { u"id"_s, i }, { u"email"_s, u"c%1@example.com"_s.arg(i) } });
    }
    return QJsonObject { { u"customerAccount"_s, QJsonObject { { u"contacts"_s, array } } } };
}

} // namespace

void TestJsonTreeModel::modelTesterOnNestedData()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJson(parse(Nested));
    QCOMPARE(model.rowCount(), 7);
    int visited = 0;
    walkAll(&model, {}, &visited);
    // 7 top level + 3 user claims + 2 bv + 1 customerAccount + 1 contacts + 2 contacts + 1 + 2 emails/types
    QVERIFY(visited > 20);
    model.setAnnotator([](const QString& path, const QJsonValue&) {
        return JsonAnnotation { {}, path.endsWith(u".iss"_s) ? u"issuer"_s : QString(), {}, false };
    });
    model.setMaskSecrets(false);
    model.setJson(parse(R"([1, [2, [3, [4]]]])"));
    walkAll(&model, {}, &visited);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::modelTesterOnScalarRoot()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJson(QJsonValue(u"just text"_s));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, JsonTreeModel::KeyColumn);
    QCOMPARE(root.data().toString(), u"$"_s);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"just text"_s);
    QVERIFY(!model.hasChildren(root));
    QCOMPARE(model.indexForPath(u"$"_s), root);
    model.setJson(QJsonValue(QJsonValue::Undefined));
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTreeModel::headers()
{
    JsonTreeModel model;
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    QCOMPARE(model.headerData(JsonTreeModel::NoteColumn, Qt::Horizontal).toString(), u"Meaning"_s);
}

void TestJsonTreeModel::bigDocumentIsLazy()
{
    JsonTreeModel model;
    model.setJson(bigDocument(5000));
    QCOMPARE(model.nodeCount(), 1); // only the root: setJson walked nothing

    const QModelIndex account = model.index(0, 0);
    QCOMPARE(model.nodeCount(), 2);
    QVERIFY(model.hasChildren(account));
    const QModelIndex contacts = model.index(0, 0, account);
    QCOMPARE(model.nodeCount(), 3);
    QCOMPARE(model.rowCount(contacts), 5000);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, account).data().toString(),
        u"[%1 item(s)]"_s.arg(QLocale().toString(5000)));
    QCOMPARE(model.nodeCount(), 3); // counting rows creates nothing

    // Asking for one far row creates that row only.
    const QModelIndex last = model.index(4999, 0, contacts);
    QCOMPARE(model.nodeCount(), 4);
    QCOMPARE(last.data(JsonTreeModel::JsonPathRole).toString(), u"$.customerAccount.contacts[4999]"_s);
    QVERIFY(model.hasChildren(last));
    QCOMPARE(model.nodeCount(), 4);

    // Expanding every contact creates 5,000 nodes but none of their 10,000 children.
    for (int row = 0; row < model.rowCount(contacts); ++row) {
        (void)model.index(row, 0, contacts).data();
    }
    QCOMPARE(model.nodeCount(), 3 + 5000);

    const QModelIndex email = model.indexForPath(u"$.customerAccount.contacts[1234].email"_s);
    QVERIFY(email.isValid());
    QCOMPARE(model.nodeCount(), 3 + 5000 + 1);
    QCOMPARE(email.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"c1234@example.com"_s);
    QCOMPARE(email.parent().parent(), contacts);

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestJsonTreeModel::paths_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");

    QTest::newRow("identifier") << u"$"_s << u"iss"_s << -1 << u"$.iss"_s;
    QTest::newRow("underscore start") << u"$"_s << u"_sess_"_s << -1 << u"$._sess_"_s;
    QTest::newRow("url key") << u"$"_s << u"https://www.kibocommerce.com/user_claims"_s << -1
                             << str(R"($["https://www.kibocommerce.com/user_claims"])");
    QTest::newRow("dotted key") << str(R"($["https://www.kibocommerce.com/user_claims"])") << u"b.TenantId"_s << -1
                                << str(R"($["https://www.kibocommerce.com/user_claims"]["b.TenantId"])");
    QTest::newRow("digit start") << u"$"_s << u"1abc"_s << -1 << str(R"($["1abc"])");
    QTest::newRow("empty key") << u"$"_s << QString() << -1 << str(R"($[""])");
    QTest::newRow("quote and backslash") << u"$"_s << str(R"(a"b\c)") << -1 << str(R"($["a\"b\\c"])");
    QTest::newRow("newline and nul") << u"$"_s << u"a\nb"_s + QChar(0) << -1 << str(R"($["a\nb\u0000"])");
    QTest::newRow("lone surrogate") << u"$"_s << QString(QChar(0xd800)) << -1 << str(R"($["\ud800"])");
    QTest::newRow("bidi override") << u"$"_s << u"a\u202Eb"_s << -1 << str(R"($["a\u202eb"])");
    QTest::newRow("short escapes") << u"$"_s << u"\b\f\n\r\t"_s << -1 << str(R"($["\b\f\n\r\t"])");
    QTest::newRow("surrogate pair") << u"$"_s << u"🙂"_s << -1 << str(R"($["🙂"])");
    QTest::newRow("non-ascii") << u"$"_s << u"straße"_s << -1 << str(R"($["straße"])");
    QTest::newRow("array index") << u"$.contacts"_s << QString() << 3 << u"$.contacts[3]"_s;
    QTest::newRow("nested index") << u"$[0]"_s << QString() << 12 << u"$[0][12]"_s;
}

void TestJsonTreeModel::paths()
{
    QFETCH(QString, parent);
    QFETCH(QString, key);
    QFETCH(int, index);
    QFETCH(QString, expected);

    const QString path = index >= 0 ? JsonPath::child(parent, qsizetype(index)) : JsonPath::child(parent, key);
    QCOMPARE(path, expected);

    // Splitting gives the steps back.
    QList<JsonPath::Segment> parentSegments;
    QVERIFY(JsonPath::split(parent, &parentSegments));
    QList<JsonPath::Segment> segments;
    QVERIFY(JsonPath::split(path, &segments));
    QCOMPARE(segments.size(), parentSegments.size() + 1);
    const JsonPath::Segment last = segments.last();
    if (index >= 0) {
        QVERIFY(last.isIndex);
        QCOMPARE(last.index, qsizetype(index));
    } else {
        QVERIFY(!last.isIndex);
        QCOMPARE(last.key, key);
    }
}

void TestJsonTreeModel::splitAcceptsOtherSpellings()
{
    // Paths typed by people may spell a key differently from JsonPath::child(); they still resolve.
    QList<JsonPath::Segment> segments;
    QVERIFY(JsonPath::split(str(R"($["a\/b"]["\u00E9"]["iss"][0])"), &segments));
    QCOMPARE(segments.size(), 4);
    QCOMPARE(segments[0].key, u"a/b"_s);
    QCOMPARE(segments[1].key, u"é"_s);
    QCOMPARE(segments[2].key, u"iss"_s);
    QVERIFY(segments[3].isIndex);
    QCOMPARE(segments[3].index, 0);

    JsonTreeModel model;
    model.setJson(parse(Nested));
    QCOMPARE(model.indexForPath(str(R"($["iss"])")), model.indexForPath(u"$.iss"_s));
    QVERIFY(model.indexForPath(u"$.iss"_s).isValid());
}

void TestJsonTreeModel::splitRejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("no dollar") << u"iss"_s;
    QTest::newRow("trailing dot") << u"$."_s;
    QTest::newRow("dot digit") << u"$.1"_s;
    QTest::newRow("open bracket") << u"$["_s;
    QTest::newRow("unclosed string") << str(R"($["abc)");
    QTest::newRow("no closing bracket") << str(R"($["abc")");
    QTest::newRow("negative index") << u"$[-1]"_s;
    QTest::newRow("bad escape") << str(R"($["\q"])");
    QTest::newRow("bad hex digit") << str(R"($["\u00G0"])");
    QTest::newRow("escape at the end") << str(R"($["\)");
    QTest::newRow("short unicode escape") << str(R"($["\u12"])");
    QTest::newRow("garbage after") << u"$.a b"_s;
    QTest::newRow("huge index") << u"$[99999999999999999999999]"_s;
}

void TestJsonTreeModel::splitRejects()
{
    QFETCH(QString, path);
    QList<JsonPath::Segment> segments { JsonPath::Segment { u"untouched"_s } };
    QVERIFY(!JsonPath::split(path, &segments));
    QCOMPARE(segments.size(), 1);
    JsonTreeModel model;
    model.setJson(parse(Nested));
    QVERIFY(!model.indexForPath(path).isValid());
}

void TestJsonTreeModel::indexForPathWithOddKeys()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QJsonObject odd;
    odd.insert(u"a\"b"_s, 1);
    odd.insert(u"line\nbreak"_s, 2);
    odd.insert(QString(QChar(0xdc00)), 3);
    odd.insert(u"x.y"_s, 4);
    odd.insert(QString(), 5);
    model.setJson(QJsonObject { { u"odd"_s, odd } });

    int visited = 0;
    walkAll(&model, {}, &visited);
    QCOMPARE(visited, 6);

    // Every node's own path leads back to it.
    const QModelIndex parent = model.index(0, 0);
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        const QString path = child.data(JsonTreeModel::JsonPathRole).toString();
        QCOMPARE(model.indexForPath(path), child);
    }
    QCOMPARE(model.indexForPath(str(R"($.odd["x.y"])")).siblingAtColumn(1).data().toString(), u"4"_s);
    QCOMPARE(model.indexForPath(str(R"($.odd["line\nbreak"])")).siblingAtColumn(1).data().toString(), u"2"_s);
    QCOMPARE(model.indexForPath(str(R"($.odd["\udc00"])")).siblingAtColumn(1).data().toString(), u"3"_s);
    QCOMPARE(model.indexForPath(str(R"($.odd[""])")).siblingAtColumn(1).data().toString(), u"5"_s);
    // The key column escapes what it cannot show.
    QCOMPARE(model.indexForPath(str(R"($.odd["line\nbreak"])")).data().toString(), u"line\\nbreak"_s);
    QCOMPARE(model.indexForPath(str(R"($.odd["\udc00"])")).data().toString(), u"\\udc00"_s);
    // Missing or mistyped steps.
    QVERIFY(!model.indexForPath(u"$.odd.missing"_s).isValid());
    QVERIFY(!model.indexForPath(u"$.odd[0]"_s).isValid());
    QVERIFY(!model.indexForPath(u"$[0]"_s).isValid());
    QVERIFY(!model.indexForPath(u"$"_s).isValid()); // the container root is not a row
}

void TestJsonTreeModel::annotatorAndMasking()
{
    const QString secret = u"c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1zaG93+/x9Q="_s;
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setJson(QJsonObject {
        { u"accessToken"_s, secret }, { u"short"_s, u"abc"_s }, { u"number"_s, 12345678 }, { u"exp"_s, 1764384000 } });
    model.setAnnotator([](const QString& path, const QJsonValue& value) {
        JsonAnnotation annotation;
        if (path == u"$.accessToken"_s || path == u"$.short"_s || path == u"$.number"_s) {
            annotation.isSecret = true;
            annotation.note = u"a secret"_s;
        } else if (path == u"$.exp"_s) {
            annotation.valueText = u"%1 — soon"_s.arg(value.toInteger());
            annotation.toolTip = u"local time"_s;
            annotation.note = u"expiry"_s;
        }
        return annotation;
    });
    QVERIFY(model.maskSecrets());

    const QModelIndex token = model.indexForPath(u"$.accessToken"_s);
    const QString masked = token.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString();
    QVERIFY2(!masked.contains(secret), qPrintable(masked));
    QVERIFY(!masked.contains(secret.left(8)));
    QVERIFY2(masked.contains(u"(%1 character"_s.arg(secret.size())), qPrintable(masked));
    QVERIFY(masked.contains(u"…x9Q="_s));
    QVERIFY(masked.startsWith(u"••••"_s));
    QCOMPARE(token.data(JsonTreeModel::IsSecretRole).toBool(), true);
    QCOMPARE(token.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(), u"a secret"_s);
    for (int column = 0; column < JsonTreeModel::ColumnCount; ++column) {
        QVERIFY(!token.siblingAtColumn(column).data().toString().contains(secret));
        QVERIFY(!token.siblingAtColumn(column).data(Qt::ToolTipRole).toString().contains(secret));
    }

    const QString shortMasked = model.indexForPath(u"$.short"_s).siblingAtColumn(1).data().toString();
    QVERIFY2(!shortMasked.contains(u"abc"_s), qPrintable(shortMasked)); // too short to show an ending
    const QString numberMasked = model.indexForPath(u"$.number"_s).siblingAtColumn(1).data().toString();
    QVERIFY(!numberMasked.contains(u"12345678"_s));

    const QModelIndex exp = model.indexForPath(u"$.exp"_s);
    QCOMPARE(exp.siblingAtColumn(1).data().toString(), u"1764384000 — soon"_s);
    QCOMPARE(exp.data(Qt::ToolTipRole).toString(), u"local time"_s);
    QCOMPARE(exp.data(JsonTreeModel::IsSecretRole).toBool(), false);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMaskSecrets(false);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(token.siblingAtColumn(1).data().toString(), secret);
    model.setMaskSecrets(true);
    QVERIFY(!token.siblingAtColumn(1).data().toString().contains(secret));
}

void TestJsonTreeModel::annotatorIsCalledOncePerNode()
{
    JsonTreeModel model;
    int calls = 0;
    model.setAnnotator([&calls](const QString&, const QJsonValue&) {
        ++calls;
        return JsonAnnotation { u"x"_s, u"n"_s, {}, false };
    });
    model.setJson(bigDocument(100));
    QCOMPARE(calls, 0);
    const QModelIndex account = model.index(0, 0);
    for (int i = 0; i < 3; ++i) {
        (void)account.siblingAtColumn(1).data();
        (void)account.siblingAtColumn(2).data();
        (void)account.data(Qt::ToolTipRole);
    }
    QCOMPARE(calls, 1);
    model.setAnnotator([&calls](const QString&, const QJsonValue&) {
        calls += 10;
        return JsonAnnotation { u"y"_s, {}, {}, false };
    });
    QCOMPARE(account.siblingAtColumn(1).data().toString(), u"y"_s);
    QCOMPARE(calls, 11);
}

void TestJsonTreeModel::setJsonAndClearReset()
{
    JsonTreeModel model;
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.json().isUndefined());
    model.setJson(parse(Nested));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.json(), parse(Nested));
    (void)model.indexForPath(u"$.customerAccount.contacts[1].types[0].name"_s);
    QVERIFY(model.nodeCount() > 5);

    model.setJson(parse(R"({"a": 1})"));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.nodeCount(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.indexForPath(u"$.iss"_s).isValid());

    model.clear();
    QCOMPARE(aboutToReset.size(), 3);
    QCOMPARE(reset.size(), 3);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.nodeCount(), 0);
    QVERIFY(model.json().isUndefined());
    QVERIFY(!model.indexForPath(u"$.a"_s).isValid());
}

void TestJsonTreeModel::valueDisplay_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain string") << QByteArray(R"(["hello"])") << u"hello"_s;
    QTest::newRow("unicode") << QByteArray(R"(["Grüße 🙂"])") << u"Grüße 🙂"_s;
    QTest::newRow("newline and tab") << QByteArray(R"(["a\nb\tc"])") << u"a\\nb\\tc"_s;
    QTest::newRow("nul") << QByteArray(R"(["a\u0000b"])") << u"a\\u0000b"_s;
    QTest::newRow("escape char") << QByteArray(R"(["\u001b[31m"])") << u"\\u001b[31m"_s;
    QTest::newRow("c1 control") << QByteArray(R"(["\u0085"])") << u"\\u0085"_s;
    QTest::newRow("line separator") << QByteArray(R"(["a\u2028b"])") << u"a\\u2028b"_s;
    QTest::newRow("right-to-left override") << QByteArray(R"(["abc\u202Efdp.exe"])") << u"abc\\u202efdp.exe"_s;
    QTest::newRow("bidi isolate") << QByteArray(R"(["\u2066x\u2069"])") << u"\\u2066x\\u2069"_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"(["x\ud800y"])") << u"x\\ud800y"_s;
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << u"\\udc00"_s;
    QTest::newRow("backslash") << QByteArray(R"(["a\\b"])") << u"a\\\\b"_s;
    QTest::newRow("integer") << QByteArray("[1764384000]") << u"1764384000"_s;
    QTest::newRow("negative int32") << QByteArray("[-2147483618]") << u"-2147483618"_s;
    QTest::newRow("big integer") << QByteArray("[9007199254740993]") << u"9007199254740993"_s;
    QTest::newRow("decimal") << QByteArray("[0.1]") << u"0.1"_s;
    QTest::newRow("amount") << QByteArray("[1234.56]") << u"1234.56"_s;
    QTest::newRow("exponent") << QByteArray("[1e20]") << u"1e+20"_s;
    QTest::newRow("true") << QByteArray("[true]") << u"true"_s;
    QTest::newRow("false") << QByteArray("[false]") << u"false"_s;
    QTest::newRow("null") << QByteArray("[null]") << u"null"_s;
    QTest::newRow("object") << QByteArray(R"([{"a":1,"b":2}])") << u"{2 key(s)}"_s;
    QTest::newRow("empty object") << QByteArray("[{}]") << u"{0 key(s)}"_s;
    QTest::newRow("array") << QByteArray("[[1,2,3]]") << u"[3 item(s)]"_s;
}

void TestJsonTreeModel::valueDisplay()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JsonTreeModel model;
    model.setJson(parse(json));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), expected);
}

void TestJsonTreeModel::rolesAndFlags()
{
    JsonTreeModel model;
    model.setJson(parse(Nested));
    const QModelIndex bv = model.indexForPath(str(R"($["https://www.kibocommerce.com/user_claims"].bv)"));
    QVERIFY(bv.isValid());
    QCOMPARE(bv.data().toString(), u"bv"_s);
    QCOMPARE(bv.data(JsonTreeModel::ValueTypeRole).toString(), u"array"_s);
    QCOMPARE(bv.data(JsonTreeModel::JsonValueRole).value<QJsonValue>(), QJsonValue(QJsonArray { 31, 4194304 }));
    QCOMPARE(model.index(1, 0, bv).data().toString(), u"[1]"_s);
    QCOMPARE(model.index(1, 0, bv).data(JsonTreeModel::ValueTypeRole).toString(), u"number"_s);
    QCOMPARE(model.indexForPath(u"$.flags[0]"_s).data(JsonTreeModel::ValueTypeRole).toString(), u"bool"_s);
    QCOMPARE(model.indexForPath(u"$.flags[2]"_s).data(JsonTreeModel::ValueTypeRole).toString(), u"null"_s);
    QCOMPARE(model.indexForPath(u"$.iss"_s).data(JsonTreeModel::ValueTypeRole).toString(), u"string"_s);
    QCOMPARE(model.indexForPath(u"$.empty"_s).data(JsonTreeModel::ValueTypeRole).toString(), u"object"_s);
    QVERIFY(!model.hasChildren(model.indexForPath(u"$.empty"_s)));
    QVERIFY(!model.hasChildren(model.indexForPath(u"$.none"_s)));
    QVERIFY(model.hasChildren(bv));
    QVERIFY(!model.hasChildren(bv.siblingAtColumn(1))); // children hang off column 0 only

    const Qt::ItemFlags flags = model.flags(bv);
    QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
    QVERIFY(flags.testFlag(Qt::ItemIsEnabled));
    QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
    QVERIFY(!model.setData(bv.siblingAtColumn(1), u"x"_s));
    const QString bvPath = str(R"($["https://www.kibocommerce.com/user_claims"].bv)");
    QCOMPARE(bv.data(Qt::ToolTipRole).toString(), bvPath);
}

namespace {

// Every node of a model as text, depth first: key, value, meaning, tool tip, path, type, secret, value.
QStringList dump(const JsonTreeModel& model, const QModelIndex& parent = {})
{
    QStringList lines;
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex key = model.index(row, JsonTreeModel::KeyColumn, parent);
        const QJsonValue value = key.data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
        lines << QStringList { key.data().toString(), key.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
            key.siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(), key.data(Qt::ToolTipRole).toString(),
            key.data(JsonTreeModel::JsonPathRole).toString(), key.data(JsonTreeModel::ValueTypeRole).toString(),
            key.data(JsonTreeModel::IsSecretRole).toBool() ? u"secret"_s : u"-"_s,
            QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)) }
                     .join(u" | "_s);
        const QString path = key.data(JsonTreeModel::JsonPathRole).toString();
        if (model.indexForPath(path) != key) {
            lines << u"  (path leads elsewhere)"_s;
        }
        lines << dump(model, key);
    }
    return lines;
}

void annotate(JsonTreeModel& model)
{
    model.setAnnotator([](const QString& path, const QJsonValue& value) {
        JsonAnnotation annotation;
        annotation.isSecret = path.size() % 3 == 0;
        annotation.note = value.isString() ? path : QString();
        return annotation;
    });
    model.setExtraMask(
        [](const QString&, const QJsonValue& value) { return value.isString() && value.toString().contains(u'e'); },
        u"(personal)"_s);
}

} // namespace

void TestJsonTreeModel::bytesShowQtsTree_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("backing"); // the Backing expected, or -1: either

    const int dom = int(JsonTreeModel::Backing::Dom);
    const int value = int(JsonTreeModel::Backing::Value);
    const int none = int(JsonTreeModel::Backing::None);
    QTest::newRow("nested") << Nested << dom;
    QTest::newRow("duplicate keys: the last wins")
        << QByteArray(R"({"b":1,"a":2,"b":3,"a":{"x":[1,{"y":1,"y":2}]}})") << dom;
    // Qt 6.4 sorts keys written without escapes by code points, two keys that both hold one by UTF-16 code units.
    QTest::newRow("raw keys sorted") << QByteArray(
        "{\"\xef\xbf\xbf\":1,\"\xee\x80\x80\":3,\"\xed\x9f\xbf\":4,\"z\":5,\"Z\":6,\"\":7,"
        "\"\xc3\xa9\":8,\"ab\":9,\"a\":10,\"x\":\"\xf0\x9f\x98\x80\"}")
                                     << dom;
    QTest::newRow("raw keys above U+FFFF sorted")
        << QByteArray("{\"\xef\xbf\xbf\":1,\"\xf0\x9f\x98\x80\":2,\"\xee\x80\x80\":3,\"a\":{\"\xf0\x9f\x98\x81\":4}}")
        << value;
    QTest::newRow("escaped keys sorted") << QByteArray(R"({"\uffff":1,"\ud83d\ude00":2,"\ue000":3,"\n":4,"a":5})")
                                         << value;
    QTest::newRow("escaped and raw keys sorted") << QByteArray("{\"\\n\xef\xbf\xbf\":1,\"\\n\xf0\x9f\x98\x80\":2,"
                                                               "\"\xef\xbf\xbf\":3,\"\\uffff\":4}")
                                                 << value;
    QTest::newRow("escapes, no key above U+FFFF") << QByteArray(R"({"\n":1,"\u00e9":2,"\u00e9":3,"\uffff":4,"a\/":5,)"
                                                                R"("b":"\ud83d\ude00"})")
                                                  << dom;
    QTest::newRow("escaped and raw key alike") << QByteArray(R"({"a":1,"\u0061":2,"b":3})") << dom;
    QTest::newRow("big numbers") << QByteArray(
        "[9223372036854775807,9223372036854775808,18446744073709551615,-9223372036854775808,"
        "1.5e18,1e20,4.9e-324,1.7976931348623157e308]")
                                 << dom;
    QTest::newRow("beyond 64 bits") << QByteArray("[123456789012345678901234567890]") << value;
    QTest::newRow("below -2^63") << QByteArray("[-9223372036854775809]") << value;
    QTest::newRow("whole numbers as fractions") << QByteArray("[1.0,-2.50,1E2,3e0,0.5]") << dom;
    QTest::newRow("zero as fraction") << QByteArray("[0.0,-0,-0.0,0e5,0]") << value;
    QTest::newRow("underflow, Qt refuses") << QByteArray("[1e-400]") << none;
    QTest::newRow("overflow, Qt refuses") << QByteArray("[1e400]") << none;
    QTest::newRow("Qt's lenient numbers") << QByteArray("[1.,.5]") << value;
    QTest::newRow("escaped controls") << QByteArray(R"(["a\u0000b\u001f\n\t\u2028\u202e\\"])") << dom;
    QTest::newRow("raw controls, Qt takes them") << QByteArray("[\"a\x01\tb\x7f\"]") << value;
    QTest::newRow("lone surrogate escapes") << QByteArray(R"(["\ud800","x\udc00"])") << value;
    QTest::newRow("surrogate pair escape") << QByteArray(R"(["\ud83d\ude00"])") << dom;
    QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << none;
    QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << none;
    QTest::newRow("byte order mark first") << QByteArray("\xef\xbb\xbf[1]") << -1;
    QTest::newRow("raw U+FEFF opens a key") << QByteArray("{\"\xef\xbb\xbf"
                                                          "a\":1,\"a\":2}")
                                            << value;
    QTest::newRow("raw U+FEFF opens a value") << QByteArray("[\"\xef\xbb\xbfx\"]") << value;
    QTest::newRow("escaped U+FEFF opens a value") << QByteArray(R"(["\ufeffx"])") << value;
    QTest::newRow("U+FEFF inside a value") << QByteArray("[\"x\xef\xbb\xbf\"]") << dom;
    QTest::newRow("scalar document") << QByteArray("42") << none;
    QTest::newRow("string document") << QByteArray(R"("s")") << none;
    QTest::newRow("empty") << QByteArray() << none;
    QTest::newRow("blank") << QByteArray(" \n") << none;
    QTest::newRow("trailing garbage") << QByteArray("[1]x") << none;
    QTest::newRow("trailing NUL") << QByteArray("[1]\0", 4) << none;
    QTest::newRow("trailing comma") << QByteArray("[1,]") << none;
    QTest::newRow("truncated") << QByteArray(R"({"a":[1,2)") << none;
    QTest::newRow("empty containers") << QByteArray(R"({"a":{},"b":[],"":[[]]})") << dom;
    QTest::newRow("depth 1024") << QByteArray(1024, '[') + QByteArray(1024, ']') << -1;
    QTest::newRow("depth 1025") << QByteArray(1025, '[') + QByteArray(1025, ']') << none;
    // Above 256 KiB the text gets a parser of its own and fresh buffers (JsonTreeModel's big-text path).
    QByteArray big = "[";
    for (int i = 0; i < 6000; ++i) {
        big += QByteArray(i ? "," : "") + R"({"i":)" + QByteArray::number(i) + R"(,"e":"c)" + QByteArray::number(i)
            + R"(@example.com","f":)" + QByteArray::number(i / 7.0) + R"(,"t":[true,null]})";
    }
    big += "]";
    QVERIFY(big.size() > 256 * 1024);
    QTest::newRow("bigger than the kept parser") << big << dom;
    QTest::newRow("whitespace around") << QByteArray(" \t\r\n{ \"a\" : [ true , false , null ] }\n ") << dom;

    // The fuzz seeds and the test data: whatever they are, both backings show the same.
    const QString corpus = QStringLiteral(KTI_TEST_DATA_DIR "/../fuzz/corpus/fuzz_jsontreemodel");
    for (const QString& directory : { corpus, QStringLiteral(KTI_TEST_DATA_DIR) }) {
        const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo& file : files) {
            QFile in(file.filePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            QTest::addRow("%s", qPrintable(file.fileName())) << in.readAll() << -1;
        }
    }
}

// setJsonBytes shows what setJson(QJsonDocument::fromJson(bytes)) shows, node by node, masks and annotations
// included, and refuses what QJsonDocument refuses with its error.
void TestJsonTreeModel::bytesShowQtsTree()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, backing);

    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &qtError);
    JsonTreeModel viaQt;
    annotate(viaQt);
    if (qtError.error == QJsonParseError::NoError) {
        viaQt.setJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    }

    JsonTreeModel viaBytes;
    // The tester's checks grow with the square of the rows: small inputs only.
    std::optional<QAbstractItemModelTester> tester;
    if (bytes.size() < 64 * 1024) {
        tester.emplace(&viaBytes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    annotate(viaBytes);
    QJsonParseError error { -1, QJsonParseError::UnterminatedObject };
    const bool shown = viaBytes.setJsonBytes(bytes, {}, &error);
    QCOMPARE(shown, qtError.error == QJsonParseError::NoError);
    QCOMPARE(error.error, qtError.error);
    QCOMPARE(error.offset, qtError.offset);
    if (backing >= 0) {
        QCOMPARE(int(viaBytes.backing()), backing);
    }
    QCOMPARE(dump(viaBytes), dump(viaQt));
    viaBytes.setMaskSecrets(false);
    viaQt.setMaskSecrets(false);
    QCOMPARE(dump(viaBytes), dump(viaQt));
    QCOMPARE(viaBytes.json(), viaQt.json());
}

void TestJsonTreeModel::bytesBackingIsLazy()
{
    const QByteArray bytes = QJsonDocument(bigDocument(5000).toObject()).toJson(QJsonDocument::Compact);
    JsonTreeModel model;
    QVERIFY(model.setJsonBytes(bytes));
    QCOMPARE(model.backing(), JsonTreeModel::Backing::Dom);
    QCOMPARE(model.nodeCount(), 1);
    const QModelIndex account = model.index(0, 0);
    const QModelIndex contacts = model.index(0, 0, account);
    QCOMPARE(model.rowCount(contacts), 5000);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, account).data().toString(),
        u"[%1 item(s)]"_s.arg(QLocale().toString(5000)));
    QCOMPARE(model.nodeCount(), 3); // counting and showing rows creates nothing below

    const QModelIndex email = model.indexForPath(u"$.customerAccount.contacts[1234].email"_s);
    QCOMPARE(model.nodeCount(), 5);
    QCOMPARE(email.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), u"c1234@example.com"_s);
    QCOMPARE(email.data(JsonTreeModel::JsonValueRole).value<QJsonValue>(), QJsonValue(u"c1234@example.com"_s));
    QCOMPARE(model.indexForPath(u"$.customerAccount.contacts[1234]"_s)
                 .data(JsonTreeModel::JsonValueRole)
                 .value<QJsonValue>(),
        QJsonValue(QJsonObject { { u"id"_s, 1234 }, { u"email"_s, u"c1234@example.com"_s } }));
    QCOMPARE(model.json(), bigDocument(5000));
}

// The filter asks for the whole value: for a big text it is made on a worker thread when asked (never before), so
// the first filtered word does not wait for it; a model given something new meanwhile gets nothing from the worker.
void TestJsonTreeModel::bigBytesValueIsMadeOnAWorker()
{
    const QJsonValue big = bigDocument(20000);
    const QByteArray bytes = QJsonDocument(big.toObject()).toJson(QJsonDocument::Compact);
    QVERIFY(bytes.size() >= JsonTreeModel::BackgroundValueBytes);
    JsonTreeModel model;
    QSignalSpy prepared(&model, &JsonTreeModel::jsonPrepared);
    QVERIFY(model.setJsonBytes(bytes));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
    QCoreApplication::sendPostedEvents();
    QVERIFY(!model.isValueReady()); // nobody asked: not made
    QVERIFY(!model.prepareJson());
    QVERIFY(!model.prepareJson()); // one worker, not two
    QVERIFY(prepared.wait(20000));
    QCOMPARE(prepared.count(), 1);
    QVERIFY(model.isValueReady());
    QVERIFY(model.prepareJson());
    QCOMPARE(model.json(), big);
    QCOMPARE(model.nodeCount(), 1); // the value, not the nodes

    QVERIFY(model.setJsonBytes(bytes));
    QVERIFY(!model.prepareJson());
    QVERIFY(model.setJsonBytes(R"({"small":true})"));
    QVERIFY(model.prepareJson()); // small: made on the spot when asked
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
    QCoreApplication::sendPostedEvents();
    QCOMPARE(prepared.count(), 1); // the big text's late value is not the small one's
    QVERIFY(!model.isValueReady());
    QCOMPARE(model.json(), QJsonValue(QJsonObject { { u"small"_s, true } }));
}

void TestJsonTreeModel::bytesWithPath()
{
    const QByteArray ticket
        = R"({"accessToken":"x","customerAccount":{"id":1},"customerAccount":{"id":2,"contacts":[{"email":"e"}]}})";
    JsonTreeModel model;
    QVERIFY(model.setJsonBytes(ticket, u"$.customerAccount"_s));
    QCOMPARE(model.backing(), JsonTreeModel::Backing::Dom);
    QCOMPARE(model.rowCount(), 2); // the last of the duplicates, as QJsonDocument keeps it
    QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), u"contacts"_s);
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(), u"2"_s);
    // Paths stay relative to the node shown, like setJson(account).
    QCOMPARE(model.index(1, JsonTreeModel::KeyColumn).data(JsonTreeModel::JsonPathRole).toString(), u"$.id"_s);
    QVERIFY(model.setJsonBytes(ticket, u"$.customerAccount.contacts[0].email"_s));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), u"e"_s);

    QVERIFY(!model.setJsonBytes(ticket, u"$.nothing"_s));
    QCOMPARE(model.backing(), JsonTreeModel::Backing::None);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.setJsonBytes(ticket, u"$.customerAccount.contacts[1]"_s));
    QVERIFY(!model.setJsonBytes(ticket, u"not a path"_s));
    // Through QJsonDocument (a raw control character) the same.
    QVERIFY(model.setJsonBytes("{\"customerAccount\":{\"id\":3,\"note\":\"a\x01\"}}", u"$.customerAccount"_s));
    QCOMPARE(model.backing(), JsonTreeModel::Backing::Value);
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(), u"a\\u0001"_s);
    QVERIFY(!model.setJsonBytes("{\"customerAccount\":{\"id\":3,\"note\":\"a\x01\"}}", u"$.other"_s));
}

// A big tree replaced or cleared is freed on a worker thread (its DOM and nodes take tens of milliseconds), a small
// one on the spot; the model shows the new tree at once either way.
void TestJsonTreeModel::bigTreeReplacedIsFreedOnAWorker()
{
    QByteArray bytes = "[";
    for (int i = 0; i < 20000; ++i) {
        bytes += "{\"n\":" + QByteArray::number(i) + ",\"name\":\"item number " + QByteArray::number(i) + "\"},";
    }
    bytes.back() = ']';
    QVERIFY(bytes.size() >= JsonTreeModel::BackgroundValueBytes);
    JsonTreeModel model;
    QVERIFY(model.setJsonBytes(bytes));
    QCOMPARE(model.rowCount(), 20000);
    const int before = backgroundFreeCount().load();
    model.setJson(QJsonObject { { u"a"_s, 1 } });
    QCOMPARE(backgroundFreeCount().load(), before + 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), u"a"_s);
    model.setJson(QJsonObject { { u"b"_s, 2 } });
    model.clear();
    QCOMPARE(backgroundFreeCount().load(), before + 1);

    // Many nodes built from a value (no bytes) count too.
    QJsonArray many;
    for (int i = 0; i < 5000; ++i) {
        many.append(i);
    }
    model.setJson(many);
    for (int row = 0; row < 5000; ++row) {
        QVERIFY(model.index(row, 0).isValid());
    }
    model.clear();
    QCOMPARE(backgroundFreeCount().load(), before + 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
}

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "testjsontreemodel.moc"
