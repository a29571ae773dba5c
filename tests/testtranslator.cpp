// The catalogues that ship inside the core (:/i18n): which languages exist, which one a locale or
// --lang picks, and that the English catalogue supplies real plural forms.
#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cataloguesAreEmbedded();
    void picksTheLanguage_data();
    void picksTheLanguage();
    void englishHasPluralForms();
    void germanTranslatesMessagesAndPlurals();
    void secondInstallSwitchesTheLanguage();
    void cleanup();

private:
    static void removeTranslators();
};

void TestTranslator::removeTranslators()
{
    // install() parents its translators to the application: remove them between cases.
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslator::cleanup()
{
    removeTranslators();
}

void TestTranslator::cataloguesAreEmbedded()
{
    const QStringList languages = Translator::availableLanguages();
    QVERIFY2(languages.contains(u"en"_s), qPrintable(languages.join(u", "_s)));
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u", "_s)));
}

void TestTranslator::picksTheLanguage_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--lang de") << u"de"_s << u"en_US"_s << u"de"_s;
    QTest::newRow("--lang de-AT") << u"de-AT"_s << u"en_US"_s << u"de"_s;
    QTest::newRow("--lang en") << u"en"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("--lang unknown falls back to English") << u"xx"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("German locale") << QString() << u"de_DE"_s << u"de"_s;
    QTest::newRow("Swiss German locale") << QString() << u"de_CH"_s << u"de"_s;
    QTest::newRow("French locale") << QString() << u"fr_FR"_s << u"en"_s;
}

void TestTranslator::picksTheLanguage()
{
    QFETCH(QString, override);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString chosen = Translator::install(qApp, override);
    QLocale::setDefault(before);
    QCOMPARE(chosen, expected);
}

void TestTranslator::englishHasPluralForms()
{
    // Without a catalogue Qt shows the source text "{%n key(s)}"; the English one says it properly.
    QCOMPARE(QCoreApplication::translate("JsonTreeModel", "{%n key(s)}", nullptr, 11), u"{11 key(s)}"_s);
    QCOMPARE(Translator::install(qApp, u"en"_s), u"en"_s);
    QCOMPARE(QCoreApplication::translate("JsonTreeModel", "{%n key(s)}", nullptr, 11), u"{11 keys}"_s);
    QCOMPARE(QCoreApplication::translate("JsonTreeModel", "{%n key(s)}", nullptr, 1), u"{1 key}"_s);
}

void TestTranslator::germanTranslatesMessagesAndPlurals()
{
    QCOMPARE(Translator::install(qApp, u"de"_s), u"de"_s);
    QCOMPARE(QCoreApplication::translate("DecodeCommand", "This is not a token that can be decoded."),
        u"Dies ist kein Token, das decodiert werden kann."_s);
    const QString keys = QCoreApplication::translate("JsonTreeModel", "{%n key(s)}", nullptr, 11);
    QVERIFY2(!keys.contains(u"(s)"_s) && keys.contains(u"11"_s), qPrintable(keys));
}

// A second install() replaces the first: English after German is English again, with one catalogue of ours, not
// German underneath (Qt asks the translator installed last first, then the earlier ones).
void TestTranslator::secondInstallSwitchesTheLanguage()
{
    const auto decodeMessage = [] {
        return QCoreApplication::translate("DecodeCommand", "This is not a token that can be decoded.");
    };
    QCOMPARE(Translator::install(qApp, u"de"_s), u"de"_s);
    QCOMPARE(decodeMessage(), u"Dies ist kein Token, das decodiert werden kann."_s);
    const qsizetype german = qApp->findChildren<QTranslator*>().size();
    QVERIFY(german >= 1);
    QCOMPARE(Translator::install(qApp, u"de"_s), u"de"_s);
    QCOMPARE(qApp->findChildren<QTranslator*>().size(), german); // installing twice adds nothing
    QCOMPARE(Translator::install(qApp, u"en"_s), u"en"_s);
    QCOMPARE(decodeMessage(), u"This is not a token that can be decoded."_s);
    QCOMPARE(qApp->findChildren<QTranslator*>().size(), 1);
    QCOMPARE(Translator::locale().language(), QLocale(u"en"_s).language());
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "testtranslator.moc"
