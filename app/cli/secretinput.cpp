#include "secretinput.h"

#include <cstdio>
#include <string>

std::optional<QString> SecretInput::readLine(const QString& what, QString* error)
{
    std::string line;
    int c = 0;
    bool sawAnything = false;
    // Bounded: a secret line longer than 64 KiB is not a secret we accept.
    constexpr size_t MaxLine = 64 * 1024;
    while ((c = std::fgetc(stdin)) != EOF) {
        sawAnything = true;
        if (c == '\n') {
            break;
        }
        if (line.size() >= MaxLine) {
            *error = tr("The line for %1 on standard input is longer than 64 KiB.").arg(what);
            return std::nullopt;
        }
        line.push_back(static_cast<char>(c));
    }
    if (!sawAnything) {
        *error = tr("Standard input ended before %1 was given.").arg(what);
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (line.empty()) {
        *error = tr("The line for %1 on standard input is empty.").arg(what);
        return std::nullopt;
    }
    return QString::fromStdString(line);
}
