#pragma once

#include <QIconEngine>
#include <QList>
#include <QPixmap>
#include <QSize>
#include <QString>

// An icon made of PNG files whose sizes are known, each read only when first drawn. QIcon::addFile opens every file
// it is given to learn its format and size, and learning the format of the first one loads every image-format plugin
// (and libjpeg): a cost the start pays for icons it does not draw yet. Here nothing is read before a pixmap is asked
// for, and then as PNG, with no probing.
class PngIconEngine final : public QIconEngine
{
public:
    struct File
    {
        QString path;
        QSize size;
    };

    explicit PngIconEngine(QList<File> files);

    // An icon of the given files (paths of PNGs, e.g. in resources, with their sizes).
    static QIcon icon(QList<File> files);

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine* clone() const override;

private:
    // The file that fits best: the smallest that covers size, else the largest.
    const File* bestFor(const QSize& size) const;
    QPixmap readFile(const File& file);

    QList<File> m_files;
    QList<QPixmap> m_read; // per file, once read
};
