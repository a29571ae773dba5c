// PngIconEngine: an icon of PNG files of known sizes, read only when drawn (issue "Measured speed": QIcon::addFile
// opens each file at once and loads every image-format plugin to learn the first one's format).
#include "pngiconengine.h"

#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPngIconEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingIsReadBeforeItIsDrawn();
    void theBestFittingFileIsDrawn();
    void disabledIsGreyed();
};

namespace {

QString appIcon(int size)
{
    return u":/icons/io.github.kibotokeninspector-%1.png"_s.arg(size);
}

QIcon appIcons()
{
    QList<PngIconEngine::File> files;
    for (const int size : { 256, 16, 32, 64 }) { // in no order: the engine sorts them
        files.append({ appIcon(size), QSize(size, size) });
    }
    return PngIconEngine::icon(files);
}

} // namespace

void TestPngIconEngine::nothingIsReadBeforeItIsDrawn()
{
    // A missing file is only noticed when drawn: its size is the one given, its pixmap empty.
    const QIcon missing = PngIconEngine::icon({ { u":/no/such/icon.png"_s, QSize(16, 16) } });
    QCOMPARE(missing.availableSizes(), QList<QSize>({ QSize(16, 16) }));
    QVERIFY(missing.pixmap(16).isNull());
    QCOMPARE(
        appIcons().availableSizes(), QList<QSize>({ QSize(16, 16), QSize(32, 32), QSize(64, 64), QSize(256, 256) }));
}

void TestPngIconEngine::theBestFittingFileIsDrawn()
{
    Q_INIT_RESOURCE(icons);
    const QIcon icon = appIcons();
    // The smallest file that covers the size asked for, scaled down to it.
    QCOMPARE(icon.pixmap(32).toImage(), QImage(appIcon(32)).convertToFormat(icon.pixmap(32).toImage().format()));
    const QPixmap twenty = icon.pixmap(20);
    QCOMPARE(twenty.size(), QSize(20, 20));
    QCOMPARE(twenty.toImage(),
        QPixmap::fromImage(QImage(appIcon(32)))
            .scaled(20, 20, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            .toImage()
            .convertToFormat(twenty.toImage().format()));
    // Larger than the largest: the largest, not scaled up.
    QCOMPARE(icon.actualSize(QSize(512, 512)), QSize(256, 256));
}

void TestPngIconEngine::disabledIsGreyed()
{
    Q_INIT_RESOURCE(icons);
    const QIcon icon = appIcons();
    const QImage normal = icon.pixmap(32).toImage();
    const QImage disabled = icon.pixmap(QSize(32, 32), QIcon::Disabled).toImage();
    QCOMPARE(disabled.size(), normal.size());
    QVERIFY(disabled != normal);
}

QTEST_MAIN(TestPngIconEngine)
#include "testpngiconengine.moc"
