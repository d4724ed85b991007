#pragma once

// Qt's PDF writer compresses each page's content stream with zlib, at
// zlib's default level, as it writes the page; nothing in Qt changes that.
// A tagged document's pages are decompressed, marked and compressed again
// (PdfA::PageMarking), so for them that first compression is work thrown
// away. While a Scope is active, the zlib streams its thread starts with
// deflateInit() store their data (level 0) instead: copied, not compressed.
// Every other stream, and every other thread's, is made as zlib makes it.
//
// It works by defining zlib's deflateInit_ in the program, which the
// dynamic linker then takes for Qt's calls too; where it does not (a Qt
// linked statically), a Scope changes nothing but the time.
namespace ZlibStore {

class Scope
{
public:
    explicit Scope(bool active);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    bool m_active;
};

} // namespace ZlibStore
