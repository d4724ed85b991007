#pragma once

#include <QIODevice>

#include <cstdio>

// Standard output or error as a terminal may be shown it: control
// characters other than newline and tab — an escape sequence in a stored
// text that would retitle the terminal or move its cursor — are written as
// visible escapes ("\x1b"), in C0 and in C1 (U+0080–U+009F) alike. Text
// only: files and JSON written to "-" go to the stream directly.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE *stream);
    ~TerminalOutput() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_stream;
    bool m_lead = false; // a UTF-8 lead byte 0xC2 waits for its second byte
};
