#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/canary.h"
#include "kibo/appauthenticator.h"
#include "kibo/authticketclient.h"
#include "session/historyrecorder.h"
#include "vault/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HistoryEntry entry(const QString& profile, int minute, const QString& outcome = HistoryEntry::OutcomeTicket)
{
    HistoryEntry e;
    e.at = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC).addSecs(60 * minute);
    e.profile = profile;
    e.username = u"ada.lovelace@example.com"_s;
    e.operation = u"Login"_s;
    e.outcome = outcome;
    e.httpStatus = outcome == HistoryEntry::OutcomeTicket ? 200 : 401;
    e.errorCode = outcome == HistoryEntry::OutcomeTicket ? QString() : u"ACCOUNT_LOCKED"_s;
    e.elapsedMs = 100 + minute;
    e.correlationId = u"%1"_s.arg(minute, 32, 10, QLatin1Char('0'));
    return e;
}

} // namespace

// The attempt history: recorded per profile, capped, cleared, kept across restarts (a new store on the
// same file), a corrupt file reported and replaced, mode 0600, and no secret of a real demo login and
// refresh in any file it writes.
class TestHistoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaultPathIsAppData();
    void recordAndReadBack();
    void survivesRestart();
    void capPerProfile();
    void entriesShareRepeatedWords();
    void fileHoldsOneEntryPerLine();
    void perProfileAndClear();
    void corruptFile_data();
    void corruptFile();
    void fileMode();
    void unwritableFolder();
    void backgroundWritesKeepOrder();
    void backgroundWriteFailureIsReported();
    void entryForResult_data();
    void entryForResult();
    void canaryLoginAndRefresh();

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
};

void TestHistoryStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"kti-testhistorystore"_s);
    QVERIFY(m_dir.isValid());
}

void TestHistoryStore::defaultPathIsAppData()
{
    const QString expected
        = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"history.json"_s);
    QCOMPARE(HistoryStore::defaultFilePath(), expected);
    HistoryStore store;
    QCOMPARE(store.filePath(), expected);
}

void TestHistoryStore::recordAndReadBack()
{
    HistoryStore store(path(u"record.json"_s));
    QSignalSpy changed(&store, &HistoryStore::changed);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.record(entry(u"demo"_s, 1)));
    QVERIFY(store.record(entry(u"demo"_s, 2, HistoryEntry::OutcomeRefused)));
    QCOMPARE(changed.size(), 2);
    const QList<HistoryEntry> list = store.entries(u"demo"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0), entry(u"demo"_s, 1));
    QCOMPARE(list.at(1), entry(u"demo"_s, 2, HistoryEntry::OutcomeRefused));
    QVERIFY(store.lastError().isEmpty());
    QVERIFY(QFile::exists(path(u"record.json"_s)));
}

void TestHistoryStore::survivesRestart()
{
    const QString file = path(u"restart.json"_s);
    {
        HistoryStore store(file);
        QVERIFY(store.record(entry(u"demo"_s, 1)));
        QVERIFY(store.record(entry(u"staging"_s, 2, HistoryEntry::OutcomeFailed)));
    }
    HistoryStore again(file);
    QVERIFY(again.lastError().isEmpty());
    QCOMPARE(again.profiles(), QStringList({ u"demo"_s, u"staging"_s }));
    QCOMPARE(again.entries(u"demo"_s), QList<HistoryEntry> { entry(u"demo"_s, 1) });
    QCOMPARE(again.entries(u"staging"_s), QList<HistoryEntry> { entry(u"staging"_s, 2, HistoryEntry::OutcomeFailed) });
    // All profiles, oldest first.
    QCOMPARE(again.entries().size(), 2);
    QCOMPARE(again.entries().first().profile, u"demo"_s);
}

void TestHistoryStore::capPerProfile()
{
    const QString file = path(u"cap.json"_s);
    {
        HistoryStore store(file);
        QCOMPARE(store.capPerProfile(), 500);
        store.setCapPerProfile(5);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(store.record(entry(u"demo"_s, i)));
        }
        QVERIFY(store.record(entry(u"other"_s, 100)));
        const QList<HistoryEntry> list = store.entries(u"demo"_s);
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.first(), entry(u"demo"_s, 7)); // the newest five are kept
        QCOMPARE(list.last(), entry(u"demo"_s, 11));
        QCOMPARE(store.entries(u"other"_s).size(), 1); // the cap is per profile
    }
    HistoryStore again(file);
    QCOMPARE(again.entries(u"demo"_s).size(), 5);
    again.setCapPerProfile(500);
    for (int i = 0; i < 510; ++i) {
        again.record(entry(u"bulk"_s, i));
    }
    QCOMPARE(again.entries(u"bulk"_s).size(), 500);
    QCOMPARE(again.entries(u"bulk"_s).first(), entry(u"bulk"_s, 10));
}

void TestHistoryStore::entriesShareRepeatedWords()
{
    // A session refreshing all day fills its profile to the cap with entries that repeat their neighbour's profile,
    // user, operation and outcome: they hold one copy of each word, not one per entry.
    HistoryStore store(path(u"shared.json"_s));
    for (int i = 0; i < 3; ++i) {
        HistoryEntry fresh = entry(QString::fromUtf8("demo"), i); // made anew each time, as a recorder does
        fresh.username = QString::fromUtf8("ada.lovelace@example.com");
        fresh.operation = QString::fromUtf8("Refresh");
        QVERIFY(store.record(fresh));
    }
    HistoryEntry grace = entry(u"demo"_s, 3);
    grace.username = u"grace.hopper@example.com"_s;
    QVERIFY(store.record(grace));
    const QList<HistoryEntry> list = store.entries(u"demo"_s);
    QCOMPARE(list.size(), 4);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(list.at(i).profile.constData(), list.at(0).profile.constData());
        QCOMPARE(list.at(i).username.constData(), list.at(0).username.constData());
        QCOMPARE(list.at(i).operation.constData(), list.at(0).operation.constData());
        QVERIFY(list.at(i).correlationId != list.at(0).correlationId);
    }
    QCOMPARE(list.at(3).username, u"grace.hopper@example.com"_s); // a different word stays itself
    QCOMPARE(list.at(3).operation, u"Login"_s);
    QCOMPARE(list.at(2).operation, u"Refresh"_s);
}

void TestHistoryStore::fileHoldsOneEntryPerLine()
{
    // Written entry by entry (no tree of every entry made for each save): one JSON object per line, the whole file
    // one JSON document that a restart reads back entry for entry.
    const QString file = path(u"lines.json"_s);
    QList<HistoryEntry> written;
    {
        HistoryStore store(file);
        for (int i = 0; i < 4; ++i) {
            written.append(entry(i % 2 ? u"staging \"eu\""_s : u"demo"_s, i));
            QVERIFY(store.record(written.last()));
        }
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    int entryLines = 0;
    for (QByteArray line : text.split('\n')) {
        if (!line.contains("correlationId")) {
            continue;
        }
        if (line.endsWith(',')) {
            line.chop(1);
        }
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        ++entryLines;
    }
    QCOMPARE(entryLines, 4);
    QVERIFY(QJsonDocument::fromJson(text).isObject());
    HistoryStore again(file);
    QVERIFY(again.lastError().isEmpty());
    QCOMPARE(again.entries(u"demo"_s), (QList<HistoryEntry> { written.at(0), written.at(2) }));
    QCOMPARE(again.entries(u"staging \"eu\""_s), (QList<HistoryEntry> { written.at(1), written.at(3) }));
}

void TestHistoryStore::perProfileAndClear()
{
    const QString file = path(u"clear.json"_s);
    {
        HistoryStore store(file);
        QVERIFY(store.record(entry(u"demo"_s, 1)));
        QVERIFY(store.record(entry(u"staging"_s, 2)));
        QVERIFY(store.record(entry(u"prod"_s, 3)));
        QVERIFY(store.clear(u"staging"_s));
        QCOMPARE(store.profiles(), QStringList({ u"demo"_s, u"prod"_s }));
        QVERIFY(store.entries(u"staging"_s).isEmpty());
        QVERIFY(store.clear(u"unknown"_s));
    }
    {
        HistoryStore store(file);
        QCOMPARE(store.profiles(), QStringList({ u"demo"_s, u"prod"_s })); // the clear was saved
        QSignalSpy changed(&store, &HistoryStore::changed);
        QVERIFY(store.clearAll());
        QCOMPARE(changed.size(), 1);
        QVERIFY(store.entries().isEmpty());
    }
    HistoryStore store(file);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.lastError().isEmpty());
}

void TestHistoryStore::corruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("broken JSON") << QByteArray(R"({"version":1,"profiles":{"demo":[{"at":)") << u"not valid JSON"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << u"not valid JSON"_s;
    QTest::newRow("JSON array") << QByteArray("[1,2,3]") << u"not valid JSON"_s;
    QTest::newRow("unknown version") << QByteArray(R"({"version":99,"profiles":{}})") << u"unknown format version"_s;
}

void TestHistoryStore::corruptFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString file = path(u"corrupt.json"_s);
    QFile::remove(file);
    QFile::remove(file + u".corrupt"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    HistoryStore store(file);
    QVERIFY(store.entries().isEmpty());
    QVERIFY2(store.lastError().contains(reason), qPrintable(store.lastError()));
    QVERIFY(store.lastError().contains(u"new history begins"_s));
    QVERIFY(store.lastError().contains(u"corrupt.json.corrupt"_s));
    QVERIFY(QFile::exists(file + u".corrupt"_s)); // kept for a look
    // A fresh start that works and is read back.
    QVERIFY(store.record(entry(u"demo"_s, 1)));
    QVERIFY(store.lastError().isEmpty());
    HistoryStore again(file);
    QVERIFY(again.lastError().isEmpty());
    QCOMPARE(again.entries().size(), 1);
}

void TestHistoryStore::fileMode()
{
    const QString file = path(u"mode.json"_s);
    {
        QFile loose(file); // an older file with a loose mode is tightened on the next save
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write(R"({"version":1,"profiles":{}})");
        loose.close();
        QVERIFY(QFile::setPermissions(file, QFile::Permissions(0x6644)));
    }
    HistoryStore store(file);
    QVERIFY(store.record(entry(u"demo"_s, 1)));
    QCOMPARE(QFile::permissions(file) & QFile::Permissions(0x7777),
        QFile::Permissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

void TestHistoryStore::unwritableFolder()
{
    // A plain file where the folder should be: no one, not even root, can write below it.
    const QString blocker = path(u"not-a-folder"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    HistoryStore store(blocker + u"/history.json"_s);
    QVERIFY(!store.record(entry(u"demo"_s, 1)));
    QVERIFY2(store.lastError().contains(u"could not be saved"_s), qPrintable(store.lastError()));
    QCOMPARE(store.entries().size(), 1); // kept for this run
}

// The window's store writes on a thread of its own: record() returns before the write's outcome is known, and the
// writes land in the order they were asked for, the last one whole in the file, the destructor waiting for it.
void TestHistoryStore::backgroundWritesKeepOrder()
{
    const QString file = path(u"background.json"_s);
    {
        HistoryStore store(file);
        store.setWritesInBackground(true);
        for (int minute = 1; minute <= 40; ++minute) {
            QVERIFY(store.record(entry(minute % 2 ? u"demo"_s : u"staging"_s, minute)));
        }
        // Nothing of it came back yet: this thread has not been to its event loop.
        QCOMPARE(store.pendingWrites(), 40);
        QCOMPARE(store.entries().size(), 40); // what the window shows does not wait
        QTRY_COMPARE(store.pendingWrites(), 0);
        QVERIFY(store.lastError().isEmpty());
        QCOMPARE(HistoryStore(file).entries().size(), 40);
        QVERIFY(store.record(entry(u"demo"_s, 41)));
        QVERIFY(store.clear(u"staging"_s));
        QCOMPARE(store.pendingWrites(), 2);
    } // the destructor waits for both
    const HistoryStore again(file);
    QCOMPARE(again.profiles(), QStringList { u"demo"_s });
    QCOMPARE(again.entries().size(), 21);
    QCOMPARE(again.entries().constLast(), entry(u"demo"_s, 41));
}

void TestHistoryStore::backgroundWriteFailureIsReported()
{
    const QString blocker = path(u"not-a-folder-either"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    HistoryStore store(blocker + u"/history.json"_s);
    store.setWritesInBackground(true);
    QSignalSpy changed(&store, &HistoryStore::changed);
    QVERIFY(store.record(entry(u"demo"_s, 1))); // not known yet
    QCOMPARE(changed.size(), 1);
    QTRY_COMPARE(store.pendingWrites(), 0);
    QVERIFY2(store.lastError().contains(u"could not be saved"_s), qPrintable(store.lastError()));
    QCOMPARE(changed.size(), 2); // the history window hears of it
    QCOMPARE(store.entries().size(), 1);
}

void TestHistoryStore::entryForResult_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("ticket");
    QTest::addColumn<bool>("twoFactor");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("replyFrom");
    QTest::addColumn<QString>("operation");
    using K = KiboError::Kind;
    const int call = int(AuthTicketResult::ReplyFrom::AuthTicket);
    const int app = int(AuthTicketResult::ReplyFrom::AppToken);
    QTest::newRow("ticket") << int(K::None) << true << false << HistoryEntry::OutcomeTicket << QString() << call
                            << u"Login"_s;
    QTest::newRow("two-factor") << int(K::None) << false << true << HistoryEntry::OutcomeTwoFactor << QString() << call
                                << u"Login"_s;
    QTest::newRow("code sent") << int(K::None) << false << false << HistoryEntry::OutcomeDone << QString() << call
                               << u"Login"_s;
    QTest::newRow("Kibo refused") << int(K::HttpKibo) << false << false << HistoryEntry::OutcomeRefused
                                  << u"ACCOUNT_LOCKED"_s << call << u"Login"_s;
    QTest::newRow("throttled") << int(K::Throttled) << false << false << HistoryEntry::OutcomeRefused << u"throttled"_s
                               << call << u"Login"_s;
    QTest::newRow("timeout") << int(K::Timeout) << false << false << HistoryEntry::OutcomeFailed << u"timeout"_s << call
                             << u"Login"_s;
    // The app's own credentials are no customer's: filed apart from a login the tenant refused.
    QTest::newRow("app token refused") << int(K::HttpKibo) << false << false << HistoryEntry::OutcomeRefused
                                       << u"ACCOUNT_LOCKED"_s << app << u"AppToken"_s;
    QTest::newRow("app token timed out") << int(K::Timeout) << false << false << HistoryEntry::OutcomeFailed
                                         << u"timeout"_s << app << u"AppToken"_s;
}

void TestHistoryStore::entryForResult()
{
    QFETCH(int, kind);
    QFETCH(bool, ticket);
    QFETCH(bool, twoFactor);
    QFETCH(QString, outcome);
    QFETCH(QString, errorCode);
    QFETCH(int, replyFrom);
    QFETCH(QString, operation);
    AuthTicketResult result;
    result.replyFrom = AuthTicketResult::ReplyFrom(replyFrom);
    result.error.kind = KiboError::Kind(kind);
    if (result.error.kind == KiboError::Kind::HttpKibo) {
        result.error.errorCode = u"ACCOUNT_LOCKED"_s;
    }
    if (ticket) {
        result.ticket = CustomerAuthTicket {};
    }
    result.requires2FA = twoFactor;
    result.httpStatus = kind == int(KiboError::Kind::Timeout) ? 0 : 200;
    result.elapsedMs = 321;
    result.responseHeaders = { { "X-Vol-Correlation", "abcabcabcabcabcabcabcabcabcabcab" } };
    const QDateTime fallback(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    const HistoryEntry e = HistoryRecorder::entryFor(u"demo"_s, u"ada"_s, result, u"Login"_s, fallback);
    QCOMPARE(e.outcome, outcome);
    QCOMPARE(e.errorCode, errorCode);
    QCOMPARE(e.operation, operation);
    QCOMPARE(e.at, fallback);
    QCOMPARE(e.elapsedMs, 321);
    QCOMPARE(e.correlationId, u"abcabcabcabcabcabcabcabcabcabcab"_s);
    result.receivedAt = fallback.addSecs(5);
    QCOMPARE(HistoryRecorder::entryFor(u"demo"_s, u"ada"_s, result, u"Login"_s, fallback).at, fallback.addSecs(5));
}

void TestHistoryStore::canaryLoginAndRefresh()
{
    // A real login and refresh through the demo tenant over loopback, recorded as the main window does.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString file = root.filePath(u"data/history.json"_s);
    HistoryStore store(file);
    HistoryRecorder recorder(&store);

    DemoTenant tenant;
    QVERIFY2(tenant.listen(), qPrintable(tenant.errorString()));
    QList<QByteArray> secrets { DemoTenant::sharedSecret().toUtf8(), DemoTenant::defaultPassword().toUtf8() };
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    const KiboProfile profile = KiboProfile::demo(tenant.baseUrl());
    client.setProfile(profile, DemoTenant::sharedSecret());
    connect(client.appAuthenticator(), &AppAuthenticator::tokenReady, this,
        [&secrets](const QString& token) { secrets.append(token.toUtf8()); });
    QSignalSpy finished(&client, &AuthTicketClient::finished);

    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    QVERIFY(finished.wait(30'000));
    const AuthTicketResult login = finished.takeFirst().first().value<AuthTicketResult>();
    QVERIFY(login.ticket);
    recorder.record(u"demo"_s, request.username, login, u"Login"_s);
    const QString refreshToken = login.ticket->refreshToken;

    client.refresh(refreshToken);
    QVERIFY(finished.wait(30'000));
    const AuthTicketResult refreshed = finished.takeFirst().first().value<AuthTicketResult>();
    QVERIFY(refreshed.ticket);
    recorder.record(u"demo"_s, request.username, refreshed, u"Refresh"_s);
    // And a refused refresh whose URL carried an unknown token.
    const QString unknownToken = u"c4a7a11e5eed0ddba11c0ffee0011223"_s;
    secrets.append(unknownToken.toUtf8());
    client.refresh(unknownToken);
    QVERIFY(finished.wait(30'000));
    recorder.record(u"demo"_s, request.username, finished.takeFirst().first().value<AuthTicketResult>(), u"Refresh"_s);

    for (const AuthTicketResult& result : { login, refreshed }) {
        const CustomerAuthTicket& t = *result.ticket;
        for (const QString& secret : { t.accessToken, t.refreshToken, t.jwtAccessToken }) {
            secrets.append(secret.toUtf8());
        }
        secrets.append(t.jwtAccessToken.section(u'.', 2).toUtf8()); // the JWT signature alone
    }
    QCOMPARE(store.entries(u"demo"_s).size(), 3);
    QCOMPARE(store.entries(u"demo"_s).at(2).errorCode, u"INVALID_REFRESH_TOKEN"_s);
    QVERIFY(QFile::exists(file));
    for (const QByteArray& secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        const QStringList hits = Canary::filesContaining(secret, root.path());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    QVERIFY(!text.contains("refreshToken"));
    QVERIFY(!text.contains("://"));
    QVERIFY(text.contains("ada.lovelace@example.com")); // the file is the one written, and readable
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "testhistorystore.moc"
