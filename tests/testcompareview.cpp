// The compare window with real widgets: auth tickets and JWTs of real demo-tenant logins over loopback HTTP,
// pasted, dropped and typed; volatile fields ignored with a click; a difference chosen in the list selects its
// node in both trees; inputs of different kinds are refused; and no token ever shows in any widget.
#include "compareview.h"
#include "helpers/demologinrig.h"
#include "jsontreepane.h"

#include "json/jsontreemodel.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// Every text a person can see in the window: labels, buttons, list rows and every node of every tree
// (display text and tool tip of each column, expanding the lazy models completely). The inputs are not
// included: they show what the user pasted.
QStringList visibleTexts(const QWidget& root)
{
    QStringList texts { root.windowTitle() };
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        texts << label->text() << label->toolTip();
    }
    for (const QAbstractButton* button : root.findChildren<QAbstractButton*>()) {
        texts << button->text() << button->toolTip();
    }
    for (const QListWidget* list : root.findChildren<QListWidget*>()) {
        for (int row = 0; row < list->count(); ++row) {
            texts << list->item(row)->text() << list->item(row)->toolTip();
        }
    }
    for (const QTreeView* tree : root.findChildren<QTreeView*>()) {
        const QAbstractItemModel* model = tree->model();
        QList<QModelIndex> pending { QModelIndex() };
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeLast();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    texts << index.data(Qt::DisplayRole).toString() << index.data(Qt::ToolTipRole).toString();
                }
                pending << model->index(row, 0, parent);
            }
        }
    }
    return texts;
}

bool anyContains(const QStringList& texts, const QString& secret)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&secret](const QString& text) { return text.contains(secret); });
}

QStringList rowTexts(const QListWidget* list)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row) {
        rows << list->item(row)->text();
    }
    return rows;
}

// A JSON value as compact text, e.g. "1001" with its quotes.
QString jsonText(const QJsonValue& value)
{
    const QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

// The colour behind a node's value, right of its text, as the tree paints it.
QColor backgroundOf(QTreeView* tree, const QString& path)
{
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(tree->model());
    auto* model = qobject_cast<JsonTreeModel*>(proxy->sourceModel());
    const QModelIndex index
        = proxy->mapFromSource(model->indexForPath(path)).siblingAtColumn(JsonTreeModel::ValueColumn);
    if (!index.isValid()) {
        return {};
    }
    tree->clearSelection();
    tree->selectionModel()->clearCurrentIndex();
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    return tree->viewport()->grab().toImage().pixelColor(rect.right() - 3, rect.center().y());
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsEmptyAndNamesWhatItWants();
    void twoLoginsOfOneCustomerDifferUntilVolatileFieldsAreIgnored();
    void jwtsOfTwoCustomersDifferInTheirSubject();
    void choosingADifferenceSelectsItInBothTrees();
    void typingComparesAfterAPause();
    void refusesInputsItCannotCompare_data();
    void refusesInputsItCannotCompare();
    void noTokenIsShownInAnyWidget();
    void presenterModeHidesTheInputsAndCustomerDetails();
    void droppedFileFillsTheInputItLandsOn();
    void everyInputHasAnAccessibleName();
    void bigAccountComparesWithoutFreezing();
    void emptyWindowHasNoGaps();

private:
    template <typename T>
    static T* child(const QWidget& view, const char* name)
    {
        auto* widget = view.findChild<T*>(QString::fromLatin1(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
    static void showView(CompareView& view);

    DemoLoginRig m_rig;
    QByteArray m_adaTicket;
    QByteArray m_adaTicketAgain;
    QByteArray m_bigTicket;
    QString m_adaJwt;
    QString m_bigJwt;
};

void TestCompareView::initTestCase()
{
    QVERIFY(m_rig.start());
    const AuthTicketResult first = m_rig.run(u"ada"_s);
    QVERIFY(first.ticket);
    const AuthTicketResult second = m_rig.run(u"ada"_s);
    QVERIFY(second.ticket);
    const AuthTicketResult big = m_rig.run(u"big account"_s);
    QVERIFY(big.ticket);
    m_adaTicket = first.rawBody;
    m_adaTicketAgain = second.rawBody;
    m_bigTicket = big.rawBody;
    m_adaJwt = first.ticket->jwtAccessToken;
    m_bigJwt = big.ticket->jwtAccessToken;
    QVERIFY(m_adaTicket != m_adaTicketAgain);
}

void TestCompareView::showView(CompareView& view)
{
    view.resize(1200, 800);
    view.show();
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
}

void TestCompareView::startsEmptyAndNamesWhatItWants()
{
    CompareView view;
    showView(view);
    QVERIFY(view.isWindow());
    QVERIFY(!view.hasResult());
    QCOMPARE(view.differenceCount(), 0);
    QVERIFY(view.summaryText().contains(u"two JWTs"_s));
    QVERIFY(!child<QTreeView>(view, "firstTreeView")->isVisible());
}

void TestCompareView::twoLoginsOfOneCustomerDifferUntilVolatileFieldsAreIgnored()
{
    CompareView view;
    showView(view);
    // Pasted, as a user would: through the clipboard into each input.
    for (auto [name, json] :
        { std::pair { "firstPlainTextEdit", m_adaTicket }, std::pair { "secondPlainTextEdit", m_adaTicketAgain } }) {
        auto* edit = child<QPlainTextEdit>(view, name);
        QApplication::clipboard()->setText(QString::fromUtf8(json));
        edit->setFocus();
        QTest::keySequence(edit, QKeySequence::Paste);
    }
    QTRY_VERIFY(view.hasResult());
    QTRY_VERIFY(view.differenceCount() > 0);
    QCOMPARE(view.comparison().first.kind, ComparableInput::Kind::AuthTicket);
    auto* list = child<QListWidget>(view, "differencesListWidget");
    QCOMPARE(list->count(), view.differenceCount());
    const QStringList rows = rowTexts(list);
    QVERIFY2(rows.join(u'\n').contains(u"refreshToken"_s), qPrintable(rows.join(u'\n')));
    QVERIFY(view.summaryText().contains(u"auth tickets"_s));
    QVERIFY(view.summaryText().contains(QString::number(view.differenceCount())));
    QVERIFY(child<QTreeView>(view, "firstTreeView")->isVisible());
    // Changed nodes are tinted (amber: more red than blue) in both trees; an equal one is not.
    for (const char* name : { "firstTreeView", "secondTreeView" }) {
        auto* tree = child<QTreeView>(view, name);
        const QColor changed = backgroundOf(tree, u"$.jwt.payload.sid"_s);
        const QColor same = backgroundOf(tree, u"$.jwt.payload.iss"_s);
        QVERIFY2(changed.isValid() && same.isValid(), name);
        QVERIFY2(changed.red() - changed.blue() > 20, qPrintable(changed.name()));
        QVERIFY2(std::abs(same.red() - same.blue()) < 10, qPrintable(same.name()));
    }

    auto* ignore = child<QCheckBox>(view, "ignoreVolatileCheckBox");
    QSignalSpy compared(&view, &CompareView::compared);
    QTest::mouseClick(ignore, Qt::LeftButton, {}, QPoint(8, ignore->height() / 2));
    QVERIFY(ignore->isChecked());
    QVERIFY(!compared.isEmpty());
    QCOMPARE(view.differenceCount(), 0);
    QVERIFY(view.comparison().isEqual());
    QCOMPARE(view.summaryText(), u"The two auth tickets are equal."_s);
    QCOMPARE(list->count(), 0);
    QVERIFY(child<QLabel>(view, "detailLabel")->text().contains(u"ignored"_s));

    // Unticked with the keyboard: the differences come back.
    ignore->setFocus();
    QTest::keyClick(ignore, Qt::Key_Space);
    QVERIFY(!ignore->isChecked());
    QVERIFY(view.differenceCount() > 0);
}

void TestCompareView::jwtsOfTwoCustomersDifferInTheirSubject()
{
    CompareView view;
    showView(view);
    view.setInputs(m_adaJwt.toUtf8(), m_bigJwt.toUtf8());
    view.setIgnoreVolatile(true);
    QVERIFY(view.hasResult());
    QCOMPARE(view.comparison().first.kind, ComparableInput::Kind::Jwt);
    QVERIFY(view.differenceCount() > 0);
    QVERIFY(view.summaryText().startsWith(u"Differences between the two JWTs: "_s));
    const QString rows = rowTexts(child<QListWidget>(view, "differencesListWidget")).join(u'\n');
    QVERIFY2(rows.contains(u"~ payload.sub: "_s), qPrintable(rows));
    QVERIFY2(rows.contains(u"payload.unique_name"_s), qPrintable(rows));
    // The subject is the user id each login got, shown before → after.
    const QJsonObject adaPayload = view.comparison().first.value[u"payload"_s].toObject();
    const QJsonObject bigPayload = view.comparison().second.value[u"payload"_s].toObject();
    QVERIFY(adaPayload[u"sub"_s] != bigPayload[u"sub"_s]);
    QVERIFY2(rows.contains(u"%1 → %2"_s.arg(jsonText(adaPayload[u"sub"_s]), jsonText(bigPayload[u"sub"_s]))),
        qPrintable(rows));
    // Volatile claims are not listed while ignored.
    QVERIFY2(!rows.contains(u"payload.iat"_s) && !rows.contains(u"payload.sid"_s), qPrintable(rows));
}

void TestCompareView::choosingADifferenceSelectsItInBothTrees()
{
    CompareView view;
    showView(view);
    view.setInputs(m_adaTicket, m_bigTicket);
    QVERIFY(view.differenceCount() > 1);
    auto* list = child<QListWidget>(view, "differencesListWidget");
    auto* firstTree = child<QTreeView>(view, "firstTreeView");
    auto* secondTree = child<QTreeView>(view, "secondTreeView");

    // A changed node deep in the tree (the customer's email address), chosen with the mouse.
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        const JsonDifference& difference = view.comparison().result.differences.at(i);
        if (difference.kind == JsonDifference::Kind::Changed && difference.path.endsWith(u".emailAddress"_s)) {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    const JsonDifference difference = view.comparison().result.differences.at(row);
    list->scrollToItem(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QCOMPARE(list->currentRow(), row);
    QCOMPARE(firstTree->currentIndex().data(JsonTreeModel::JsonPathRole).toString(), difference.beforePath);
    QCOMPARE(secondTree->currentIndex().data(JsonTreeModel::JsonPathRole).toString(), difference.afterPath);
    QVERIFY(firstTree->selectionModel()->isSelected(firstTree->currentIndex()));
    QVERIFY(firstTree->visualRect(firstTree->currentIndex()).intersects(firstTree->viewport()->rect()));
    QVERIFY(secondTree->visualRect(secondTree->currentIndex()).intersects(secondTree->viewport()->rect()));
    // The changed node is marked as such in its row.
    QCOMPARE(firstTree->currentIndex().siblingAtColumn(JsonTreeModel::NoteColumn).data().toString(),
        u"Changed in the second"_s);

    // With the keyboard: the next row selects the next difference's nodes.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    const JsonDifference next = view.comparison().result.differences.at(1);
    const QString expected = next.afterPath.isEmpty() ? QString() : next.afterPath;
    if (!expected.isEmpty()) {
        QCOMPARE(secondTree->currentIndex().data(JsonTreeModel::JsonPathRole).toString(), expected);
    }
}

void TestCompareView::typingComparesAfterAPause()
{
    CompareView view;
    showView(view);
    view.setInputs(m_adaJwt.toUtf8(), QByteArray());
    QVERIFY(!view.hasResult());
    QVERIFY(view.summaryText().contains(u"second input is empty"_s));
    auto* second = child<QPlainTextEdit>(view, "secondPlainTextEdit");
    QSignalSpy compared(&view, &CompareView::compared);
    QTest::keyClicks(second, m_adaJwt);
    QVERIFY(compared.isEmpty()); // not on every key
    QVERIFY(compared.wait(5000));
    QVERIFY(view.hasResult());
    QVERIFY(view.comparison().isEqual());
    QCOMPARE(view.summaryText(), u"The two JWTs are equal."_s);
}

void TestCompareView::refusesInputsItCannotCompare_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::addColumn<QString>("message");
    // 0: ada's JWT, 1: ada's ticket, 2: not JSON, 3: a JSON array, 4: blank
    QTest::newRow("jwt and ticket") << 0 << 1 << u"cannot be compared"_s;
    QTest::newRow("ticket and jwt") << 1 << 0 << u"cannot be compared"_s;
    QTest::newRow("not json") << 1 << 2 << u"cannot be compared"_s;
    QTest::newRow("json array") << 3 << 3 << u"cannot be compared"_s;
    QTest::newRow("first blank") << 4 << 1 << u"first input is empty"_s;
}

void TestCompareView::refusesInputsItCannotCompare()
{
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(QString, message);
    const QList<QByteArray> inputs { m_adaJwt.toUtf8(), m_adaTicket, "{ not json at all", "[1, 2, 3]", "  \n " };
    CompareView view;
    showView(view);
    // A good result first: a refusal must clear it.
    view.setInputs(m_adaTicket, m_adaTicketAgain);
    QVERIFY(view.differenceCount() > 0);
    view.setInputs(inputs.at(first), inputs.at(second));
    QVERIFY(!view.hasResult());
    QCOMPARE(view.differenceCount(), 0);
    QVERIFY2(view.summaryText().contains(message), qPrintable(view.summaryText()));
    QCOMPARE(child<QListWidget>(view, "differencesListWidget")->count(), 0);
    QVERIFY(!child<QTreeView>(view, "firstTreeView")->isVisible());
    QCOMPARE(child<QTreeView>(view, "firstTreeView")->model()->rowCount(), 0);
    if (message == u"cannot be compared"_s) {
        const QString detail = child<QLabel>(view, "detailLabel")->text();
        QVERIFY2(!detail.isEmpty(), "the reason is given");
        QVERIFY(!detail.contains(m_adaJwt));
    }
}

void TestCompareView::noTokenIsShownInAnyWidget()
{
    // Canary tokens in both tickets: each side's differ, so they are listed as differences.
    QJsonObject first = QJsonDocument::fromJson(m_adaTicket).object();
    QJsonObject second = QJsonDocument::fromJson(m_adaTicketAgain).object();
    const QString accessA = u"CanaryAccessToken-3f9e2a7c41d8b065-first"_s;
    const QString accessB = u"CanaryAccessToken-3f9e2a7c41d8b065-other"_s;
    const QString refreshA = u"CanaryRefreshToken-8c1d55e0a9b2f7e3-aaaa"_s;
    const QString refreshB = u"CanaryRefreshToken-8c1d55e0a9b2f7e3-bbbb"_s;
    first[u"accessToken"_s] = accessA;
    second[u"accessToken"_s] = accessB;
    first[u"refreshToken"_s] = refreshA;
    second[u"refreshToken"_s] = refreshB;
    const QStringList secrets { accessA, accessB, refreshA, refreshB, m_adaJwt,
        m_adaJwt.section(u'.', 2), // the signature alone
        first[u"jwtAccessToken"_s].toString(), second[u"jwtAccessToken"_s].toString() };

    CompareView view;
    showView(view);
    view.setInputs(compactJson(first), compactJson(second));
    QVERIFY(view.differenceCount() >= 3);
    auto* list = child<QListWidget>(view, "differencesListWidget");
    for (int row = 0; row < list->count(); ++row) {
        view.selectDifference(row); // selecting expands the trees to every difference
    }
    child<JsonTreePane>(view, "firstTreePane")->expandAllShown();
    const QString rows = rowTexts(list).join(u'\n');
    QVERIFY2(rows.contains(u"accessToken"_s) && rows.contains(u"redacted"_s), qPrintable(rows));

    QStringList texts = visibleTexts(view);
    QVERIFY(texts.size() > 100);
    for (const QString& secret : secrets) {
        QVERIFY2(!anyContains(texts, secret), qPrintable(u"a token of %1 characters is shown"_s.arg(secret.size())));
    }
    // The search itself finds a token that is shown.
    child<QLabel>(view, "detailLabel")->setText(refreshB);
    QVERIFY(anyContains(visibleTexts(view), refreshB));
}

void TestCompareView::presenterModeHidesTheInputsAndCustomerDetails()
{
    // The second ticket belongs to someone else: the list names the changed email and last name.
    QJsonObject second = QJsonDocument::fromJson(m_adaTicketAgain).object();
    QJsonObject account = second[u"customerAccount"_s].toObject();
    account[u"emailAddress"_s] = u"grace.hopper@example.com"_s;
    account[u"lastName"_s] = u"Hopper"_s;
    second[u"customerAccount"_s] = account;
    const QStringList personal { u"ada.lovelace@example.com"_s, u"grace.hopper@example.com"_s, u"Lovelace"_s,
        u"Hopper"_s };

    CompareView view;
    showView(view);
    view.setInputs(m_adaTicket, compactJson(second));
    QVERIFY(view.hasResult());
    child<JsonTreePane>(view, "firstTreePane")->expandAllShown();
    child<JsonTreePane>(view, "secondTreePane")->expandAllShown();
    // Without presenter mode the details are there to find: the search below can fail.
    QVERIFY(anyContains(visibleTexts(view), u"Hopper"_s));

    view.setPresenterMode(true);
    QVERIFY(view.presenterMode());
    QVERIFY(!child<QPlainTextEdit>(view, "firstPlainTextEdit")->isVisible());
    QVERIFY(!child<QPlainTextEdit>(view, "secondPlainTextEdit")->isVisible());
    QVERIFY(child<QLabel>(view, "firstHiddenNoteLabel")->isVisible());
    QVERIFY(view.hasResult());
    QVERIFY(view.differenceCount() > 0);
    child<JsonTreePane>(view, "firstTreePane")->expandAllShown();
    child<JsonTreePane>(view, "secondTreePane")->expandAllShown();
    const QStringList texts = visibleTexts(view);
    for (const QString& detail : personal) {
        QVERIFY2(!anyContains(texts, detail), "a customer detail is shown in presenter mode");
    }
    const QString rows = rowTexts(child<QListWidget>(view, "differencesListWidget")).join(u'\n');
    QVERIFY2(rows.contains(u"emailAddress: changed (the values are hidden in presenter mode)"_s), qPrintable(rows));

    view.setPresenterMode(false);
    QVERIFY(child<QPlainTextEdit>(view, "firstPlainTextEdit")->isVisible());
    QVERIFY(!child<QLabel>(view, "firstHiddenNoteLabel")->isVisible());
}

void TestCompareView::droppedFileFillsTheInputItLandsOn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"second-ticket.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_adaTicketAgain);
    file.close();

    CompareView view;
    showView(view);
    view.setLeftInput(m_adaTicket);
    auto* second = child<QPlainTextEdit>(view, "secondPlainTextEdit");
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint at = second->mapTo(&view, second->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &drop);
    QVERIFY(second->toPlainText().toUtf8() == m_adaTicketAgain);
    QVERIFY(view.input(CompareView::Side::First) == m_adaTicket);
    QVERIFY(view.hasResult());
    QVERIFY(view.differenceCount() > 0);

    // Text dropped on the first input replaces it; a binary file is refused with a message.
    auto* first = child<QPlainTextEdit>(view, "firstPlainTextEdit");
    QMimeData text;
    text.setText(m_adaJwt);
    const QPoint onFirst = first->mapTo(&view, first->rect().center());
    QDragEnterEvent enterText(onFirst, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &enterText);
    QVERIFY(enterText.isAccepted());
    QDropEvent dropText(onFirst, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&view, &dropText);
    QVERIFY(first->toPlainText() == m_adaJwt); // never QCOMPARE: it would print the tokens
    QVERIFY(!view.hasResult()); // a JWT and a ticket
    const QString binary = dir.filePath(u"blob.bin"_s);
    QFile blob(binary);
    QVERIFY(blob.open(QIODevice::WriteOnly));
    blob.write(QByteArray("\xff\xfe\x00\x01", 4));
    blob.close();
    QVERIFY(!view.openFile(CompareView::Side::Second, binary));
    QVERIFY(view.summaryText().contains(u"not a text file"_s));
    QVERIFY(second->toPlainText().toUtf8() == m_adaTicketAgain);
}

void TestCompareView::everyInputHasAnAccessibleName()
{
    CompareView view;
    showView(view);
    view.setInputs(m_adaTicket, m_adaTicketAgain);
    QCOMPARE(child<QPlainTextEdit>(view, "firstPlainTextEdit")->accessibleName(), u"First input"_s);
    QCOMPARE(child<QPlainTextEdit>(view, "secondPlainTextEdit")->accessibleName(), u"Second input"_s);
    int controls = 0;
    for (QWidget* widget : view.findChildren<QWidget*>()) {
        const bool isControl = qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractButton*>(widget)
            || qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
        const bool isPart = widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s);
        if (!isControl || isPart) {
            continue;
        }
        ++controls;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY2(controls >= 13, qPrintable(QString::number(controls)));

    // Keyboard only: Tab from the first input reaches the second input, the option and the list.
    auto* first = child<QPlainTextEdit>(view, "firstPlainTextEdit");
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    QTest::keyClick(first, Qt::Key_Tab);
    QVERIFY(child<QPushButton>(view, "firstOpenButton")->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(child<QPlainTextEdit>(view, "secondPlainTextEdit")->hasFocus());
}

void TestCompareView::bigAccountComparesWithoutFreezing()
{
    // Log only: how long a big account's ticket takes to compare and show (synchronously).
    CompareView view;
    showView(view);
    QElapsedTimer timer;
    timer.start();
    view.setInputs(m_bigTicket, m_bigTicket);
    const qint64 equalMs = timer.restart();
    QVERIFY(view.comparison().isEqual());
    view.setInputs(m_adaTicket, m_bigTicket);
    const qint64 differentMs = timer.elapsed();
    const int differences = view.differenceCount();
    QVERIFY(differences > 0);
    // The big ticket is compared but kept out of its editor; typing replaces it.
    QVERIFY(view.isInputShown(CompareView::Side::First));
    QVERIFY(!view.isInputShown(CompareView::Side::Second));
    QVERIFY(view.input(CompareView::Side::Second) == m_bigTicket);
    auto* second = child<QPlainTextEdit>(view, "secondPlainTextEdit");
    QVERIFY(second->toPlainText().isEmpty());
    QVERIFY(second->placeholderText().contains(u"too big to show"_s));
    QTest::keyClicks(second, u"{"_s);
    QVERIFY(view.isInputShown(CompareView::Side::Second));
    QCOMPARE(view.input(CompareView::Side::Second), QByteArray("{"));
    QVERIFY(!second->placeholderText().contains(u"too big to show"_s));
    QTRY_VERIFY(!view.hasResult());
    qInfo("big ticket (%lld bytes): equal compared and shown in %lld ms, against ada's in %lld ms (%d differences)",
        qlonglong(m_bigTicket.size()), equalMs, differentMs, differences);
}

void TestCompareView::emptyWindowHasNoGaps()
{
    CompareView view;
    showView(view);
    QVERIFY(!child<QWidget>(view, "resultSplitter")->isVisible());
    // Nothing to compare yet: every row is as tall as it asks to be, the room left stays below them.
    QLayout* layout = view.layout();
    QVERIFY(layout);
    int rows = 0;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (item->spacerItem() || item->isEmpty()) {
            continue;
        }
        ++rows;
        const QRect geometry = item->geometry();
        const int wanted
            = item->hasHeightForWidth() ? item->heightForWidth(geometry.width()) : item->sizeHint().height();
        QVERIFY2(geometry.height() <= wanted + 1,
            qPrintable(u"row %1 is %2 px tall for %3 px of content"_s.arg(i).arg(geometry.height()).arg(wanted)));
    }
    QVERIFY(rows >= 3);
    // The Open buttons are buttons, not bars.
    for (const char* name : { "firstOpenButton", "secondOpenButton" }) {
        auto* button = child<QPushButton>(view, name);
        QVERIFY2(button->width() <= button->sizeHint().width() + 1, name);
    }
}

QTEST_MAIN(TestCompareView)
#include "testcompareview.moc"
