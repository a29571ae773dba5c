// The timeline widget: markers, spans, findings and the leeway, through the real widgets.
#include "jwt/claimcatalogue.h"
#include "timelineaxis.h"
#include "timelineview.h"
#include "translator.h"

#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTimelineView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coincidingMomentsShareAMarker();
    void leewayTurnsADifferenceIntoAFinding();
    void nowMovesAndExpiryIsFound();
    void drawsInAnyPalette_data();
    void drawsInAnyPalette();
    void clearLeavesNothing();
    void datesFollowTheInterfaceLanguage_data();
    void datesFollowTheInterfaceLanguage();
    void labelsAreNeverCut_data();
    void labelsAreNeverCut();
};

namespace {

const QDateTime Issued(QDate(2026, 11, 29), QTime(3, 0), Qt::UTC);

TokenTimeline::Input kiboInput()
{
    QJsonObject payload { { u"iat"_s, Issued.toSecsSinceEpoch() }, { u"nbf"_s, Issued.toSecsSinceEpoch() },
        { u"exp"_s, Issued.addSecs(3600).toSecsSinceEpoch() } };
    payload.insert(ClaimCatalogue::AppClaimsKey,
        QJsonObject { { u"exp"_s, Issued.addSecs(3600).toString(u"yyyy-MM-ddTHH:mm:ss"_s) } });
    payload.insert(ClaimCatalogue::UserClaimsKey,
        QJsonObject { { u"exp"_s, Issued.addSecs(900).toString(u"yyyy-MM-ddTHH:mm:ss"_s) } });
    TokenTimeline::Input input;
    input.claims = DecodedToken::Claims::fromPayload(payload);
    input.accessTokenExpiration = Issued.addSecs(900);
    input.refreshTokenExpiration = Issued.addDays(1);
    input.now = Issued;
    return input;
}

QStringList findingCodes(const QListWidget* list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i) {
        codes.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return codes;
}

} // namespace

void TestTimelineView::coincidingMomentsShareAMarker()
{
    TimelineView view;
    view.setInput(kiboInput());
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto* axis = view.findChild<TimelineAxis*>(u"timelineAxis"_s);
    QVERIFY(axis);
    // nbf = iat = now; accessTokenExpiration = user_claims.exp; exp = app_claims.exp; refresh.
    QCOMPARE(axis->markers().size(), 4);
    QCOMPARE(axis->markers().at(0).events.size(), 3);
    QVERIFY(axis->markers().at(0).isNow);
    QCOMPARE(axis->markers().at(1).events.size(), 2);
    QCOMPARE(axis->markers().at(3).events.at(0).id, u"refreshTokenExpiration"_s);
    // Equal steps, left to right, inside the widget.
    const qreal first = axis->markerPosition(0).x();
    const qreal step = axis->markerPosition(1).x() - first;
    QVERIFY(first > 0 && step > 0);
    QCOMPARE(qRound(axis->markerPosition(3).x() - axis->markerPosition(2).x()), qRound(step));
    QVERIFY(axis->markerPosition(3).x() < axis->width());
    // Screen readers get the moments in words.
    QVERIFY(axis->accessibleDescription().contains(u"Ticket expires"_s));
    QVERIFY(axis->accessibleDescription().contains(u"2026-11-30 03:00:00 UTC"_s));
    QVERIFY2(axis->accessibleDescription().startsWith(u"Now, "_s), qPrintable(axis->accessibleDescription()));

    QVERIFY(!view.findChild<QListWidget*>(u"timelineFindingsList"_s)->isVisible());
    QCOMPARE(view.findChild<QLabel*>(u"timelineFindingsLabel"_s)->text(),
        u"The ticket and its JWT agree, and the clocks are in step."_s);
}

void TestTimelineView::leewayTurnsADifferenceIntoAFinding()
{
    TokenTimeline::Input input = kiboInput();
    input.accessTokenExpiration = input.accessTokenExpiration.addSecs(30);
    TimelineView view;
    view.setInput(input);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* findings = view.findChild<QListWidget*>(u"timelineFindingsList"_s);
    QVERIFY(findingCodes(findings).isEmpty());

    // Type a leeway of 10 s into the spin box: the 30 s difference is now a finding.
    auto* leeway = view.findChild<QSpinBox*>(u"leewaySpinBox"_s);
    QSignalSpy changed(&view, &TimelineView::leewayChanged);
    leeway->setFocus();
    leeway->selectAll();
    QTest::keyClicks(leeway, u"10"_s);
    QTest::keyClick(leeway, Qt::Key_Enter);
    QCOMPARE(view.leewaySeconds(), 10);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(findingCodes(findings), QStringList { u"ticket-jwt-mismatch"_s });
    QVERIFY(findings->isVisible());
    QVERIFY(findings->item(0)->text().contains(u"30 s"_s));
    QCOMPARE(view.findChild<QLabel*>(u"timelineFindingsLabel"_s)->text(), u"What the timeline shows:"_s);
}

void TestTimelineView::nowMovesAndExpiryIsFound()
{
    TimelineView view;
    view.setInput(kiboInput());
    auto* axis = view.findChild<TimelineAxis*>(u"timelineAxis"_s);
    // Milliseconds apart is the same moment: Kibo's ISO times carry them, the JWT's seconds do not.
    view.refresh(Issued.addMSecs(400));
    QCOMPARE(axis->markers().size(), 4);
    QVERIFY(axis->markers().at(0).isNow);
    view.refresh(Issued.addSecs(20 * 60));
    // Now sits between the access expiry and the JWT's exp.
    QCOMPARE(axis->markers().size(), 5);
    QVERIFY(axis->markers().at(2).isNow);
    QCOMPARE(
        findingCodes(view.findChild<QListWidget*>(u"timelineFindingsList"_s)), QStringList { u"access-expired"_s });
    QVERIFY(view.timeline().hasFinding(u"access-expired"_s));
}

void TestTimelineView::drawsInAnyPalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTimelineView::drawsInAnyPalette()
{
    QFETCH(bool, dark);
    TimelineView view;
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        view.setPalette(palette);
    }
    view.setInput(kiboInput());
    view.refresh(Issued.addSecs(300));
    view.resize(800, 260);
    auto* axis = view.findChild<TimelineAxis*>(u"timelineAxis"_s);
    const QImage image = axis->grab().toImage();
    // KTI_TEST_ARTIFACTS=DIR keeps the pictures for a person to look at.
    if (const QString dir = qEnvironmentVariable("KTI_TEST_ARTIFACTS"); !dir.isEmpty()) {
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + u"/timeline-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s));
    }
    // The highlight colour (the elapsed part and "now") and the text colour (labels) are both drawn.
    const QColor highlight = axis->palette().color(QPalette::Highlight);
    const QColor text = axis->palette().color(QPalette::Text);
    bool sawHighlight = false;
    bool sawText = false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            sawHighlight = sawHighlight || pixel == highlight;
            sawText = sawText || pixel == text;
        }
    }
    QVERIFY(sawHighlight);
    QVERIFY(sawText);
}

void TestTimelineView::clearLeavesNothing()
{
    TimelineView view;
    view.setInput(kiboInput());
    view.clear();
    view.refresh(Issued); // no input: stays empty
    QVERIFY(view.timeline().events().isEmpty());
    QVERIFY(view.findChild<TimelineAxis*>(u"timelineAxis"_s)->markers().isEmpty());
}

void TestTimelineView::datesFollowTheInterfaceLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("month"); // December, abbreviated under a marker
    QTest::addColumn<QString>("longMonth"); // and in full in the description
    QTest::addColumn<QString>("otherMonth"); // the other language's, never shown

    QTest::newRow("German") << u"de"_s << u"Dez"_s << u"Dezember"_s << u"Dec"_s;
    QTest::newRow("English") << u"en"_s << u"Dec"_s << u"December"_s << u"Dez"_s;
}

// A German interface writes German dates under the markers and in their description ("7 Dez.", not "7 Dec"),
// whatever the system's locale (the test runs under C.UTF-8 or whatever the machine has).
void TestTimelineView::datesFollowTheInterfaceLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, month);
    QFETCH(QString, longMonth);
    QFETCH(QString, otherMonth);

    QCOMPARE(Translator::install(qApp, language), language);
    const auto restore = qScopeGuard([&] { Translator::install(qApp, u"en"_s); });

    // A ticket of 7 December, seen then: the refresh token's expiry is on another day, so its label names the date.
    const QDateTime issued(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    TokenTimeline::Input input = kiboInput();
    input.claims = DecodedToken::Claims::fromPayload(
        QJsonObject { { u"iat"_s, issued.toSecsSinceEpoch() }, { u"exp"_s, issued.addSecs(3600).toSecsSinceEpoch() } });
    input.accessTokenExpiration = issued.addSecs(3600);
    input.refreshTokenExpiration = issued.addDays(2);
    input.now = issued;
    TimelineView view;
    view.setInput(input);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* axis = view.findChild<TimelineAxis*>(u"timelineAxis"_s);
    QVERIFY(axis);

    const TimelineAxis::Marker& refresh = axis->markers().constLast();
    QCOMPARE(refresh.events.constFirst().id, u"refreshTokenExpiration"_s);
    const QString label = TimelineAxis::timeLabel(refresh.at, issued);
    QVERIFY2(label.contains(month) && !label.contains(otherMonth), qPrintable(label));
    const QString description = axis->accessibleDescription();
    QVERIFY2(description.contains(longMonth), qPrintable(description));
    QVERIFY2(!description.contains(otherMonth), qPrintable(description));
    // Today's moments need no date.
    QVERIFY(!TimelineAxis::timeLabel(issued, issued).contains(month));
}

void TestTimelineView::labelsAreNeverCut_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("side by side") << 360;
    QTest::newRow("narrow") << 520;
    QTest::newRow("wide") << 900;
}

void TestTimelineView::labelsAreNeverCut()
{
    QFETCH(int, width);
    // Twenty minutes in, after two refreshes: seven markers, spans like "+22 h 58 min 4 s".
    TokenTimeline::Input input = kiboInput();
    input.now = Issued.addSecs(20 * 60 + 7);
    input.refreshTokenExpiration = Issued.addSecs(23 * 3600 + 4);
    TimelineView view;
    view.setRefreshes({ { Issued.addSecs(5 * 60 + 3), true, false }, { Issued.addSecs(11 * 60 + 41), true, true } });
    view.setInput(input);
    view.resize(width, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* axis = view.findChild<TimelineAxis*>(u"timelineAxis"_s);
    QVERIFY(axis->markers().size() >= 6);
    QTRY_VERIFY(axis->height() >= axis->heightForWidth(axis->width()));

    const QList<TimelineAxis::Label> labels = axis->labels();
    QCOMPARE(labels.size(), 3 * axis->markers().size() - 1); // a span between neighbours, a name and a time each
    const auto withoutSpaces = [](QString text) {
        return text.remove(u' ');
    };
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const TimelineAxis::Label& label = labels.at(i);
        // All of the text, in lines that fit their place, inside the axis.
        QCOMPARE(withoutSpaces(label.lines.join(QString())), withoutSpaces(label.text));
        const QFontMetricsF metrics(label.font);
        for (const QString& line : label.lines) {
            QVERIFY2(metrics.horizontalAdvance(line) <= label.rect.width(),
                qPrintable(u"“%1” is wider than its place"_s.arg(line)));
        }
        QVERIFY2(QRectF(axis->rect()).contains(label.rect), qPrintable(label.text));
        // Apart from every other label.
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            QVERIFY2(!label.rect.intersects(labels.at(j).rect),
                qPrintable(u"“%1” and “%2” overlap"_s.arg(label.text, labels.at(j).text)));
        }
    }
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
        [](const TimelineAxis::Label& label) { return label.text.startsWith(u"+22 h"_s); }));
}

QTEST_MAIN(TestTimelineView)
#include "testtimelineview.moc"
