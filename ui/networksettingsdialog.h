#pragma once

#include "kibo/networksettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NetworkSettingsDialog;
}

// Edits the network settings (proxy mode, explicit HTTP proxy, timeouts). OK validates: any problem is
// listed in the dialog, which grows to show the list, stays open and saves nothing; a problem leaves the list
// as soon as its value is mended. Valid values are saved to QSettings and announced with settingsSaved(), which
// the main window applies to its running sessions.
class NetworkSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkSettingsDialog)

public:
    explicit NetworkSettingsDialog(QWidget* parent = nullptr);
    ~NetworkSettingsDialog() override;

    // Shows the given values (the dialog starts with NetworkSettings::load()).
    void setSettings(const NetworkSettings& settings);
    // The values as entered; a port that is not a number reads as -1 (invalid).
    NetworkSettings settings() const;
    // The problems OK found last time (empty when none).
    QStringList problems() const { return m_problems; }

    void accept() override;

Q_SIGNALS:
    void settingsSaved(const NetworkSettings& settings);

private:
    void updateEnabled();
    // Drops the problems the values no longer have.
    void recheckProblems();
    void showProblems(const QStringList& problems);

    const std::unique_ptr<Ui::NetworkSettingsDialog> m_ui;
    QStringList m_problems;
};
