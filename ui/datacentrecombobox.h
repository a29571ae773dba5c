#pragma once

#include <QComboBox>

// The data centre chooser of the login panel and the profile dialog: the demo tenant on this computer, Kibo's
// data centres (DataCentre::all(), labelled by DataCentre::label()) and custom hosts. Each item's data is its
// DataCentre key ("demo", "us", "euw1", "usc1", "euw4", "custom"). No item is chosen (index -1, a placeholder
// asks for one) until setKey() or the user picks one.
class DataCentreComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataCentreComboBox)

public:
    explicit DataCentreComboBox(QWidget* parent = nullptr);
    ~DataCentreComboBox() override;

    // The chosen key, or empty when none is chosen.
    QString key() const;
    // Chooses key (case-insensitive); a key no item has is added as its own item, so a profile naming an
    // unknown data centre shows what it says and validation can name it. An empty key chooses nothing.
    void setKey(const QString& key);
    // True for "demo" and "custom": the home host is typed, not taken from Kibo's table.
    static bool isCustomHome(const QString& key);
};
