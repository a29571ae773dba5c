// The customer account tree after a real login to the demo tenant: it reads the reply's own bytes (the
// JsonTreeModel's DOM backing), shows what the ticket's account shows, row by row, and its filter finds what
// lies deep in it.
#include "clock.h"
#include "demo/demotenant.h"
#include "helpers/sessionviewrig.h"
#include "kibo/authticketclient.h"
#include "resultview.h"
#include "session/customersession.h"
#include "sessionview.h"
#include "vault/keychainvault.h"

#include "json/jsontreemodel.h"
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deadline = 20000;

// The rows under parent, every column, depth first, at most `limit` rows.
QStringList rows(const QAbstractItemModel& model, const QModelIndex& parent, int limit)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent) && lines.size() < limit; ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(parent); ++column) {
            cells << model.index(row, column, parent).data().toString();
        }
        const QModelIndex key = model.index(row, 0, parent);
        cells << key.data(JsonTreeModel::JsonPathRole).toString();
        lines << cells.join(u" | "_s);
        lines << rows(model, key, limit - int(lines.size()));
    }
    return lines;
}

} // namespace

class TestAccountTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void treeReadsTheReplyBytes_data();
    void treeReadsTheReplyBytes();

private:
    void logIn(const QString& username);
    template <typename T>
    T* child(const char* name) const
    {
        return m_rig.child<T>(name);
    }

    SessionViewRig m_rig;
};

void TestAccountTree::initTestCase()
{
    SessionViewRig::configureApplication(u"testaccounttree"_s);
}

void TestAccountTree::init()
{
    QString error;
    QVERIFY2(m_rig.setUp(&error), qPrintable(error));
}

void TestAccountTree::cleanup()
{
    QVERIFY(m_rig.tearDown());
}

void TestAccountTree::logIn(const QString& username)
{
    m_rig.logIn(username);
}

void TestAccountTree::treeReadsTheReplyBytes_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("deep"); // a value deep in the account the filter must find
    QTest::addColumn<QString>("path"); // where it is
    QTest::newRow("ada") << u"ada.lovelace@example.com"_s << u"ada.work@example.com"_s << u"$.contacts[1].email"_s;
    QTest::newRow("big account") << u"big.account@example.com"_s << u"big.4999@example.com"_s
                                 << u"$.contacts[4998].email"_s;
}

void TestAccountTree::treeReadsTheReplyBytes()
{
    QFETCH(QString, username);
    QFETCH(QString, deep);
    QFETCH(QString, path);
    logIn(username);
    if (QTest::currentTestFailed()) {
        return;
    }
    m_rig.view->resultView()->setCurrentTab(ResultView::Tab::Account);
    auto* tree = child<QTreeView>("accountTreeView");
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(tree->model());
    QVERIFY(proxy);
    auto* model = qobject_cast<JsonTreeModel*>(proxy->sourceModel());
    QVERIFY(model);
    QCOMPARE(model->backing(), JsonTreeModel::Backing::Dom);

    // The same rows, texts and paths as the ticket's account through setJson, as far as one walks.
    JsonTreeModel expected;
    expected.setJson(m_rig.view->session()->currentTicket()->customerAccount);
    QCOMPARE(model->rowCount(), expected.rowCount());
    QCOMPARE(rows(*model, {}, 400), rows(expected, {}, 400));
    const QModelIndex contacts = model->indexForPath(u"$.contacts"_s);
    QVERIFY(contacts.isValid());
    QCOMPARE(rows(*model, contacts, 400), rows(expected, expected.indexForPath(u"$.contacts"_s), 400));

    // The filter finds a value deep in the account and shows its row, path and all.
    QLineEdit* filter = child<QLineEdit>("accountFilterLineEdit");
    filter->setFocus();
    QTest::keyClicks(filter, deep);
    QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 0, Deadline);
    tree->expandAll();
    const QModelIndex found = proxy->mapFromSource(model->indexForPath(path));
    QVERIFY(found.isValid());
    QCOMPARE(found.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(), deep);
}

QTEST_MAIN(TestAccountTree)
#include "testaccounttree.moc"
