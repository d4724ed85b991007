#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

namespace {

struct Reading
{
    QProcess::ExitStatus status = QProcess::NormalExit;
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs pykala-test-result-reader, which reads a successful or failed
// Result<QString> through `accessor`.
Reading read(const QString &accessor, const QString &outcome)
{
    QProcess reader;
    reader.start(QStringLiteral(PYKALA_TEST_RESULT_READER), {accessor, outcome});
    REQUIRE(reader.waitForFinished(30000));
    return {reader.exitStatus(), reader.exitCode(), reader.readAllStandardOutput().toStdString(),
            reader.readAllStandardError().toStdString()};
}

const QStringList accessors{QStringLiteral("value"), QStringLiteral("const-value"), QStringLiteral("moved-value"),
                            QStringLiteral("star"),  QStringLiteral("moved-star"),  QStringLiteral("arrow")};

} // namespace

// Reading the value of a failure used to dereference an empty optional:
// undefined behaviour, which could go on with garbage. It must stop the
// program, naming the failure, in release builds too (this one included).
TEST_CASE("Reading a failed result stops the program with the failure's message", "[result]")
{
    for (const QString &accessor : accessors) {
        INFO(accessor.toStdString());
        const Reading reading = read(accessor, QStringLiteral("fail"));
        CHECK(reading.status == QProcess::CrashExit);
        CHECK_THAT(reading.err, Catch::Contains("Result read without a value: Henkilöä 42 ei ole."));
        CHECK(reading.out.empty());
    }
}

TEST_CASE("Reading a successful result gives its value", "[result]")
{
    for (const QString &accessor : accessors) {
        INFO(accessor.toStdString());
        const Reading reading = read(accessor, QStringLiteral("ok"));
        CHECK(reading.status == QProcess::NormalExit);
        CHECK(reading.exitCode == 0);
        CHECK(reading.out == (accessor == QStringLiteral("arrow") ? "4\n" : "arvo\n"));
        CHECK(reading.err.empty());
    }
}
