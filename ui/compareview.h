#pragma once

#include "jwt/inputcomparison.h"

#include <QByteArray>
#include <QString>
#include <QTimer>
#include <QWidget>
#include <memory>

class JsonTreeModel;
class QLabel;
class JsonTreePane;
class QListWidgetItem;
class QPlainTextEdit;
class SecretClipboard;

namespace Ui {
class CompareView;
}

// The compare window: two inputs of the same kind (compact JWTs, auth-ticket JSONs or customer-account
// JSONs), pasted, dropped or opened from files, compared field by field by InputComparison as the user
// types. A summary says whether they are equal, a list names every difference (+ only in the second,
// − only in the first, ~ changed) with compact values, and both inputs are shown side by side as JSON
// trees whose differing nodes are tinted; choosing a difference selects its node in both trees. Tokens
// are compared and shown only as their redacted shape, never as text. Volatile fields (times, nonces,
// session ids, the tokens themselves) can be ignored, so that two logins of one customer compare equal.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    using Side = InputComparison::Side;

    static constexpr int CompareDelayMs = 200;
    // A bigger input (a big account's ticket) is compared but not shown in its editor, which would take seconds.
    static constexpr qsizetype MaxShownBytes = 1024 * 1024;

    // A top-level window unless it is given a parent.
    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    // Replace the inputs and compare at once (typing compares after CompareDelayMs).
    void setInputs(const QByteArray& first, const QByteArray& second);
    void setLeftInput(const QByteArray& bytes);
    void setRightInput(const QByteArray& bytes);
    void setInput(Side side, const QByteArray& bytes);
    QByteArray input(Side side) const;
    // False while the input is too big to show (MaxShownBytes) and the editor says so instead.
    bool isInputShown(Side side) const;
    // Reads a file into one input; false (and a message in the summary) when it cannot.
    bool openFile(Side side, const QString& path);
    void clear();

    void setIgnoreVolatile(bool ignore);
    bool ignoreVolatile() const;

    // The last comparison; invalid (error set) when the inputs could not be compared.
    const InputComparison& comparison() const;
    bool hasResult() const; // both inputs were understood and compared
    int differenceCount() const;
    QString summaryText() const;

    // Selects the row of the difference at `index` and its node in both trees.
    void selectDifference(int index);

    // Presenter mode: the input editors (raw tokens and customer details) are replaced by a note, and
    // customer personal data is masked in the trees and the differences list.
    void setPresenterMode(bool on);
    bool presenterMode() const;

public Q_SLOTS:
    void compareNow();

Q_SIGNALS:
    // After every comparison (also one that failed or had nothing to compare).
    void compared();
    void statusMessage(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QPlainTextEdit* editFor(Side side) const;
    JsonTreePane* paneFor(Side side) const;
    JsonTreeModel* modelFor(Side side) const;
    void setupPane(Side side, const QString& name);
    void putInput(Side side, const QByteArray& bytes, const QString& name = {}); // without comparing
    void onEdited(Side side);
    void chooseFile(Side side);
    void showNothing(const QString& summary, const QString& detail);
    void showResult();
    void onCurrentDifferenceChanged(QListWidgetItem* current);
    void selectPath(Side side, const QString& path);
    void swapInputs();

    QLabel* hiddenNoteFor(Side side) const;

    const std::unique_ptr<Ui::CompareView> m_ui;
    QLabel* m_firstHiddenNote = nullptr;
    QLabel* m_secondHiddenNote = nullptr;
    bool m_presenterMode = false;
    SecretClipboard* m_clipboard;
    JsonTreeModel* m_firstModel;
    JsonTreeModel* m_secondModel;
    QTimer m_compareTimer;
    InputComparison m_comparison;
    QByteArray m_heldFirst; // an input too big to show, or empty
    QByteArray m_heldSecond;
    QString m_placeholder;
    bool m_hasResult = false;
};
