// The timeline of one ticket: a real demo login for the consistent case, then one row per finding.
#include "clock.h"
#include "demo/demotenant.h"
#include "jwt/claimcatalogue.h"
#include "jwt/jwtdecoder.h"
#include "jwt/tokentimeline.h"
#include "kibo/authticketclient.h"
#include "kibo/kiboprofile.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTokenTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoTicketIsConsistentAndOrdered();
    void findings_data();
    void findings();
    void leewayDecides();
    void refreshesArePlaced();
    void durationText_data();
    void durationText();
};

namespace {

const QDateTime Now(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

qint64 epoch(const QDateTime& time)
{
    return time.toSecsSinceEpoch();
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s); // Kibo's form: no zone
}

// A payload laid out like Kibo's: iat now, nbf now, exp +60 min, user_claims.exp +15 min.
QJsonObject kiboPayload(const QDateTime& issued)
{
    QJsonObject payload { { u"iat"_s, epoch(issued) }, { u"nbf"_s, epoch(issued) },
        { u"exp"_s, epoch(issued.addSecs(3600)) } };
    payload.insert(ClaimCatalogue::AppClaimsKey, QJsonObject { { u"exp"_s, iso(issued.addSecs(3600)) } });
    payload.insert(ClaimCatalogue::UserClaimsKey, QJsonObject { { u"exp"_s, iso(issued.addSecs(900)) } });
    return payload;
}

TokenTimeline::Input kiboInput(const QDateTime& issued)
{
    TokenTimeline::Input input;
    input.claims = DecodedToken::Claims::fromPayload(kiboPayload(issued));
    input.accessTokenExpiration = issued.addSecs(900);
    input.refreshTokenExpiration = issued.addDays(1);
    input.now = Now;
    return input;
}

QJsonObject setNested(QJsonObject payload, const QString& area, const QString& key, const QJsonValue& value)
{
    QJsonObject inner = payload.value(area).toObject();
    inner.insert(key, value);
    payload.insert(area, inner);
    return payload;
}

QStringList codes(const TokenTimeline& timeline)
{
    QStringList result;
    for (const TokenNotice& notice : timeline.findings()) {
        result.append(notice.code);
    }
    return result;
}

} // namespace

void TestTokenTimeline::demoTicketIsConsistentAndOrdered()
{
    // The demo tenant issues on the same clock as the timeline's "now": every moment is known exactly.
    ManualClock clock(Now);
    DemoTenant tenant;
    tenant.setClock(&clock);
    QVERIFY(tenant.listen());
    QNetworkAccessManager manager;
    AuthTicketClient client(&manager, nullptr);
    client.setClock(&clock);
    client.setProfile(KiboProfile::demo(tenant.baseUrl()), DemoTenant::sharedSecret());
    QSignalSpy finished(&client, &AuthTicketClient::finished);
    CustomerLoginRequest request;
    request.username = u"ada.lovelace@example.com"_s;
    request.password = DemoTenant::defaultPassword();
    client.login(request);
    QVERIFY(finished.wait(20000));
    const auto result = finished.at(0).at(0).value<AuthTicketResult>();
    QVERIFY(result.ticket);

    const DecodedToken jwt = JwtDecoder::decode(result.ticket->jwtAccessToken.toUtf8());
    TokenTimeline::Input input;
    input.claims = jwt.claims;
    input.accessTokenExpiration = result.ticket->accessTokenExpiration;
    input.refreshTokenExpiration = result.ticket->refreshTokenExpiration;
    input.now = clock.now();
    const TokenTimeline timeline = TokenTimeline::build(input);

    QVERIFY2(timeline.findings().isEmpty(), qPrintable(codes(timeline).join(u", "_s)));
    QStringList order;
    for (const TokenTimeline::Event& event : timeline.events()) {
        order.append(event.id);
        QVERIFY(!event.label.isEmpty());
        QCOMPARE(event.at.timeSpec(), Qt::UTC);
    }
    // nbf, iat and now coincide; ties keep the Moment order.
    QCOMPARE(order,
        (QStringList { u"nbf"_s, u"iat"_s, u"now"_s, u"accessTokenExpiration"_s, u"user_claims.exp"_s, u"exp"_s,
            u"app_claims.exp"_s, u"refreshTokenExpiration"_s }));
    QCOMPARE(timeline.event(TokenTimeline::Moment::AccessExpiry)->at, Now.addSecs(15 * 60));
    QCOMPARE(timeline.event(TokenTimeline::Moment::UserClaimsExpiry)->at, Now.addSecs(15 * 60));
    QCOMPARE(timeline.event(TokenTimeline::Moment::RefreshExpiry)->at, Now.addDays(1));
    QCOMPARE(timeline.first(), Now);
    QCOMPARE(timeline.last(), Now.addDays(1));
}

void TestTokenTimeline::findings_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QDateTime>("access");
    QTest::addColumn<QDateTime>("refresh");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");

    const QJsonObject kibo = kiboPayload(Now);
    const QDateTime access = Now.addSecs(900);
    const QDateTime refresh = Now.addDays(1);
    QTest::newRow("consistent") << kibo << access << refresh << Now << QStringList {};
    QTest::newRow("ticket and user_claims.exp differ")
        << kibo << access.addSecs(300) << refresh << Now << QStringList { u"ticket-jwt-mismatch"_s };
    QTest::newRow("app_claims.exp differs from exp")
        << setNested(kibo, ClaimCatalogue::AppClaimsKey, u"exp"_s, iso(Now.addSecs(7200))) << access << refresh << Now
        << QStringList { u"app-claims-mismatch"_s };
    QTest::newRow("issued in the future") << kiboPayload(Now.addSecs(600)) << Now.addSecs(1500) << refresh << Now
                                          << QStringList { u"issued-in-future"_s, u"not-yet-valid"_s };
    QJsonObject nbfLater = kibo;
    nbfLater.insert(u"nbf"_s, epoch(Now.addSecs(600)));
    QTest::newRow("not valid yet") << nbfLater << access << refresh << Now << QStringList { u"not-yet-valid"_s };
    QJsonObject backwards = kibo;
    backwards.insert(u"exp"_s, epoch(Now.addSecs(-600)));
    backwards = setNested(backwards, ClaimCatalogue::AppClaimsKey, u"exp"_s, iso(Now.addSecs(-600)));
    QTest::newRow("expires before issue")
        << backwards << access << refresh << Now << QStringList { u"expiry-before-issue"_s, u"jwt-expired"_s };
    QTest::newRow("access outlives refresh")
        << kibo << access << Now.addSecs(300) << Now << QStringList { u"access-after-refresh"_s };
    QTest::newRow("access expired") << kibo << access << refresh << Now.addSecs(1200)
                                    << QStringList { u"access-expired"_s };
    QTest::newRow("everything expired") << kibo << access << refresh << Now.addDays(2)
                                        << QStringList { u"access-expired"_s, u"refresh-expired"_s, u"jwt-expired"_s };
    QJsonObject wrongType = kibo;
    wrongType.insert(u"exp"_s, u"soon"_s);
    QTest::newRow("exp of the wrong type") << wrongType << access << refresh << Now << QStringList { u"bad-time"_s };
    QTest::newRow("user_claims.exp not a time")
        << setNested(kibo, ClaimCatalogue::UserClaimsKey, u"exp"_s, u"2026-13-45T99:00:00"_s) << access << refresh
        << Now << QStringList { u"bad-time"_s };
    QJsonObject farFuture = kibo;
    farFuture.insert(u"exp"_s, 1e14);
    QTest::newRow("exp beyond year 9999") << farFuture << access << refresh << Now << QStringList { u"bad-time"_s };
    QTest::newRow("nothing to place") << QJsonObject {} << QDateTime() << QDateTime() << Now
                                      << QStringList { u"no-times"_s };
    QTest::newRow("ticket without JWT") << QJsonObject {} << access << refresh << Now << QStringList {};
}

void TestTokenTimeline::findings()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QDateTime, access);
    QFETCH(QDateTime, refresh);
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);

    TokenTimeline::Input input;
    input.claims = DecodedToken::Claims::fromPayload(payload);
    input.accessTokenExpiration = access;
    input.refreshTokenExpiration = refresh;
    input.now = now;
    const TokenTimeline timeline = TokenTimeline::build(input);
    QCOMPARE(codes(timeline), expected);
    for (const TokenNotice& notice : timeline.findings()) {
        QVERIFY(!notice.text.isEmpty());
        QVERIFY(notice.text.endsWith(u'.'));
    }
    // "now" is always on the axis, and the events are in time order.
    QVERIFY(timeline.event(TokenTimeline::Moment::Now));
    for (qsizetype i = 1; i < timeline.events().size(); ++i) {
        QVERIFY(timeline.events().at(i - 1).at <= timeline.events().at(i).at);
    }
}

void TestTokenTimeline::leewayDecides()
{
    // Thirty seconds apart: within the default leeway, a finding with none.
    TokenTimeline::Input input = kiboInput(Now);
    input.accessTokenExpiration = input.accessTokenExpiration.addSecs(30);
    QVERIFY(TokenTimeline::build(input).findings().isEmpty());
    input.leewaySeconds = 0;
    const TokenTimeline strict = TokenTimeline::build(input);
    QCOMPARE(codes(strict), QStringList { u"ticket-jwt-mismatch"_s });
    QCOMPARE(strict.leewaySeconds(), 0);
    QVERIFY2(strict.findings().at(0).text.contains(u"30 s"_s), qPrintable(strict.findings().at(0).text));
    input.leewaySeconds = -5; // nonsense is treated as none
    QCOMPARE(TokenTimeline::build(input).leewaySeconds(), 0);
}

void TestTokenTimeline::refreshesArePlaced()
{
    // Two earlier refreshes (one rotated) and a failed one, beside a ticket issued by the last good refresh.
    TokenTimeline::Input input = kiboInput(Now);
    input.refreshes = { { Now.addSecs(-480), true, false }, { Now.addSecs(-240), true, true },
        { Now.addSecs(-60), false, false }, { QDateTime(), true, false } };
    const TokenTimeline timeline = TokenTimeline::build(input);
    QStringList ids;
    QStringList labels;
    for (const TokenTimeline::Event& event : timeline.events()) {
        if (event.moment == TokenTimeline::Moment::Refresh) {
            ids.append(event.id);
            labels.append(event.label);
        }
    }
    QCOMPARE(ids, (QStringList { u"refresh"_s, u"refresh"_s, u"refresh-failed"_s })); // the invalid one is left out
    QCOMPARE(labels, (QStringList { u"Refreshed"_s, u"Refreshed (rotated)"_s, u"Refresh failed"_s }));
    QCOMPARE(timeline.first(), Now.addSecs(-480)); // the axis reaches back to the first refresh
    QCOMPARE(timeline.event(TokenTimeline::Moment::Refresh)->at, Now.addSecs(-480));
    // Refreshes are placed, never cross-checked: the ticket's own findings stay as without them.
    QCOMPARE(codes(timeline), codes(TokenTimeline::build(kiboInput(Now))));

    // Without any ticket time the refreshes alone do not hide "no-times".
    TokenTimeline::Input bare;
    bare.now = Now;
    bare.refreshes = { { Now.addSecs(-30), true, false } };
    QVERIFY(TokenTimeline::build(bare).hasFinding(u"no-times"_s));
}

void TestTokenTimeline::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0 s"_s;
    QTest::newRow("seconds") << qint64(59) << u"59 s"_s;
    QTest::newRow("minutes") << qint64(300) << u"5 min 0 s"_s;
    QTest::newRow("hours") << qint64(3 * 3600 + 125) << u"3 h 2 min 5 s"_s;
    QTest::newRow("days") << qint64(2 * 86400 + 3600 + 60) << u"2 d 1 h 1 min"_s;
    QTest::newRow("negative") << qint64(-90) << u"1 min 30 s"_s;
}

void TestTokenTimeline::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TokenTimeline::durationText(seconds), expected);
}

QTEST_GUILESS_MAIN(TestTokenTimeline)
#include "testtokentimeline.moc"
