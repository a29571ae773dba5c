// The start-up baseline kti-bench-start measures beside the product: a bare Qt Widgets window, a
// QMainWindow with a QTreeView of 20 rows (QStandardItemModel) and nothing else. It is given the
// product's first-start size (1280x880, see MainWindow::restoreSettings) so that both paint the same area.
// Built with the product's flags (kti_common_cfg); not run by scripts/bench itself.
#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTreeView>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* model = new QStandardItemModel(0, 2, &window);
    model->setHorizontalHeaderLabels({ u"Name"_s, u"Value"_s });
    for (int row = 0; row < 20; ++row) {
        model->appendRow({ new QStandardItem(u"item %1"_s.arg(row)), new QStandardItem(QString::number(row)) });
    }
    auto* view = new QTreeView(&window);
    view->setModel(model);
    window.setCentralWidget(view);
    window.resize(1280, 880);
    window.show();
    return QApplication::exec();
}
