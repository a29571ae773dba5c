#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the translations for one language: ours (embedded under :/i18n), Qt's own (qtbase) and
// QtKeychain's. Each candidate of QLocale::uiLanguages() is tried in turn, then English, as
// KeePassXC's Translator does.
class Translator
{
public:
    // languageOverride: "" = the system's languages, else e.g. "de" or "de_DE" (from --lang).
    // Returns the language that was installed ("en" when nothing matched).
    static QString install(QCoreApplication* app, const QString& languageOverride = {});

    // The languages we ship a catalogue for, English included.
    static QStringList availableLanguages();
};
