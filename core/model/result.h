#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

// The outcome of an operation that can fail: a value, or a message meant for
// people that says what went wrong and what to do.
// Check ok() before reading the value: reading the value of a failure is a
// programming error and stops the program, in every build, with the
// failure's message.
// A failure of any result type: `return Failure{message};`.
struct Failure
{
    QString message;
};

template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Failure failure) : m_error(std::move(failure.message)) {}
    static Result failure(QString message) { return Result(std::move(message), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return checked(); }
    T &value() & { return checked(); }
    // On a temporary, the value is moved out, so that
    // `for (x : store.persons().value())` does not iterate a destroyed list.
    T value() && { return std::move(checked()); }
    const T &operator*() const & { return checked(); }
    T operator*() && { return std::move(checked()); }
    const T *operator->() const { return &checked(); }
    const QString &error() const { return m_error; }

private:
    Result(QString message, int) : m_error(std::move(message)) {}

    // An empty optional read is undefined behaviour, which may go on with
    // garbage; stopping with the message says at once what failed.
    const T &checked() const
    {
        if (Q_UNLIKELY(!m_value))
            qFatal("Result read without a value: %s", qUtf8Printable(m_error));
        return *m_value;
    }
    T &checked() { return const_cast<T &>(std::as_const(*this).checked()); }

    std::optional<T> m_value;
    QString m_error;
};

// For operations whose only result is success.
struct Done {};
using Status = Result<Done>;
inline Status success() { return Done{}; }

// Returns early with the failure of an expression yielding a Result.
#define PYKALA_TRY(expression)                                           \
    do {                                                                 \
        if (const auto pykalaResult = (expression); !pykalaResult)       \
            return Failure{pykalaResult.error()};                        \
    } while (false)
