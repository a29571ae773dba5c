#include "sessiontabs.h"

#include "loginpanel.h"
#include "resultview.h"
#include "screenfit.h"
#include "secrets/presentermask.h"
#include "session/customersession.h"
#include "sessionview.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SessionTabs::SessionTabs(QWidget* parent)
    : QWidget(parent)
    , m_tabWidget(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sideBySideArea(new QScrollArea(this))
{
    m_tabWidget->setObjectName(u"sessionTabWidget"_s);
    m_tabWidget->setAccessibleName(tr("Sessions"));
    m_tabWidget->setDocumentMode(true);
    m_tabWidget->setTabsClosable(true);
    m_tabWidget->setMovable(true);
    // Side by side: the same session views, moved from the tabs into a splitter.
    m_splitter->setObjectName(u"sideBySideSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    // The row's minimum width is the sum of the sessions': it scrolls sideways instead of widening the window.
    m_sideBySideArea->setObjectName(u"sideBySideScrollArea"_s);
    m_sideBySideArea->setFrameShape(QFrame::NoFrame);
    m_sideBySideArea->setWidgetResizable(true);
    m_sideBySideArea->setWidget(m_splitter);
    m_sideBySideArea->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabWidget, 1);
    layout->addWidget(m_sideBySideArea, 1);

    connect(m_tabWidget, &QTabWidget::currentChanged, this, &SessionTabs::onCurrentChanged);
    connect(m_tabWidget, &QTabWidget::tabCloseRequested, this, &SessionTabs::closeSession);
    connect(m_tabWidget, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0) {
            setCurrentIndex(index);
            renameCurrentSession();
        }
    });
    connect(m_tabWidget->tabBar(), &QTabBar::tabMoved, this, [this](int from, int to) { m_views.move(from, to); });
}

SessionTabs::~SessionTabs() = default;

SessionView* SessionTabs::view(int index) const
{
    return index >= 0 && index < m_views.size() ? m_views.at(index) : nullptr;
}

int SessionTabs::currentIndex() const
{
    return int(m_views.indexOf(m_current));
}

void SessionTabs::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_views.size()) {
        return;
    }
    if (m_sideBySide) {
        m_current = m_views.at(index);
        onCurrentChanged();
    } else {
        m_tabWidget->setCurrentIndex(index);
    }
}

void SessionTabs::addSession(SessionView* view)
{
    ++m_sessionsMade;
    view->setObjectName(u"sessionView%1"_s.arg(m_sessionsMade));
    view->session()->setName(tr("Session %1").arg(m_sessionsMade));
    view->setLoginPanelShown(m_loginPanelShown);
    if (m_current) {
        view->restoreSplitterState(m_current->saveSplitterState());
    } else {
        view->restoreSplitterState(m_splitterState);
    }
    view->setPresenterMode(m_presenterMode);
    connect(view->session(), &CustomerSession::nameChanged, this, [this, view] { updateTabTitle(view); });
    const auto ifCurrent = [this, view] {
        if (view == m_current) {
            Q_EMIT currentStateChanged();
        }
    };
    connect(view, &SessionView::answerShown, this, ifCurrent);
    connect(view, &SessionView::shownResultChanged, this, ifCurrent);
    connect(view, &SessionView::forgetFinished, this, ifCurrent);
    connect(view->session(), &CustomerSession::busyChanged, this, ifCurrent);
    connect(view->session(), &CustomerSession::ticketChanged, this, ifCurrent);
    // After the view showed a login's answer: the keyboard goes on from there, unless the user went elsewhere.
    connect(view->session(), &CustomerSession::resultReady, view,
        [view](const AuthTicketResult&, CustomerSession::Operation operation) {
            using Operation = CustomerSession::Operation;
            const bool login = operation == Operation::Login || operation == Operation::Anonymous
                || operation == Operation::FinishTwoFactor || operation == Operation::FinishOtp
                || operation == Operation::RequestOtp;
            const QWidget* focus = QApplication::focusWidget();
            if (login && view->isVisible() && (!focus || view->loginPanel()->isAncestorOf(focus))) {
                view->resultView()->focusAnswer();
            }
        });
    m_views.append(view);
    if (m_sideBySide) {
        m_splitter->addWidget(view);
        view->setTitleShown(true);
        m_current = view;
        onCurrentChanged();
    } else {
        const int index = m_tabWidget->addTab(view, view->session()->name());
        m_tabWidget->setCurrentIndex(index);
    }
    updateTabBar();
}

bool SessionTabs::closeSession(int index)
{
    SessionView* closing = view(index);
    if (!closing) {
        return false;
    }
    if (closing->session()->isBusy()) {
        const auto answer = QMessageBox::question(this, tr("Close Session"),
            tr("A request of this session is still under way. Cancel it and close the session?"));
        if (answer != QMessageBox::Yes) {
            return false;
        }
        closing->session()->cancel();
    }
    m_views.removeAt(index);
    if (m_current == closing) {
        m_current = nullptr;
    }
    if (!m_sideBySide) {
        m_tabWidget->removeTab(index);
    }
    closing->hide();
    closing->setParent(nullptr); // out of the window's children at once (findChild, focus chain)
    closing->deleteLater();
    if (m_sideBySide) {
        m_current = m_views.isEmpty() ? nullptr : m_views.at(qMin(index, int(m_views.size()) - 1));
        onCurrentChanged();
    }
    updateTabBar();
    return true;
}

void SessionTabs::focusTreeFilter()
{
    if (m_current) {
        m_current->resultView()->focusTreeFilter();
    }
}

void SessionTabs::renameCurrentSession()
{
    if (!m_current) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Session"), tr("Session name:"), QLineEdit::Normal, m_current->session()->name(), &ok);
    if (ok) {
        renameSession(currentIndex(), name);
    }
}

void SessionTabs::renameSession(int index, const QString& name)
{
    SessionView* renamed = view(index);
    if (!renamed) {
        return;
    }
    CustomerSession* session = renamed->session();
    if (name.trimmed().isEmpty()) {
        session->setCustomName(QString());
        const QString user = session->username();
        session->setName(!user.isEmpty() ? user : session->isAnonymous() ? tr("Anonymous shopper") : session->name());
    } else {
        session->setCustomName(name);
    }
    updateTabTitle(renamed);
}

void SessionTabs::updateTabTitle(SessionView* view)
{
    const int index = int(m_views.indexOf(view));
    if (index < 0) {
        return;
    }
    const QString name = view->session()->name();
    const QString shown = m_presenterMode ? PresenterMask::maskEmails(name) : name;
    if (!m_sideBySide) {
        m_tabWidget->setTabText(index, shown);
        m_tabWidget->setTabToolTip(index, shown);
    }
    view->setTitleShown(m_sideBySide);
}

void SessionTabs::updateTabBar()
{
    // One session needs no tab bar.
    m_tabWidget->tabBar()->setVisible(m_views.size() > 1);
    Q_EMIT countChanged(count());
}

void SessionTabs::setSideBySide(bool on)
{
    if (m_sideBySide == on) {
        return;
    }
    SessionView* current = m_current;
    m_sideBySide = on;
    const QSignalBlocker blocker(m_tabWidget);
    if (on) {
        while (m_tabWidget->count() > 0) {
            m_tabWidget->removeTab(0);
        }
        for (SessionView* view : std::as_const(m_views)) {
            m_splitter->addWidget(view);
            view->show();
            view->setTitleShown(true);
        }
        QList<int> sizes;
        for (int i = 0; i < m_views.size(); ++i) {
            sizes.append(1000);
        }
        m_splitter->setSizes(sizes);
    } else {
        for (SessionView* view : std::as_const(m_views)) {
            view->setTitleShown(false);
            m_tabWidget->addTab(view, QString());
            updateTabTitle(view);
        }
        m_tabWidget->setCurrentIndex(int(m_views.indexOf(current)));
    }
    m_tabWidget->setVisible(!on);
    m_sideBySideArea->setVisible(on);
    fitWindowToSideBySide(on);
    m_current = current;
    Q_EMIT sideBySideChanged(on);
    onCurrentChanged();
    updateTabBar();
}

void SessionTabs::fitWindowToSideBySide(bool on)
{
    QWidget* top = window();
    if (top->isMaximized() || top->isFullScreen()) {
        return;
    }
    if (!on) {
        if (m_windowBeforeSideBySide.isValid()) {
            ScreenFit::resize(top, QSize(m_windowBeforeSideBySide.width(), top->height()));
            top->move(m_windowBeforeSideBySide.x(), top->y());
            ScreenFit::place(top);
        }
        m_windowBeforeSideBySide = QRect();
        return;
    }
    m_windowBeforeSideBySide = QRect(top->pos(), top->size());
    // As wide as the row needs, as far as the screen allows; beyond that the row scrolls.
    const int missing = m_splitter->minimumSizeHint().width() - width();
    if (missing > 0) {
        ScreenFit::resize(top, QSize(top->width() + missing, top->height()));
        ScreenFit::place(top);
    }
}

void SessionTabs::onCurrentChanged()
{
    if (!m_sideBySide) {
        m_current = qobject_cast<SessionView*>(m_tabWidget->currentWidget());
    }
    for (SessionView* view : std::as_const(m_views)) {
        view->setProperty("current", view == m_current);
    }
    Q_EMIT currentChanged(m_current);
}

void SessionTabs::setPresenterMode(bool on)
{
    m_presenterMode = on;
    for (SessionView* view : std::as_const(m_views)) {
        view->setPresenterMode(on);
        updateTabTitle(view);
    }
}

void SessionTabs::setLoginPanelShown(bool shown)
{
    m_loginPanelShown = shown;
    for (SessionView* view : std::as_const(m_views)) {
        view->setLoginPanelShown(shown);
    }
}

void SessionTabs::restoreSplitterState(const QByteArray& state)
{
    m_splitterState = state;
    for (SessionView* view : std::as_const(m_views)) {
        view->restoreSplitterState(state);
    }
}

QByteArray SessionTabs::saveSplitterState() const
{
    return m_current ? m_current->saveSplitterState() : QByteArray();
}
