// kti-bench-json: account JSON bytes → a JsonTreeModel ready to show its top level (rowCount and every
// top-level row's texts answered), against simdjson's DOM parser on the same bytes, in one run,
// alternating. The accounts are big.account's (app/demo/demoseed.cpp) scaled to about 10 KB, 1 MB,
// 4.4 MB (big.account itself) and 30 MB, built in memory. Also the heap the ready model keeps per input
// byte (mallinfo2: in-use chunks plus mmapped blocks, the model kept alive).
//
// Figures (bench/README.md): json.model.<size> and json.simdjson.<size> in MB/s, json.model.mem.<size>
// in B/B, for <size> in 10k, 1m, 4m4, 30m. For comparison, json.qjson.<size> and json.qjson.mem.<size>: the
// same through QJsonDocument and JsonTreeModel::setJson, the path the account tree took before.
#include "demo/demoseed.h"

#include "json/jsontreemodel.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <simdjson.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Size
{
    const char* name;
    double targetBytes; // 0: big.account exactly
};

// Answers the model's top level as a view showing it would; false when there is nothing to show.
bool showTopLevel(const JsonTreeModel& model)
{
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        (void)model.data(model.index(row, JsonTreeModel::KeyColumn), Qt::DisplayRole);
        (void)model.data(model.index(row, JsonTreeModel::ValueColumn), Qt::DisplayRole);
    }
    return rows > 0;
}

// The product's path: bytes in, a model that can answer its top level out.
std::unique_ptr<JsonTreeModel> modelReady(const QByteArray& bytes)
{
    auto model = std::make_unique<JsonTreeModel>();
    if (!model->setJsonBytes(bytes) || !showTopLevel(*model)) {
        return nullptr;
    }
    return model;
}

// The path before setJsonBytes: QJsonDocument, then setJson.
std::unique_ptr<JsonTreeModel> qjsonModelReady(const QByteArray& bytes)
{
    auto model = std::make_unique<JsonTreeModel>();
    model->setJson(QJsonDocument::fromJson(bytes).object());
    return showTopLevel(*model) ? std::move(model) : nullptr;
}

using Path = std::unique_ptr<JsonTreeModel> (*)(const QByteArray&);

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

void print(const char* id, const char* unit, const std::vector<double>& samples)
{
    std::printf("BENCH %s %s", id, unit);
    for (double value : samples) {
        std::printf(" %.3f", value);
    }
    std::printf("\n");
    std::fflush(stdout);
}

QByteArray accountBytes(const DemoSeed& seed, const Size& size)
{
    // big.account has 5,000 contacts and 2,000 attributes; other sizes scale both.
    const QByteArray big = QJsonDocument(seed.bigAccount(5000, 2000)).toJson(QJsonDocument::Compact);
    if (size.targetBytes <= 0) {
        return big;
    }
    const double scale = size.targetBytes / double(big.size());
    const int contacts = qMax(1, int(5000 * scale));
    const int attributes = qMax(1, int(2000 * scale));
    return QJsonDocument(seed.bigAccount(contacts, attributes)).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(u"--smoke"_s);
    const DemoSeed seed;
    const Size sizes[] = { { "10k", 10e3 }, { "1m", 1e6 }, { "4m4", 0 }, { "30m", 30e6 } };

    simdjson::dom::parser parser; // reused, as simdjson is meant to be used
    for (const Size& size : sizes) {
        const QByteArray bytes = accountBytes(seed, size);
        const simdjson::padded_string padded(bytes.constData(), std::size_t(bytes.size()));
        std::fprintf(stderr, "json %s: %lld bytes\n", size.name, static_cast<long long>(bytes.size()));

        // Each sample repeats the work until about 2 MB went through, so small inputs are timed above noise.
        const int repeat = smoke ? 1 : qMax(1, int(2e6 / double(bytes.size())));
        const int samples = smoke ? 1 : (bytes.size() > 10'000'000 ? 7 : 15);
        const double megabytes = double(bytes.size()) * repeat / 1e6;

        // Warm every path once (first-use allocations, page faults of the parser's buffers).
        if (!modelReady(bytes) || !qjsonModelReady(bytes) || parser.parse(padded).error() != simdjson::SUCCESS) {
            std::fprintf(stderr, "json %s: the account could not be read\n", size.name);
            return 1;
        }
        const std::unique_ptr<JsonTreeModel> check = modelReady(bytes);
        if (check->backing() != JsonTreeModel::Backing::Dom) {
            std::fprintf(stderr, "json %s: the model did not take the fast path\n", size.name);
            return 1;
        }

        QElapsedTimer timer;
        const auto timeModel = [&](Path path) {
            qint64 elapsed = 0;
            for (int i = 0; i < repeat; ++i) {
                timer.start();
                std::unique_ptr<JsonTreeModel> model = path(bytes);
                elapsed += timer.nsecsElapsed();
                if (!model) {
                    return -1.0;
                }
            } // tearing the model down is not part of "ready"
            return megabytes / (double(elapsed) / 1e9);
        };
        std::vector<double> ours;
        std::vector<double> baseline;
        std::vector<double> before;
        for (int sample = 0; sample < samples; ++sample) {
            ours.push_back(timeModel(&modelReady));

            qint64 elapsed = 0;
            for (int i = 0; i < repeat; ++i) {
                timer.start();
                const simdjson::error_code error = parser.parse(padded).error();
                elapsed += timer.nsecsElapsed();
                if (error != simdjson::SUCCESS) {
                    return 1;
                }
            }
            baseline.push_back(megabytes / (double(elapsed) / 1e9));

            if (sample % 3 == 0) { // the slow path of before, on every third sample: the run stays short
                before.push_back(timeModel(&qjsonModelReady));
            }
        }
        if (std::find(ours.begin(), ours.end(), -1.0) != ours.end()) {
            return 1;
        }
        print(QByteArray("json.model."_ba + size.name).constData(), "MB/s", ours);
        print(QByteArray("json.simdjson."_ba + size.name).constData(), "MB/s", baseline);
        print(QByteArray("json.qjson."_ba + size.name).constData(), "MB/s", before);

        const auto memory = [&](Path path) {
            std::vector<double> perByte;
            for (int sample = 0; sample < (smoke ? 1 : 3); ++sample) {
                malloc_trim(0);
                const std::size_t heapBefore = heapInUse();
                const std::unique_ptr<JsonTreeModel> model = path(bytes);
                const std::size_t heapAfter = heapInUse();
                perByte.push_back((double(heapAfter) - double(heapBefore)) / double(bytes.size()));
            }
            return perByte;
        };
        print(QByteArray("json.model.mem."_ba + size.name).constData(), "B/B", memory(&modelReady));
        print(QByteArray("json.qjson.mem."_ba + size.name).constData(), "B/B", memory(&qjsonModelReady));
    }
    return 0;
}
