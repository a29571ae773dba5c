// libFuzzer target: arbitrary bytes parsed as JSON and shown through a JsonTreeModel (lazy nodes,
// paths, display escaping), plus JsonPath::split on the same bytes read as a path. The same bytes also go
// through setJsonBytes (simdjson's DOM): it must refuse what QJsonDocument refuses, with the same error, and
// show the same tree, node by node, as setJson does.
#include "fuzzsupport.h"

#include "json/jsonpath.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input = KtiFuzz::bytes(data, size);

    // The bytes as a path: split never crashes, and a split path's steps rebuild to one that splits the same.
    const QString text = QString::fromUtf8(input);
    QList<JsonPath::Segment> segments;
    if (JsonPath::split(text, &segments)) {
        QString rebuilt = JsonPath::root();
        for (const JsonPath::Segment& segment : segments) {
            rebuilt = segment.isIndex ? JsonPath::child(rebuilt, segment.index) : JsonPath::child(rebuilt, segment.key);
        }
        QList<JsonPath::Segment> again;
        KTI_FUZZ_CHECK(JsonPath::split(rebuilt, &again));
        KTI_FUZZ_CHECK(again == segments);
    }
    (void)JsonTreeModel::escapeForDisplay(text);

    QJsonParseError error;
    const QByteArray bytes = input.toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    JsonTreeModel fromBytes;
    QJsonParseError bytesError;
    const bool shown = fromBytes.setJsonBytes(bytes, QString(), &bytesError);
    KTI_FUZZ_CHECK(shown == (error.error == QJsonParseError::NoError));
    KTI_FUZZ_CHECK(bytesError.error == error.error && bytesError.offset == error.offset);
    if (error.error != QJsonParseError::NoError) {
        KTI_FUZZ_CHECK(fromBytes.rowCount() == 0);
        return 0;
    }
    const QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    const auto annotator = [](const QString& path, const QJsonValue& value) {
        // Secret-looking nodes exercise the masking code.
        JsonAnnotation annotation;
        annotation.isSecret = path.size() % 3 == 0;
        if (value.isString()) {
            annotation.note = path;
        }
        return annotation;
    };
    JsonTreeModel model;
    model.setAnnotator(annotator);
    fromBytes.setAnnotator(annotator);
    model.setJson(root);
    KTI_FUZZ_CHECK(model.json() == root);
    KtiFuzz::compareTrees(fromBytes, model);
    KTI_FUZZ_CHECK(fromBytes.json() == root);
    KtiFuzz::walkTree(model);
    KtiFuzz::walkTree(fromBytes);
    model.setMaskSecrets(false);
    KtiFuzz::walkTree(model, 500);
    model.clear();
    KTI_FUZZ_CHECK(model.rowCount() == 0);
    return 0;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    KtiFuzz::quietLogging();
    return 0;
}
