// The measured pass of bench/speed.ts, run in a plain `node` (no tsx) so that the
// memory and time figures are those of the built package as a user runs it.
// Input on stdin (JSON): { entry, warmupArticles, warmupSeconds, warmupPasses, budget,
// measured: [[{ text, options }], …] }. The warm-up runs over other articles than the
// measured ones (another seed), pass after pass until warmupSeconds or warmupPasses;
// then each measured list is read once, in order (with no warm-up articles the first
// measured pass is the fresh process's first).
// Output on stdout (JSON): see `result` below.
import { readFileSync } from "node:fs";

const input = JSON.parse(readFileSync(0, "utf8"));
const rssAfterCorpus = process.memoryUsage().rss;

const lib = await import(input.entry);
const rssAfterImport = process.memoryUsage().rss;
const extractor = lib.createExtractor();

function pass(list, budgetSeconds) {
  const latenciesMs = [];
  const errors = [];
  let peakRss = 0;
  let peakHeap = 0;
  let truncated = false;
  const t0 = performance.now();
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const s = performance.now();
    try {
      extractor.extract(a.text, a.options);
    } catch (e) {
      if (errors.length < 20)
        errors.push({ index: i, error: e instanceof Error ? e.message : String(e) });
    }
    const e = performance.now();
    latenciesMs.push(e - s);
    if (i % 50 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
    if ((e - t0) / 1000 > budgetSeconds && i < list.length - 1) {
      truncated = true;
      break;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const m = process.memoryUsage();
  return {
    articles: latenciesMs.length,
    seconds,
    latenciesMs,
    errors,
    truncated,
    peakRssSampled: Math.max(peakRss, m.rss),
    peakHeapSampled: Math.max(peakHeap, m.heapUsed),
  };
}

// Warm-up passes (none for the run that measures a fresh process), then the measured pass.
const warmStart = performance.now();
let warmPasses = 0;
let warmArticles = 0;
while (
  warmPasses < input.warmupPasses &&
  input.warmupArticles.length > 0 &&
  (performance.now() - warmStart) / 1000 < input.warmupSeconds
) {
  warmArticles += pass(input.warmupArticles, input.warmupSeconds).articles;
  warmPasses++;
}
const warm = {
  passes: warmPasses,
  articles: warmArticles,
  seconds: (performance.now() - warmStart) / 1000,
};
// A fixed workload timed just before the measured passes: this machine's speed drifts
// (the same work takes from 1x to 2x the time from one minute to the next), and this
// figure beside the throughput tells a slow run of the library from a slow machine.
function reference() {
  const a = new Float64Array(1 << 20);
  const t = performance.now();
  let n = 0;
  for (let r = 0; r < 20; r++) {
    for (let i = 0; i < a.length; i++) a[(i * 7919) & (a.length - 1)] += i ^ r;
    const m = new Map();
    for (let i = 0; i < 20000; i++) m.set(`k${i}`, i);
    n += m.size;
  }
  return n > 0 ? performance.now() - t : 0;
}
const referenceMs = reference();
const mains = input.measured.map((list) => pass(list, input.budget));
// With --expose-gc: what stays on the heap once garbage is collected (a leak shows here).
let heapAfterGc = null;
if (typeof globalThis.gc === "function") {
  globalThis.gc();
  heapAfterGc = process.memoryUsage().heapUsed;
}
const result = {
  warm,
  referenceMs,
  mains,
  heapAfterGc,
  rssAfterCorpus,
  rssAfterImport,
  maxRss: process.resourceUsage().maxRSS * 1024,
};
process.stdout.write(JSON.stringify(result));
