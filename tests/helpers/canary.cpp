#include "canary.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

QList<QByteArray> Canary::forms(const QByteArray& secret)
{
    QList<QByteArray> result { secret, secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(QString::fromUtf8(secret)) };
    const QByteArray json = QJsonDocument(QJsonArray { QString::fromUtf8(secret) }).toJson(QJsonDocument::Compact);
    result.append(json.mid(2, json.size() - 4)); // strip ["…"]
    // Base64 of a longer text shifts with its offset: also the three aligned inner forms.
    for (int shift = 1; shift < 3; ++shift) {
        const QByteArray shifted = QByteArray(QByteArray(shift, 'x') + secret).toBase64();
        if (shifted.size() > 8) {
            result.append(shifted.mid(4, shifted.size() - 8));
        }
    }
    QList<QByteArray> unique;
    for (const QByteArray& form : result) {
        if (form.size() >= 6 && !unique.contains(form)) {
            unique.append(form);
        }
    }
    return unique;
}

bool Canary::foundIn(const QByteArray& secret, const QByteArray& text)
{
    for (const QByteArray& form : forms(secret)) {
        if (text.contains(form)) {
            return true;
        }
    }
    return false;
}

QStringList Canary::filesContaining(
    const QByteArray& secret, const QString& root, const QStringList& excludedSubdirectories)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        bool excluded = false;
        for (const QString& subdirectory : excludedSubdirectories) {
            excluded = excluded || relative.startsWith(subdirectory + QLatin1Char('/'));
        }
        QFile file(path);
        if (excluded || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        if (foundIn(secret, file.readAll())) {
            hits.append(path);
        }
    }
    return hits;
}
