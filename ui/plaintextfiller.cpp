#include "plaintextfiller.h"

#include "background.h"

#include <QElapsedTimer>
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
    edit->installEventFilter(this);
}

PlainTextFiller::~PlainTextFiller() = default;

void PlainTextFiller::setText(qsizetype size, std::function<QString()> make, const QString& placeholder)
{
    clear();
    m_make = std::move(make);
    m_small = size < LazyChars;
    if (!m_small) {
        m_edit->setPlaceholderText(placeholder);
    }
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
    if (old && old->parent() != this) {
        // The edit's own first document: setDocument() would delete it here, with the long text it may hold.
        old->setParent(this);
    }
    m_edit->setDocument(document); // deletes no document of ours
    if (old) {
        // Deleting a document of 200,000 lines takes tens of milliseconds: the background free thread does it. The
        // document belongs to no thread from here on (no event reaches it) and nothing here refers to it any more.
        old->setParent(nullptr);
        old->moveToThread(nullptr);
        startBackgroundFree([old] { delete old; });
    }
}

void PlainTextFiller::startMaking()
{
    if (m_small) {
        // A short text is made here and put in whole: no worker is worth its hand-over for it.
        m_state = State::Idle;
        m_edit->setPlainText(std::exchange(m_make, nullptr)());
        Q_EMIT filled();
        return;
    }
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
    // Pieces of whole lines (a piece never ends inside a line, nor a surrogate pair) until SliceMs have passed.
    QElapsedTimer slice;
    slice.start();
    QTextCursor cursor(m_edit->document());
    cursor.movePosition(QTextCursor::End);
    while (m_inserted < m_text.size() && slice.elapsed() < SliceMs) {
        qsizetype end = std::min(m_inserted + PieceChars, m_text.size());
        if (end < m_text.size()) {
            const qsizetype newline = m_text.lastIndexOf(u'\n', end - 1);
            if (newline >= m_inserted) {
                end = newline + 1;
            }
        }
        cursor.insertText(QStringView(m_text).sliced(m_inserted, end - m_inserted).toString());
        m_inserted = end;
    }
    if (m_inserted < m_text.size()) {
        m_sliceTimer.start(); // the rest after the event loop's turn
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
