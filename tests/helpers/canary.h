#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Looks for a secret where it must never be: its plain, base64, base64url, percent-encoded and
// JSON-escaped forms, in text and in every file below a folder (reliability.md's canary tests).
class Canary
{
public:
    static QList<QByteArray> forms(const QByteArray& secret);
    // True when any form of the secret occurs in text.
    static bool foundIn(const QByteArray& secret, const QByteArray& text);
    // Every file below root (recursively) that holds a form of the secret; files under
    // excludedSubdirectories (relative to root) are skipped — the encrypted keyring, for one.
    static QStringList filesContaining(
        const QByteArray& secret, const QString& root, const QStringList& excludedSubdirectories = {});
};
