// The result view fed with reply values: which tabs show, what is masked, how the countdowns move.
#include "background.h"
#include "clock.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokentimeline.h"
#include "plaintextfiller.h"
#include "resultview.h"
#include "timelineview.h"
#include "translator.h"

#include "json/jsontreemodel.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>
#include <QTreeView>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

const QString AccessToken = u"QUNDRVNTLVRPS0VOLUNBTkFSWS0wMTIzNDU2Nzg5YWJjZGVmZ2hpams="_s;
const QString RefreshToken = u"0123456789abcdef0123456789abcdef"_s;
// {"alg":"HS256","typ":"JWT"} . {"sub":"u1","exp":2000000000,"iss":"https://www.kibocommerce.com"} . signature
const QString Jwt = u"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                    "eyJzdWIiOiJ1MSIsImV4cCI6MjAwMDAwMDAwMCwiaXNzIjoiaHR0cHM6Ly93d3cua2lib2NvbW1lcmNlLmNvbSJ9."
                    "c2lnbmF0dXJlLWNhbmFyeQ"_s;

AuthTicketResult ticketResult(const QDateTime& issued)
{
    CustomerAuthTicket ticket;
    ticket.accessToken = AccessToken;
    ticket.refreshToken = RefreshToken;
    ticket.jwtAccessToken = Jwt;
    ticket.accessTokenExpiration = issued.addSecs(15 * 60);
    ticket.refreshTokenExpiration = issued.addSecs(24 * 3600);
    ticket.userId = u"a1b2c3d4e5f60718293a4b5c6d7e8f90"_s;
    ticket.customerAccount = QJsonObject { { u"id"_s, 1001 }, { u"firstName"_s, u"Ada"_s },
        { u"lastName"_s, u"Lovelace"_s }, { u"emailAddress"_s, u"ada.lovelace@example.com"_s } };
    QJsonObject raw { { u"accessToken"_s, AccessToken }, { u"refreshToken"_s, RefreshToken },
        { u"jwtAccessToken"_s, Jwt }, { u"userId"_s, ticket.userId },
        { u"customerAccount"_s, ticket.customerAccount } };
    AuthTicketResult result;
    result.ticket = ticket;
    result.httpStatus = 200;
    result.elapsedMs = 182;
    result.rawJson = raw;
    result.rawBody = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    return result;
}

// A ticket whose customer account has `contacts` contacts: 4,000 make a reply of about a megabyte.
AuthTicketResult bigTicketResult(const QDateTime& issued, int contacts)
{
    AuthTicketResult result = ticketResult(issued);
    QJsonArray list;
    for (int i = 1; i <= contacts; ++i) {
        list.append(QJsonObject { { u"id"_s, i }, { u"email"_s, u"big.%1@example.com"_s.arg(i) },
            { u"address"_s,
                QJsonObject { { u"address1"_s, u"%1 Long Street"_s.arg(i) }, { u"city"_s, u"Bigtown"_s } } },
            // A token-shaped member deep inside: the raw text must redact it too.
            { u"refreshToken"_s, RefreshToken } });
    }
    QJsonObject account = result.ticket->customerAccount;
    account.insert(u"contacts"_s, list);
    result.ticket->customerAccount = account;
    QJsonObject raw = result.rawJson;
    raw.insert(u"customerAccount"_s, account);
    result.rawJson = raw;
    result.rawBody = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    result.responseHeaders = { { "Content-Type", "application/json" }, { "x-vol-correlation", "big-correlation" } };
    return result;
}

} // namespace

class TestResultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsEmpty();
    void ticketFillsSummaryAndTrees();
    void jwtTabShowsQtsReading_data();
    void jwtTabShowsQtsReading();
    void secretsAreMaskedUntilShown();
    void countdownsFollowTheClock_data();
    void countdownsFollowTheClock();
    void copyPutsTheSecretOnTheClipboardMarked();
    void twoFactorShowsThePendingUser();
    void codeRefusals_data();
    void codeRefusals();
    void everyControlHasAnAccessibleName();
    void tabsAskNoHeightOfHiddenPages();
    void bigRawReplyIsMadeOnlyWhenShown();
    void smallRawReplyIsMadeOnlyWhenShown();
    void bigAnswerReplacedIsFreedOnAWorker();
    void newResultDropsTheRawTextUnderWay();
    void firstBigRawTextIsFreedOnAWorker();

private:
    template <typename T>
    static T* child(ResultView& view, const char* name)
    {
        auto* widget = view.findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
};

void TestResultView::startsEmpty()
{
    ResultView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.hasResult());
    QVERIFY(child<QLabel>(view, "emptyTitleLabel")->isVisible());
    QVERIFY(!child<QTabWidget>(view, "resultTabWidget")->isVisible());
}

void TestResultView::ticketFillsSummaryAndTrees()
{
    ManualClock clock;
    ResultView view;
    view.setClock(&clock);
    view.show();
    view.showResult(ticketResult(clock.now()));

    QVERIFY(view.hasResult());
    QCOMPARE(view.currentTab(), ResultView::Tab::Summary);
    QVERIFY(!view.isTabVisible(ResultView::Tab::Problem));
    QVERIFY(view.isTabVisible(ResultView::Tab::Jwt));
    QVERIFY(view.isTabVisible(ResultView::Tab::Account));
    QCOMPARE(child<QLabel>(view, "customerNameValueLabel")->text(), u"Ada Lovelace"_s);
    QCOMPARE(child<QLabel>(view, "emailValueLabel")->text(), u"ada.lovelace@example.com"_s);
    QCOMPARE(child<QLabel>(view, "customerIdValueLabel")->text(), u"1001"_s);
    QVERIFY(child<QLabel>(view, "headlineLabel")->text().contains(u"Ada Lovelace"_s));
    QVERIFY(child<QLabel>(view, "replyValueLabel")->text().contains(u"182"_s));
    QVERIFY(child<QTreeView>(view, "jwtHeaderTreeView")->model()->rowCount() >= 2);
    QVERIFY(child<QTreeView>(view, "jwtPayloadTreeView")->model()->rowCount() >= 3);
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), 4);
    QVERIFY(child<QLabel>(view, "jwtInfoLabel")->text().contains(u"signature not verified"_s));
    // exp 2000000000 = 2033-05-18 03:33:20 UTC
    QCOMPARE(child<QLabel>(view, "jwtUtcValueLabel")->text(), u"2033-05-18 03:33:20 UTC"_s);

    view.clear();
    QVERIFY(!view.hasResult());
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), 0);
}

// The JWT tab, the summary and the timeline read what decoding extracted (no Qt payload value made): what they show
// must be Qt's reading of the token, for odd tokens too.
void TestResultView::jwtTabShowsQtsReading_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("payload");

    const QByteArray kibo = R"({"sub":"u1","nbf":1999999000,"iat":1999999000.0,"exp":2000000000,)"
                            R"("https://www.kibocommerce.com/user_claims":{"exp":"2033-05-18T03:33:20",)"
                            R"("b.PreviousAnonymousId":"anon-7"},)"
                            R"("https://www.kibocommerce.com/app_claims":{"exp":"2033-05-18T04:33:20"}})";
    QTest::newRow("Kibo-shaped") << QByteArray(R"({"alg":"HS256","typ":"JWT","kid":"k1"})") << kibo;
    QTest::newRow("byte order mark before the header")
        << QByteArray("\xEF\xBB\xBF{\"alg\":\"HS256\",\"typ\":\"JWT\"}") << kibo;
    QTest::newRow("duplicate and escaped header keys")
        << QByteArray(R"({"alg":"none","\u0061lg":"HS256","kid":"a","kid":"b","x":[1,{"y":null}]})") << kibo;
    QTest::newRow("header that is no object") << QByteArray(R"(["HS256"])") << kibo;
    QTest::newRow("underflowing time claim")
        << QByteArray(R"({"alg":"HS256"})") << QByteArray(R"({"exp":1e-400,"iat":1999999000})");
    QTest::newRow("time claims of the wrong type")
        << QByteArray(R"({"alg":"HS256"})")
        << QByteArray(R"({"exp":"2000000000","iat":{"a":1},"nbf":1.5,)"
                      R"("https://www.kibocommerce.com/user_claims":{"exp":7,"b.PreviousAnonymousId":42}})");
    QTest::newRow("duplicate claims, the last counts")
        << QByteArray(R"({"alg":"HS256"})")
        << QByteArray(R"({"exp":1,"exp":2000000000,"https://www.kibocommerce.com/user_claims":)"
                      R"({"b.PreviousAnonymousId":"first"},"https://www.kibocommerce.com/user_claims":)"
                      R"({"b.PreviousAnonymousId":"last"}})");
    QTest::newRow("raw control character in a claim")
        << QByteArray(R"({"alg":"HS256"})") << QByteArray("{\"sub\":\"a\x01\",\"exp\":2000000000}");
}

void TestResultView::jwtTabShowsQtsReading()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, payload);
    const QString jwt
        = QString::fromLatin1(header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.'
            + payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".c2lnbmF0dXJl");
    // What an eager QJsonDocument decode reads.
    const DecodedToken eager = JwtDecoder::decode(jwt.toUtf8(), JwtDecoder::JsonReader::QtOnly);

    ManualClock clock;
    ResultView view;
    view.setClock(&clock);
    view.show();
    AuthTicketResult result = ticketResult(clock.now());
    result.ticket->jwtAccessToken = jwt;
    view.showResult(result);

    // The header tree: Qt's header, row by row.
    QAbstractItemModel* headerModel = child<QTreeView>(view, "jwtHeaderTreeView")->model();
    QCOMPARE(headerModel->rowCount(), int(eager.header().size()));
    const QStringList keys = eager.header().keys();
    for (int row = 0; row < headerModel->rowCount(); ++row) {
        const QModelIndex index = headerModel->index(row, JsonTreeModel::KeyColumn);
        QCOMPARE(index.data().toString(), keys.at(row));
        QCOMPARE(index.data(JsonTreeModel::JsonValueRole).toJsonValue(), eager.header().value(keys.at(row)));
    }
    // The claims tree: every claim of Qt's payload.
    QAbstractItemModel* payloadModel = child<QTreeView>(view, "jwtPayloadTreeView")->model();
    QCOMPARE(payloadModel->rowCount(), int(eager.payload().toObject().size()));

    // Every notice but the one the info line says.
    const QString notices = child<QLabel>(view, "jwtNoticesLabel")->text();
    for (const TokenNotice& notice : eager.notices) {
        if (notice.code != u"not-verified"_s) {
            QVERIFY2(notices.contains(notice.text), qPrintable(notice.code));
        }
    }
    QVERIFY(child<QLabel>(view, "jwtInfoLabel")
                ->text()
                .contains(eager.algorithm.isEmpty() ? u"(none)"_s : eager.algorithm));

    // The JWT's expiry and the upgraded anonymous shopper, from Qt's payload.
    const QJsonObject claims = eager.payload().toObject();
    const QJsonValue exp = claims.value(u"exp"_s);
    if (exp.isDouble()) {
        QCOMPARE(child<QLabel>(view, "jwtUtcValueLabel")->text(),
            QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    }
    const QString previous = claims.value(u"https://www.kibocommerce.com/user_claims"_s)
                                 .toObject()
                                 .value(u"b.PreviousAnonymousId"_s)
                                 .toString();
    auto* previousLabel = child<QLabel>(view, "previousAnonymousIdValueLabel");
    QCOMPARE(previousLabel->isVisibleTo(&view), !previous.isEmpty());
    if (!previous.isEmpty()) {
        QVERIFY(previousLabel->text().contains(previous));
    }

    // The timeline: the moments and findings of Qt's payload.
    TokenTimeline::Input input;
    input.claims = DecodedToken::Claims::fromPayload(claims);
    input.accessTokenExpiration = result.ticket->accessTokenExpiration;
    input.refreshTokenExpiration = result.ticket->refreshTokenExpiration;
    input.now = clock.now();
    const TokenTimeline expected = TokenTimeline::build(input);
    const TokenTimeline& shown = child<TimelineView>(view, "timelineView")->timeline();
    QCOMPARE(shown.events().size(), expected.events().size());
    for (qsizetype i = 0; i < expected.events().size(); ++i) {
        QCOMPARE(shown.events().at(i).id, expected.events().at(i).id);
        QCOMPARE(shown.events().at(i).at, expected.events().at(i).at);
    }
    QCOMPARE(shown.findings().size(), expected.findings().size());
    for (qsizetype i = 0; i < expected.findings().size(); ++i) {
        QCOMPARE(shown.findings().at(i).text, expected.findings().at(i).text);
    }
}

void TestResultView::secretsAreMaskedUntilShown()
{
    ResultView view;
    view.show();
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    view.setCurrentTab(ResultView::Tab::Raw); // its text is made when shown

    const auto* raw = child<QPlainTextEdit>(view, "rawPlainTextEdit");
    QVERIFY(!view.secretsShown());
    for (const QString& secret : { AccessToken, RefreshToken, Jwt }) {
        QVERIFY(!raw->toPlainText().contains(secret));
        QVERIFY(!raw->toPlainText().contains(secret.left(12)));
        QVERIFY(!child<QLineEdit>(view, "accessTokenLineEdit")->text().contains(secret.left(12)));
        QVERIFY(!child<QLineEdit>(view, "refreshTokenLineEdit")->text().contains(secret.left(12)));
        QVERIFY(!child<QLineEdit>(view, "jwtLineEdit")->text().contains(secret.left(12)));
    }
    QVERIFY(raw->toPlainText().contains(u"ada.lovelace@example.com"_s));
    QVERIFY(child<QLineEdit>(view, "refreshTokenLineEdit")->text().contains(u"32"_s)); // its length

    auto* toggle = child<QCheckBox>(view, "showSecretsCheckBox");
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(5, toggle->height() / 2));
    QVERIFY(view.secretsShown());
    QCOMPARE(child<QLineEdit>(view, "accessTokenLineEdit")->text(), AccessToken);
    QCOMPARE(child<QLineEdit>(view, "refreshTokenLineEdit")->text(), RefreshToken);
    QCOMPARE(child<QLineEdit>(view, "jwtLineEdit")->text(), Jwt);
    QVERIFY(raw->toPlainText().contains(RefreshToken));

    view.setSecretsShown(false);
    QVERIFY(!raw->toPlainText().contains(RefreshToken));
    QVERIFY(!child<QLineEdit>(view, "accessTokenLineEdit")->text().contains(AccessToken));
}

void TestResultView::countdownsFollowTheClock_data()
{
    QTest::addColumn<int>("advanceSeconds");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");

    QTest::newRow("fresh") << 0 << u"in 15 min 0 s"_s << u"in 1 d 0 h 0 min"_s;
    QTest::newRow("one second later") << 1 << u"in 14 min 59 s"_s << u"in 23 h 59 min 59 s"_s;
    QTest::newRow("last seconds") << 15 * 60 - 5 << u"in 5 s"_s << u"in 23 h 45 min 5 s"_s;
    QTest::newRow("just expired") << 15 * 60 << u"expired 0 s ago"_s << u"in 23 h 45 min 0 s"_s;
    QTest::newRow("long expired") << 2 * 86400 + 3600 << u"expired 2 d 0 h 45 min ago"_s
                                  << u"expired 1 d 1 h 0 min ago"_s;
}

void TestResultView::countdownsFollowTheClock()
{
    QFETCH(int, advanceSeconds);
    QFETCH(QString, access);
    QFETCH(QString, refresh);

    ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(2, 0, 0), Qt::UTC));
    ResultView view;
    view.setClock(&clock);
    view.show();
    view.showResult(ticketResult(clock.now()));
    clock.advanceSeconds(advanceSeconds);
    // The view's own one-second timer picks the new time up.
    QTRY_COMPARE(child<QLabel>(view, "accessRemainingValueLabel")->text(), access);
    QCOMPARE(child<QLabel>(view, "refreshRemainingValueLabel")->text(), refresh);
    QCOMPARE(child<QLabel>(view, "accessUtcValueLabel")->text(), u"2026-11-29 02:15:00 UTC"_s);
    QCOMPARE(child<QLabel>(view, "accessRemainingValueLabel")->font().bold(), access.startsWith(u"expired"_s));
}

void TestResultView::copyPutsTheSecretOnTheClipboardMarked()
{
    ResultView view;
    view.show();
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    QTest::mouseClick(child<QPushButton>(view, "copyRefreshTokenButton"), Qt::LeftButton);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), RefreshToken);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    // Cleared when the view goes away, because the clipboard still holds our secret.
}

void TestResultView::twoFactorShowsThePendingUser()
{
    AuthTicketResult result;
    result.requires2FA = true;
    result.pendingUserId = u"ffeeddccbbaa99887766554433221100"_s;
    result.httpStatus = 200;
    result.rawBody = R"({"requires2FA":true,"userId":"ffeeddccbbaa99887766554433221100"})";

    ResultView view;
    view.show();
    view.showResult(result);
    QCOMPARE(view.currentTab(), ResultView::Tab::Summary);
    QVERIFY(child<QLabel>(view, "twoFactorLabel")->isVisible());
    QVERIFY(child<QLabel>(view, "headlineLabel")->text().contains(u"Two-step verification required"_s));
    QCOMPARE(child<QLabel>(view, "userIdValueLabel")->text(), result.pendingUserId);
    QVERIFY(!view.isTabVisible(ResultView::Tab::Jwt));
    QVERIFY(!view.isTabVisible(ResultView::Tab::Account));
    QVERIFY(!child<QWidget>(view, "tokensGroupBox")->isVisible());
}

void TestResultView::initTestCase()
{
    // The shipped English catalogue gives the plural forms ("1 attempt left"), as the app shows them.
    QCOMPARE(Translator::install(qApp, u"en"_s), u"en"_s);
}

void TestResultView::codeRefusals_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("remaining"); // RemainingAttempts, empty: not sent
    QTest::addColumn<int>("secondsLater"); // the clock moves on before the refusal
    QTest::addColumn<QString>("attemptsText"); // empty: the attempts line is hidden
    QTest::addColumn<QString>("expiryText");
    QTest::addColumn<QString>("submitText");

    const QString verify = u"Verify"_s;
    QTest::newRow("wrong, 2 left") << u"INVALID_OTP"_s << u"2"_s << 30 << u"2 attempts left"_s
                                   << u"The code expires in 2:30."_s << verify;
    QTest::newRow("wrong, 1 left") << u"INVALID_OTP"_s << u"1"_s << 0 << u"1 attempt left"_s
                                   << u"The code expires in 3:00."_s << verify;
    QTest::newRow("wrong, count missing")
        << u"INVALID_OTP"_s << QString() << 0 << QString() << u"The code expires in 3:00."_s << verify;
    QTest::newRow("void after three") << u"OTP_EXPIRED"_s << QString() << 10 << QString()
                                      << u"This code no longer works — send a new code."_s << u"Send a new code"_s;
    QTest::newRow("too late") << u"INVALID_OTP"_s << u"2"_s << 181 << QString()
                              << u"The code has expired — send a new code."_s << u"Send a new code"_s;
}

// The code page reads RemainingAttempts and OTP_EXPIRED from the refusal and counts the code's 3 minutes down
// from when it was sent; once the code is useless, Submit asks for a new one, and a new code starts over.
void TestResultView::codeRefusals()
{
    QFETCH(QString, errorCode);
    QFETCH(QString, remaining);
    QFETCH(int, secondsLater);
    QFETCH(QString, attemptsText);
    QFETCH(QString, expiryText);
    QFETCH(QString, submitText);

    const QString verify = u"Verify"_s;
    ManualClock clock(QDateTime(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC));
    AuthTicketResult result;
    result.requires2FA = true;
    result.pendingUserId = u"ffeeddccbbaa99887766554433221100"_s;
    result.httpStatus = 200;
    ResultView view;
    view.setClock(&clock);
    view.show();
    view.showResult(result);
    QCOMPARE(view.codeSecondsLeft(), 180);
    QCOMPARE(child<QLabel>(view, "codeExpiryLabel")->text(), u"The code expires in 3:00."_s);

    clock.advanceSeconds(secondsLater);
    KiboError error;
    error.kind = KiboError::Kind::HttpKibo;
    error.httpStatus = 401;
    error.errorCode = errorCode;
    if (!remaining.isNull()) {
        error.additionalErrorData.append({ u"RemainingAttempts"_s, remaining });
    }
    view.showCodeRefusal(error);
    auto* attempts = child<QLabel>(view, "attemptsLeftLabel");
    QCOMPARE(attempts->isVisible(), !attemptsText.isEmpty());
    if (!attemptsText.isEmpty()) {
        QCOMPARE(attempts->text(), attemptsText);
    }
    QCOMPARE(child<QLabel>(view, "codeExpiryLabel")->text(), expiryText);
    // A useless code leaves one button: the one that sends a new code.
    auto* verifyButton = child<QPushButton>(view, "verifyCodeButton");
    auto* submit = verifyButton->isVisible() ? verifyButton : child<QPushButton>(view, "resendCodeButton");
    QCOMPARE(submit->text(), submitText);
    QVERIFY(!child<QLabel>(view, "twoFactorErrorLabel")->text().isEmpty());

    // Submit on a useless code asks for a new one instead of sending the old one.
    QSignalSpy resend(&view, &ResultView::resendCodeRequested);
    QSignalSpy entered(&view, &ResultView::twoFactorCodeEntered);
    if (submitText != verify) {
        QTest::mouseClick(submit, Qt::LeftButton);
        QCOMPARE(resend.size(), 1);
        QCOMPARE(resend.first().first().toString(), result.pendingUserId);
        QCOMPARE(entered.size(), 0);
    }
    view.restartCodeExpiry();
    QCOMPARE(view.codeSecondsLeft(), 180);
    QVERIFY(!attempts->isVisible());
    QVERIFY(verifyButton->isVisible());
    QCOMPARE(verifyButton->text(), verify);
}

void TestResultView::everyControlHasAnAccessibleName()
{
    ResultView view;
    view.show();
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    int controls = 0;
    const QList<QWidget*> widgets = view.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool isControl = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
        // Parts of other controls (a line edit's clear button, a tab bar's scroll buttons) are named by their owner.
        const bool isPart = widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s);
        if (!isControl || isPart) {
            continue;
        }
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY2(controls >= 15, qPrintable(QString::number(controls)));
}

QTEST_MAIN(TestResultView)
// The tabs fill the room they are given: their pages' word-wrapped labels are not asked how tall they would be at
// each width the window's layouts try (a tenth of a login's work before its trees were on screen), and the page shown
// still wraps its labels in full at its own width.
void TestResultView::tabsAskNoHeightOfHiddenPages()
{
    ManualClock clock;
    ResultView view;
    view.setClock(&clock);
    view.resize(420, 600);
    view.show();
    AuthTicketResult result = ticketResult(clock.now());
    view.showResult(result);
    view.setCurrentTab(ResultView::Tab::Jwt);
    auto* tabs = child<QTabWidget>(view, "resultTabWidget");
    QWidget* jwtTab = child<QWidget>(view, "jwtTab");
    QVERIFY(jwtTab->layout()->hasHeightForWidth()); // its wrapped labels would make the tab widget ask
    QVERIFY(!tabs->hasHeightForWidth());
    QVERIFY(!child<QWidget>(view, "resultPage")->layout()->hasHeightForWidth());
    for (const char* name : { "jwtInfoLabel", "jwtNoticesLabel" }) {
        auto* label = child<QLabel>(view, name);
        if (label->isVisible()) {
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), name);
        }
    }
}

void TestResultView::firstBigRawTextIsFreedOnAWorker()
{
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showResult(bigTicketResult(QDateTime::currentDateTimeUtc(), 4000));
    view.setCurrentTab(ResultView::Tab::Raw);
    auto* raw = child<QPlainTextEdit>(view, "rawPlainTextEdit");
    QTRY_VERIFY_WITH_TIMEOUT(raw->placeholderText().isEmpty() && raw->toPlainText().endsWith(u"}\n"_s), 20000);

    // The first long text went into the field's own document, which the field would delete on this thread.
    std::atomic<QThread*> freedOn { nullptr };
    QTextDocument* document = raw->document();
    QObject::connect(
        document, &QObject::destroyed, document, [&freedOn] { freedOn = QThread::currentThread(); },
        Qt::DirectConnection);
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    // The next text is made when the Raw tab shows (short ones too), and replaces that document then.
    view.setCurrentTab(ResultView::Tab::Raw);
    QTRY_VERIFY(raw->toPlainText().contains(u"ada.lovelace@example.com"_s));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
    QVERIFY(freedOn.load());
    QVERIFY(freedOn.load() != QThread::currentThread());
}

#include "testresultview.moc"

// The next answer shows at once after a big one: the 4 MB reply and account tree it replaces (tens of milliseconds
// to free) go to a worker thread. A small answer replaced is freed on the spot.
void TestResultView::bigAnswerReplacedIsFreedOnAWorker()
{
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDateTime issued = QDateTime::currentDateTimeUtc();
    view.showResult(bigTicketResult(issued, 4000));
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), 5);

    const int before = backgroundFreeCount().load();
    const AuthTicketResult small = ticketResult(issued);
    view.showResult(small);
    // The reply and the account tree it showed.
    QCOMPARE(backgroundFreeCount().load(), before + 2);
    QCOMPARE(view.result()->rawBody, small.rawBody);
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), int(small.ticket->customerAccount.size()));
    view.showResult(small);
    QCOMPARE(backgroundFreeCount().load(), before + 2);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
}

void TestResultView::bigRawReplyIsMadeOnlyWhenShown()
{
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const AuthTicketResult big = bigTicketResult(QDateTime::currentDateTimeUtc(), 4000);
    QVERIFY(big.rawBody.size() > 512 * 1024);
    view.showResult(big);

    // The account is usable at once; the raw text of a megabyte is not made while nobody looks at it.
    auto* raw = child<QPlainTextEdit>(view, "rawPlainTextEdit");
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), 5);
    QVERIFY(raw->toPlainText().isEmpty());
    QVERIFY(child<QLabel>(view, "rawInfoLabel")->text().contains(u"%1 bytes"_s.arg(big.rawBody.size())));

    // Shown: made on a worker thread and put in whole, as the small reply's text is.
    view.setCurrentTab(ResultView::Tab::Raw);
    QVERIFY(!raw->placeholderText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(raw->toPlainText().contains(u"big.4000@example.com"_s), 20000);
    QTRY_VERIFY(raw->placeholderText().isEmpty());
    const QString text = raw->toPlainText();
    QVERIFY(text.startsWith(u"Content-Type: application/json\nx-vol-correlation: big-correlation\n\n{"_s));
    QVERIFY(text.contains(u"big.1@example.com"_s));
    for (const QString& secret : { AccessToken, RefreshToken, Jwt }) {
        QVERIFY(!text.contains(secret.left(12)));
    }
    // Every line of the pretty-printed reply, none lost between slices.
    const QByteArray indented = QJsonDocument(big.rawJson).toJson(QJsonDocument::Indented);
    QCOMPARE(text.count(u'\n'), indented.count('\n') + 3);
    QVERIFY(text.endsWith(u"}\n"_s));

    // Show secrets: made again, now with the tokens.
    view.setSecretsShown(true);
    QTRY_VERIFY_WITH_TIMEOUT(raw->toPlainText().contains(RefreshToken), 20000);
    QTRY_VERIFY(raw->toPlainText().endsWith(u"}\n"_s));
    QCOMPARE(raw->toPlainText().count(RefreshToken), 4001);

    // The next result's text is there as soon as it is shown; the megabyte before it is deleted on a worker thread.
    std::atomic<bool> deleted { false };
    QObject::connect(
        raw->document(), &QObject::destroyed, raw->document(), [&deleted] { deleted = true; }, Qt::DirectConnection);
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    view.setCurrentTab(ResultView::Tab::Raw);
    QVERIFY(raw->toPlainText().contains(u"ada.lovelace@example.com"_s));
    QVERIFY(!raw->toPlainText().contains(u"big.1@example.com"_s));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
    QVERIFY(deleted.load());
    QCOMPARE(raw->findChildren<QTextDocument*>().size(), 1);
}

// A login's answer comes to the front on its summary: the raw reply's text, even a short one, is made when the Raw
// tab is shown (in whole, at once), not in the turn that paints the answer, and made again for what is shown then.
void TestResultView::smallRawReplyIsMadeOnlyWhenShown()
{
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const AuthTicketResult result = ticketResult(QDateTime::currentDateTimeUtc());
    QVERIFY(result.rawBody.size() < PlainTextFiller::LazyChars);
    view.showResult(result);
    QCOMPARE(view.currentTab(), ResultView::Tab::Summary);
    auto* raw = child<QPlainTextEdit>(view, "rawPlainTextEdit");
    QVERIFY(raw->toPlainText().isEmpty());
    QVERIFY(raw->placeholderText().isEmpty()); // nothing to wait for once shown
    QVERIFY(child<QLabel>(view, "rawInfoLabel")->text().contains(u"%1 bytes"_s.arg(result.rawBody.size())));

    view.setCurrentTab(ResultView::Tab::Raw);
    QVERIFY(raw->toPlainText().contains(u"ada.lovelace@example.com"_s));
    QVERIFY(!raw->toPlainText().contains(RefreshToken));

    // Changed while hidden: made again, for the secrets shown now, when the tab comes back.
    view.setCurrentTab(ResultView::Tab::Summary);
    view.setSecretsShown(true);
    view.setCurrentTab(ResultView::Tab::Raw);
    QVERIFY(raw->toPlainText().contains(RefreshToken));
}

void TestResultView::newResultDropsTheRawTextUnderWay()
{
    ResultView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showResult(bigTicketResult(QDateTime::currentDateTimeUtc(), 4000));
    view.setCurrentTab(ResultView::Tab::Raw); // the worker starts on the big reply
    view.showResult(ticketResult(QDateTime::currentDateTimeUtc()));
    view.setCurrentTab(ResultView::Tab::Raw); // the new answer came to the front on its summary

    // Whatever the worker still had under way for the big reply never reaches the field.
    auto* raw = child<QPlainTextEdit>(view, "rawPlainTextEdit");
    QVERIFY(raw->toPlainText().contains(u"ada.lovelace@example.com"_s));
    QVERIFY(QThreadPool::globalInstance()->waitForDone(20000) && backgroundFreePool().waitForDone(20000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!raw->toPlainText().contains(u"big.1@example.com"_s));
    QVERIFY(raw->placeholderText().isEmpty());
    QCOMPARE(child<QTreeView>(view, "accountTreeView")->model()->rowCount(), 4);
}
