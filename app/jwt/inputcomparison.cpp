#include "inputcomparison.h"

#include "json/jsonpath.h"
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Every ancestor of path, root first, and the path itself.
QStringList pathAndAncestors(const QString& path)
{
    QList<JsonPath::Segment> segments;
    if (!JsonPath::split(path, &segments)) {
        return { path };
    }
    QStringList paths { JsonPath::root() };
    QString current = JsonPath::root();
    for (const JsonPath::Segment& segment : std::as_const(segments)) {
        current = segment.isIndex ? JsonPath::child(current, segment.index) : JsonPath::child(current, segment.key);
        paths << current;
    }
    return paths;
}

QString noteFor(JsonDifference::Kind kind, InputComparison::Side side)
{
    switch (kind) {
    case JsonDifference::Kind::Added:
        return InputComparison::tr("Only in the second");
    case JsonDifference::Kind::Removed:
        return InputComparison::tr("Only in the first");
    case JsonDifference::Kind::Changed:
        return side == InputComparison::Side::First ? InputComparison::tr("Changed in the second")
                                                    : InputComparison::tr("Changed from the first");
    case JsonDifference::Kind::TypeChanged:
        break;
    }
    return InputComparison::tr("Of another type in the other");
}

} // namespace

InputComparison InputComparison::compare(QByteArrayView firstBytes, QByteArrayView secondBytes,
    const JsonDiff::Options& options, ComparableInput::Secrets secrets)
{
    return compare(
        ComparableInput::fromBytes(firstBytes, secrets), ComparableInput::fromBytes(secondBytes, secrets), options);
}

InputComparison InputComparison::compare(
    const ComparableInput& first, const ComparableInput& second, const JsonDiff::Options& options)
{
    InputComparison comparison;
    comparison.first = first;
    comparison.second = second;
    if (!first.isValid()) {
        comparison.error = tr("The first input is not understood: %1").arg(first.error);
        return comparison;
    }
    if (!second.isValid()) {
        comparison.error = tr("The second input is not understood: %1").arg(second.error);
        return comparison;
    }
    if (first.kind != second.kind) {
        comparison.error = tr("The inputs are of different kinds: the first is %1, the second %2. Compare two JWTs, "
                              "two auth tickets or two customer accounts.")
                               .arg(ComparableInput::kindText(first.kind), ComparableInput::kindText(second.kind));
        return comparison;
    }
    JsonDiff::Options withShapes = options;
    if (!withShapes.isAtomic) {
        withShapes.isAtomic = &ComparableInput::isSecretShape;
    }
    comparison.result = JsonDiff::compareDetailed(first.value, second.value, withShapes);
    comparison.index();
    return comparison;
}

void InputComparison::index()
{
    for (qsizetype i = 0; i < result.differences.size(); ++i) {
        const JsonDifference& difference = result.differences.at(i);
        if (!difference.beforePath.isEmpty()) {
            m_atFirst.insert(difference.beforePath, i);
            for (const QString& path : pathAndAncestors(difference.beforePath)) {
                ++m_belowFirst[path];
            }
        }
        if (!difference.afterPath.isEmpty()) {
            m_atSecond.insert(difference.afterPath, i);
            for (const QString& path : pathAndAncestors(difference.afterPath)) {
                ++m_belowSecond[path];
            }
        }
    }
}

const JsonDifference* InputComparison::differenceAt(Side side, const QString& path) const
{
    const qsizetype i = (side == Side::First ? m_atFirst : m_atSecond).value(path, -1);
    return i >= 0 ? &result.differences.at(i) : nullptr;
}

bool InputComparison::containsDifference(Side side, const QString& path) const
{
    return (side == Side::First ? m_belowFirst : m_belowSecond).contains(path);
}

std::function<JsonAnnotation(const QString& path, const QJsonValue& value)> InputComparison::annotator(Side side) const
{
    QHash<QString, JsonDifference::Kind> at;
    for (const auto& [path, i] : (side == Side::First ? m_atFirst : m_atSecond).asKeyValueRange()) {
        at.insert(path, result.differences.at(i).kind);
    }
    const QHash<QString, int> below = side == Side::First ? m_belowFirst : m_belowSecond;
    const QStringList secretList = side == Side::First ? first.secretPaths : second.secretPaths;
    const QSet<QString> secrets(secretList.cbegin(), secretList.cend());
    return [at, below, secrets, side](const QString& path, const QJsonValue&) {
        JsonAnnotation annotation;
        annotation.isSecret = secrets.contains(path);
        const auto kind = at.constFind(path);
        if (kind != at.constEnd()) {
            annotation.note = noteFor(*kind, side);
        } else if (const int count = below.value(path); count > 0) {
            annotation.note = tr("Differences inside: %1").arg(count);
        }
        return annotation;
    };
}
