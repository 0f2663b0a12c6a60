#include "core/train/training_batch_loader.h"

#include "core/common/error.h"
#include "core/image/image_decoder.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

namespace clipft {
namespace {

// Independent random streams per purpose, so changing how one draws leaves the others alone.
constexpr uint64_t kOrderStream = 1;
constexpr uint64_t kCaptionStream = 2;
constexpr uint64_t kCropStream = 3;

// One batch being prepared: workers take its rows one at a time, so the images of a batch are
// decoded in parallel and the earliest batch is always finished first.
struct PendingBatch {
    int64_t epoch = 0;
    int64_t batch = 0;
    std::vector<int64_t> items;       // [rows] item indices
    at::Tensor images;                // [rows, 3, S, S] float32
    at::Tensor tokens;                // [rows, context_length] int64
    std::vector<std::string> errors;  // [rows]: why the image could not be used; empty when it could
    std::vector<std::exception_ptr> rowFailures;  // [rows]: a problem that is not the image's (tokenizer)
    std::exception_ptr failure;       // the batch could not be set up (memory); set under the mutex
    int handedOut = 0;                // rows given to workers
    int finished = 0;                 // rows done
    int rows() const { return static_cast<int>(items.size()); }
};

}  // namespace

std::vector<int64_t> trainingEpochOrder(int64_t items, uint64_t seed, int64_t epoch) {
    std::vector<int64_t> order(static_cast<size_t>(std::max<int64_t>(items, 0)));
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int64_t>(i);
    // Fisher-Yates with our own unbiased draws: std::shuffle differs between standard libraries.
    CropRandom random(mixSeed(seed, static_cast<uint64_t>(epoch), 0, kOrderStream));
    for (size_t i = order.size(); i > 1; --i) {
        const size_t j = static_cast<size_t>(random.uniformInt(static_cast<int64_t>(i)));
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

int64_t trainingCaptionChoice(uint64_t seed, int64_t epoch, int64_t item_index, int64_t caption_count) {
    CropRandom random(mixSeed(seed, static_cast<uint64_t>(epoch), static_cast<uint64_t>(item_index), kCaptionStream));
    return random.uniformInt(caption_count);
}

uint64_t trainingCropSeed(uint64_t seed, int64_t epoch, int64_t item_index) {
    return mixSeed(seed, static_cast<uint64_t>(epoch), static_cast<uint64_t>(item_index), kCropStream);
}

struct TrainingBatchLoader::Impl {
    std::vector<TrainingItem> items;
    std::shared_ptr<const Tokenizer> tokenizer;
    TrainingLoaderOptions options;
    ProgressObserver* warnings = nullptr;
    int64_t perEpoch = 0;

    std::mutex mutex;
    std::condition_variable workCv;   // workers: a row to do, or stop
    std::condition_variable readyCv;  // consumer: a batch finished
    std::deque<std::shared_ptr<PendingBatch>> queue;  // batches in order, at most prefetch_batches
    int64_t cursorEpoch = 0;  // the next batch to schedule
    int64_t cursorBatch = 0;
    int64_t orderEpoch = -1;  // the epoch `order` belongs to
    std::vector<int64_t> order;
    bool active = false;  // nothing is prepared before the first next(), so a seek() right after
                          // construction wastes no work
    bool stop = false;
    std::exception_ptr broken;  // a worker could not set up a batch (out of memory); next() rethrows it
    std::vector<std::thread> workers;

    std::set<std::string> warned;  // consumer thread only

    int rowsOf(int64_t batch) const {
        const int64_t b = options.batch_size;
        return static_cast<int>(std::min<int64_t>(b, static_cast<int64_t>(items.size()) - batch * b));
    }

    // Appends the batch at the cursor to the queue. Called with the mutex held.
    void scheduleNext() {
        auto pending = std::make_shared<PendingBatch>();
        pending->epoch = cursorEpoch;
        pending->batch = cursorBatch;
        if (orderEpoch != cursorEpoch) {
            order = trainingEpochOrder(static_cast<int64_t>(items.size()), options.seed, cursorEpoch);
            orderEpoch = cursorEpoch;
        }
        const int rows = rowsOf(cursorBatch);
        const auto first = order.begin() + cursorBatch * options.batch_size;
        pending->items.assign(first, first + rows);
        pending->errors.resize(static_cast<size_t>(rows));
        pending->rowFailures.resize(static_cast<size_t>(rows));
        const int64_t s = options.transform.image_size;
        try {
            pending->images = at::empty({rows, 3, s, s}, at::kFloat);                 // [rows, 3, S, S]
            pending->tokens = at::zeros({rows, options.context_length}, at::kLong);  // [rows, ctx]
        } catch (...) {
            pending->failure = std::current_exception();
            pending->handedOut = pending->finished = rows;
            readyCv.notify_all();
        }
        queue.push_back(std::move(pending));
        if (++cursorBatch == perEpoch) {
            cursorBatch = 0;
            ++cursorEpoch;
        }
    }

    // The next row to work on, scheduling a new batch when there is room. Mutex held.
    bool takeRow(std::shared_ptr<PendingBatch>& batch, int& row) {
        for (const auto& pending : queue) {
            if (pending->handedOut < pending->rows()) {
                batch = pending;
                row = pending->handedOut++;
                return true;
            }
        }
        if (!active || static_cast<int>(queue.size()) >= options.prefetch_batches) return false;
        scheduleNext();
        return takeRow(batch, row);
    }

    void prepareRow(PendingBatch& batch, int row) {
        const int64_t item = batch.items[static_cast<size_t>(row)];
        const TrainingItem& source = items[static_cast<size_t>(item)];
        try {
            const int64_t choice = trainingCaptionChoice(options.seed, batch.epoch, item,
                                                         static_cast<int64_t>(source.captions.size()));
            const std::vector<int64_t> ids =
                tokenizer->encode(source.captions[static_cast<size_t>(choice)], options.context_length);
            if (static_cast<int64_t>(ids.size()) != options.context_length) {
                throw Error("the tokenizer gave " + std::to_string(ids.size()) + " ids for a context length of " +
                            std::to_string(options.context_length));
            }
            std::memcpy(batch.tokens.data_ptr<int64_t>() + static_cast<size_t>(row) * options.context_length,
                        ids.data(), ids.size() * sizeof(int64_t));
        } catch (...) {
            batch.rowFailures[static_cast<size_t>(row)] = std::current_exception();
            return;
        }
        try {
            const DecodedImage image = decodeImageFile(source.image_path);
            const size_t s = static_cast<size_t>(options.transform.image_size);
            float* out = batch.images.data_ptr<float>() + static_cast<size_t>(row) * 3 * s * s;  // [3, S, S]
            if (options.augment) {
                CropRandom random(trainingCropSeed(options.seed, batch.epoch, item));
                const CropBox box = sampleResizedCrop(image.width(), image.height(), random, options.crop);
                writeResizedCrop(image, box, options.transform, out);
            } else {
                const at::Tensor eval = evalTransform(image, options.transform);  // [3, S, S]
                std::memcpy(out, eval.data_ptr<float>(), static_cast<size_t>(eval.numel()) * sizeof(float));
            }
        } catch (const Error& e) {
            batch.errors[static_cast<size_t>(row)] = e.what();  // names the file already
        } catch (const std::exception& e) {
            batch.errors[static_cast<size_t>(row)] =
                "Image file '" + source.image_path + "' could not be processed: " + e.what();
        } catch (...) {
            batch.errors[static_cast<size_t>(row)] = "Image file '" + source.image_path + "' could not be processed.";
        }
    }

    // takeRow for the wait predicate: an exception escaping a thread would end the process.
    bool takeRowOrBreak(std::shared_ptr<PendingBatch>& batch, int& row) noexcept {
        if (broken) return false;
        try {
            return takeRow(batch, row);
        } catch (...) {
            broken = std::current_exception();
            readyCv.notify_all();
            return false;
        }
    }

    void work() {
        std::unique_lock<std::mutex> lock(mutex);
        while (true) {
            std::shared_ptr<PendingBatch> batch;
            int row = 0;
            workCv.wait(lock, [&] { return stop || takeRowOrBreak(batch, row); });
            if (stop) return;
            lock.unlock();
            prepareRow(*batch, row);
            lock.lock();
            // A batch dropped by seek() is finished too; nobody waits for it any more.
            if (++batch->finished == batch->rows()) readyCv.notify_all();
        }
    }
};

TrainingBatchLoader::TrainingBatchLoader(std::vector<TrainingItem> items, std::shared_ptr<const Tokenizer> tokenizer,
                                         TrainingLoaderOptions options, ProgressObserver* warnings)
    : impl_(std::make_unique<Impl>()) {
    if (!tokenizer) throw Error("the training loader needs a tokenizer");
    if (options.batch_size < 1) {
        throw Error("batch size must be at least 1, got " + std::to_string(options.batch_size));
    }
    if (options.context_length < 2) {
        throw Error("context length must be at least 2, got " + std::to_string(options.context_length));
    }
    if (options.transform.image_size < 1) {
        throw Error("image size must be at least 1 pixel, got " + std::to_string(options.transform.image_size));
    }
    const int64_t n = static_cast<int64_t>(items.size());
    if (options.drop_last && n < options.batch_size) {
        throw Error("the training set has " + std::to_string(n) + " image" + (n == 1 ? "" : "s") +
                    ", fewer than one batch of " + std::to_string(options.batch_size) +
                    ": choose a smaller batch size or add images");
    }
    if (n == 0) throw Error("the training set has no images");
    for (int64_t i = 0; i < n; ++i) {
        if (items[static_cast<size_t>(i)].captions.empty()) {
            throw Error("training image '" + items[static_cast<size_t>(i)].image_path + "' has no caption");
        }
    }
    // Validates the crop ranges now rather than in a worker.
    CropRandom probe(0);
    sampleResizedCrop(1, 1, probe, options.crop);

    options.prefetch_batches = std::max(1, options.prefetch_batches);
    int threads = options.threads;
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    options.threads = threads;

    impl_->perEpoch = options.drop_last ? n / options.batch_size : (n + options.batch_size - 1) / options.batch_size;
    impl_->items = std::move(items);
    impl_->tokenizer = std::move(tokenizer);
    impl_->options = options;
    impl_->warnings = warnings;
    try {
        for (int t = 0; t < threads; ++t) impl_->workers.emplace_back([impl = impl_.get()] { impl->work(); });
    } catch (...) {
        {
            std::lock_guard<std::mutex> lock(impl_->mutex);
            impl_->stop = true;
        }
        impl_->workCv.notify_all();
        for (auto& w : impl_->workers) w.join();
        throw Error("could not start the data loader's worker threads");
    }
}

TrainingBatchLoader::~TrainingBatchLoader() {
    {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->stop = true;
    }
    impl_->workCv.notify_all();
    for (auto& w : impl_->workers) w.join();
}

int64_t TrainingBatchLoader::batchesPerEpoch() const { return impl_->perEpoch; }

int64_t TrainingBatchLoader::itemCount() const { return static_cast<int64_t>(impl_->items.size()); }

void TrainingBatchLoader::seek(int64_t epoch, int64_t batch_in_epoch) {
    if (epoch < 0 || batch_in_epoch < 0) {
        throw Error("cannot seek the training data to epoch " + std::to_string(epoch) + ", batch " +
                    std::to_string(batch_in_epoch));
    }
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->queue.clear();  // workers still busy on these finish into batches nobody reads
    impl_->cursorEpoch = epoch + batch_in_epoch / impl_->perEpoch;
    impl_->cursorBatch = batch_in_epoch % impl_->perEpoch;
    impl_->workCv.notify_all();
}

TrainingBatch TrainingBatchLoader::next(const CancelToken* cancel) {
    Impl& d = *impl_;
    std::shared_ptr<PendingBatch> pending;
    {
        std::unique_lock<std::mutex> lock(d.mutex);
        if (!d.active) {
            d.active = true;
            d.workCv.notify_all();
        }
        while (true) {
            if (cancel != nullptr && cancel->isCancelled()) throw Cancelled();
            if (d.broken) std::rethrow_exception(d.broken);
            if (!d.queue.empty() && d.queue.front()->finished == d.queue.front()->rows()) break;
            // CancelToken cannot wake us, so wait in short slices.
            d.readyCv.wait_for(lock, std::chrono::milliseconds(10));
        }
        pending = std::move(d.queue.front());
        d.queue.pop_front();
        d.workCv.notify_all();  // room for one more batch ahead
    }
    if (pending->failure) std::rethrow_exception(pending->failure);
    for (const std::exception_ptr& failure : pending->rowFailures) {
        if (failure) std::rethrow_exception(failure);
    }

    TrainingBatch out;
    out.epoch = pending->epoch;
    out.batch_in_epoch = pending->batch;
    std::vector<int64_t> keep;
    for (int r = 0; r < pending->rows(); ++r) {
        const std::string& error = pending->errors[static_cast<size_t>(r)];
        if (error.empty()) {
            keep.push_back(r);
            out.item_indices.push_back(pending->items[static_cast<size_t>(r)]);
            continue;
        }
        const std::string& path = d.items[static_cast<size_t>(pending->items[static_cast<size_t>(r)])].image_path;
        out.skipped_files.push_back(path);
        if (d.warnings != nullptr && d.warned.insert(path).second) {
            d.warnings->onWarning("Skipped training image '" + path + "': " + error);
        }
    }
    if (keep.empty()) {
        throw Error("none of the " + std::to_string(pending->rows()) + " images of batch " +
                    std::to_string(pending->batch) + " of epoch " + std::to_string(pending->epoch) +
                    " could be read; the first: " + pending->errors.front());
    }
    if (static_cast<int>(keep.size()) == pending->rows()) {
        out.images = pending->images;
        out.tokens = pending->tokens;
    } else {
        const at::Tensor rows = at::tensor(keep, at::kLong);
        out.images = pending->images.index_select(0, rows);  // [kept, 3, S, S]
        out.tokens = pending->tokens.index_select(0, rows);  // [kept, ctx]
    }
    return out;
}

}  // namespace clipft
