#include "plaintextfiller.h"

#include "background.h"

#include <QEvent>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <utility>

PlainTextFiller::PlainTextFiller(QPlainTextEdit* edit)
    : QObject(edit)
    , m_edit(edit)
{
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &PlainTextFiller::insertSlice);
    m_retireTimer.setSingleShot(true);
    m_retireTimer.setInterval(0);
    connect(&m_retireTimer, &QTimer::timeout, this, &PlainTextFiller::retireSlice);
    edit->installEventFilter(this);
}

PlainTextFiller::~PlainTextFiller() = default;

void PlainTextFiller::setText(qsizetype size, std::function<QString()> make, const QString& placeholder)
{
    clear();
    if (size < LazyChars) {
        m_edit->setPlainText(make());
        Q_EMIT filled();
        return;
    }
    m_make = std::move(make);
    m_edit->setPlaceholderText(placeholder);
    m_state = State::WaitingToBeShown;
    if (m_edit->isVisible()) {
        startMaking();
    }
}

void PlainTextFiller::clear()
{
    ++m_generation;
    m_sliceTimer.stop();
    m_make = nullptr;
    m_text.clear();
    m_inserted = 0;
    m_state = State::Idle;
    m_edit->setPlaceholderText(QString());
    if (m_edit->document()->characterCount() > LazyChars) {
        freshDocument();
    } else {
        m_edit->clear();
    }
}

void PlainTextFiller::freshDocument()
{
    // Deleting a document of 200,000 lines takes tens of milliseconds: an empty one takes its place now, and the old
    // one goes on a turn of the event loop of its own.
    auto* document = new QTextDocument(this);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setUndoRedoEnabled(false); // read-only text: an undo record of every slice would double the memory
    document->setDefaultFont(m_edit->font());
    QTextDocument* old = m_edit->document();
    m_edit->setDocument(document); // deletes the edit's own first document, never one of ours
    if (old && old->parent() == this) {
        m_retired.append(old);
        m_retireTimer.start();
    }
}

void PlainTextFiller::retireSlice()
{
    // A document of 200,000 lines takes tens of milliseconds to delete in one go: its text goes from the end, a slice
    // per turn of the event loop, and the document once it is small.
    if (m_retired.isEmpty()) {
        return;
    }
    QTextDocument* document = m_retired.constFirst();
    const int length = document->characterCount();
    if (length <= RetireChars) {
        delete m_retired.takeFirst();
    } else {
        QTextCursor cursor(document);
        cursor.setPosition(length - 1 - RetireChars);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    if (!m_retired.isEmpty()) {
        m_retireTimer.start();
    }
}

void PlainTextFiller::startMaking()
{
    m_state = State::Making;
    const quint64 generation = m_generation;
    runInBackground(this, std::exchange(m_make, nullptr), [this, generation](const QString& text) {
        if (generation != m_generation || m_state != State::Making) {
            return; // a newer text (or none) took its place meanwhile
        }
        m_text = text;
        m_inserted = 0;
        m_state = State::Inserting;
        insertSlice();
    });
}

void PlainTextFiller::insertSlice()
{
    if (m_state != State::Inserting) {
        return;
    }
    qsizetype end = std::min(m_inserted + SliceChars, m_text.size());
    if (end < m_text.size()) {
        // Whole lines: a slice never ends inside a line (nor a surrogate pair).
        const qsizetype newline = m_text.lastIndexOf(u'\n', end - 1);
        if (newline >= m_inserted) {
            end = newline + 1;
        }
    }
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringView(m_text).sliced(m_inserted, end - m_inserted).toString());
    m_inserted = end;
    if (m_inserted < m_text.size()) {
        m_sliceTimer.start();
        return;
    }
    m_text.clear();
    m_inserted = 0;
    m_state = State::Idle;
    m_edit->setPlaceholderText(QString());
    Q_EMIT filled();
}

bool PlainTextFiller::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::Show && m_state == State::WaitingToBeShown) {
        startMaking();
    }
    return QObject::eventFilter(watched, event);
}
