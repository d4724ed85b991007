// Catch2 runs inside a Qt application object; tests never touch real settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

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
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
