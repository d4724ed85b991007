// Reads a Result through one of its accessors, for the test that reading the
// value of a failure stops the program with the failure's message:
//   pykala-test-result-reader ACCESSOR ok|fail
// prints the value read, if the program gets that far.

#include "model/result.h"

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: pykala-test-result-reader value|const-value|moved-value|star|moved-star|arrow ok|fail\n");
        return 2;
    }
    const auto make = [&]() -> Result<QString> {
        if (std::strcmp(argv[2], "ok") == 0)
            return QStringLiteral("arvo");
        return Failure{QStringLiteral("Henkilöä 42 ei ole.")};
    };
    Result<QString> result = make();
    const Result<QString> &constant = result;
    const char *accessor = argv[1];
    QString read;
    if (std::strcmp(accessor, "value") == 0)
        read = result.value();
    else if (std::strcmp(accessor, "const-value") == 0)
        read = constant.value();
    else if (std::strcmp(accessor, "moved-value") == 0)
        read = make().value();
    else if (std::strcmp(accessor, "star") == 0)
        read = *constant;
    else if (std::strcmp(accessor, "moved-star") == 0)
        read = *make();
    else if (std::strcmp(accessor, "arrow") == 0)
        read = QString::number(result->size());
    else
        return 2;
    std::printf("%s\n", qUtf8Printable(read));
    return 0;
}
