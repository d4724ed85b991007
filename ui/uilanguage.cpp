#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace UiLanguage {

namespace {

const QString settingKey = QStringLiteral("ui/language");

// The translators installed now: Pykälä's, Qt's, and our additions to Qt's.
std::unique_ptr<QTranslator> &installed(int which)
{
    static std::unique_ptr<QTranslator> translators[3];
    return translators[which];
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
    for (int which = 0; which < 3; ++which) {
        if (installed(which)) {
            QCoreApplication::removeTranslator(installed(which).get());
            installed(which).reset();
        }
    }
    const QLocale locale = localeOf(code);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English)
        return true;
    auto pykala = std::make_unique<QTranslator>();
    const bool found = pykala->load(locale, QStringLiteral("pykala"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found) {
        QCoreApplication::installTranslator(pykala.get());
        installed(0) = std::move(pykala);
    }
    // Qt's own texts: the standard dialogs' buttons, the file dialogs; our
    // additions first, so that Qt's catalogue wins where it has the text.
    auto extra = std::make_unique<QTranslator>();
    if (extra->load(locale, QStringLiteral("qtbase_extra"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(extra.get());
        installed(2) = std::move(extra);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed(1) = std::move(qt);
    }
    return found;
}

} // namespace UiLanguage
