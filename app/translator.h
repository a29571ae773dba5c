#pragma once

#include <QLocale>
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
    // Returns the language that was installed ("en" when nothing matched). It replaces the translators an earlier
    // install() put in, so a second call switches the language.
    static QString install(QCoreApplication* app, const QString& languageOverride = {});

    // The languages we ship a catalogue for, English included.
    static QStringList availableLanguages();

    // The locale dates and numbers in the interface's sentences are written in: the system's own when it speaks the
    // installed language (its regional formats stay: en_GB, de_AT), else that language's default locale, so that a
    // German interface on an English system says "7 Dez." and not "7 Dec". The system's before any install().
    static QLocale locale();
};
