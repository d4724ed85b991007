#include "terminaloutput.h"

#include <QByteArray>

#include <csignal>

#include <unistd.h>

TerminalOutput::TerminalOutput(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (m_lead)
        std::fputc(0xC2, m_stream);
    std::fflush(m_stream);
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size + 8);
    auto escape = [&](unsigned char c) { out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0'); };
    for (qint64 i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (m_lead) {
            m_lead = false;
            // U+0080–U+009F, the C1 controls, are C2 80 … C2 9F in UTF-8.
            if (c >= 0x80 && c <= 0x9F) {
                out += "\\u00";
                out += QByteArray::number(c, 16);
                continue;
            }
            out += char(0xC2);
        }
        if (c == 0xC2) {
            m_lead = true;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            escape(c);
        } else {
            out += char(c);
        }
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_stream) != size_t(out.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

namespace {

// A few times a second: often enough to see it move, seldom enough to cost nothing.
constexpr qint64 progressIntervalMs = 250;

} // namespace

ProgressLine::ProgressLine(std::FILE *stream)
    : m_stream(stream)
    , m_terminal(isatty(fileno(stream)) == 1)
{
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::update(const QString &text, bool now)
{
    if (!m_terminal || (!now && m_shown.isValid() && m_shown.elapsed() < progressIntervalMs))
        return;
    m_shown.start();
    const QString padded = text.leftJustified(m_length);
    m_length = text.size();
    std::fputc('\r', m_stream);
    std::fputs(padded.toUtf8().constData(), m_stream);
    std::fflush(m_stream);
}

void ProgressLine::clear()
{
    if (!m_terminal || m_length == 0)
        return;
    std::fputc('\r', m_stream);
    std::fputs(QString(m_length, u' ').toUtf8().constData(), m_stream);
    std::fputc('\r', m_stream);
    std::fflush(m_stream);
    m_length = 0;
    m_shown.invalidate();
}

namespace {

volatile std::sig_atomic_t interruptedFlag = 0;

extern "C" void noteInterruption(int)
{
    interruptedFlag = 1;
}

} // namespace

Interruption::Interruption()
{
    interruptedFlag = 0;
    m_interrupt = std::signal(SIGINT, noteInterruption);
    m_terminate = std::signal(SIGTERM, noteInterruption);
}

Interruption::~Interruption()
{
    std::signal(SIGINT, m_interrupt);
    std::signal(SIGTERM, m_terminate);
}

bool Interruption::interrupted() const
{
    return interruptedFlag != 0;
}
