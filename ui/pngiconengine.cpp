#include "pngiconengine.h"

#include <QApplication>
#include <QIcon>
#include <QImageReader>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <algorithm>

using namespace Qt::StringLiterals;

PngIconEngine::PngIconEngine(QList<File> files)
    : m_files(std::move(files))
    , m_read(m_files.size())
{
    std::sort(m_files.begin(), m_files.end(),
        [](const File& left, const File& right) { return left.size.width() < right.size.width(); });
}

QIcon PngIconEngine::icon(QList<File> files)
{
    return QIcon(new PngIconEngine(std::move(files)));
}

const PngIconEngine::File* PngIconEngine::bestFor(const QSize& size) const
{
    // m_files is sorted by width, smallest first.
    for (const File& file : m_files) {
        if (file.size.width() >= size.width() && file.size.height() >= size.height()) {
            return &file;
        }
    }
    return m_files.isEmpty() ? nullptr : &m_files.constLast();
}

QPixmap PngIconEngine::readFile(const File& file)
{
    const auto index = static_cast<qsizetype>(&file - m_files.constData());
    if (m_read.at(index).isNull()) {
        QImageReader reader(file.path, "png");
        reader.setAutoDetectImageFormat(false);
        m_read[index] = QPixmap::fromImage(reader.read());
    }
    return m_read.at(index);
}

QSize PngIconEngine::actualSize(const QSize& size, QIcon::Mode /*mode*/, QIcon::State /*state*/)
{
    const File* file = bestFor(size);
    if (!file) {
        return {};
    }
    return file->size.width() <= size.width() && file->size.height() <= size.height()
        ? file->size
        : file->size.scaled(size, Qt::KeepAspectRatio);
}

QPixmap PngIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/)
{
    const File* file = bestFor(size);
    if (!file) {
        return {};
    }
    QPixmap pixmap = readFile(*file);
    if (pixmap.isNull()) {
        return {};
    }
    const QSize actual = actualSize(size, mode, QIcon::Off);
    if (pixmap.size() != actual) {
        pixmap = pixmap.scaled(actual, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (mode == QIcon::Disabled) {
        // As QIcon draws a disabled state it was not given: the style greys it.
        QStyleOption option;
        option.palette = QApplication::palette();
        pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
    }
    return pixmap;
}

void PngIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : qreal(1);
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    const QSize logical = drawn.size() / ratio;
    painter->drawPixmap(
        QRect(rect.topLeft() + QPoint((rect.width() - logical.width()) / 2, (rect.height() - logical.height()) / 2),
            logical),
        drawn);
}

QList<QSize> PngIconEngine::availableSizes(QIcon::Mode /*mode*/, QIcon::State /*state*/)
{
    QList<QSize> sizes;
    sizes.reserve(m_files.size());
    for (const File& file : m_files) {
        sizes.append(file.size);
    }
    return sizes;
}

QString PngIconEngine::key() const
{
    return u"PngIconEngine"_s;
}

QIconEngine* PngIconEngine::clone() const
{
    return new PngIconEngine(m_files);
}
