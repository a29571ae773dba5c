#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QPlainTextEdit;
class QTextDocument;

// Puts a text into a QPlainTextEdit without freezing the window. Every text is made only once the field is shown
// (at once when it is shown already): a login's answer paints its tabs without the raw reply's text, which the
// hidden Raw tab would only lay out (issue "Measured speed"). A short text is then made and put in whole. A long
// one (a 4 MB customer account pretty-printed is some 200,000 lines: QPlainTextEdit needs over a second to take it
// in one piece) is made by a function run on a worker thread of QThreadPool, and is then put in the field in
// slices of about SliceMs, one slice per turn of the event loop, while a placeholder line says that it is coming. Each
// new text (or clear()) drops whatever an earlier one still had under way; the document of a long text replaced is
// deleted on a worker thread.
class PlainTextFiller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainTextFiller)

public:
    // From this many characters (as estimated by the caller) on, the text is made on a worker thread and put in
    // in slices.
    static constexpr qsizetype LazyChars = 256 * 1024;
    // A slice puts in pieces of about PieceChars characters until SliceMs have passed.
    static constexpr qsizetype PieceChars = 8 * 1024;
    static constexpr int SliceMs = 4;

    // A child of edit; the edit keeps the documents this fills.
    explicit PlainTextFiller(QPlainTextEdit* edit);
    ~PlainTextFiller() override;

    // The text make() returns. make() must be safe to run on any thread: it gets only what it captured.
    // size: an estimate of the text's length, which decides between in whole on this thread and in the background.
    void setText(qsizetype size, std::function<QString()> make, const QString& placeholder);
    void clear();

    // True while a text is waiting for the field to be shown, being made, or being put in.
    bool isFilling() const { return m_state != State::Idle; }
    // True while the text waits for the field to be shown (nothing has been made yet).
    bool isWaitingToBeShown() const { return m_state == State::WaitingToBeShown; }

Q_SIGNALS:
    // The whole text is in the field.
    void filled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class State
    {
        Idle,
        WaitingToBeShown,
        Making,
        Inserting,
    };

    void freshDocument();
    void startMaking();
    void insertSlice();

    QPlainTextEdit* m_edit;
    std::function<QString()> m_make;
    QString m_text; // made, being put in
    bool m_small = false; // the text waiting is short: made on this thread and put in whole
    qsizetype m_inserted = 0;
    quint64 m_generation = 0; // of the text under way; a worker's answer for an older one is dropped
    State m_state = State::Idle;
    QTimer m_sliceTimer;
};
