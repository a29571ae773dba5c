#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

class QScrollArea;
class QSplitter;
class QTabWidget;
class SessionView;

// The main window's customer sessions: one SessionView per tab, or all of them side by side in a splitter.
// It adds, closes (asking only while a call is under way), renames and reorders them (a tab can be dragged),
// keeps track of the one in front, and hands presenter mode, the login panel's visibility and the login panel |
// result splitter to every view. After a login's answer the keyboard focus goes to the answer (its tabs, or the
// code field when a code is asked for), not to whatever field follows the busy form. What a session does, and the menus
// that act on the current one, stay with the window and the views.
class SessionTabs final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTabs)

public:
    explicit SessionTabs(QWidget* parent = nullptr);
    ~SessionTabs() override;

    int count() const { return int(m_views.size()); }
    // In tab order.
    const QList<SessionView*>& views() const { return m_views; }
    SessionView* view(int index) const;
    SessionView* current() const { return m_current; }
    int currentIndex() const;
    void setCurrentIndex(int index);

    // Takes a new view: named "Session n", shown like the others (presenter mode, login panel, splitter as the
    // view in front has it) and made current.
    void addSession(SessionView* view);
    // Closes a session; asks only while a call is under way (then cancelled). False when the user kept it open.
    bool closeSession(int index);
    // Renames a session (its tab title); an empty name goes back to the automatic one.
    void renameSession(int index, const QString& name);
    // Asks for a name for the current session (double-clicking a tab does the same for that tab).
    void renameCurrentSession();

    bool isSideBySide() const { return m_sideBySide; }
    // Shows the sessions next to each other in a splitter instead of in tabs. The row scrolls sideways rather than
    // make the window wider than its screen; the window grows within the screen for it, and gets its width back
    // when the sessions go back into tabs.
    void setSideBySide(bool on);

    void setPresenterMode(bool on);
    void setLoginPanelShown(bool shown);
    // Keyboard: the filter of the tree on screen in the session in front (the window's Ctrl+F).
    void focusTreeFilter();
    // The login panel | result splitter: a saved state goes to every view and to later ones; saved from the
    // current view.
    void restoreSplitterState(const QByteArray& state);
    QByteArray saveSplitterState() const;

Q_SIGNALS:
    // Another session is in front; null for a moment after the last one closed.
    void currentChanged(SessionView* view);
    // A session was added or closed; after the last one closed, count() is 0 until the window adds one.
    void countChanged(int count);
    void sideBySideChanged(bool on);
    // The session in front showed an answer or another result, forgot its tokens, or became busy or idle, or
    // its ticket changed: what the window offers for it may change.
    void currentStateChanged();

private:
    void onCurrentChanged();
    void updateTabTitle(SessionView* view);
    void updateTabBar();
    void fitWindowToSideBySide(bool on);

    QTabWidget* m_tabWidget;
    QSplitter* m_splitter;
    QScrollArea* m_sideBySideArea;
    QList<SessionView*> m_views; // in tab order
    SessionView* m_current = nullptr;
    QByteArray m_splitterState; // login panel | result, as saved
    int m_sessionsMade = 0;
    QRect m_windowBeforeSideBySide; // the window's place and size, to give back when leaving side by side
    bool m_presenterMode = false;
    bool m_loginPanelShown = true;
    bool m_sideBySide = false;
};
