#pragma once

#include <QString>
#include <QWidget>
#include <memory>

class HistoryStore;
class SecretClipboard;

namespace Ui {
class HistoryView;
}

// The History window: every recorded attempt (time, profile, user, operation, outcome, HTTP status, Kibo
// errorCode, duration, correlation id), newest first, filtered by profile; the selected attempt's
// correlation id can be copied for Kibo support, and the shown history cleared (one profile or all).
// Follows the store: an attempt recorded while the window is open appears at once. Esc and Ctrl+W close it.
class HistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    enum Column
    {
        TimeColumn,
        ProfileColumn,
        UserColumn,
        OperationColumn,
        OutcomeColumn,
        StatusColumn,
        ErrorCodeColumn,
        DurationColumn,
        CorrelationIdColumn,
        ColumnCount
    };

    explicit HistoryView(HistoryStore* store, QWidget* parent = nullptr);
    ~HistoryView() override;

    // Empty = every profile.
    void setProfileFilter(const QString& profile);
    QString profileFilter() const;
    // Presenter mode: usernames masked.
    void setPresenterMode(bool on);

    // Deletes what is shown (the filtered profile, or everything) without asking; Clear… asks first.
    void clearShown();

    static QString operationText(const QString& operation);
    static QString outcomeText(const QString& outcome);
    // Kibo's errorCode as it is; a failure kind without one (KiboError::kindName) in words.
    static QString errorText(const QString& errorCode);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reload();
    void reloadProfiles();
    void confirmClear();
    void copyCorrelationId();
    void updateButtons();

    const std::unique_ptr<Ui::HistoryView> m_ui;
    HistoryStore* m_store;
    SecretClipboard* m_clipboard;
    bool m_presenterMode = false;
};
