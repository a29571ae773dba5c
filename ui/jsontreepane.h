#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class JsonTreeFilterProxy;
class JsonTreeModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;
class SecretClipboard;

// A JSON tree with a filter line above it, shared by the result view and the token inspector. The
// filter (debounced, case-insensitive) keeps matching keys, values and JSON paths with their parents
// and highlights them, without building the lazy model's hidden nodes; a typed filter is looked for in
// slices (JsonTreeFilterProxy::prepareFilterText), so that typing into a big tree never freezes the window. A context
// menu, the options button and shortcuts copy a value (Ctrl+C) or its JSON path (Ctrl+Shift+C), expand to a depth or
// collapse. Expanding is bounded by ExpandBudget rows so that a 5,000-item array never freezes the
// window. Values the model masks are never copied; a token is copied through SecretClipboard.
class JsonTreePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreePane)

public:
    static constexpr int FilterDelayMs = 150;
    static constexpr int ExpandBudget = 2000; // rows an expand command shows at most

    explicit JsonTreePane(QWidget* parent = nullptr);
    ~JsonTreePane() override;

    // The model is not owned; it may be shared with nothing else that reorders it.
    void setModel(JsonTreeModel* model);
    JsonTreeModel* model() const;
    JsonTreeFilterProxy* proxy() const;
    QTreeView* treeView() const;
    QLineEdit* filterLineEdit() const;
    QToolButton* optionsButton() const;

    // Used for copies; by default the pane has its own.
    void setClipboard(SecretClipboard* clipboard);

    void setFilterVisible(bool visible);
    // Ctrl+F inside the pane focuses its filter; turn it off when the owner has its own Ctrl+F.
    void setFindShortcutEnabled(bool enabled);
    // Also match values as rendered by the model's annotator (small trees such as a JWT's).
    void setMatchRenderedValues(bool match);

    // Sets the filter text and applies it at once (typing applies it after FilterDelayMs and the search in slices).
    void setFilterText(const QString& text);
    QString filterText() const;
    void focusFilter();

    // Opens `depth` levels below the top (1 = the top-level rows' children); 0 collapses all.
    void expandToDepth(int depth);
    void expandAllShown();
    void collapseAll();
    // The depth restored when the filter is cleared.
    void setDefaultDepth(int depth);

    void copyValue();
    void copyPath();

Q_SIGNALS:
    // A short note for the status bar, e.g. after a copy.
    void statusMessage(const QString& message);
    // After a filter text took effect.
    void filterApplied();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyFilter();
    void showFilter();
    void expandMatches();
    void expandBreadthFirst(int depth, bool onlyToMatches);
    void showContextMenu(const QPoint& position);
    void updateHighlight();
    void updateActions();
    QModelIndex currentSourceIndex() const;

    JsonTreeModel* m_model = nullptr;
    JsonTreeFilterProxy* m_proxy;
    QLineEdit* m_filterLineEdit;
    QToolButton* m_optionsButton;
    QLabel* m_noMatchLabel;
    QTreeView* m_treeView;
    QMenu* m_menu;
    SecretClipboard* m_clipboard;
    QAction* m_findAction;
    QAction* m_copyValueAction;
    QAction* m_copyPathAction;
    QAction* m_expandAllAction;
    QAction* m_collapseAllAction;
    QTimer m_filterTimer;
    QElapsedTimer m_filterClock; // since the filter text was taken, for the log
    int m_defaultDepth = 0;
};
