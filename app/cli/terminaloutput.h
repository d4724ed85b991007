#pragma once

#include <QElapsedTimer>
#include <QIODevice>
#include <QString>

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

// A line that says how far a long command is, on a terminal: written over
// in place (a carriage return, the text padded to the last one's length),
// at most a few times a second, and wiped when done. Nothing at all when
// the stream is not a terminal: a log or a pipe gets no lines that only
// said how far the command was.
class ProgressLine
{
public:
    explicit ProgressLine(std::FILE *stream);
    ~ProgressLine();
    Q_DISABLE_COPY_MOVE(ProgressLine)

    // Shows the text, unless the last was shown a moment ago; with `now`
    // in any case.
    void update(const QString &text, bool now = false);
    // Wipes the line, for what the command says next.
    void clear();

private:
    std::FILE *m_stream;
    bool m_terminal = false;
    QElapsedTimer m_shown; // since the last text was shown
    qsizetype m_length = 0;
};

// While it lives, Ctrl+C (SIGINT) and the system's SIGTERM do not end the
// process but are noted, for a long command to stop at its next step and
// leave nothing half done; the earlier handlers come back afterwards.
class Interruption
{
public:
    Interruption();
    ~Interruption();
    Q_DISABLE_COPY_MOVE(Interruption)

    bool interrupted() const;

private:
    void (*m_interrupt)(int);
    void (*m_terminate)(int);
};
