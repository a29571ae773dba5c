#include "secretclipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    setClearSeconds(DefaultClearSeconds);
    connect(&m_clearTimer, &QTimer::timeout, this, [this] {
        clearIfOurs();
        Q_EMIT expired();
    });
}

SecretClipboard::~SecretClipboard()
{
    clearIfOurs();
}

void SecretClipboard::copySecret(const QString& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setText(secret);
    // Clipboard managers skip entries carrying these hints (KDE Klipper; macOS; Windows).
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    mime->setData(u"application/x-nspasteboard-concealed-type"_s, QByteArray());
    mime->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_copied = secret;
    m_clearTimer.start();
}

void SecretClipboard::copyText(const QString& text)
{
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        clipboard->setText(text, QClipboard::Clipboard);
    }
}

void SecretClipboard::setClearSeconds(int seconds)
{
    m_clearTimer.setInterval(seconds * 1000);
}

void SecretClipboard::clearIfOurs()
{
    m_clearTimer.stop();
    if (m_copied.isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard && clipboard->text(QClipboard::Clipboard) == m_copied) {
        clipboard->clear(QClipboard::Clipboard);
    }
    m_copied.fill(QChar(u'\0'));
    m_copied.clear();
}
