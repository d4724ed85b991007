// Catch2 runs inside a Qt application object; tests never touch real settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#if defined(PYKALA_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(PYKALA_TEST_DOCUMENTS)
#include <QGuiApplication> // documents lay out text: fonts, no widgets
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("LC_ALL"))
        qputenv("LC_ALL", "C.UTF-8");
    QStandardPaths::setTestModeEnabled(true);
    // Settings in a folder of each process's own. In test mode QSettings
    // would take ~/.qttest/config, one file per test program shared by
    // every process of it (ctest -j runs several at once) and kept between
    // runs.
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    TestApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pykala-tests"));
    return Catch::Session().run(argc, argv);
}
