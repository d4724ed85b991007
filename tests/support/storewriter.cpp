// Adds persons to a store one change at a time and prints the number of each
// change once the store has acknowledged it. The durability test kills this
// process at random moments and then checks that every acknowledged change
// is there.

#include "store/store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: pykala-test-writer STORE FIRST\n");
        return 2;
    }
    auto store = Store::open(arguments.at(1));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    for (int i = arguments.at(2).toInt();; ++i) {
        Person person;
        person.givenName = QString::number(i);
        person.familyName = QStringLiteral("Kirjoittaja");
        person.title = QString(200, u'x'); // enough bytes to fill pages and trigger checkpoints
        const auto id = store.value()->addPerson(person);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}
