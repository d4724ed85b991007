#include "zlibstore.h"

#include <zlib.h>

namespace {

thread_local int activeScopes = 0;

} // namespace

// zlib's own deflateInit_ (deflate.c) is exactly this call, at the level
// asked for: the default memory level of 8 and window of MAX_WBITS.
extern "C" __attribute__((visibility("default"))) int deflateInit_(z_streamp stream, int level, const char *version,
                                                                  int streamSize)
{
    return deflateInit2_(stream, activeScopes > 0 ? Z_NO_COMPRESSION : level, Z_DEFLATED, MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY, version, streamSize);
}

namespace ZlibStore {

Scope::Scope(bool active)
    : m_active(active)
{
    if (m_active)
        ++activeScopes;
}

Scope::~Scope()
{
    if (m_active)
        --activeScopes;
}

} // namespace ZlibStore
