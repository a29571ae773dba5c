#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// Puts a secret on the clipboard the way KeePassXC does: marked for clipboard managers as a secret,
// cleared again after a timeout and when this object goes away, but only while the clipboard still
// holds what we put there.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject* parent = nullptr);
    ~SecretClipboard() override;

    static constexpr int DefaultClearSeconds = 30;

    void copySecret(const QString& secret);
    void copyText(const QString& text);
    void setClearSeconds(int seconds);

    // Clears the clipboard now if it still holds the secret we copied.
    void clearIfOurs();

Q_SIGNALS:
    // The timeout after copySecret() has passed (and the clipboard was cleared if it was still ours).
    void expired();

private:
    QTimer m_clearTimer;
    QString m_copied;
};
