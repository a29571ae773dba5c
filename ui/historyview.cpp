#include "historyview.h"

#include "secretclipboard.h"
#include "secrets/presentermask.h"
#include "ui_historyview.h"
#include "vault/historystore.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QTableWidgetItem>

using namespace Qt::StringLiterals;

HistoryView::HistoryView(HistoryStore* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::HistoryView)
    , m_store(store)
    , m_clipboard(new SecretClipboard(this))
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->historyTableWidget;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("Time"), tr("Profile"), tr("User"), tr("Operation"), tr("Outcome"),
        tr("HTTP"), tr("Error code"), tr("Duration"), tr("Correlation ID") });
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->summaryLabel->setForegroundRole(QPalette::PlaceholderText);

    // A window of its own: Esc and Ctrl+W close it, as they close a dialog (the main window's Ctrl+W, Close Session,
    // is not in this window).
    for (const QKeySequence& keys : { QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W) }) {
        auto* close = new QShortcut(keys, this);
        close->setContext(Qt::WindowShortcut);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, &HistoryView::reload);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &HistoryView::confirmClear);
    connect(m_ui->copyCorrelationIdButton, &QPushButton::clicked, this, &HistoryView::copyCorrelationId);
    connect(table, &QTableWidget::itemSelectionChanged, this, &HistoryView::updateButtons);
    if (m_store) {
        connect(m_store, &HistoryStore::changed, this, [this] {
            reloadProfiles();
            reload();
        });
    }
    reloadProfiles();
    reload();
}

HistoryView::~HistoryView() = default;

QString HistoryView::operationText(const QString& operation)
{
    if (operation == u"Login"_s) {
        return tr("Login");
    }
    if (operation == u"FinishTwoFactor"_s) {
        return tr("Two-factor code");
    }
    if (operation == u"ResendCode"_s) {
        return tr("New two-factor code");
    }
    if (operation == u"RequestOtp"_s) {
        return tr("One-time code request");
    }
    if (operation == u"FinishOtp"_s) {
        return tr("One-time code login");
    }
    if (operation == u"Anonymous"_s) {
        return tr("Anonymous shopper");
    }
    if (operation == u"Refresh"_s) {
        return tr("Refresh");
    }
    if (operation == u"LookupTenant"_s) {
        return tr("Tenant lookup");
    }
    if (operation == u"AppToken"_s) {
        //: The application's own OAuth call (client id and secret) failed; no customer call was made.
        return tr("App token");
    }
    return operation;
}

QString HistoryView::outcomeText(const QString& outcome)
{
    if (outcome == HistoryEntry::OutcomeTicket) {
        return tr("Ticket issued");
    }
    if (outcome == HistoryEntry::OutcomeTwoFactor) {
        return tr("Code required");
    }
    if (outcome == HistoryEntry::OutcomeDone) {
        return tr("Done");
    }
    if (outcome == HistoryEntry::OutcomeRefused) {
        return tr("Refused");
    }
    if (outcome == HistoryEntry::OutcomeFailed) {
        return tr("Failed");
    }
    return outcome;
}

QString HistoryView::errorText(const QString& errorCode)
{
    static const QList<std::pair<QString, const char*>> kinds {
        { u"connectionRefused"_s, QT_TR_NOOP("connection refused") },
        { u"hostNotFound"_s, QT_TR_NOOP("host not found") },
        { u"timeout"_s, QT_TR_NOOP("timeout") },
        { u"cancelled"_s, QT_TR_NOOP("cancelled") },
        { u"tls"_s, QT_TR_NOOP("certificate not trusted") },
        { u"redirect"_s, QT_TR_NOOP("redirect") },
        { u"network"_s, QT_TR_NOOP("connection broken") },
        { u"httpError"_s, QT_TR_NOOP("not a Kibo error") },
        { u"notKibo"_s, QT_TR_NOOP("reply not understood") },
        { u"tooLarge"_s, QT_TR_NOOP("reply too large") },
        { u"throttled"_s, QT_TR_NOOP("throttled") },
        { u"proxy"_s, QT_TR_NOOP("proxy failed") },
    };
    for (const auto& [kind, text] : kinds) {
        if (errorCode == kind) {
            return tr(text);
        }
    }
    return errorCode;
}

void HistoryView::setProfileFilter(const QString& profile)
{
    const int index = profile.isEmpty() ? 0 : m_ui->profileComboBox->findData(profile);
    if (index >= 0) {
        m_ui->profileComboBox->setCurrentIndex(index);
    }
}

QString HistoryView::profileFilter() const
{
    return m_ui->profileComboBox->currentData().toString();
}

void HistoryView::setPresenterMode(bool on)
{
    m_presenterMode = on;
    reload();
}

void HistoryView::reloadProfiles()
{
    QComboBox* combo = m_ui->profileComboBox;
    const QString current = profileFilter();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("All profiles"), QString());
    if (m_store) {
        const QStringList names = m_store->profiles();
        for (const QString& name : names) {
            combo->addItem(name, name);
        }
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void HistoryView::reload()
{
    QTableWidget* table = m_ui->historyTableWidget;
    const QString profile = profileFilter();
    QList<HistoryEntry> entries = m_store ? m_store->entries(profile) : QList<HistoryEntry>();
    std::reverse(entries.begin(), entries.end()); // newest first
    const QLocale locale;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const HistoryEntry& entry = entries.at(row);
        const QString user = entry.username.isEmpty()
            ? tr("(none)")
            : (m_presenterMode ? PresenterMask::maskedUsername(entry.username) : entry.username);
        const QStringList cells { locale.toString(entry.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s), entry.profile,
            user, operationText(entry.operation), outcomeText(entry.outcome),
            entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("—"), errorText(entry.errorCode),
            tr("%1 ms").arg(locale.toString(entry.elapsedMs)), entry.correlationId };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == CorrelationIdColumn || column == ErrorCodeColumn) {
                item->setFont(fixed);
            }
            if (column == StatusColumn || column == DurationColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            if (column == TimeColumn) {
                item->setToolTip(tr("%1 UTC").arg(locale.toString(entry.at.toUTC(), u"yyyy-MM-dd HH:mm:ss"_s)));
            }
            table->setItem(row, column, item);
        }
    }
    if (!entries.isEmpty()) {
        table->selectRow(0);
    }

    QString summary = profile.isEmpty() ? tr("Attempts shown: %1 (all profiles).").arg(entries.size())
                                        : tr("Attempts shown: %1 (profile %2).").arg(entries.size()).arg(profile);
    if (m_store) {
        summary += u' '
            + tr("The last %1 attempts of each profile are kept in “%2”, without any password, token or code.")
                  .arg(m_store->capPerProfile())
                  .arg(QDir::toNativeSeparators(m_store->filePath()));
        if (!m_store->lastError().isEmpty()) {
            summary += u"\n"_s + m_store->lastError();
        }
    }
    m_ui->summaryLabel->setText(summary);
    updateButtons();
}

void HistoryView::updateButtons()
{
    const QList<QTableWidgetItem*> selected = m_ui->historyTableWidget->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    const QTableWidgetItem* id = row >= 0 ? m_ui->historyTableWidget->item(row, CorrelationIdColumn) : nullptr;
    m_ui->copyCorrelationIdButton->setEnabled(id && !id->text().isEmpty());
    m_ui->clearButton->setEnabled(m_ui->historyTableWidget->rowCount() > 0);
}

void HistoryView::copyCorrelationId()
{
    const QList<QTableWidgetItem*> selected = m_ui->historyTableWidget->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const QTableWidgetItem* id = m_ui->historyTableWidget->item(selected.first()->row(), CorrelationIdColumn);
    if (!id || id->text().isEmpty()) {
        return;
    }
    m_clipboard->copyText(id->text());
    Q_EMIT statusMessage(tr("Correlation ID copied."));
}

void HistoryView::confirmClear()
{
    const QString profile = profileFilter();
    QMessageBox box(QMessageBox::Question, tr("Clear History"),
        profile.isEmpty() ? tr("Delete the recorded attempts of every profile?")
                          : tr("Delete the recorded attempts of the profile “%1”?").arg(profile),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"clearHistoryMessageBox"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("&Delete"));
    if (box.exec() == QMessageBox::Yes) {
        clearShown();
    }
}

void HistoryView::clearShown()
{
    if (!m_store) {
        return;
    }
    const QString profile = profileFilter();
    const bool ok = profile.isEmpty() ? m_store->clearAll() : m_store->clear(profile);
    Q_EMIT statusMessage(ok ? tr("History cleared.") : m_store->lastError());
}
