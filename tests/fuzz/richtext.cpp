// Fuzz target: the rich-text sanitiser (core/text/richtext.h), which every
// text on its way into the store passes, whoever wrote it.
//
// The input is a fragment of HTML in UTF-8 (invalid sequences become U+FFFD,
// as they would on any way in). Besides not crashing, the sanitiser keeps its
// promise that sanitising twice changes nothing.

#include "fuzzsupport.h"

#include "text/richtext.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(Fuzz::bytes(data, size));
    const QString once = RichText::sanitize(html);
    const QString twice = RichText::sanitize(once);
    if (twice != once)
        Fuzz::fail(QStringLiteral("sanitize is not idempotent:\n  once:  %1\n  twice: %2").arg(once, twice));
    // What documents, search and publication read of stored text.
    RichText::toPlainText(once);
    RichText::personalData(once);
    RichText::withoutPersonalData(once, std::nullopt);
    RichText::withoutPersonalData(once, QStringLiteral("[…]"));
    // Plain text typed or imported becomes rich text.
    RichText::sanitize(RichText::fromPlainText(html));
    return 0;
}
