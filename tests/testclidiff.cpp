// `kibo-token-inspector diff`, exercised on the real executable: inputs from files and standard
// input, the exit codes, text and --json output, ignoring volatile fields and paths, and that no
// token is ever printed unless --show-secrets is given.
#include "demo/demoseed.h"
#include "helpers/canary.h"
#include "helpers/cliprocess.h"
#include "jwt/base64url.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray jwt(const QJsonObject& payload, const QByteArray& signature = "c2lnbmF0dXJlLWJ5dGVz")
{
    const QByteArray header = QJsonDocument(QJsonObject { { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s } })
                                  .toJson(QJsonDocument::Compact);
    return Base64Url::encode(header) + '.' + Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact))
        + '.' + signature;
}

QJsonObject claims(qint64 issuedAt, const QString& session, int rnd)
{
    const QString sess = QString::fromUtf8(QJsonDocument(
        QJsonObject { { u"i"_s, session }, { u"c"_s, u"2025-11-29T07:00:00"_s },
            { u"p"_s, false } }).toJson(QJsonDocument::Compact));
    return QJsonObject {
        { u"sub"_s, u"5d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a"_s },
        { u"iat"_s, issuedAt },
        { u"nbf"_s, issuedAt },
        { u"exp"_s, issuedAt + 3600 },
        { u"sid"_s, session },
        { u"https://www.kibocommerce.com/user_claims"_s,
            QJsonObject { { u"uid"_s, u"5d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a"_s }, { u"rnd"_s, rnd },
                { u"b.TenantId"_s, u"100001"_s }, { u"b._sess_"_s, sess } } },
    };
}

QJsonObject ticket(const QString& accessToken, const QString& refreshToken, const QByteArray& jwtAccessToken,
    const QString& expiration, const QString& firstName = u"Ada"_s)
{
    return QJsonObject {
        { u"accessToken"_s, accessToken },
        { u"accessTokenExpiration"_s, expiration },
        { u"refreshToken"_s, refreshToken },
        { u"refreshTokenExpiration"_s, u"2025-11-30T07:00:00.000Z"_s },
        { u"jwtAccessToken"_s, QString::fromLatin1(jwtAccessToken) },
        { u"userId"_s, u"5d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a"_s },
        { u"customerAccount"_s,
            QJsonObject { { u"id"_s, 1001 }, { u"firstName"_s, firstName }, { u"emailAddress"_s, u"ada@example.com"_s },
                { u"contacts"_s, QJsonArray { QJsonObject { { u"id"_s, 1 }, { u"label"_s, u"Home"_s } } } } } },
    };
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

class TestCliDiff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void notUnderstood_data();
    void notUnderstood();
    void equalInputs_data();
    void equalInputs();
    void jwtClaimChanged();
    void standardInput();
    void jsonOutput();
    void volatileFieldsAndIgnoredPaths();
    void canaryTokensNeverPrinted();
    void twoRealLoginsDifferOnlyInVolatileFields();
    void bigAccountWithOneInsertedContact();

private:
    QString write(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QByteArray m_jwtA;
    QByteArray m_jwtB;
};

QString TestCliDiff::write(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write test file");
    }
    return path;
}

void TestCliDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_jwtA = jwt(claims(1764400000, u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, 17));
    QJsonObject changed = claims(1764400000, u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, 17);
    changed.insert(u"exp"_s, 1764400900);
    m_jwtB = jwt(changed);
    write(u"a.jwt"_s, m_jwtA + '\n');
    write(u"b.jwt"_s, m_jwtB + '\n');
    write(u"account.json"_s, json(ticket(u"x"_s, u"y"_s, m_jwtA, u"z"_s).value(u"customerAccount"_s).toObject()));
    write(u"ticket.json"_s,
        json(ticket(u"Q2FuYXJ5QWNjZXNzVG9rZW4tMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw"_s,
            u"0123456789abcdef0123456789abcdef"_s, m_jwtA, u"2025-11-29T07:15:00.000Z"_s)));
    write(u"not.json"_s, "{\"accessToken\": ");
    write(u"array.json"_s, "[1, 2]");
    write(u"other.json"_s, "{\"colour\": \"blue\"}");
    write(u"empty.txt"_s, "");
    write(u"opaque.txt"_s, "Q2FuYXJ5QWNjZXNzVG9rZW4tMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\n");
    QByteArray huge = "{\"emailAddress\": \"";
    huge += QByteArray(32 * 1024 * 1024, 'a');
    huge += "\"}";
    write(u"huge.json"_s, huge);
}

void TestCliDiff::help()
{
    const CliResult help = runCli({ u"diff"_s, u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes: 0 no differences, 1 differences found, 2 usage error, 4 input"));
    QVERIFY(help.out.contains("--ignore-volatile"));
    QVERIFY(help.out.contains("--show-secrets"));
    const CliResult usage = runCli({ u"--help"_s });
    QVERIFY(usage.out.contains("kibo-token-inspector diff A B"));
}

void TestCliDiff::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("no inputs") << QStringList { u"diff"_s } << QByteArray("needs two inputs");
    QTest::newRow("one input") << QStringList { u"diff"_s, u"a.jwt"_s } << QByteArray("needs two inputs");
    QTest::newRow("three inputs") << QStringList { u"diff"_s, u"a.jwt"_s, u"b.jwt"_s, u"c.jwt"_s }
                                  << QByteArray("needs two inputs");
    QTest::newRow("both from standard input")
        << QStringList { u"diff"_s, u"-"_s, u"-"_s } << QByteArray("Only one of the inputs");
    QTest::newRow("unknown option") << QStringList { u"diff"_s, u"a.jwt"_s, u"b.jwt"_s, u"--colour"_s }
                                    << QByteArray("colour");
    QTest::newRow("bad ignore path") << QStringList { u"diff"_s, u"a.jwt"_s, u"b.jwt"_s, u"--ignore"_s, u"$.a["_s }
                                     << QByteArray("is not a path");
    QTest::newRow("token on the command line")
        << QStringList { u"diff"_s, u"TOKEN"_s, u"b.jwt"_s } << QByteArray("never accepted on the command line");
    QTest::newRow("token after Bearer") << QStringList { u"diff"_s, u"a.jwt"_s, u"Bearer TOKEN"_s }
                                        << QByteArray("never accepted on the command line");
    QTest::newRow("token with spaces and quotes")
        << QStringList { u"diff"_s, u" 'TOKEN' "_s, u"b.jwt"_s } << QByteArray("never accepted on the command line");
    QTest::newRow("token without its signature")
        << QStringList { u"diff"_s, u"UNSIGNED"_s, u"b.jwt"_s } << QByteArray("never accepted on the command line");
}

void TestCliDiff::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const QString token = QString::fromLatin1(m_jwtA);
    for (QString& argument : arguments) {
        if (argument.contains(u"TOKEN"_s)) {
            argument.replace(u"TOKEN"_s, token);
        } else if (argument == u"UNSIGNED"_s) {
            argument = token.section(u'.', 0, 1);
        } else if (argument.endsWith(u".jwt"_s)) {
            argument = m_dir.filePath(argument);
        }
    }
    const CliResult result = runCli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!Canary::foundIn(m_jwtA, result.err));
    QVERIFY(!result.err.contains(m_jwtA.left(m_jwtA.lastIndexOf('.'))));
}

void TestCliDiff::notUnderstood_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("missing file") << u"a.jwt"_s << u"missing.json"_s << QByteArray("there is no such file");
    QTest::newRow("directory") << u"a.jwt"_s << u"."_s << QByteArray("not a regular file");
    QTest::newRow("not JSON") << u"not.json"_s << u"ticket.json"_s << QByteArray("not valid JSON");
    QTest::newRow("JSON array") << u"array.json"_s << u"array.json"_s
                                << QByteArray("neither an auth ticket nor a customer account");
    QTest::newRow("other JSON") << u"other.json"_s << u"other.json"_s
                                << QByteArray("neither an auth ticket nor a customer account");
    QTest::newRow("empty") << u"empty.txt"_s << u"a.jwt"_s << QByteArray("is empty");
    QTest::newRow("opaque token") << u"opaque.txt"_s << u"opaque.txt"_s << QByteArray("opaque token");
    QTest::newRow("kinds differ") << u"a.jwt"_s << u"ticket.json"_s
                                  << QByteArray("the first is a JWT, the second an auth ticket");
    QTest::newRow("account and ticket") << u"account.json"_s << u"ticket.json"_s
                                        << QByteArray("the first is a customer account, the second an auth ticket");
    QTest::newRow("over 32 MiB") << u"huge.json"_s << u"account.json"_s << QByteArray("larger than 32 MiB");
}

void TestCliDiff::notUnderstood()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QByteArray, message);
    const CliResult result = runCli({ u"diff"_s, m_dir.filePath(first), m_dir.filePath(second) });
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("Q2FuYXJ5QWNjZXNzVG9rZW4"));
}

void TestCliDiff::equalInputs_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("summary");
    QTest::newRow("jwt") << u"a.jwt"_s << QByteArray("No differences between the two JWTs.");
    QTest::newRow("ticket") << u"ticket.json"_s << QByteArray("No differences between the two auth tickets.");
    QTest::newRow("account") << u"account.json"_s << QByteArray("No differences between the two customer accounts.");
}

void TestCliDiff::equalInputs()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, summary);
    const CliResult result = runCli({ u"diff"_s, m_dir.filePath(file), m_dir.filePath(file) });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(summary), result.out.constData());
    // Nothing on standard error but the log lines the test environment turns on (kti.*=true).
    for (const QByteArray& line : result.err.split('\n')) {
        QVERIFY2(line.isEmpty() || line.startsWith("kti."), line.constData());
    }
}

void TestCliDiff::jwtClaimChanged()
{
    const CliResult result = runCli({ u"diff"_s, m_dir.filePath(u"a.jwt"_s), m_dir.filePath(u"b.jwt"_s) });
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.value(0), QByteArray("~ payload.exp: 1764403600 → 1764400900"));
    QCOMPARE(lines.value(1), QByteArray("Differences between the two JWTs: 1."));
    QVERIFY(!result.out.contains(m_jwtA));
}

void TestCliDiff::standardInput()
{
    const CliResult result = runCli({ u"diff"_s, u"-"_s, m_dir.filePath(u"b.jwt"_s) }, m_jwtA);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.startsWith("~ payload.exp: "));
    const CliResult second = runCli({ u"diff"_s, m_dir.filePath(u"b.jwt"_s), u"-"_s }, m_jwtB + "\n");
    QCOMPARE(second.exitCode, 0);
}

void TestCliDiff::jsonOutput()
{
    const CliResult result = runCli({ u"diff"_s, m_dir.filePath(u"a.jwt"_s), m_dir.filePath(u"b.jwt"_s), u"--json"_s });
    QCOMPARE(result.exitCode, 1);
    const QJsonObject object = result.json();
    QCOMPARE(object.value(u"kindA"_s).toString(), u"jwt"_s);
    QCOMPARE(object.value(u"kindB"_s).toString(), u"jwt"_s);
    QCOMPARE(object.value(u"equal"_s).toBool(true), false);
    const QJsonArray differences = object.value(u"differences"_s).toArray();
    QCOMPARE(differences.size(), 1);
    const QJsonObject difference = differences.at(0).toObject();
    QCOMPARE(difference.value(u"path"_s).toString(), u"$.payload.exp"_s);
    QCOMPARE(difference.value(u"change"_s).toString(), u"changed"_s);
    QCOMPARE(difference.value(u"before"_s).toInteger(), 1764403600);
    QCOMPARE(difference.value(u"after"_s).toInteger(), 1764400900);
    QVERIFY(object.value(u"ignored"_s).isArray());

    const CliResult equal = runCli(
        { u"diff"_s, m_dir.filePath(u"a.jwt"_s), m_dir.filePath(u"b.jwt"_s), u"--json"_s, u"--ignore-volatile"_s });
    QCOMPARE(equal.exitCode, 0);
    QCOMPARE(equal.json().value(u"equal"_s).toBool(false), true);
    QCOMPARE(equal.json().value(u"differences"_s).toArray().size(), 0);
    QCOMPARE(equal.json().value(u"ignored"_s).toArray(), QJsonArray { u"$.payload.exp"_s });
}

void TestCliDiff::volatileFieldsAndIgnoredPaths()
{
    // Two logins of one customer: new tokens, times, session and nonce; and one real change.
    const QByteArray jwtA = jwt(claims(1764400000, u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, 17));
    const QByteArray jwtB = jwt(claims(1764400900, u"aaaabbbbccccddddeeeeffff00001111"_s, -5), "b3RoZXItc2lnbmF0dXJl");
    const QString a = write(u"login-a.json"_s,
        json(ticket(u"QWNjZXNzVG9rZW5Pbk9uZUxvZ2luLWFhYWFhYWFhYWFhYWFhYWFhYWFh"_s,
            u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s, jwtA, u"2025-11-29T07:15:00.000Z"_s)));
    const QString b = write(u"login-b.json"_s,
        json(ticket(u"QWNjZXNzVG9rZW5PbkFub3RoZXJMb2dpbi1iYmJiYmJiYmJiYmJiYmJi"_s,
            u"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s, jwtB, u"2025-11-29T07:30:00.000Z"_s, u"Augusta"_s)));

    const CliResult all = runCli({ u"diff"_s, a, b });
    QCOMPARE(all.exitCode, 1);
    for (const QByteArray& expected :
        { QByteArray("~ accessToken: <redacted accessToken: 56 characters, ends …YWFh> → <redacted accessToken: 56 "
                     "characters, ends …YmJi>"),
            QByteArray("~ accessTokenExpiration: \"2025-11-29T07:15:00.000Z\" → \"2025-11-29T07:30:00.000Z\""),
            QByteArray("~ customerAccount.firstName: \"Ada\" → \"Augusta\""),
            QByteArray("~ jwt.payload.iat: 1764400000 → 1764400900"),
            QByteArray("~ jwt.payload[\"https://www.kibocommerce.com/user_claims\"][\"b._sess_\"].i: "),
            QByteArray("~ refreshToken: <redacted refreshToken: 32 characters, ends …aaaa> → <redacted refreshToken: "
                       "32 characters, ends …bbbb>") }) {
        QVERIFY2(all.out.contains(expected), expected.constData());
    }

    const CliResult stable = runCli({ u"diff"_s, a, b, u"--ignore-volatile"_s });
    QCOMPARE(stable.exitCode, 1);
    QVERIFY2(stable.out.startsWith("~ customerAccount.firstName: \"Ada\" → \"Augusta\"\n"
                                   "Differences between the two auth tickets: 1. "),
        stable.out.constData());
    QVERIFY(stable.out.contains("Ignored, though different: 10 (accessToken, accessTokenExpiration, "));

    const CliResult none = runCli(
        { u"diff"_s, a, b, u"--ignore-volatile"_s, u"--ignore"_s, u"customerAccount.firstName"_s, u"--json"_s });
    QCOMPARE(none.exitCode, 0);
    const QJsonArray ignored = none.json().value(u"ignored"_s).toArray();
    for (const QString& path : { u"$.accessToken"_s, u"$.refreshToken"_s, u"$.jwtAccessToken"_s,
             u"$.customerAccount.firstName"_s, u"$.jwt.payload.exp"_s, u"$.jwt.payload.sid"_s }) {
        QVERIFY2(ignored.contains(path), qPrintable(path));
    }
    QVERIFY(!ignored.contains(u"$.userId"_s));
}

void TestCliDiff::canaryTokensNeverPrinted()
{
    const QString accessA = u"Q2FuYXJ5LUFjY2Vzcy1BLTAwMTEyMjMzNDQ1NTY2Nzc4ODk5YWFiYmNjZGRlZWZm"_s;
    const QString accessB = u"Q2FuYXJ5LUFjY2Vzcy1CLTk5ODg3NzY2NTU0NDMzMjIxMTAwZmZlZWRkY2NiYmFh"_s;
    const QString refreshA = u"c0ffee00c0ffee00c0ffee00c0ffee01"_s;
    const QString refreshB = u"c0ffee00c0ffee00c0ffee00c0ffee02"_s;
    const QByteArray jwtA = jwt(claims(1764400000, u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, 1), "Q2FuYXJ5U2lnQQ");
    const QByteArray jwtB = jwt(claims(1764400900, u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s, 2), "Q2FuYXJ5U2lnQg");
    // A token hidden where no field name says so: any value that decodes as a JWT is a secret.
    QJsonObject ticketA = ticket(accessA, refreshA, jwtA, u"2025-11-29T07:15:00.000Z"_s);
    QJsonObject ticketB = ticket(accessB, refreshB, jwtB, u"2025-11-29T07:30:00.000Z"_s);
    QJsonObject accountB = ticketB.value(u"customerAccount"_s).toObject();
    accountB.insert(u"externalId"_s, QString::fromLatin1(jwtB));
    ticketB.insert(u"customerAccount"_s, accountB);
    const QString a = write(u"canary-a.json"_s, json(ticketA));
    const QString b = write(u"canary-b.json"_s, json(ticketB));
    const QList<QByteArray> canaries { accessA.toLatin1(), accessB.toLatin1(), refreshA.toLatin1(), refreshB.toLatin1(),
        jwtA, jwtB };

    const QList<QStringList> runs { { u"diff"_s, a, b }, { u"diff"_s, a, b, u"--json"_s },
        { u"diff"_s, a, b, u"--ignore-volatile"_s }, { u"diff"_s, a, b, u"--ignore-volatile"_s, u"--json"_s },
        { u"diff"_s, a, u"-"_s } };
    for (const QStringList& arguments : runs) {
        const CliResult result = runCli(arguments, json(ticketB));
        QCOMPARE(result.exitCode, 1);
        for (const QByteArray& canary : canaries) {
            QVERIFY2(!Canary::foundIn(canary, result.out), qPrintable(arguments.join(u' ')));
            QVERIFY2(!Canary::foundIn(canary, result.err), qPrintable(arguments.join(u' ')));
        }
    }
    const CliResult text = runCli({ u"diff"_s, a, b });
    QVERIFY(text.out.contains("+ customerAccount.externalId: <redacted jwt: "));
    QVERIFY(text.out.contains("add --show-secrets"));

    // The check above can fail: with --show-secrets the tokens are printed.
    const CliResult shown = runCli({ u"diff"_s, a, b, u"--show-secrets"_s });
    QCOMPARE(shown.exitCode, 1);
    for (const QByteArray& canary : canaries) {
        QVERIFY(Canary::foundIn(canary, shown.out));
    }
}

void TestCliDiff::twoRealLoginsDifferOnlyInVolatileFields()
{
    QStringList files;
    for (int i = 0; i < 2; ++i) {
        const CliResult login = runCli({ u"login"_s, u"--demo"_s, u"--username"_s, u"ada.lovelace@example.com"_s,
                                           u"--password-stdin"_s, u"--json"_s, u"--show-secrets"_s, u"--no-store"_s },
            "Demo-pass-1\n");
        QCOMPARE(login.exitCode, 0);
        QVERIFY(login.json().value(u"ticket"_s).toObject().contains(u"jwtAccessToken"_s));
        files << write(u"login-%1.json"_s.arg(i), login.out);
    }
    const CliResult all = runCli({ u"diff"_s, files.at(0), files.at(1), u"--json"_s });
    QCOMPARE(all.exitCode, 1);
    QCOMPARE(all.json().value(u"kindA"_s).toString(), u"authTicket"_s);
    QStringList paths;
    for (const QJsonValue& difference : all.json().value(u"differences"_s).toArray()) {
        paths << difference.toObject().value(u"path"_s).toString();
    }
    QVERIFY2(paths.contains(u"$.accessToken"_s), qPrintable(paths.join(u", "_s)));
    QVERIFY2(paths.contains(u"$.jwt.payload.iat"_s) || paths.contains(u"$.jwt.payload.rnd"_s)
            || paths.contains(u"$.jwt.payload.sid"_s),
        qPrintable(paths.join(u", "_s)));

    const CliResult stable = runCli({ u"diff"_s, files.at(0), files.at(1), u"--ignore-volatile"_s });
    QVERIFY2(stable.exitCode == 0, stable.out.constData());
    QVERIFY(stable.out.startsWith("No differences between the two auth tickets."));
}

void TestCliDiff::bigAccountWithOneInsertedContact()
{
    const DemoSeed seed;
    const DemoCustomer* big = seed.findByUserName(u"big.account@example.com"_s);
    QVERIFY(big);
    const QJsonObject account = seed.account(*big, big->accountIds.constFirst());
    QJsonArray contacts = account.value(u"contacts"_s).toArray();
    QJsonObject inserted = contacts.at(99).toObject();
    inserted.insert(u"id"_s, 77777);
    contacts.insert(100, inserted);
    QJsonObject changed = account;
    changed.insert(u"contacts"_s, contacts);
    const QByteArray bytesA = QJsonDocument(account).toJson(QJsonDocument::Compact);
    QVERIFY(bytesA.size() < 8 * 1024 * 1024);
    const QString a = write(u"big-a.json"_s, bytesA);
    const QString b = write(u"big-b.json"_s, QJsonDocument(changed).toJson(QJsonDocument::Compact));

    const CliResult result = runCli({ u"diff"_s, a, b });
    QCOMPARE(result.exitCode, 1);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("+ contacts[100]: {"), lines.at(0).constData());
    // Long values are shortened.
    QVERIFY(lines.at(0).endsWith("…"));
    QVERIFY(QString::fromUtf8(lines.at(0)).size() < 200);
    QCOMPARE(lines.at(1), QByteArray("Differences between the two customer accounts: 1."));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "testclidiff.moc"
