#include "vault/keychainvault.h"
#include "vault/memoryvault.h"
#include "version.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUuid>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(KeychainJobRunner::Facts)
Q_DECLARE_METATYPE(VaultStatus::Code)

// Real store → load → remove rounds against the Secret Service that scripts/with-keyring starts on a
// private bus, checked from outside with secret-tool; the memory vault must behave the same, minus
// persistence.
class TestTokenVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountKey();
    void statusMessages();
    void keychainRoundTrip_data();
    void keychainRoundTrip();
    void keychainTwoAccountsDoNotMix();
    void keychainAnswersAsynchronously();
    void keychainNewerStoreReplacesAPendingOne();
    void keychainEmptyAccountRefused();
    void keychainTooLargeRefusedBeforeSending();
    void classification_data();
    void classification();
    void memoryRoundTrip_data();
    void memoryRoundTrip();
    void memoryIsNotPersistent();
    void canaryScannerFindsPlantedForms();
    void canaryNotInAnyFile();
    void canaryNotInLog();
};

namespace {

QString uniqueAccount(const QString& label)
{
    return TokenVault::accountKey(
        label + u'-' + QUuid::createUuid().toString(QUuid::Id128) + u"@example.com"_s, u"t100001.sandbox.example"_s);
}

QString sized(qsizetype size, QChar fill)
{
    // Distinct, recognisable content of an exact UTF-8 size (ASCII fill).
    QString value(size, fill);
    for (qsizetype i = 0; i < size; i += 97) {
        value[i] = QChar(char16_t(u'A' + (i / 97) % 26));
    }
    return value;
}

struct SecretToolResult
{
    int exitCode = -1;
    QByteArray out;
};

SecretToolResult secretTool(
    const QStringList& arguments, QProcess::ProcessChannelMode mode = QProcess::SeparateChannels)
{
    QProcess process;
    process.setProcessChannelMode(mode);
    process.start(u"secret-tool"_s, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput() };
}

// What the Secret Service holds for one entry, seen by another client (libsecret's secret-tool).
SecretToolResult lookupEntry(const QString& account, const QString& part)
{
    return secretTool(
        { u"lookup"_s, u"user"_s, KeychainVault::entryKey(account, part), u"server"_s, QStringLiteral(KTI_APP_ID) });
}

bool entryExists(const QString& account, const QString& part)
{
    const SecretToolResult result
        = secretTool({ u"search"_s, u"--all"_s, u"user"_s, KeychainVault::entryKey(account, part), u"server"_s,
                         QStringLiteral(KTI_APP_ID) },
            QProcess::MergedChannels); // secret-tool prints the attributes on standard error
    return result.exitCode == 0
        && result.out.contains(QByteArray("attribute.user = "_ba + KeychainVault::entryKey(account, part).toUtf8()));
}

struct Answer
{
    QString account;
    StoredTokens tokens;
    VaultStatus status;
};

// Runs one request and waits for its answer (generously: the watchdog is the real deadline).
Answer storeAndWait(TokenVault& vault, const QString& account, const StoredTokens& tokens)
{
    QSignalSpy spy(&vault, &TokenVault::stored);
    vault.store(account, tokens);
    if (spy.isEmpty() && !spy.wait(30000)) {
        return { {}, {}, VaultStatus { VaultStatus::Code::Failed } };
    }
    return { spy.at(0).at(0).toString(), {}, spy.at(0).at(1).value<VaultStatus>() };
}

Answer loadAndWait(TokenVault& vault, const QString& account)
{
    QSignalSpy spy(&vault, &TokenVault::loaded);
    vault.load(account);
    if (spy.isEmpty() && !spy.wait(30000)) {
        return { {}, {}, VaultStatus { VaultStatus::Code::Failed } };
    }
    return { spy.at(0).at(0).toString(), spy.at(0).at(1).value<StoredTokens>(), spy.at(0).at(2).value<VaultStatus>() };
}

Answer removeAndWait(TokenVault& vault, const QString& account)
{
    QSignalSpy spy(&vault, &TokenVault::removed);
    vault.remove(account);
    if (spy.isEmpty() && !spy.wait(30000)) {
        return { {}, {}, VaultStatus { VaultStatus::Code::Failed } };
    }
    return { spy.at(0).at(0).toString(), {}, spy.at(0).at(1).value<VaultStatus>() };
}

QList<QByteArray> canaryForms(const QByteArray& secret)
{
    return { secret, secret.toBase64(), secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(QString::fromUtf8(secret)) };
}

// Every regular file below root holding the secret in plain, base64, base64url or percent-encoded form.
QStringList filesContaining(const QByteArray& secret, const QString& root)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray& form : canaryForms(secret)) {
            if (content.contains(form)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace

void TestTokenVault::initTestCase()
{
    // Never the developer's own keyring: the suite runs inside scripts/with-keyring.
    if (qEnvironmentVariableIsEmpty("KTI_KEYRING_SANDBOX")) {
        QFAIL("run this test under scripts/with-keyring (a private Secret Service and HOME)");
    }
    QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("KTI_KEYRING_SANDBOX")));
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(), "secret-tool (libsecret-tools) is needed");
}

void TestTokenVault::accountKey()
{
    QCOMPARE(TokenVault::accountKey(u"ada.lovelace@example.com"_s, u"t100001.sandbox.mozu.com"_s),
        u"ada.lovelace@example.com@t100001.sandbox.mozu.com"_s);
    QCOMPARE(KeychainVault::entryKey(u"a@h"_s, u"refreshToken"_s), u"a@h/refreshToken"_s);
}

void TestTokenVault::statusMessages()
{
    const QList<VaultStatus::Code> codes { VaultStatus::Code::Ok, VaultStatus::Code::NotFound,
        VaultStatus::Code::Unavailable, VaultStatus::Code::AccessDenied, VaultStatus::Code::TimedOut,
        VaultStatus::Code::Failed, VaultStatus::Code::NoSessionBus, VaultStatus::Code::NoSecretService,
        VaultStatus::Code::Locked, VaultStatus::Code::TooLarge };
    QStringList messages;
    QStringList headlines;
    QStringList jsonCodes;
    for (const VaultStatus::Code code : codes) {
        const VaultStatus status { code };
        QCOMPARE(status.ok(), code == VaultStatus::Code::Ok);
        QVERIFY(!status.message().isEmpty());
        QVERIFY2(!messages.contains(status.message()), qPrintable(status.message()));
        messages.append(status.message());
        QVERIFY2(!headlines.contains(status.headline()), qPrintable(status.headline()));
        headlines.append(status.headline());
        const QString jsonCode = status.errorCode();
        QCOMPARE(jsonCode, u"keychain-"_s + status.codeName());
        QVERIFY2(!jsonCodes.contains(jsonCode), qPrintable(jsonCode));
        jsonCodes.append(jsonCode);
    }
    QCOMPARE(VaultStatus { VaultStatus::Code::Locked }.errorCode(), u"keychain-locked"_s);
    // Each state names its next step.
    QVERIFY(VaultStatus { VaultStatus::Code::Locked }.message().contains(u"Unlock it"_s));
    QVERIFY(VaultStatus { VaultStatus::Code::NoSessionBus }.message().contains(u"dbus-run-session"_s));
    QVERIFY(VaultStatus { VaultStatus::Code::NoSecretService }.message().contains(u"GNOME Keyring"_s));
    // "Not found" never claims that nothing is saved: a locked keyring reads the same.
    QVERIFY(VaultStatus { VaultStatus::Code::NotFound }.message().contains(u"or the keyring is locked"_s));
}

void TestTokenVault::keychainRoundTrip_data()
{
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>("jwtAccessToken");
    QTest::addColumn<QString>("refreshToken");

    QTest::newRow("0 B each") << QString() << QString() << QString();
    QTest::newRow("1 B each") << u"a"_s << u"j"_s << u"r"_s;
    QTest::newRow("4 KiB each") << sized(4096, u'a') << sized(4096, u'j') << sized(4096, u'r');
    QTest::newRow("16 KiB each") << sized(16384, u'a') << sized(16384, u'j') << sized(16384, u'r');
    QTest::newRow("unicode") << u"äöü-ß-€-😀"_s << u"日本語.トークン.署名"_s << u"ﬁ\u00a0Ωµ∑-\U0001F511"_s;
    QTest::newRow("mixed sizes") << sized(1, u'a') << sized(16384, u'j') << QString();
    QTest::newRow("realistic") << u"0Jq3nB1cR8eV2xKp9sL4wZ7yT6uM5aH+/="_s
                               << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl"_s
                               << u"3f6c0a9e1b2d4c5f8a7e6d5c4b3a2f1e"_s;
}

void TestTokenVault::keychainRoundTrip()
{
    QFETCH(QString, accessToken);
    QFETCH(QString, jwtAccessToken);
    QFETCH(QString, refreshToken);
    const StoredTokens tokens { accessToken, jwtAccessToken, refreshToken };
    const QString account = uniqueAccount(u"round"_s);

    KeychainVault vault;
    QVERIFY(vault.isPersistent());
    const Answer stored = storeAndWait(vault, account, tokens);
    QCOMPARE(stored.account, account);
    QCOMPARE(stored.status.code, VaultStatus::Code::Ok);

    // Another client of the Secret Service sees three separate entries with the exact values.
    const QStringList partNames { u"accessToken"_s, u"jwtAccessToken"_s, u"refreshToken"_s };
    const QStringList values { accessToken, jwtAccessToken, refreshToken };
    for (qsizetype i = 0; i < partNames.size(); ++i) {
        QVERIFY2(entryExists(account, partNames.at(i)), qPrintable(partNames.at(i)));
        const SecretToolResult lookup = lookupEntry(account, partNames.at(i));
        QCOMPARE(lookup.exitCode, 0);
        QVERIFY2(lookup.out == values.at(i).toUtf8(), qPrintable(partNames.at(i))); // no value in the output
    }

    // A second vault (a second run of the app, as far as the keychain knows) reads the same tokens.
    {
        KeychainVault second;
        const Answer loaded = loadAndWait(second, account);
        QCOMPARE(loaded.account, account);
        QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
        QVERIFY(loaded.tokens == tokens);
    }

    const Answer removed = removeAndWait(vault, account);
    QCOMPARE(removed.account, account);
    QCOMPARE(removed.status.code, VaultStatus::Code::Ok);
    for (const QString& part : partNames) {
        QVERIFY2(!entryExists(account, part), qPrintable(part));
    }

    const Answer afterRemove = loadAndWait(vault, account);
    QCOMPARE(afterRemove.status.code, VaultStatus::Code::NotFound);
    QVERIFY(afterRemove.tokens.isEmpty());

    // Removing again is not an error: the goal, nothing stored, holds.
    QCOMPARE(removeAndWait(vault, account).status.code, VaultStatus::Code::Ok);
}

void TestTokenVault::keychainTwoAccountsDoNotMix()
{
    const QString first = uniqueAccount(u"first"_s);
    const QString second = uniqueAccount(u"second"_s);
    const StoredTokens firstTokens { u"first-access"_s, u"first.jwt.sig"_s, u"first-refresh"_s };
    const StoredTokens secondTokens { u"second-access"_s, u"second.jwt.sig"_s, u"second-refresh"_s };

    KeychainVault vault;
    QCOMPARE(storeAndWait(vault, first, firstTokens).status.code, VaultStatus::Code::Ok);
    QCOMPARE(storeAndWait(vault, second, secondTokens).status.code, VaultStatus::Code::Ok);

    Answer loaded = loadAndWait(vault, first);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == firstTokens);
    loaded = loadAndWait(vault, second);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == secondTokens);

    // Overwriting one leaves the other alone; removing one leaves the other alone.
    const StoredTokens newer { u"first-access-2"_s, u"first.jwt.sig2"_s, u"first-refresh-2"_s };
    QCOMPARE(storeAndWait(vault, first, newer).status.code, VaultStatus::Code::Ok);
    QVERIFY(loadAndWait(vault, first).tokens == newer);
    QVERIFY(loadAndWait(vault, second).tokens == secondTokens);

    QCOMPARE(removeAndWait(vault, first).status.code, VaultStatus::Code::Ok);
    QCOMPARE(loadAndWait(vault, first).status.code, VaultStatus::Code::NotFound);
    loaded = loadAndWait(vault, second);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == secondTokens);
    QCOMPARE(removeAndWait(vault, second).status.code, VaultStatus::Code::Ok);
}

void TestTokenVault::keychainAnswersAsynchronously()
{
    // Requests queue and answer in call order, each from the event loop, never inside the call.
    const QString account = uniqueAccount(u"queue"_s);
    const StoredTokens tokens { u"q-access"_s, u"q.jwt.sig"_s, u"q-refresh"_s };
    KeychainVault vault;
    QStringList order;
    connect(&vault, &TokenVault::stored, this,
        [&order](const QString&, const VaultStatus& s) { order.append(u"stored:"_s + s.codeName()); });
    connect(&vault, &TokenVault::loaded, this, [&order](const QString&, const StoredTokens&, const VaultStatus& s) {
        order.append(u"loaded:"_s + s.codeName());
    });
    connect(&vault, &TokenVault::removed, this,
        [&order](const QString&, const VaultStatus& s) { order.append(u"removed:"_s + s.codeName()); });
    vault.store(account, tokens);
    vault.load(account);
    vault.remove(account);
    vault.load(account);
    QVERIFY(order.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, 60000);
    QCOMPARE(order, (QStringList { u"stored:ok"_s, u"loaded:ok"_s, u"removed:ok"_s, u"loaded:not-found"_s }));
}

void TestTokenVault::keychainNewerStoreReplacesAPendingOne()
{
    // Refreshes faster than the keyring: stores of one account made before the first has written anything are
    // written once, with the newest tokens, and every store is answered.
    const QString account = uniqueAccount(u"newest"_s);
    const QString other = uniqueAccount(u"other"_s);
    const QList<StoredTokens> generations { { u"g1-access"_s, u"g1.jwt.sig"_s, u"g1-refresh"_s },
        { u"g2-access"_s, u"g2.jwt.sig"_s, u"g2-refresh"_s }, { u"g3-access"_s, u"g3.jwt.sig"_s, u"g3-refresh"_s } };
    const StoredTokens otherTokens { u"o-access"_s, u"o.jwt.sig"_s, u"o-refresh"_s };
    KeychainVault vault;
    QStringList writes;
    vault.setJobStartHook([&writes](const QString& entryKey, const QString& operation) {
        if (operation == u"write"_s) {
            writes.append(entryKey);
        }
    });
    QSignalSpy stored(&vault, &TokenVault::stored);
    for (const StoredTokens& tokens : generations) {
        vault.store(account, tokens);
    }
    vault.store(other, otherTokens); // another account is never merged
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 4, 60000);
    for (const QList<QVariant>& answer : std::as_const(stored)) {
        QCOMPARE(answer.at(1).value<VaultStatus>().code, VaultStatus::Code::Ok);
    }
    QCOMPARE(stored.at(3).at(0).toString(), other);
    QCOMPARE(writes.size(), 6); // three parts for each account, not three for each store
    QCOMPARE(writes.count(KeychainVault::entryKey(account, u"refreshToken"_s)), 1);

    const Answer loaded = loadAndWait(vault, account);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == generations.last());
    QVERIFY(loadAndWait(vault, other).tokens == otherTokens);

    // Once a store writes, a newer one waits for it and then writes its own tokens: the newest still win.
    writes.clear();
    stored.clear();
    vault.store(account, generations.at(0));
    QTRY_VERIFY_WITH_TIMEOUT(!writes.isEmpty(), 60000);
    vault.store(account, generations.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 60000);
    QVERIFY(loadAndWait(vault, account).tokens == generations.at(1));
    QCOMPARE(removeAndWait(vault, account).status.code, VaultStatus::Code::Ok);
    QCOMPARE(removeAndWait(vault, other).status.code, VaultStatus::Code::Ok);
}

void TestTokenVault::keychainEmptyAccountRefused()
{
    KeychainVault vault;
    QCOMPARE(
        storeAndWait(vault, QString(), StoredTokens { u"x"_s, u"y"_s, u"z"_s }).status.code, VaultStatus::Code::Failed);
}

void TestTokenVault::keychainTooLargeRefusedBeforeSending()
{
    // One byte over the limit: refused before it is sent, and the earlier set does not stay behind to be paired
    // with (the store's opening deletes, then its rollback). At the limit exactly, it round-trips.
    KeychainVault vault;
    const QString account = uniqueAccount(u"too-large"_s);
    const StoredTokens earlier { u"earlier-access"_s, u"earlier.jwt.token"_s, u"earlier-refresh"_s };
    QCOMPARE(storeAndWait(vault, account, earlier).status.code, VaultStatus::Code::Ok);

    QStringList writes;
    vault.setJobStartHook([&writes](const QString& key, const QString& operation) {
        if (operation == u"write") {
            writes.append(key);
        }
    });
    const qsizetype limit = KeychainJobRunner::maxValueBytes;
    const StoredTokens tooLarge { sized(100, u'a'), sized(limit + 1, u'j'), sized(100, u'r') };
    const Answer refused = storeAndWait(vault, account, tooLarge);
    QCOMPARE(refused.status.code, VaultStatus::Code::TooLarge);
    QCOMPARE(refused.status.codeName(), u"too-large"_s);
    // The JWT, over the limit, never left the process; the parts before it were written and rolled back.
    QVERIFY2(!writes.contains(KeychainVault::entryKey(account, u"jwtAccessToken"_s)), qPrintable(writes.join(u' ')));
    QVERIFY(writes.size() < 3);
    const Answer afterRefusal = loadAndWait(vault, account);
    QCOMPARE(afterRefusal.status.code, VaultStatus::Code::NotFound);
    QVERIFY(afterRefusal.tokens.isEmpty());

    // A multi-byte character counts as its UTF-8 bytes: limit / 2 two-byte characters plus one is over.
    const StoredTokens wide { QString(limit / 2 + 1, QChar(0x00e9)), u"j"_s, u"r"_s };
    QCOMPARE(storeAndWait(vault, account, wide).status.code, VaultStatus::Code::TooLarge);

    const StoredTokens atLimit { sized(limit, u'a'), sized(limit, u'j'), sized(limit, u'r') };
    QCOMPARE(storeAndWait(vault, account, atLimit).status.code, VaultStatus::Code::Ok);
    const Answer loaded = loadAndWait(vault, account);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == atLimit);
    QCOMPARE(removeAndWait(vault, account).status.code, VaultStatus::Code::Ok);
}

void TestTokenVault::classification_data()
{
    // What QtKeychain answered, what the session bus said afterwards, and the one state the user is told.
    QTest::addColumn<int>("keychainError");
    QTest::addColumn<KeychainJobRunner::Facts>("facts");
    QTest::addColumn<VaultStatus::Code>("expected");
    using Code = VaultStatus::Code;
    using Facts = KeychainJobRunner::Facts;
    const Facts notAsked;
    const Facts unlocked { true, true, true, true, false, false };
    const Facts locked { true, true, true, true, false, true };
    const Facts noAddress { true, false, true, false, false, false };
    const Facts unreachable { true, true, false, false, false, false };
    const Facts noService { true, true, true, false, false, false };
    const Facts activatable { true, true, true, false, true, false };

    QTest::newRow("done") << int(QKeychain::NoError) << locked << Code::Ok;
    QTest::newRow("not found, unlocked") << int(QKeychain::EntryNotFound) << unlocked << Code::NotFound;
    QTest::newRow("not found, locked") << int(QKeychain::EntryNotFound) << locked << Code::Locked;
    QTest::newRow("refused, locked: prompt failed or dismissed")
        << int(QKeychain::AccessDenied) << locked << Code::Locked;
    QTest::newRow("refused, unlocked") << int(QKeychain::AccessDenied) << unlocked << Code::AccessDenied;
    QTest::newRow("refused by the user") << int(QKeychain::AccessDeniedByUser) << unlocked << Code::AccessDenied;
    QTest::newRow("no backend, no bus address")
        << int(QKeychain::NoBackendAvailable) << noAddress << Code::NoSessionBus;
    QTest::newRow("other error, bus unreachable") << int(QKeychain::OtherError) << unreachable << Code::NoSessionBus;
    QTest::newRow("other error, no Secret Service") << int(QKeychain::OtherError) << noService << Code::NoSecretService;
    QTest::newRow("other error, Secret Service activatable")
        << int(QKeychain::OtherError) << activatable << Code::Unavailable;
    QTest::newRow("other error, locked") << int(QKeychain::OtherError) << locked << Code::Locked;
    QTest::newRow("other error, bus not asked") << int(QKeychain::OtherError) << notAsked << Code::Unavailable;
    QTest::newRow("refused, bus not asked") << int(QKeychain::AccessDenied) << notAsked << Code::AccessDenied;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << unlocked << Code::Failed;
}

void TestTokenVault::classification()
{
    QFETCH(int, keychainError);
    QFETCH(KeychainJobRunner::Facts, facts);
    QFETCH(VaultStatus::Code, expected);
    QCOMPARE(KeychainJobRunner::classify(keychainError, facts), expected);
}

void TestTokenVault::memoryRoundTrip_data()
{
    keychainRoundTrip_data();
}

void TestTokenVault::memoryRoundTrip()
{
    QFETCH(QString, accessToken);
    QFETCH(QString, jwtAccessToken);
    QFETCH(QString, refreshToken);
    const StoredTokens tokens { accessToken, jwtAccessToken, refreshToken };
    const QString account = uniqueAccount(u"memory"_s);

    MemoryVault vault;
    QVERIFY(!vault.isPersistent());
    QSignalSpy storedSpy(&vault, &TokenVault::stored);
    vault.store(account, tokens);
    QCOMPARE(storedSpy.size(), 0); // queued, like the keychain
    QVERIFY(storedSpy.wait());
    QCOMPARE(storedSpy.at(0).at(1).value<VaultStatus>().code, VaultStatus::Code::Ok);

    Answer loaded = loadAndWait(vault, account);
    QCOMPARE(loaded.status.code, VaultStatus::Code::Ok);
    QVERIFY(loaded.tokens == tokens);
    QCOMPARE(removeAndWait(vault, account).status.code, VaultStatus::Code::Ok);
    loaded = loadAndWait(vault, account);
    QCOMPARE(loaded.status.code, VaultStatus::Code::NotFound);
    QVERIFY(loaded.tokens.isEmpty());

    // Nothing of it reached the Secret Service.
    QVERIFY(!entryExists(account, u"accessToken"_s));
}

void TestTokenVault::memoryIsNotPersistent()
{
    const QString account = uniqueAccount(u"volatile"_s);
    const QString other = uniqueAccount(u"volatile-other"_s);
    {
        MemoryVault vault;
        QCOMPARE(
            storeAndWait(vault, account, StoredTokens { u"a"_s, u"j"_s, u"r"_s }).status.code, VaultStatus::Code::Ok);
        QCOMPARE(loadAndWait(vault, other).status.code, VaultStatus::Code::NotFound);
    }
    MemoryVault restarted;
    QCOMPARE(loadAndWait(restarted, account).status.code, VaultStatus::Code::NotFound);
}

void TestTokenVault::canaryScannerFindsPlantedForms()
{
    // The scanner below must be able to fail: plant each form and find it.
    const QByteArray secret = "kti-canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "/+?&=";
    for (const QByteArray& form : canaryForms(secret)) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"sub/planted.txt"_s));
        QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix " + form + " suffix");
        file.close();
        QCOMPARE(filesContaining(secret, dir.path()).size(), 1);
    }
}

void TestTokenVault::canaryNotInAnyFile()
{
    // Store unique canaries, then search every file under the sandbox (HOME with the keyring file,
    // XDG_RUNTIME_DIR): the keyring file is encrypted and nothing else may hold them.
    const QString account = uniqueAccount(u"canary"_s);
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::Id128);
    const StoredTokens tokens { QString::fromLatin1("kti-canary-access-" + id + "+/="),
        QString::fromLatin1("kti-canary-jwt-" + id + ".payload.sig"), QString::fromLatin1("kti-canary-refresh-" + id) };
    KeychainVault vault;
    QCOMPARE(storeAndWait(vault, account, tokens).status.code, VaultStatus::Code::Ok);
    QCOMPARE(loadAndWait(vault, account).status.code, VaultStatus::Code::Ok);

    const QString sandbox = qEnvironmentVariable("KTI_KEYRING_SANDBOX");
    QVERIFY(QDir(QDir::homePath() + u"/.local/share/keyrings"_s).exists()); // the search covers the keyring file
    for (const QString& value : { tokens.accessToken, tokens.jwtAccessToken, tokens.refreshToken }) {
        const QStringList hits = filesContaining(value.toUtf8(), sandbox);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    }
    QCOMPARE(removeAndWait(vault, account).status.code, VaultStatus::Code::Ok);
}

namespace {
QByteArray g_log; // every message while canaryNotInLog runs
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    g_previousHandler(type, context, message);
}
} // namespace

void TestTokenVault::canaryNotInLog()
{
    // Every kti.* category on: the log names accounts and entry keys, never a value, also on failure.
    QLoggingCategory::setFilterRules(u"kti.*=true"_s);
    const QString account = uniqueAccount(u"log-canary"_s);
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::Id128);
    const StoredTokens tokens { QString::fromLatin1("kti-log-canary-access-" + id),
        QString::fromLatin1("kti-log-canary-jwt-" + id + ".p.s"), QString::fromLatin1("kti-log-canary-refresh-" + id) };
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    {
        KeychainVault vault;
        MemoryVault memory;
        storeAndWait(vault, account, tokens);
        loadAndWait(vault, account);
        removeAndWait(vault, account);
        loadAndWait(vault, account); // a failing request logs its error
        storeAndWait(vault, QString(), tokens);
        storeAndWait(memory, account, tokens);
        loadAndWait(memory, account);
    }
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(g_log.contains(account.toUtf8())); // the log did run, and names the account
    for (const QString& value : { tokens.accessToken, tokens.jwtAccessToken, tokens.refreshToken }) {
        for (const QByteArray& form : canaryForms(value.toUtf8())) {
            QVERIFY2(!g_log.contains(form), form.constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "testtokenvault.moc"
