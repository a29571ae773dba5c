#include "compareview.h"

#include "jsontreedelegate.h"
#include "jsontreefilterproxy.h"
#include "jsontreepane.h"
#include "logging.h"
#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "textfile.h"
#include "ui_compareview.h"

#include "json/jsonpath.h"
#include "json/jsontreemodel.h"
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxValueCharacters = 80;
constexpr qint64 SlowMs = 100; // a comparison that takes longer is logged

// Tints the rows of a tree whose node differs from the other side (green added, red removed, amber
// changed) and, more faintly, the ancestors of differences. Translucent, so that it reads on light and
// dark palettes and keeps the filter's own highlight.
class DifferenceDelegate final : public JsonTreeDelegate
{
public:
    DifferenceDelegate(const InputComparison* comparison, InputComparison::Side side, QObject* parent)
        : JsonTreeDelegate(parent)
        , m_comparison(comparison)
        , m_side(side)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        JsonTreeDelegate::initStyleOption(option, index);
        if (option->backgroundBrush.style() != Qt::NoBrush) {
            return; // the filter's highlight
        }
        const QString path = index.siblingAtColumn(0).data(JsonTreeModel::JsonPathRole).toString();
        if (path.isEmpty()) {
            return;
        }
        if (const JsonDifference* difference = m_comparison->differenceAt(m_side, path)) {
            option->backgroundBrush = colorFor(difference->kind);
        } else if (m_comparison->containsDifference(m_side, path)) {
            option->backgroundBrush = QColor(0xe0, 0xa0, 0x20, 28);
        }
    }

private:
    static QColor colorFor(JsonDifference::Kind kind)
    {
        switch (kind) {
        case JsonDifference::Kind::Added:
            return { 0x2e, 0xa0, 0x43, 70 };
        case JsonDifference::Kind::Removed:
            return { 0xd7, 0x3a, 0x49, 70 };
        case JsonDifference::Kind::Changed:
        case JsonDifference::Kind::TypeChanged:
            break;
        }
        return { 0xe0, 0xa0, 0x20, 80 };
    }

    const InputComparison* m_comparison;
    InputComparison::Side m_side;
};

QString compactText(const QJsonValue& value)
{
    QString text = JsonTreeModel::escapeForDisplay(ComparableInput::compactText(value));
    if (text.size() > MaxValueCharacters) {
        text = text.left(MaxValueCharacters - 1) + u'…';
    }
    return text;
}

// In presenter mode a value is shown only without its personal data.
QJsonValue presenterShown(const QString& path, const QJsonValue& value, bool presenter)
{
    if (!presenter || ComparableInput::isSecretShape(value)) {
        return value;
    }
    if (value.isObject() || value.isArray()) {
        return PresenterMask::maskJson(value, path);
    }
    return PresenterMask::isPersonal(path, value) ? QJsonValue(PresenterMask::mask()) : value;
}

QString differenceText(JsonDifference difference, bool presenter)
{
    const QString path = JsonPath::withoutRoot(difference.path);
    const QJsonValue shownBefore = presenterShown(difference.path, difference.before, presenter);
    const QJsonValue shownAfter = presenterShown(difference.path, difference.after, presenter);
    if (presenter && difference.kind != JsonDifference::Kind::Added && difference.kind != JsonDifference::Kind::Removed
        && (shownBefore != difference.before || shownAfter != difference.after) && shownBefore.isString()
        && shownAfter.isString()) {
        //: A changed node whose values are personal data, in presenter mode.
        return CompareView::tr("~ %1: changed (the values are hidden in presenter mode)").arg(path);
    }
    difference.before = shownBefore;
    difference.after = shownAfter;
    switch (difference.kind) {
    case JsonDifference::Kind::Added:
        //: A node only in the second input: its path and value.
        return CompareView::tr("+ %1: %2").arg(path, compactText(difference.after));
    case JsonDifference::Kind::Removed:
        //: A node only in the first input: its path and value.
        return CompareView::tr("− %1: %2").arg(path, compactText(difference.before));
    case JsonDifference::Kind::Changed:
    case JsonDifference::Kind::TypeChanged:
        break;
    }
    const QString before = compactText(difference.before);
    const QString after = compactText(difference.after);
    if (before == after && ComparableInput::isSecretShape(difference.before)) {
        return CompareView::tr("~ %1: %2 → another value of the same length and ending").arg(path, before);
    }
    if (before == after) {
        return CompareView::tr("~ %1: %2 → a value that differs further on").arg(path, before);
    }
    //: A changed node: its path, the value in the first input and the one in the second.
    return CompareView::tr("~ %1: %2 → %3").arg(path, before, after);
}

// Whole sentences per kind, so that each translates on its own.
QString summaryFor(ComparableInput::Kind kind, qsizetype count)
{
    const QString number = QString::number(count);
    switch (kind) {
    case ComparableInput::Kind::Jwt:
        return count == 0 ? CompareView::tr("The two JWTs are equal.")
                          : CompareView::tr("Differences between the two JWTs: %1.").arg(number);
    case ComparableInput::Kind::AuthTicket:
        return count == 0 ? CompareView::tr("The two auth tickets are equal.")
                          : CompareView::tr("Differences between the two auth tickets: %1.").arg(number);
    case ComparableInput::Kind::CustomerAccount:
        return count == 0 ? CompareView::tr("The two customer accounts are equal.")
                          : CompareView::tr("Differences between the two customer accounts: %1.").arg(number);
    case ComparableInput::Kind::Unknown:
        break;
    }
    return count == 0 ? CompareView::tr("The two inputs are equal.")
                      : CompareView::tr("Differences between the two inputs: %1.").arg(number);
}

} // namespace

CompareView::CompareView(QWidget* parent)
    : QWidget(parent, parent ? Qt::WindowFlags() : Qt::WindowFlags(Qt::Window))
    , m_ui(std::make_unique<Ui::CompareView>())
    , m_clipboard(new SecretClipboard(this))
    , m_firstModel(new JsonTreeModel(this))
    , m_secondModel(new JsonTreeModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Compare"));
    // In presenter mode a note takes each editor's place in its grid cell.
    for (Side side : { Side::First, Side::Second }) {
        QPlainTextEdit* edit = editFor(side);
        auto* grid = qobject_cast<QGridLayout*>(edit->parentWidget()->layout());
        auto* note = new QLabel(tr("The input is hidden in presenter mode. Drop a file here or use Open…"), this);
        note->setObjectName(side == Side::First ? u"firstHiddenNoteLabel"_s : u"secondHiddenNoteLabel"_s);
        note->setWordWrap(true);
        note->setAlignment(Qt::AlignCenter);
        note->setFrameShape(QFrame::StyledPanel);
        note->setVisible(false);
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
        grid->getItemPosition(grid->indexOf(edit), &row, &column, &rowSpan, &columnSpan);
        grid->addWidget(note, row, column, rowSpan, columnSpan);
        (side == Side::First ? m_firstHiddenNote : m_secondHiddenNote) = note;
    }
    m_placeholder = tr("Paste a JWT, an auth-ticket JSON or a customer-account JSON…");

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* edit : { m_ui->firstPlainTextEdit, m_ui->secondPlainTextEdit }) {
        edit->setFont(fixed);
        // Tokens are long lines without spaces: wrap anywhere, so that big inputs lay out at once.
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setWordWrapMode(QTextOption::WrapAnywhere);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 5 + 2 * edit->frameWidth() + 8);
        edit->setAcceptDrops(false); // files and text dropped on either side go through dropEvent()
        edit->setPlaceholderText(m_placeholder);
    }
    connect(m_ui->firstPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] { onEdited(Side::First); });
    connect(m_ui->secondPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] { onEdited(Side::Second); });
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->summaryLabel->setFont(bold);
    m_ui->detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->differencesListWidget->setFont(fixed);
    m_ui->ignoreVolatileCheckBox->setToolTip(tr("Ignores what differs between two logins of one customer: "
                                                "times of issue and expiry, nonces, session ids and the tokens."));

    setupPane(Side::First, tr("First input as a tree"));
    setupPane(Side::Second, tr("Second input as a tree"));
    m_ui->resultSplitter->setStretchFactor(0, 1);
    m_ui->resultSplitter->setStretchFactor(1, 3);
    QWidget::setTabOrder(m_ui->differencesListWidget, m_ui->firstTreePane->filterLineEdit());
    QWidget::setTabOrder(m_ui->firstTreePane->filterLineEdit(), m_ui->firstTreePane->optionsButton());
    QWidget::setTabOrder(m_ui->firstTreePane->optionsButton(), m_ui->firstTreePane->treeView());
    QWidget::setTabOrder(m_ui->firstTreePane->treeView(), m_ui->secondTreePane->filterLineEdit());
    QWidget::setTabOrder(m_ui->secondTreePane->filterLineEdit(), m_ui->secondTreePane->optionsButton());
    QWidget::setTabOrder(m_ui->secondTreePane->optionsButton(), m_ui->secondTreePane->treeView());

    m_compareTimer.setSingleShot(true);
    m_compareTimer.setInterval(CompareDelayMs);
    connect(&m_compareTimer, &QTimer::timeout, this, &CompareView::compareNow);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &CompareView::compareNow);
    connect(m_ui->swapButton, &QPushButton::clicked, this, &CompareView::swapInputs);
    connect(m_ui->ignoreVolatileCheckBox, &QCheckBox::toggled, this, &CompareView::compareNow);
    connect(m_ui->firstOpenButton, &QPushButton::clicked, this, [this] { chooseFile(Side::First); });
    connect(m_ui->secondOpenButton, &QPushButton::clicked, this, [this] { chooseFile(Side::Second); });
    connect(
        m_ui->differencesListWidget, &QListWidget::currentItemChanged, this, &CompareView::onCurrentDifferenceChanged);

    resize(1200, 800);
    compareNow();
}

CompareView::~CompareView() = default;

void CompareView::setupPane(Side side, const QString& name)
{
    JsonTreePane* pane = paneFor(side);
    pane->setModel(modelFor(side));
    pane->setClipboard(m_clipboard);
    pane->setDefaultDepth(1);
    pane->treeView()->setAccessibleName(name);
    pane->treeView()->setItemDelegate(new DifferenceDelegate(&m_comparison, side, pane->treeView()));
    const QString prefix = side == Side::First ? u"first"_s : u"second"_s;
    pane->treeView()->setObjectName(prefix + u"TreeView"_s);
    pane->filterLineEdit()->setObjectName(prefix + u"FilterLineEdit"_s);
    pane->optionsButton()->setObjectName(prefix + u"OptionsButton"_s);
    pane->filterLineEdit()->setAccessibleName(
        side == Side::First ? tr("Filter the first tree") : tr("Filter the second tree"));
    connect(pane, &JsonTreePane::statusMessage, this, &CompareView::statusMessage);
}

QPlainTextEdit* CompareView::editFor(Side side) const
{
    return side == Side::First ? m_ui->firstPlainTextEdit : m_ui->secondPlainTextEdit;
}

JsonTreePane* CompareView::paneFor(Side side) const
{
    return side == Side::First ? m_ui->firstTreePane : m_ui->secondTreePane;
}

JsonTreeModel* CompareView::modelFor(Side side) const
{
    return side == Side::First ? m_firstModel : m_secondModel;
}

void CompareView::putInput(Side side, const QByteArray& bytes, const QString& name)
{
    QPlainTextEdit* edit = editFor(side);
    const QSignalBlocker blocker(edit);
    QByteArray& held = side == Side::First ? m_heldFirst : m_heldSecond;
    if (bytes.size() > MaxShownBytes) {
        // Laying out megabytes of one-line JSON would freeze the window for seconds: kept aside, compared, not shown.
        held = bytes;
        edit->clear();
        const QString size = QLocale().formattedDataSize(bytes.size());
        edit->setPlaceholderText(name.isEmpty()
                ? tr("This input (%1) is compared but too big to show here. Type, paste or drop to replace it.")
                      .arg(size)
                : tr("%1 (%2) is compared but too big to show here. Type, paste or drop to replace it.")
                      .arg(name, size));
    } else {
        held.clear();
        edit->setPlaceholderText(m_placeholder);
        edit->setPlainText(QString::fromUtf8(bytes));
    }
}

void CompareView::onEdited(Side side)
{
    QByteArray& held = side == Side::First ? m_heldFirst : m_heldSecond;
    if (!held.isEmpty() && !editFor(side)->document()->isEmpty()) {
        held.clear(); // the user replaced what was too big to show
        editFor(side)->setPlaceholderText(m_placeholder);
    }
    m_compareTimer.start();
}

void CompareView::setInputs(const QByteArray& first, const QByteArray& second)
{
    QElapsedTimer timer;
    timer.start();
    putInput(Side::First, first);
    putInput(Side::Second, second);
    if (timer.elapsed() > SlowMs) {
        qCInfo(lcUi) << "compare view took" << timer.elapsed() << "ms to show inputs of" << first.size() << "and"
                     << second.size() << "bytes";
    }
    compareNow();
}

void CompareView::setLeftInput(const QByteArray& bytes)
{
    setInput(Side::First, bytes);
}

void CompareView::setRightInput(const QByteArray& bytes)
{
    setInput(Side::Second, bytes);
}

void CompareView::setInput(Side side, const QByteArray& bytes)
{
    putInput(side, bytes);
    compareNow();
}

QByteArray CompareView::input(Side side) const
{
    const QByteArray& held = side == Side::First ? m_heldFirst : m_heldSecond;
    return held.isEmpty() ? editFor(side)->toPlainText().toUtf8() : held;
}

bool CompareView::isInputShown(Side side) const
{
    return (side == Side::First ? m_heldFirst : m_heldSecond).isEmpty();
}

void CompareView::clear()
{
    setInputs({}, {});
    m_ui->firstPlainTextEdit->setFocus(Qt::OtherFocusReason);
}

void CompareView::swapInputs()
{
    setInputs(input(Side::Second), input(Side::First));
}

void CompareView::setIgnoreVolatile(bool ignore)
{
    m_ui->ignoreVolatileCheckBox->setChecked(ignore); // compares when it changes
}

bool CompareView::ignoreVolatile() const
{
    return m_ui->ignoreVolatileCheckBox->isChecked();
}

const InputComparison& CompareView::comparison() const
{
    return m_comparison;
}

bool CompareView::hasResult() const
{
    return m_hasResult;
}

int CompareView::differenceCount() const
{
    return m_hasResult ? int(m_comparison.result.differences.size()) : 0;
}

QString CompareView::summaryText() const
{
    return m_ui->summaryLabel->text();
}

void CompareView::compareNow()
{
    m_compareTimer.stop();
    m_comparison = InputComparison();
    const QByteArray first = input(Side::First);
    const QByteArray second = input(Side::Second);
    if (first.trimmed().isEmpty() && second.trimmed().isEmpty()) {
        showNothing(tr("Paste, drop or open two JWTs, two auth tickets or two customer accounts to compare them."),
            tr("Nothing is sent anywhere. Tokens are compared by their redacted shape and never shown."));
        return;
    }
    if (first.trimmed().isEmpty() || second.trimmed().isEmpty()) {
        showNothing(first.trimmed().isEmpty() ? tr("The first input is empty.") : tr("The second input is empty."),
            tr("Give both inputs to compare them."));
        return;
    }
    JsonDiff::Options options;
    options.ignoreVolatile = ignoreVolatile();
    QElapsedTimer timer;
    timer.start();
    m_comparison = InputComparison::compare(first, second, options);
    const qint64 comparedMs = timer.elapsed();
    if (!m_comparison.isValid()) {
        showNothing(tr("These inputs cannot be compared."), m_comparison.error);
        return;
    }
    showResult();
    // Never the inputs: only their kind, size and how long it took.
    if (timer.elapsed() > SlowMs) {
        qCInfo(lcUi) << "compare view compared two inputs of kind" << int(m_comparison.first.kind) << "of"
                     << first.size() << "and" << second.size() << "bytes:" << m_comparison.result.differences.size()
                     << "differences in" << comparedMs << "ms, shown in" << timer.elapsed() - comparedMs << "ms";
    }
}

void CompareView::showNothing(const QString& summary, const QString& detail)
{
    m_hasResult = false;
    m_comparison.result = {};
    m_comparison.first = {};
    m_comparison.second = {};
    m_ui->summaryLabel->setText(summary);
    m_ui->detailLabel->setText(detail);
    m_ui->detailLabel->setVisible(!detail.isEmpty());
    m_ui->differencesListWidget->clear();
    m_ui->differencesListWidget->setEnabled(false);
    m_firstModel->clear();
    m_secondModel->clear();
    m_ui->resultSplitter->setVisible(false);
    Q_EMIT compared();
}

void CompareView::showResult()
{
    m_hasResult = true;
    const InputComparison& comparison = m_comparison;
    const qsizetype count = comparison.result.differences.size();
    m_ui->summaryLabel->setText(summaryFor(comparison.first.kind, count));
    QStringList details;
    if (!comparison.result.ignored.isEmpty()) {
        details << tr("Volatile fields ignored: %1.").arg(comparison.result.ignored.size());
    } else if (ignoreVolatile()) {
        details << tr("Volatile fields are ignored.");
    }
    if (!comparison.first.secretPaths.isEmpty() || !comparison.second.secretPaths.isEmpty()) {
        details << tr("Tokens are compared by their redacted shape.");
    }
    m_ui->detailLabel->setText(details.join(u' '));
    m_ui->detailLabel->setVisible(!details.isEmpty());

    QListWidget* list = m_ui->differencesListWidget;
    {
        const QSignalBlocker blocker(list);
        list->clear();
        for (qsizetype i = 0; i < count; ++i) {
            const JsonDifference& difference = comparison.result.differences.at(i);
            auto* item = new QListWidgetItem(differenceText(difference, m_presenterMode));
            item->setData(Qt::UserRole, int(i));
            item->setToolTip(JsonPath::withoutRoot(difference.path));
            list->addItem(item);
        }
    }
    list->setEnabled(count > 0);
    list->setVisible(count > 0);
    m_ui->resultSplitter->setVisible(true);

    for (const Side side : { Side::First, Side::Second }) {
        JsonTreeModel* model = modelFor(side);
        const ComparableInput& input = side == Side::First ? comparison.first : comparison.second;
        model->setAnnotator(comparison.annotator(side));
        model->setJson(input.value);
        JsonTreePane* pane = paneFor(side);
        const QString filter = pane->filterText();
        if (filter.trimmed().isEmpty()) {
            pane->expandToDepth(1);
            // A token's shape (kind, length, last four, digest) says little more than its row: keep it closed.
            for (const QString& path : input.secretPaths) {
                const QModelIndex proxied = pane->proxy()->mapFromSource(model->indexForPath(path));
                if (proxied.isValid()) {
                    pane->treeView()->collapse(proxied);
                }
            }
        } else {
            pane->setFilterText(filter);
        }
        QTreeView* view = pane->treeView();
        view->resizeColumnToContents(JsonTreeModel::KeyColumn);
        view->resizeColumnToContents(JsonTreeModel::ValueColumn);
        view->setColumnWidth(JsonTreeModel::KeyColumn, std::min(view->columnWidth(JsonTreeModel::KeyColumn) + 16, 260));
        view->setColumnWidth(
            JsonTreeModel::ValueColumn, std::clamp(view->columnWidth(JsonTreeModel::ValueColumn) + 16, 120, 300));
    }
    Q_EMIT compared();
}

void CompareView::selectDifference(int index)
{
    if (index >= 0 && index < m_ui->differencesListWidget->count()) {
        m_ui->differencesListWidget->setCurrentRow(index);
    }
}

void CompareView::onCurrentDifferenceChanged(QListWidgetItem* current)
{
    if (!current || !m_hasResult) {
        return;
    }
    const int index = current->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_comparison.result.differences.size()) {
        return;
    }
    const JsonDifference& difference = m_comparison.result.differences.at(index);
    // A node only on one side selects its parent on the other, where it would be.
    const auto parentOf = [](const QString& path) {
        const qsizetype dot = path.lastIndexOf(u'.');
        const qsizetype bracket = path.lastIndexOf(u'[');
        const qsizetype cut = std::max(dot, bracket);
        return cut > 0 ? path.left(cut) : QString();
    };
    selectPath(Side::First, difference.beforePath.isEmpty() ? parentOf(difference.afterPath) : difference.beforePath);
    selectPath(Side::Second, difference.afterPath.isEmpty() ? parentOf(difference.beforePath) : difference.afterPath);
}

void CompareView::selectPath(Side side, const QString& path)
{
    JsonTreePane* pane = paneFor(side);
    QTreeView* view = pane->treeView();
    const QModelIndex source = path.isEmpty() ? QModelIndex() : modelFor(side)->indexForPath(path);
    if (!source.isValid()) {
        view->clearSelection();
        return;
    }
    QModelIndex proxied = pane->proxy()->mapFromSource(source);
    if (!proxied.isValid() && !pane->filterText().isEmpty()) {
        pane->setFilterText(QString()); // the filter hides the node: show everything again
        proxied = pane->proxy()->mapFromSource(source);
    }
    if (!proxied.isValid()) {
        return;
    }
    for (QModelIndex parent = proxied.parent(); parent.isValid(); parent = parent.parent()) {
        view->expand(parent);
    }
    view->setCurrentIndex(proxied);
    view->scrollTo(proxied, QAbstractItemView::PositionAtCenter);
}

bool CompareView::openFile(Side side, const QString& path)
{
    const TextFile::Result file = TextFile::read(path, ComparableInput::MaxInputBytes, tr("%1 is too big to compare."));
    if (!file.ok()) {
        m_ui->summaryLabel->setText(file.problem);
        Q_EMIT statusMessage(file.problem);
        return false;
    }
    putInput(side, file.text.toUtf8(), file.name);
    compareNow();
    Q_EMIT statusMessage(tr("Opened %1.").arg(file.name));
    return true;
}

void CompareView::chooseFile(Side side)
{
    const QString path = QFileDialog::getOpenFileName(this,
        side == Side::First ? tr("Open the First Input") : tr("Open the Second Input"), QString(),
        tr("Tokens, tickets and accounts (*.jwt *.jws *.txt *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(side, path);
    }
}

void CompareView::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    const bool localFile = mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile();
    if (localFile || mime->hasText()) {
        event->acceptProposedAction();
    }
}

void CompareView::dropEvent(QDropEvent* event)
{
    // Dropped on the second input's half of the window: the second input; anywhere else the first.
    const QPoint at = event->position().toPoint();
    const QWidget* second = m_ui->secondInputWidget;
    const bool onSecond = at.x() >= second->mapTo(this, QPoint(0, 0)).x();
    const Side side = onSecond ? Side::Second : Side::First;
    const QMimeData* mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().constFirst().isLocalFile()) {
        openFile(side, mime->urls().constFirst().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        setInput(side, mime->text().toUtf8());
        event->acceptProposedAction();
    }
}

QLabel* CompareView::hiddenNoteFor(Side side) const
{
    return side == Side::First ? m_firstHiddenNote : m_secondHiddenNote;
}

void CompareView::setPresenterMode(bool on)
{
    m_presenterMode = on;
    const JsonTreeModel::MaskPredicate predicate
        = on ? JsonTreeModel::MaskPredicate(&PresenterMask::isPersonal) : JsonTreeModel::MaskPredicate();
    for (Side side : { Side::First, Side::Second }) {
        modelFor(side)->setExtraMask(predicate, PresenterMask::mask());
        editFor(side)->setVisible(!on);
        hiddenNoteFor(side)->setMinimumHeight(editFor(side)->height());
        hiddenNoteFor(side)->setVisible(on);
    }
    compareNow(); // the list and trees again, masked or not
}

bool CompareView::presenterMode() const
{
    return m_presenterMode;
}
