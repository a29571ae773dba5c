#include "jsontreepane.h"

#include "jsontreedelegate.h"
#include "jsontreefilterproxy.h"
#include "logging.h"
#include "secretclipboard.h"

#include "json/jsontreemodel.h"
#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QQueue>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

// The value with every credential-looking string replaced by its mask; *found tells whether there was one.
QJsonValue redactSecrets(const QJsonValue& value, const QString& key, bool mask, bool* found)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            it.value() = redactSecrets(it.value(), it.key(), mask, found);
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto item : array) { // QJsonValueRef: assigning writes into the array
            item = redactSecrets(item, key, mask, found);
        }
        return array;
    }
    if (JsonTreeFilterProxy::looksSecret(key, value)) {
        *found = true;
        return mask ? QJsonValue(JsonTreeModel::maskedText(value)) : value;
    }
    return value;
}

QString compactJson(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    if (value.isString()) {
        return value.toString();
    }
    return JsonTreeModel::displayText(value);
}

} // namespace

JsonTreePane::JsonTreePane(QWidget* parent)
    : QWidget(parent)
    , m_proxy(new JsonTreeFilterProxy(this))
    , m_filterLineEdit(new QLineEdit(this))
    , m_optionsButton(new QToolButton(this))
    , m_noMatchLabel(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_menu(new QMenu(this))
    , m_clipboard(new SecretClipboard(this))
    , m_findAction(new QAction(this))
    , m_copyValueAction(new QAction(tr("Copy &Value"), this))
    , m_copyPathAction(new QAction(tr("Copy JSON &Path"), this))
    , m_expandAllAction(new QAction(tr("Expand &All Shown"), this))
    , m_collapseAllAction(new QAction(tr("C&ollapse All"), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filterLineEdit, 1);
    filterRow->addWidget(m_optionsButton);
    layout->addLayout(filterRow);
    layout->addWidget(m_noMatchLabel);
    layout->addWidget(m_treeView, 1);

    m_filterLineEdit->setPlaceholderText(tr("Filter keys and values…"));
    m_filterLineEdit->setAccessibleName(tr("Filter"));
    m_filterLineEdit->setToolTip(tr("Shows rows whose key, value or JSON path contains this text (Ctrl+F). Esc "
                                    "clears it."));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->installEventFilter(this);

    m_optionsButton->setText(tr("View"));
    m_optionsButton->setAccessibleName(tr("Tree options"));
    m_optionsButton->setToolTip(tr("Copy, expand and collapse"));
    m_optionsButton->setPopupMode(QToolButton::InstantPopup);
    m_optionsButton->setMenu(m_menu);

    m_noMatchLabel->setVisible(false);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setForegroundRole(QPalette::PlaceholderText);

    m_treeView->setModel(m_proxy);
    m_treeView->setItemDelegate(new JsonTreeDelegate(m_treeView)); // long names keep their distinguishing end
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAllColumnsShowFocus(true);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->installEventFilter(this);
    setFocusProxy(m_treeView);
    QWidget::setTabOrder(m_filterLineEdit, m_optionsButton);
    QWidget::setTabOrder(m_optionsButton, m_treeView);

    // Shortcuts of the tree alone, so that Ctrl+C in the filter still copies the filter's text.
    m_copyValueAction->setShortcut(QKeySequence::Copy);
    m_copyValueAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathAction->setShortcutContext(Qt::WidgetShortcut);
    m_treeView->addAction(m_copyValueAction);
    m_treeView->addAction(m_copyPathAction);
    connect(m_copyValueAction, &QAction::triggered, this, &JsonTreePane::copyValue);
    connect(m_copyPathAction, &QAction::triggered, this, &JsonTreePane::copyPath);

    m_menu->addAction(m_copyValueAction);
    m_menu->addAction(m_copyPathAction);
    m_menu->addSeparator();
    for (int depth = 1; depth <= 3; ++depth) {
        auto* action = new QAction(tr("Expand to Depth &%1").arg(depth), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + depth)));
        action->setShortcutContext(Qt::WidgetShortcut);
        m_treeView->addAction(action);
        connect(action, &QAction::triggered, this, [this, depth] { expandToDepth(depth); });
        m_menu->addAction(action);
    }
    m_menu->addAction(m_expandAllAction);
    m_menu->addAction(m_collapseAllAction);
    connect(m_expandAllAction, &QAction::triggered, this, &JsonTreePane::expandAllShown);
    connect(m_collapseAllAction, &QAction::triggered, this, &JsonTreePane::collapseAll);
    connect(m_menu, &QMenu::aboutToShow, this, &JsonTreePane::updateActions);
    connect(m_treeView, &QWidget::customContextMenuRequested, this, &JsonTreePane::showContextMenu);

    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &JsonTreePane::focusFilter);

    // Filtering a big tree takes a moment: wait for a pause in typing.
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(m_filterLineEdit, &QLineEdit::textChanged, &m_filterTimer, qOverload<>(&QTimer::start));
    connect(&m_filterTimer, &QTimer::timeout, this, &JsonTreePane::applyFilter);
    // The big tree's matches are looked for in slices: the rows open once all are known.
    connect(m_proxy, &JsonTreeFilterProxy::filterReady, this, &JsonTreePane::showFilter);

    updateHighlight();
}

JsonTreePane::~JsonTreePane() = default;

void JsonTreePane::setModel(JsonTreeModel* model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
}

JsonTreeModel* JsonTreePane::model() const
{
    return m_model;
}

JsonTreeFilterProxy* JsonTreePane::proxy() const
{
    return m_proxy;
}

QTreeView* JsonTreePane::treeView() const
{
    return m_treeView;
}

QLineEdit* JsonTreePane::filterLineEdit() const
{
    return m_filterLineEdit;
}

QToolButton* JsonTreePane::optionsButton() const
{
    return m_optionsButton;
}

void JsonTreePane::setClipboard(SecretClipboard* clipboard)
{
    if (clipboard && clipboard != m_clipboard) {
        if (m_clipboard->parent() == this) {
            delete m_clipboard;
        }
        m_clipboard = clipboard;
    }
}

void JsonTreePane::setFilterVisible(bool visible)
{
    m_filterLineEdit->setVisible(visible);
    m_optionsButton->setVisible(visible);
    m_findAction->setEnabled(visible && m_findAction->isEnabled());
}

void JsonTreePane::setFindShortcutEnabled(bool enabled)
{
    m_findAction->setEnabled(enabled);
}

void JsonTreePane::setMatchRenderedValues(bool match)
{
    m_proxy->setMatchRenderedValues(match);
}

void JsonTreePane::setFilterText(const QString& text)
{
    {
        const QSignalBlocker blocker(m_filterLineEdit);
        m_filterLineEdit->setText(text);
    }
    m_filterTimer.stop();
    m_filterClock.start();
    m_proxy->setFilterText(text);
    showFilter();
}

QString JsonTreePane::filterText() const
{
    return m_proxy->filterText();
}

void JsonTreePane::focusFilter()
{
    if (m_filterLineEdit->isVisible()) {
        m_filterLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterLineEdit->selectAll();
    }
}

void JsonTreePane::setDefaultDepth(int depth)
{
    m_defaultDepth = std::max(depth, 0);
}

void JsonTreePane::applyFilter()
{
    m_filterClock.start();
    m_proxy->prepareFilterText(m_filterLineEdit->text()); // showFilter() once the matches are known
}

void JsonTreePane::showFilter()
{
    const qsizetype nodesBefore = m_model ? m_model->nodeCount() : 0;
    if (m_proxy->isFiltering()) {
        expandMatches();
    } else {
        expandToDepth(m_defaultDepth);
    }
    const bool empty = m_proxy->isFiltering() && m_proxy->rowCount() == 0;
    m_noMatchLabel->setText(empty ? tr("No key, value or path contains “%1”.").arg(m_proxy->filterText()) : QString());
    m_noMatchLabel->setVisible(empty);
    // The filter text is not logged: it may be part of a value.
    qCDebug(lcUi) << "tree filter applied in" << (m_filterClock.isValid() ? m_filterClock.elapsed() : 0) << "ms;"
                  << (m_model ? m_model->nodeCount() : 0) - nodesBefore << "nodes built";
    Q_EMIT filterApplied();
}

void JsonTreePane::expandMatches()
{
    m_treeView->collapseAll();
    expandBreadthFirst(INT_MAX, true);
}

void JsonTreePane::expandToDepth(int depth)
{
    m_treeView->collapseAll();
    if (depth > 0) {
        expandBreadthFirst(depth, false);
    }
}

void JsonTreePane::expandAllShown()
{
    expandToDepth(INT_MAX);
}

void JsonTreePane::collapseAll()
{
    m_treeView->collapseAll();
}

void JsonTreePane::expandBreadthFirst(int depth, bool onlyToMatches)
{
    // Level by level, so that the budget is spent on the upper levels first. With onlyToMatches, rows that match
    // themselves stay closed (their members all pass the filter); rows kept for a match below them open.
    QQueue<std::pair<QPersistentModelIndex, int>> queue;
    int shown = m_proxy->rowCount();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        queue.enqueue({ m_proxy->index(row, 0), 0 });
    }
    bool cut = false;
    while (!queue.isEmpty()) {
        const auto [index, level] = queue.dequeue();
        if (level >= depth || !index.isValid() || !m_proxy->hasChildren(index)) {
            continue;
        }
        if (onlyToMatches && m_proxy->data(index, JsonTreeFilterProxy::MatchRole).toBool()) {
            continue;
        }
        const int rows = m_proxy->rowCount(index);
        if (shown + rows > ExpandBudget) {
            cut = true; // too big to open here; smaller rows of this level may still fit
            continue;
        }
        m_treeView->expand(index);
        shown += rows;
        for (int row = 0; row < rows; ++row) {
            queue.enqueue({ m_proxy->index(row, 0, index), level + 1 });
        }
    }
    if (cut) {
        Q_EMIT statusMessage(
            tr("Opened the first %n rows only; filter the tree to see the rest.", nullptr, ExpandBudget));
    }
}

QModelIndex JsonTreePane::currentSourceIndex() const
{
    const QModelIndex current = m_treeView->currentIndex();
    if (!current.isValid()) {
        return {};
    }
    return m_proxy->mapToSource(current.siblingAtColumn(JsonTreeModel::KeyColumn));
}

void JsonTreePane::copyValue()
{
    const QModelIndex source = currentSourceIndex();
    if (!source.isValid() || !m_model) {
        return;
    }
    const QJsonValue value = source.data(JsonTreeModel::JsonValueRole).value<QJsonValue>();
    const QString key = source.data(Qt::DisplayRole).toString();
    const bool masked = m_model->maskSecrets();
    const bool markedSecret = source.data(JsonTreeModel::IsSecretRole).toBool();
    if (markedSecret && m_model->hasExtraMask()) {
        // Presenter mode: what it hides (or a container holding some) is not copied either.
        Q_EMIT statusMessage(tr("This value is hidden in presenter mode, so it is not copied."));
        return;
    }
    if (masked && markedSecret) {
        // The model shows only the mask: the plain text never leaves through a copy.
        Q_EMIT statusMessage(tr("This value is hidden. Show secrets to copy it."));
        return;
    }
    // An object or array is copied with token-like members masked while secrets are hidden; a token shown in
    // full (or a container holding some) goes through the secret clipboard.
    const bool container = value.isObject() || value.isArray();
    const bool redact = masked && container;
    bool containsSecret = markedSecret;
    const QJsonValue copied = redactSecrets(value, key, redact, &containsSecret);
    const QString text = compactJson(copied);
    if (containsSecret && !redact) {
        m_clipboard->copySecret(text);
        Q_EMIT statusMessage(
            tr("Copied. The clipboard is cleared in %n seconds.", nullptr, SecretClipboard::DefaultClearSeconds));
    } else {
        m_clipboard->copyText(text);
        Q_EMIT statusMessage(containsSecret ? tr("Value copied with its secrets hidden.") : tr("Value copied."));
    }
}

void JsonTreePane::copyPath()
{
    const QModelIndex source = currentSourceIndex();
    if (!source.isValid()) {
        return;
    }
    m_clipboard->copyText(source.data(JsonTreeModel::JsonPathRole).toString());
    Q_EMIT statusMessage(tr("JSON path copied."));
}

void JsonTreePane::updateActions()
{
    const bool hasCurrent = m_treeView->currentIndex().isValid();
    m_copyValueAction->setEnabled(hasCurrent);
    m_copyPathAction->setEnabled(hasCurrent);
}

void JsonTreePane::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_treeView->indexAt(position);
    if (index.isValid()) {
        m_treeView->setCurrentIndex(index);
    }
    // From the keyboard (Menu key), next to the current row rather than the middle of the view.
    QPoint at = position;
    if (!index.isValid() && m_treeView->currentIndex().isValid()) {
        at = m_treeView->visualRect(m_treeView->currentIndex()).bottomLeft();
    }
    updateActions();
    m_menu->popup(m_treeView->viewport()->mapToGlobal(at));
}

bool JsonTreePane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_filterLineEdit && key->key() == Qt::Key_Escape && !m_filterLineEdit->text().isEmpty()) {
            setFilterText(QString());
            return true;
        }
        if (watched == m_treeView && key->key() == Qt::Key_Asterisk) {
            // QTreeView's own "*" opens every level below the row: on 5,000 contacts that builds everything.
            const QModelIndex current = m_treeView->currentIndex();
            if (current.isValid()) {
                m_treeView->expand(current.siblingAtColumn(0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JsonTreePane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateHighlight();
    }
    QWidget::changeEvent(event);
}

void JsonTreePane::updateHighlight()
{
    QFont bold = m_treeView->font();
    bold.setBold(true);
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(60);
    m_proxy->setHighlight(bold, background);
}
