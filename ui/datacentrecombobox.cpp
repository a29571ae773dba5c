#include "datacentrecombobox.h"

#include "kibo/datacentre.h"

using namespace Qt::StringLiterals;

DataCentreComboBox::DataCentreComboBox(QWidget* parent)
    : QComboBox(parent)
{
    addItem(tr("Demo tenant (this computer)"), DataCentre::demoKey());
    for (const DataCentre& centre : DataCentre::all()) {
        addItem(centre.label(), centre.key);
        setItemData(count() - 1, tr("Home host: %1").arg(centre.homeHost), Qt::ToolTipRole);
    }
    addItem(tr("Custom hosts"), DataCentre::customKey());
    setItemData(count() - 1,
        tr("An on-premise gateway, a proxy or a test server: you give the home host, and the API host if the tenant "
           "lookup is to be bypassed."),
        Qt::ToolTipRole);
    setPlaceholderText(tr("Choose the data centre"));
    setCurrentIndex(-1);
}

DataCentreComboBox::~DataCentreComboBox() = default;

QString DataCentreComboBox::key() const
{
    return currentIndex() >= 0 ? currentData().toString() : QString();
}

void DataCentreComboBox::setKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    int index = findData(wanted);
    if (index < 0) {
        addItem(key.trimmed(), wanted);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

bool DataCentreComboBox::isCustomHome(const QString& key)
{
    return key == DataCentre::demoKey() || key == DataCentre::customKey();
}
