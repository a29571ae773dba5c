#pragma once

#include <QObject>
#include <functional>

class Clock;
class QWidget;
class SecretClipboard;
class SessionView;
struct SupportBundleOptions;

// What File → Save Support Bundle…, Edit → Copy Support Bundle and Copy as curl (and the Problem tab's buttons) do
// with the result the session in front shows: a support bundle (Markdown, or JSON for *.json) that holds no secret,
// or the request as a curl command with its secrets as shell variables. Presenter mode keeps the customer's details
// out of both.
class ShareActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareActions)

public:
    // Where "Save Support Bundle…" writes: given a suggested file name, returns the chosen path, or an empty
    // string when the user cancelled. By default a QFileDialog asks. A path without a known suffix gets ".md".
    using SaveFileNameProvider = std::function<QString(const QString& suggestedName)>;

    // window: the parent of the file dialog.
    explicit ShareActions(QWidget* window);
    ~ShareActions() override;

    // The session whose result is shared (not owned; null: nothing to share).
    void setCurrentView(SessionView* view);
    void setClock(const Clock* clock);
    void setPresenterMode(bool on);
    // Edit → Include Customer Details in the Bundle (ignored in presenter mode).
    void setIncludePersonalData(bool include);
    void setSaveFileNameProvider(SaveFileNameProvider provider);

public Q_SLOTS:
    // The support bundle of the result shown, as Markdown, to the clipboard (it holds no secret).
    void copySupportBundle();
    // Asks for a file and writes the bundle there (Markdown, or JSON for *.json) atomically, mode 0600.
    bool saveSupportBundle();
    // The request of the result shown as a curl command with its secrets as shell variables.
    void copyAsCurl();

Q_SIGNALS:
    // What happened, for the status bar.
    void statusMessage(const QString& text);

private:
    SupportBundleOptions bundleOptions() const;
    void setStatus(const QString& text);

    QWidget* m_window;
    SecretClipboard* m_clipboard;
    SessionView* m_current = nullptr;
    const Clock* m_clock = nullptr;
    SaveFileNameProvider m_saveFileNameProvider;
    bool m_presenterMode = false;
    bool m_includePersonalData = false;
};
