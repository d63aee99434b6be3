#include "stability/stability_cases.h"

#include <algorithm>
#include <string>
#include <thread>

namespace rerate {

namespace {

// Resamples tallied by key: open addressing over a power-of-two table, since
// a resample costs little more than this lookup.
class KeyCounter {
 public:
  KeyCounter() : slots_(kInitial, -1) {}

  // The count of `key`, added with a copy of `tallies` when new.  Past
  // kMostKeys distinct keys, new ones are counted nowhere and the counter
  // says it overflowed: each key costs an evaluation, and so many cannot be
  // rated in reasonable time.
  template <class Lane>
  std::int64_t& CountOf(std::uint64_t key, const Lane* tallies, int width) {
    size_t at = Hash(key);
    while (slots_[at] >= 0) {
      KeyCount& entry = entries_[static_cast<size_t>(slots_[at])];
      if (entry.key == key) return entry.count;
      at = (at + 1) & (slots_.size() - 1);
    }
    if (entries_.size() >= kMostKeys) {
      overflowed_ = true;
      return ignored_;
    }
    slots_[at] = static_cast<int>(entries_.size());
    entries_.push_back(KeyCount{key, 0, std::vector<int>(tallies, tallies + width)});
    if (2 * entries_.size() > slots_.size()) Grow();
    return entries_.back().count;
  }

  // Adds another counter's tally of one key.
  void Merge(const KeyCount& other) {
    std::int64_t& count = CountOf(other.key, other.tallies.data(), static_cast<int>(other.tallies.size()));
    count += other.count;
  }

  std::vector<KeyCount> Take() { return std::move(entries_); }
  bool overflowed() const { return overflowed_; }

 private:
  static constexpr size_t kInitial = 1024;
  static constexpr size_t kMostKeys = static_cast<size_t>(kMaxCombinations);

  size_t Hash(std::uint64_t key) const {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20U) & (slots_.size() - 1);
  }

  void Grow() {
    slots_.assign(slots_.size() * 2, -1);
    for (size_t i = 0; i < entries_.size(); ++i) {
      size_t at = Hash(entries_[i].key);
      while (slots_[at] >= 0) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = static_cast<int>(i);
    }
  }

  std::vector<int> slots_;  // index into entries_, -1 when empty
  std::vector<KeyCount> entries_;
  bool overflowed_ = false;
  std::int64_t ignored_ = 0;
};

}  // namespace

class CaseBootstrap::Engine {
 public:
  virtual ~Engine() = default;
  // Resamples chunk * kChunk up to `end` (exclusive), tallied into `counter`.
  virtual void RunChunk(std::int64_t chunk, std::int64_t end, std::uint64_t seed, KeyCounter* counter) const = 0;
  virtual std::vector<int> Tallies(const std::vector<std::uint32_t>& cases, Pcg32& random) const = 0;
};

namespace {

// Rows of `Lane`s, the narrowest type that holds the largest tally, so that
// one addition of 32 bytes adds up to 32 counts.
template <class Lane>
class PackedEngine : public CaseBootstrap::Engine {
 public:
  static constexpr int kBlock = static_cast<int>(32 / sizeof(Lane));

  PackedEngine(const Evidence& evidence, const StabilityModel& model)
      : model_(model), cases_(static_cast<std::uint32_t>(evidence.CaseCount())) {
    const int slots = static_cast<int>(model.slots().size());
    counted_ = 2 * slots;
    width_ = std::max(kBlock, (counted_ + kBlock - 1) / kBlock * kBlock);
    rows_.assign(static_cast<size_t>(cases_) * width_, 0);
    for (int s = 0; s < slots; ++s) {
      const Slot& slot = model.slots()[s];
      if (!slot.from_cases) {
        binomial_.push_back(s);
        continue;
      }
      const std::vector<Answer>& answers = evidence.cases->answers[slot.key_question];
      for (std::uint32_t c = 0; c < cases_; ++c) {
        rows_[static_cast<size_t>(c) * width_ + 2 * s] = answers[c] == Answer::kYes ? 1 : 0;
        rows_[static_cast<size_t>(c) * width_ + 2 * s + 1] = answers[c] == Answer::kNotApplicable ? 0 : 1;
      }
    }
  }

  void RunChunk(std::int64_t chunk, std::int64_t end, std::uint64_t seed, KeyCounter* counter) const override {
    Pcg32 random(seed, static_cast<std::uint64_t>(chunk));
    std::vector<Lane> tallies(static_cast<size_t>(width_));
    for (std::int64_t r = chunk * CaseBootstrap::kChunk; r < end; ++r) {
      Resample(random, tallies.data());
      ++counter->CountOf(model_.KeyOf(tallies.data()), tallies.data(), counted_);
    }
  }

  std::vector<int> Tallies(const std::vector<std::uint32_t>& cases, Pcg32& random) const override {
    std::vector<Lane> tallies(static_cast<size_t>(width_), 0);
    for (std::uint32_t c : cases) Add(tallies.data(), &rows_[static_cast<size_t>(c) * width_]);
    DrawBinomial(random, tallies.data());
    return std::vector<int>(tallies.begin(), tallies.begin() + counted_);
  }

 private:
  void Add(Lane* __restrict tallies, const Lane* __restrict row) const {
    // Whole blocks of a constant length: the compiler makes each a few
    // vector additions.
    for (int block = 0; block < width_; block += kBlock) {
      for (int j = 0; j < kBlock; ++j) tallies[block + j] = static_cast<Lane>(tallies[block + j] + row[block + j]);
    }
  }

  // A key question known by counts alone: yes ~ binomial(n, k/n), as n
  // draws below n each compared with k (exact, integers only).
  void DrawBinomial(Pcg32& random, Lane* tallies) const {
    for (int s : binomial_) {
      const Slot& slot = model_.slots()[s];
      const auto relevant = static_cast<std::uint32_t>(slot.relevant);
      const auto yes = static_cast<std::uint32_t>(slot.yes);
      std::uint32_t drawn = 0;
      for (std::uint32_t i = 0; i < relevant; ++i) drawn += random.Below(relevant) < yes ? 1 : 0;
      tallies[2 * s] = static_cast<Lane>(drawn);
      tallies[2 * s + 1] = static_cast<Lane>(relevant);
    }
  }

  // The tallies of one resample.  For rows of up to four blocks the sum is
  // kept in a fixed-size local array the compiler holds in registers, rather
  // than going through memory once per case.
  void Resample(Pcg32& random, Lane* tallies) const {
    switch (width_ / kBlock) {
      case 1: SumFixed<1>(random, tallies); break;
      case 2: SumFixed<2>(random, tallies); break;
      case 3: SumFixed<3>(random, tallies); break;
      case 4: SumFixed<4>(random, tallies); break;
      default:
        std::fill(tallies, tallies + width_, Lane{0});
        for (std::uint32_t i = 0; i < cases_; ++i) Add(tallies, &rows_[static_cast<size_t>(random.Below(cases_)) * width_]);
    }
    DrawBinomial(random, tallies);
  }

  template <int kBlocks>
  void SumFixed(Pcg32& random, Lane* tallies) const {
    constexpr int kLanes = kBlocks * kBlock;
    alignas(32) Lane sum[kLanes] = {};
    for (std::uint32_t i = 0; i < cases_; ++i) {
      const Lane* row = &rows_[static_cast<size_t>(random.Below(cases_)) * kLanes];
      for (int j = 0; j < kLanes; ++j) sum[j] = static_cast<Lane>(sum[j] + row[j]);
    }
    std::copy(sum, sum + kLanes, tallies);
  }

  const StabilityModel& model_;
  std::uint32_t cases_;
  int counted_ = 0;  // lanes in use: 2 per slot
  int width_ = 0;    // lanes per row: whole blocks
  std::vector<Lane> rows_;
  std::vector<int> binomial_;  // slots drawn binomially
};

}  // namespace

CaseBootstrap::CaseBootstrap(const Evidence& evidence, const StabilityModel& model) {
  const int most = model.MaxTally();
  if (most <= 0xFF) {
    engine_ = std::make_unique<PackedEngine<std::uint8_t>>(evidence, model);
  } else if (most <= 0xFFFF) {
    engine_ = std::make_unique<PackedEngine<std::uint16_t>>(evidence, model);
  } else {
    engine_ = std::make_unique<PackedEngine<std::uint32_t>>(evidence, model);
  }
}

CaseBootstrap::~CaseBootstrap() = default;

Result<std::vector<KeyCount>> CaseBootstrap::Run(std::int64_t resamples, std::uint64_t seed, int threads,
                                                 const std::string& file) const {
  const std::int64_t chunks = (resamples + kChunk - 1) / kChunk;
  const int workers = static_cast<int>(std::clamp<std::int64_t>(threads, 1, std::max<std::int64_t>(chunks, 1)));
  // Worker w takes chunks w, w + workers, ...; each chunk's resamples are the
  // same whoever draws them, so the tallies do not depend on `threads`.
  std::vector<KeyCounter> counters(static_cast<size_t>(workers));
  auto work = [&](int w) {
    for (std::int64_t chunk = w; chunk < chunks; chunk += workers) {
      engine_->RunChunk(chunk, std::min(resamples, (chunk + 1) * kChunk), seed, &counters[static_cast<size_t>(w)]);
    }
  };
  std::vector<std::thread> pool;
  for (int w = 1; w < workers; ++w) pool.emplace_back(work, w);
  work(0);
  for (std::thread& thread : pool) thread.join();
  bool overflowed = counters[0].overflowed();
  for (int w = 1; w < workers; ++w) {
    overflowed = overflowed || counters[static_cast<size_t>(w)].overflowed();
    for (const KeyCount& key : counters[static_cast<size_t>(w)].Take()) counters[0].Merge(key);
  }
  if (overflowed || counters[0].overflowed()) {
    return Error{{file, 0, 0}, "the resamples give more than " + std::to_string(kMaxCombinations) +
                                   " distinct combinations of case-standard ratings; stability rates at most that many"};
  }
  return counters[0].Take();
}

std::vector<int> CaseBootstrap::Tallies(const std::vector<std::uint32_t>& cases, Pcg32& random) const {
  return engine_->Tallies(cases, random);
}

}  // namespace rerate
