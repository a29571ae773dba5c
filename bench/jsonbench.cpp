// kti-bench-json: account JSON bytes → a JsonTreeModel ready to show its top level (rowCount and every
// top-level row's texts answered), against simdjson's DOM parser on the same bytes, in one run,
// alternating. The accounts are big.account's (app/demo/demoseed.cpp) scaled to about 10 KB, 1 MB,
// 4.4 MB (big.account itself) and 30 MB, built in memory. Also the heap the ready model keeps per input
// byte (mallinfo2: in-use chunks plus mmapped blocks, the model kept alive).
//
// Figures (bench/README.md): json.model.<size> and json.simdjson.<size> in MB/s, json.model.mem.<size>
// in B/B, for <size> in 10k, 1m, 4m4, 30m.
#include "demo/demoseed.h"

#include "json/jsontreemodel.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
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

// The product's path: bytes in, a model that can answer its top level out.
std::unique_ptr<JsonTreeModel> modelReady(const QByteArray& bytes)
{
    auto model = std::make_unique<JsonTreeModel>();
    model->setJson(QJsonDocument::fromJson(bytes).object());
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        (void)model->data(model->index(row, JsonTreeModel::KeyColumn), Qt::DisplayRole);
        (void)model->data(model->index(row, JsonTreeModel::ValueColumn), Qt::DisplayRole);
    }
    return rows > 0 ? std::move(model) : nullptr;
}

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

        // Warm both paths once (first-use allocations, page faults of the parser's buffers).
        if (!modelReady(bytes) || parser.parse(padded).error() != simdjson::SUCCESS) {
            std::fprintf(stderr, "json %s: the account could not be read\n", size.name);
            return 1;
        }

        std::vector<double> ours;
        std::vector<double> baseline;
        QElapsedTimer timer;
        for (int sample = 0; sample < samples; ++sample) {
            qint64 elapsed = 0;
            for (int i = 0; i < repeat; ++i) {
                timer.start();
                std::unique_ptr<JsonTreeModel> model = modelReady(bytes);
                elapsed += timer.nsecsElapsed();
                if (!model) {
                    return 1;
                }
            }
            ours.push_back(megabytes / (double(elapsed) / 1e9));

            elapsed = 0;
            for (int i = 0; i < repeat; ++i) {
                timer.start();
                const simdjson::error_code error = parser.parse(padded).error();
                elapsed += timer.nsecsElapsed();
                if (error != simdjson::SUCCESS) {
                    return 1;
                }
            }
            baseline.push_back(megabytes / (double(elapsed) / 1e9));
        }
        print(QByteArray("json.model."_ba + size.name).constData(), "MB/s", ours);
        print(QByteArray("json.simdjson."_ba + size.name).constData(), "MB/s", baseline);

        std::vector<double> memory;
        for (int sample = 0; sample < (smoke ? 1 : 3); ++sample) {
            malloc_trim(0);
            const std::size_t before = heapInUse();
            std::unique_ptr<JsonTreeModel> model = modelReady(bytes);
            const std::size_t after = heapInUse();
            memory.push_back((double(after) - double(before)) / double(bytes.size()));
        }
        print(QByteArray("json.model.mem."_ba + size.name).constData(), "B/B", memory);
    }
    return 0;
}
