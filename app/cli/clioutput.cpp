#include "clioutput.h"

#include "secrets/secretpolicy.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(u'\n')) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

} // namespace

void CliOutput::out(const QString& text)
{
    write(stdout, text);
}

void CliOutput::err(const QString& text)
{
    write(stderr, text);
}

void CliOutput::json(const QJsonObject& object)
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

QString CliOutput::redacted(const QString& kind, const QString& secret)
{
    return SecretPolicy::describe(kind, secret);
}
