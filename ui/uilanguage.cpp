#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace UiLanguage {

namespace {

const QString settingKey = QStringLiteral("ui/language");

// The translators installed now.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// Installs the catalogue `name` of `locale` from `directory` when there is one.
bool install(const QLocale &locale, const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(std::move(translator));
    return true;
}

QLocale localeOf(const QString &code)
{
    // The municipality is in Finland: Finnish dates and numbers in every language.
    if (code == u"fi")
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (code == u"sv")
        return QLocale(QLocale::Swedish, QLocale::Finland);
    if (code == u"en")
        return QLocale(QLocale::English, QLocale::Finland);
    return QLocale::system();
}

} // namespace

QStringList codes()
{
    return {QString(), QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString configured()
{
    const QString code = QSettings().value(settingKey).toString();
    return codes().contains(code) ? code : QString();
}

void setConfigured(const QString &code)
{
    QSettings().setValue(settingKey, code);
}

QString displayName(const QString &code)
{
    if (code == u"fi")
        return QStringLiteral("suomi");
    if (code == u"sv")
        return QStringLiteral("svenska");
    if (code == u"en")
        return QStringLiteral("English");
    return QCoreApplication::translate("UiLanguage", "The system's language (%1)")
        .arg(QLocale::system().nativeLanguageName());
}

bool apply(const QString &code)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    const QLocale locale = localeOf(code);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return true;
    const bool found = install(locale, QStringLiteral("pykala"), QStringLiteral(":/i18n"));
    // Qt's own texts: the standard dialogs' buttons, the file dialogs. The
    // translator installed last is asked first: our additions go before
    // Qt's catalogue, so that Qt's own translation wins where it has one.
    install(locale, QStringLiteral("qtbase_extra"), QStringLiteral(":/i18n"));
    install(locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return found;
}

} // namespace UiLanguage
