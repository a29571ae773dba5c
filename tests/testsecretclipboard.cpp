// Secrets on the clipboard: marked for clipboard managers, and taken back only while still ours.
#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secretsCarryTheManagerHints();
    void clearsAfterTheTimeout();
    void leavesSomethingElseAlone_data();
    void leavesSomethingElseAlone();
    void clearsWhenItGoesAway();
    void plainTextIsNeverCleared();

private:
    static QClipboard* clipboard() { return QGuiApplication::clipboard(); }
};

void TestSecretClipboard::init()
{
    clipboard()->clear();
}

void TestSecretClipboard::secretsCarryTheManagerHints()
{
    SecretClipboard secret;
    secret.copySecret(u"refresh-token-canary"_s);
    const QMimeData* mime = clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), u"refresh-token-canary"_s);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(mime->hasFormat(u"ExcludeClipboardContentFromMonitorProcessing"_s));
}

void TestSecretClipboard::clearsAfterTheTimeout()
{
    SecretClipboard secret;
    secret.setClearSeconds(0); // the next turn of the event loop
    QSignalSpy expired(&secret, &SecretClipboard::expired);
    secret.copySecret(u"access-token-canary"_s);
    QCOMPARE(clipboard()->text(), u"access-token-canary"_s);
    QVERIFY(expired.wait());
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::leavesSomethingElseAlone_data()
{
    QTest::addColumn<bool>("byTimeout");
    QTest::newRow("at the timeout") << true;
    QTest::newRow("when it goes away") << false;
}

void TestSecretClipboard::leavesSomethingElseAlone()
{
    QFETCH(bool, byTimeout);
    {
        SecretClipboard secret;
        secret.setClearSeconds(byTimeout ? 0 : 3600);
        secret.copySecret(u"jwt-canary"_s);
        clipboard()->setText(u"the user's own text"_s); // copied elsewhere meanwhile
        if (byTimeout) {
            QSignalSpy expired(&secret, &SecretClipboard::expired);
            QVERIFY(expired.wait());
        }
    }
    QCOMPARE(clipboard()->text(), u"the user's own text"_s);
}

void TestSecretClipboard::clearsWhenItGoesAway()
{
    {
        SecretClipboard secret;
        secret.copySecret(u"client-secret-canary"_s);
        QCOMPARE(clipboard()->text(), u"client-secret-canary"_s);
    }
    QVERIFY(clipboard()->text().isEmpty());
}

void TestSecretClipboard::plainTextIsNeverCleared()
{
    {
        SecretClipboard clip;
        clip.setClearSeconds(0);
        clip.copyText(u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s);
    }
    QCOMPARE(clipboard()->text(), u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s);
}

QTEST_MAIN(TestSecretClipboard)
#include "testsecretclipboard.moc"
