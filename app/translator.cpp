#include "translator.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const auto CatalogueBase = u"kibo-token-inspector"_s;
const auto CatalogueDir = u":/i18n"_s;

// The name our translators carry, so that the next install() finds and replaces them.
const QString TranslatorName = u"kti-translator"_s;

bool loadInto(QCoreApplication* app, const QString& file, const QString& dir)
{
    auto* translator = new QTranslator(app);
    translator->setObjectName(TranslatorName);
    if (translator->load(file, dir)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

// The language install() chose last; empty before the first install().
QString& installedLanguage()
{
    static QString language;
    return language;
}

QStringList candidates(const QString& languageOverride)
{
    if (!languageOverride.isEmpty()) {
        return { languageOverride };
    }
    return QLocale().uiLanguages();
}

} // namespace

QString Translator::install(QCoreApplication* app, const QString& languageOverride)
{
    const QStringList available = availableLanguages();
    QString chosen = u"en"_s;
    for (QString language : candidates(languageOverride)) {
        language.replace(u'-', u'_');
        if (available.contains(language)) {
            chosen = language;
            break;
        }
        if (available.contains(language.section(u'_', 0, 0))) {
            chosen = language.section(u'_', 0, 0);
            break;
        }
    }
    // One language at a time: what an earlier install() put in goes first.
    const QList<QTranslator*> earlier = app->findChildren<QTranslator*>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // English has a catalogue too: it holds the plural forms of the %n messages.
    loadInto(app, CatalogueBase + u'_' + chosen, CatalogueDir);
    if (chosen != u"en"_s) {
        loadInto(app, u"qtbase_"_s + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        loadInto(app, u"qtkeychain_"_s + chosen, u"/usr/share/qt6keychain/translations"_s);
    }
    installedLanguage() = chosen;
    qCDebug(lcUi) << "interface language" << chosen;
    return chosen;
}

QLocale Translator::locale()
{
    const QLocale system;
    const QString& language = installedLanguage();
    if (language.isEmpty()) {
        return system;
    }
    const QLocale interface(language);
    return interface.language() == system.language() ? system : interface;
}

QStringList Translator::availableLanguages()
{
    QStringList languages { u"en"_s };
    const QDir dir(CatalogueDir);
    // Filtered by hand: a name filter is a wildcard compiled to a regular expression, the only one of the start.
    const QStringList files = dir.entryList(QDir::Files);
    for (const QString& file : files) {
        if (!file.startsWith(CatalogueBase + u'_') || !file.endsWith(u".qm"_s)) {
            continue;
        }
        const QString language = file.mid(CatalogueBase.size() + 1).chopped(3);
        if (!languages.contains(language)) {
            languages.append(language);
        }
    }
    return languages;
}
