#include "jsonpath.h"

using namespace Qt::StringLiterals;

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

QString unicodeEscape(char16_t unit)
{
    return u"\\u%1"_s.arg(int(unit), 4, 16, QLatin1Char('0'));
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9') {
        return c.unicode() - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

} // namespace

QString JsonPath::root()
{
    return u"$"_s;
}

bool JsonPath::isIdentifier(QStringView key)
{
    if (key.isEmpty() || !isIdentifierStart(key.front())) {
        return false;
    }
    for (const QChar c : key) {
        if (!isIdentifierPart(c)) {
            return false;
        }
    }
    return true;
}

QString JsonPath::withoutRoot(const QString& path)
{
    if (path.startsWith(u"$."_s)) {
        return path.mid(2);
    }
    if (path.size() > 1 && path.startsWith(u'$')) {
        return path.mid(1);
    }
    return path;
}

QString JsonPath::escapeJson(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            continue;
        case u'\\':
            out += u"\\\\"_s;
            continue;
        case u'\b':
            out += u"\\b"_s;
            continue;
        case u'\f':
            out += u"\\f"_s;
            continue;
        case u'\n':
            out += u"\\n"_s;
            continue;
        case u'\r':
            out += u"\\r"_s;
            continue;
        case u'\t':
            out += u"\\t"_s;
            continue;
        default:
            break;
        }
        // Also C1 controls, line separators and bidirectional overrides: paths are shown to people.
        // A lone low surrogate is escaped too (a high one is, below, unless its pair follows).
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f
            || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || QChar::isLowSurrogate(c)) {
            out += unicodeEscape(c);
        } else if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
                out += text[i];
                out += text[i + 1];
                ++i;
            } else {
                out += unicodeEscape(c);
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

QString JsonPath::child(const QString& parentPath, const QString& key)
{
    if (isIdentifier(key)) {
        return parentPath + u'.' + key;
    }
    return parentPath + u"[\""_s + escapeJson(key) + u"\"]"_s;
}

QString JsonPath::child(const QString& parentPath, qsizetype index)
{
    return parentPath + u'[' + QString::number(index) + u']';
}

bool JsonPath::split(QStringView path, QList<Segment>* segments)
{
    if (path.isEmpty() || path.front() != u'$') {
        return false;
    }
    QList<Segment> result;
    qsizetype i = 1;
    const qsizetype n = path.size();
    while (i < n) {
        if (path[i] == u'.') {
            const qsizetype start = ++i;
            while (i < n && isIdentifierPart(path[i])) {
                ++i;
            }
            const QStringView key = path.sliced(start, i - start);
            if (!isIdentifier(key)) {
                return false;
            }
            result.append(Segment { key.toString(), -1, false });
        } else if (path[i] == u'[') {
            ++i;
            if (i < n && path[i] == u'"') {
                ++i;
                QString key;
                bool closed = false;
                while (i < n) {
                    const QChar c = path[i];
                    if (c == u'"') {
                        closed = true;
                        ++i;
                        break;
                    }
                    if (c != u'\\') {
                        key += c;
                        ++i;
                        continue;
                    }
                    if (++i >= n) {
                        return false;
                    }
                    const QChar e = path[i++];
                    switch (e.unicode()) {
                    case u'"':
                    case u'\\':
                    case u'/':
                        key += e;
                        break;
                    case u'b':
                        key += u'\b';
                        break;
                    case u'f':
                        key += u'\f';
                        break;
                    case u'n':
                        key += u'\n';
                        break;
                    case u'r':
                        key += u'\r';
                        break;
                    case u't':
                        key += u'\t';
                        break;
                    case u'u': {
                        if (i + 4 > n) {
                            return false;
                        }
                        int unit = 0;
                        for (int k = 0; k < 4; ++k) {
                            const int h = hexValue(path[i + k]);
                            if (h < 0) {
                                return false;
                            }
                            unit = unit * 16 + h;
                        }
                        i += 4;
                        key += QChar(char16_t(unit));
                        break;
                    }
                    default:
                        return false;
                    }
                }
                if (!closed || i >= n || path[i] != u']') {
                    return false;
                }
                ++i;
                result.append(Segment { key, -1, false });
            } else {
                const qsizetype start = i;
                while (i < n && path[i] >= u'0' && path[i] <= u'9') {
                    ++i;
                }
                if (i == start || i >= n || path[i] != u']' || i - start > 18) {
                    return false;
                }
                bool ok = false;
                const qsizetype index = path.sliced(start, i - start).toLongLong(&ok);
                if (!ok) {
                    return false;
                }
                ++i;
                result.append(Segment { QString(), index, true });
            }
        } else {
            return false;
        }
    }
    *segments = std::move(result);
    return true;
}
