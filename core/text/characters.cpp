#include "characters.h"

namespace Characters {

bool isKept(char32_t c)
{
    const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c < 0xA0);
    const bool lost = c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFD || c == 0xFFFE
        || c == 0xFFFF;
    return !control && !lost;
}

qsizetype firstNotKept(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (!isKept(text[i].unicode()))
            return i;
    }
    return -1;
}

} // namespace Characters
