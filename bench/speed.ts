/**
 * Speed of `extract()`: throughput, per-article latency, cold start, peak memory.
 *
 *   npm run bench:speed -- [--mb 5.5] [--seed N] [--passes N] [--budget SECONDS] [--json PATH]
 *
 * The corpus: at least 5 MB of generated articles (bench/lib/gen-articles.ts, seeded,
 * so runs compare) with the real articles of ../shared/corpus mixed in when present.
 * The library measured is the BUILT package (dist/index.js; `npm run bench:speed`
 * builds first); without a build it falls back to src/ and says so. Throughput is
 * the steady state after a warm-up on other articles (see WARMUP_PASSES), the median
 * of several passes over corpora of other seeds (see measureInChild); the first pass
 * of a fresh process is reported beside it.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Vietner from "../src/index.js";
import { type GeneratedArticle, generateArticles, loadPlaces } from "./lib/gen-articles.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sharedCorpus = resolve(
  repoRoot,
  process.env.VIETNER_SHARED_CORPUS ?? join("..", "shared", "corpus"),
);
const distEntry = join(repoRoot, "dist", "index.js");

const TARGET_MBPS = 5;
const TARGET_COLD_MS = 100;
const TARGET_RSS_MB = 150;
const MB = 1_000_000;

// ---------------------------------------------------------------- arguments

interface Args {
  mb: number;
  seed: number;
  budget: number;
  json: string;
  spawns: number;
  passes: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    mb: 5.5,
    seed: 20231013,
    budget: 75,
    json: join(repoRoot, "bench", "results", "speed.json"),
    spawns: 5,
    passes: 3,
  };
  const fail = (msg: string): never => {
    console.error(`speed: ${msg}`);
    console.error(
      "usage: tsx bench/speed.ts [--mb N] [--seed N] [--passes N] [--budget SECONDS] [--spawns N] [--json PATH]",
    );
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf("=");
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string =>
      eq > 0 ? a.slice(eq + 1) : (argv[++i] ?? fail(`${flag} needs a value`));
    const number = (): number => {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) fail(`${flag} needs a positive number`);
      return v;
    };
    switch (flag) {
      case "--mb":
        args.mb = number();
        break;
      case "--seed":
        args.seed = Math.floor(number());
        break;
      case "--budget":
        args.budget = number();
        break;
      case "--passes":
        args.passes = Math.floor(number());
        break;
      case "--spawns":
        args.spawns = Math.floor(number());
        break;
      case "--json":
        args.json = resolve(value());
        break;
      default:
        fail(`unknown argument "${a}"`);
    }
  }
  return args;
}

// ---------------------------------------------------------------- corpus

interface BenchArticle {
  id: string;
  text: string;
  bytes: number;
  options: Vietner.ExtractOptions;
  real: boolean;
}

/** Text, date and context of the real gold articles; read here, never written anywhere. */
function realArticles(): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const sub of ["seeds", "dev"]) {
    const dir = join(sharedCorpus, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort()) {
      try {
        const raw: unknown = JSON.parse(readFileSync(join(dir, f), "utf8"));
        if (raw === null || typeof raw !== "object") continue;
        const o = raw as Record<string, unknown>;
        if (typeof o.text !== "string") continue;
        const options: Vietner.ExtractOptions = {};
        if (typeof o.date === "string") options.date = o.date;
        if (typeof o.context === "string") options.context = o.context;
        out.push({
          id: `${sub}/${f}`,
          text: o.text,
          bytes: Buffer.byteLength(o.text, "utf8"),
          options,
          real: true,
        });
      } catch {
        // an unreadable gold file is the accuracy bench's business, not ours
      }
    }
  }
  return out;
}

function fromGenerated(a: GeneratedArticle): BenchArticle {
  return {
    id: a.id,
    text: a.text,
    bytes: Buffer.byteLength(a.text, "utf8"),
    options: a.date ? { date: a.date } : {},
    real: false,
  };
}

/** Generated articles with the real ones spread evenly among them (deterministic). */
function mixIn(generated: readonly BenchArticle[], real: readonly BenchArticle[]): BenchArticle[] {
  const articles: BenchArticle[] = [];
  const step = real.length > 0 ? Math.max(1, Math.floor(generated.length / real.length)) : Infinity;
  let r = 0;
  generated.forEach((g, i) => {
    articles.push(g);
    if (r < real.length && (i + 1) % step === 0) articles.push(real[r++]!);
  });
  while (r < real.length) articles.push(real[r++]!);
  return articles;
}

/**
 * The measured corpora (seed, then seed + 2, seed + 3, …; the first is "the corpus"
 * of the report) and the warm-up's (seed + 1).
 */
function buildCorpus(args: Args): {
  articles: BenchArticle[];
  more: BenchArticle[][];
  warmup: BenchArticle[];
  placesSource: string;
  realCount: number;
} {
  const real = realArticles();
  const places = loadPlaces(join(repoRoot, "dictionaries"));
  // The generated part alone reaches the target, so the total is never under it.
  const generatedOf = (seed: number): BenchArticle[] =>
    generateArticles({ seed, targetBytes: args.mb * MB, places }).map(fromGenerated);
  // The warm-up's own articles: the next seed, so no generated article is measured
  // after being seen. The real articles are read in the warm-up too (1% of the
  // measured bytes): a process that has only met generated text meets the first real
  // ones with a round of deoptimizations (tens of ms each), which no pipeline of real
  // articles pays after its first minutes.
  const warmup = generatedOf(args.seed + 1);
  if (real.length > 0) {
    const every = Math.max(1, Math.floor(warmup.length / real.length));
    real.forEach((a, k) => {
      warmup.splice(Math.min(warmup.length, (k + 1) * every + k), 0, a);
    });
  }
  const articles = mixIn(generatedOf(args.seed), real);
  const more: BenchArticle[][] = [];
  for (let k = 1; k < args.passes; k++) more.push(mixIn(generatedOf(args.seed + 1 + k), real));
  return { articles, more, warmup, placesSource: places.source, realCount: real.length };
}

// ---------------------------------------------------------------- measuring

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
const median = (xs: readonly number[]): number =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** One pass over a list of articles (the same shape from the child and in-process). */
interface PassResult {
  articles: number;
  seconds: number;
  latenciesMs: number[];
  errors: { index: number; error: string }[];
  truncated: boolean;
  peakRssSampled: number;
  peakHeapSampled: number;
}

interface Measurement {
  where: string;
  warm: { passes: number; articles: number; seconds: number };
  /** One pass per measured corpus, in order. */
  mains: PassResult[];
  /** A fixed JS workload timed just before the measured passes (ms): the machine's speed then. */
  referenceMs: number;
  /** RSS with the corpus loaded, before the library is imported. */
  rssBase: number;
  rssAfterImport: number;
  /** Peak RSS of the measuring process (resourceUsage().maxRSS), bytes. */
  maxRss: number;
  /** Heap in use after a forced GC at the end (child only). */
  heapAfterGc: number | null;
}

/**
 * Two fresh processes. The first extracts the corpus once, as a new process meets
 * it: its pass is the cold throughput, and its memory the peak RSS reported. The
 * second warms up first, on a corpus of the same size from the next seed (so no
 * per-name cache starts out warm on the measured articles): V8 takes a thousand or
 * more articles to compile the rule code and size its young generation, and a
 * pipeline spends its life past that point. It then reads each measured corpus once
 * (no generated article seen before by that process; the few real ones were, see
 * buildCorpus): the median of these passes is the throughput reported, each pass
 * beside it, and the latencies are those of all of them. Several passes, since this
 * machine's speed drifts by a third from one second to the next.
 */
const WARMUP_SECONDS = 15;
const WARMUP_PASSES = 4;

/**
 * Optional warm-up and measured pass in a fresh `node` running lib/speed-child.mjs:
 * on the built package, or (no build) on src/ through tsx. The corpus goes over
 * stdin (never to disk); one loop serves both.
 */
function measureInChild(
  measured: readonly (readonly BenchArticle[])[],
  warmup: readonly BenchArticle[],
  budget: number,
  built: boolean,
): Measurement {
  const entry = built ? distEntry : join(repoRoot, "src", "index.ts");
  const input = JSON.stringify({
    entry: pathToFileURL(entry).href,
    warmupArticles: warmup.map((a) => ({ text: a.text, options: a.options })),
    warmupSeconds: WARMUP_SECONDS,
    warmupPasses: WARMUP_PASSES,
    budget,
    measured: measured.map((list) => list.map((a) => ({ text: a.text, options: a.options }))),
  });
  const child = spawnSync(
    process.execPath,
    [
      "--expose-gc",
      ...(built ? [] : ["--import", "tsx"]),
      join(repoRoot, "bench", "lib", "speed-child.mjs"),
    ],
    {
      input,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      timeout: (budget * measured.length + WARMUP_SECONDS + 60) * 1000,
    },
  );
  if (child.status !== 0) {
    throw new Error(
      `measuring child exited ${child.status}: ${(child.stderr || child.error?.message || "").trim()}`,
    );
  }
  const r = JSON.parse(child.stdout) as {
    warm: Measurement["warm"];
    referenceMs: number;
    mains: PassResult[];
    rssAfterCorpus: number;
    rssAfterImport: number;
    maxRss: number;
    heapAfterGc: number | null;
  };
  return {
    heapAfterGc: r.heapAfterGc,
    where: built
      ? "fresh node processes on dist/index.js"
      : "fresh node processes on src/ through tsx (not built)",
    warm: r.warm,
    referenceMs: r.referenceMs,
    mains: r.mains,
    rssBase: r.rssAfterCorpus,
    rssAfterImport: r.rssAfterImport,
    maxRss: r.maxRss,
  };
}

interface ColdStart {
  runs: {
    importMs: number;
    firstExtractMs: number;
    totalMs: number;
    processMs: number;
    maxRssMb: number;
  }[];
  median: {
    importMs: number;
    firstExtractMs: number;
    totalMs: number;
    processMs: number;
    maxRssMb: number;
  };
}

/**
 * A fresh `node` imports dist/index.js and extracts one article; the child times
 * import + first extract itself (the article is read from stdin before the clock
 * starts), the parent also times the whole process, node's own boot included.
 */
function coldStart(sample: BenchArticle, spawns: number): ColdStart | { error: string } {
  const script = `
import { readFileSync } from "node:fs";
const input = JSON.parse(readFileSync(0, "utf8"));
const t0 = performance.now();
const lib = await import(${JSON.stringify(pathToFileURL(distEntry).href)});
const t1 = performance.now();
lib.extract(input.text, input.options);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, totalMs: t2 - t0, maxRssKb: process.resourceUsage().maxRSS }));
`;
  const runs: ColdStart["runs"] = [];
  const input = JSON.stringify({ text: sample.text, options: sample.options });
  for (let i = 0; i < spawns; i++) {
    const s = performance.now();
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      input,
      encoding: "utf8",
      timeout: 30_000,
    });
    const processMs = performance.now() - s;
    if (child.status !== 0) {
      return {
        error: `child exited ${child.status}: ${(child.stderr || child.error?.message || "").trim().split("\n")[0]}`,
      };
    }
    const r = JSON.parse(child.stdout) as {
      importMs: number;
      firstExtractMs: number;
      totalMs: number;
      maxRssKb: number;
    };
    runs.push({
      importMs: r.importMs,
      firstExtractMs: r.firstExtractMs,
      totalMs: r.totalMs,
      processMs,
      maxRssMb: (r.maxRssKb * 1024) / (1024 * 1024),
    });
  }
  return {
    runs,
    median: {
      importMs: median(runs.map((r) => r.importMs)),
      firstExtractMs: median(runs.map((r) => r.firstExtractMs)),
      totalMs: median(runs.map((r) => r.totalMs)),
      processMs: median(runs.map((r) => r.processMs)),
      maxRssMb: median(runs.map((r) => r.maxRssMb)),
    },
  };
}

/**
 * What importing the runtime dependencies alone costs in a fresh node (median of
 * `spawns`), so the cold start can be read: library code or its dependencies.
 */
function dependencyImport(
  spawns: number,
): { deps: string[]; medianMs: number } | { error: string } {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const deps = Object.keys(pkg.dependencies ?? {});
  if (deps.length === 0) return { deps, medianMs: 0 };
  const script = `
const t0 = performance.now();
${deps.map((d) => `await import(${JSON.stringify(d)});`).join("\n")}
process.stdout.write(String(performance.now() - t0));
`;
  const times: number[] = [];
  for (let i = 0; i < spawns; i++) {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: repoRoot,
      encoding: "utf8",
      timeout: 30_000,
    });
    if (child.status !== 0)
      return { error: (child.stderr || "").trim().split("\n")[0] ?? "failed" };
    times.push(Number(child.stdout));
  }
  return { deps, medianMs: median(times) };
}

// ---------------------------------------------------------------- printing

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
const f1 = (x: number): string => x.toFixed(1);
const f2 = (x: number): string => x.toFixed(2);
const f3 = (x: number): string => x.toFixed(3);
const verdict = (ok: boolean): string => (ok ? "ok" : "MISSED");
const mib = (bytes: number): number => bytes / (1024 * 1024);

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    // The load before the bench starts: on this machine's two virtual cores another
    // busy process (a test run, a second bench) was measured to halve the figures.
    loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
  };

  // the corpus
  const genStart = performance.now();
  const { articles, more, warmup, placesSource, realCount } = buildCorpus(args);
  const genMs = performance.now() - genStart;
  const totalBytes = articles.reduce((n, a) => n + a.bytes, 0);
  // Same seed and same dictionaries give the same fingerprint: the runs compare.
  const hash = createHash("sha256");
  for (const a of articles) hash.update(a.text).update("\u0000");
  const fingerprint = hash.digest("hex").slice(0, 12);
  if (realCount === 0)
    console.log(
      `${relative(repoRoot, sharedCorpus)}/ is absent: only generated articles are measured`,
    );

  // the library: the build when there is one, in a plain node
  const built = existsSync(distEntry);
  if (!built) {
    console.log(
      "dist/index.js is absent (run `npm run build`): measuring src/ through tsx; cold start skipped",
    );
  }
  // A fresh process over the corpus once (cold throughput, memory), then a warmed-up one.
  const measured = measureInChild([articles], [], args.budget, built);
  const fresh = measured.mains[0]!;
  const freshBytes = articles.slice(0, fresh.articles).reduce((n, a) => n + a.bytes, 0);
  const freshMbps = freshBytes / MB / fresh.seconds;
  const sets = [articles, ...more];
  const steady = measureInChild(sets, warmup, args.budget, built);
  const { warm, mains } = steady;
  const passes = mains.map((p, k) => {
    const bytes = sets[k]!.slice(0, p.articles).reduce((n, a) => n + a.bytes, 0);
    return { bytes, mbps: bytes / MB / p.seconds, aps: p.articles / p.seconds };
  });
  // The median pass is the figure (an even count takes the slower middle one).
  const mid = [...passes].sort((a, b) => a.mbps - b.mbps)[(passes.length - 1) >> 1]!;
  const warmBytes = warmup.reduce((n, a) => n + a.bytes, 0);
  const passBytes = passes.reduce((n, p) => n + p.bytes, 0);
  const passSeconds = mains.reduce((n, p) => n + p.seconds, 0);
  const passArticles = mains.reduce((n, p) => n + p.articles, 0);
  const sorted = mains.flatMap((p) => p.latenciesMs).sort((a, b) => a - b);
  const mbps = mid.mbps;
  const aps = mid.aps;
  const peakRss = Math.max(measured.maxRss, fresh.peakRssSampled);
  const peakHeap = fresh.peakHeapSampled;
  const errors = mains.flatMap((p, k) =>
    p.errors.map((e) => ({ id: sets[k]![e.index]?.id ?? String(e.index), error: e.error })),
  );

  // cold start of the built package, in fresh processes
  const sample = articles.find((a) => !a.real && a.bytes > 2500 && a.bytes < 6000) ?? articles[0]!;
  const cold = built ? coldStart(sample, args.spawns) : { error: "dist/index.js absent" };
  const depImport = built ? dependencyImport(args.spawns) : { error: "dist/index.js absent" };

  // ---- report
  console.log(`\nvietner speed — measured in ${measured.where}, seed ${args.seed}`);
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, node ${machine.node}, ${machine.platform}; ` +
      `load average ${machine.loadAverage1m} when the bench began`,
  );
  if (machine.loadAverage1m > 0.5)
    console.log(
      "note: other processes were busy; on this machine's two virtual cores a concurrent " +
        "busy process was measured to halve every figure here",
    );
  console.log(
    `corpus: ${f2(totalBytes / MB)} MB UTF-8 in ${articles.length} articles (${articles.length - realCount} generated, ${realCount} real; ` +
      `places: ${placesSource}); generated in ${f1(genMs / 1000)} s, fingerprint ${fingerprint}`,
  );
  if (mains.some((p) => p.truncated)) {
    console.log(
      `note: a measured pass hit the ${args.budget} s budget; figures are over the articles read`,
    );
  }
  if (errors.length > 0) {
    console.log(
      `note: extract() threw on ${errors.length}${errors.length === 20 ? "+" : ""} articles, first: ${errors[0]!.id}: ${errors[0]!.error}`,
    );
  }
  console.log(
    `measured: ${mains.length} pass(es), each over a corpus of its own (seed ${args.seed}` +
      `${mains.length > 1 ? `, then ${args.seed + 2}…${args.seed + mains.length}` : ""}, each with the ${realCount} real articles): ` +
      `${f2(passBytes / MB)} MB, ${passArticles} articles in ${f2(passSeconds)} s, single thread, ` +
      `after a warm-up of ${warm.passes} pass(es) over ${warmup.length} articles ` +
      `(${f2(warmBytes / MB)} MB: seed ${args.seed + 1}'s, and the real ones) in ${f1(warm.seconds)} s; ` +
      "memory from a fresh process's one pass",
  );
  const rows: string[][] = [
    ["measure", "value", "target", ""],
    [
      `throughput (median of ${passes.length} pass${passes.length > 1 ? "es" : ""})`,
      `${f2(mbps)} MB/s`,
      `≥ ${TARGET_MBPS} MB/s`,
      verdict(mbps >= TARGET_MBPS),
    ],
    ["  each pass", passes.map((p) => f2(p.mbps)).join(" / "), "", ""],
    [
      "  machine reference (fixed JS work just before; lower is faster)",
      `${f1(steady.referenceMs)} ms`,
      "",
      "",
    ],
    ["throughput", `${f1(aps)} articles/s`, "", ""],
    ["  first pass of a fresh process (JIT warming)", `${f2(freshMbps)} MB/s`, "", ""],
    ["latency p50", `${f3(percentile(sorted, 50))} ms`, "", ""],
    ["latency p95", `${f3(percentile(sorted, 95))} ms`, "", ""],
    ["latency p99", `${f3(percentile(sorted, 99))} ms`, "", ""],
    ["latency max", `${f3(percentile(sorted, 100))} ms`, "", ""],
  ];
  if ("median" in cold) {
    const m = cold.median;
    rows.push(
      [
        "cold start (import + 1st extract)",
        `${f1(m.totalMs)} ms`,
        `< ${TARGET_COLD_MS} ms`,
        verdict(m.totalMs < TARGET_COLD_MS),
      ],
      ["  import", `${f1(m.importMs)} ms`, "", ""],
      [
        "medianMs" in depImport
          ? `  of which dependencies alone (${depImport.deps.join(", ")})`
          : "  dependencies alone",
        "medianMs" in depImport ? `${f1(depImport.medianMs)} ms` : `? (${depImport.error})`,
        "",
        "",
      ],
      ["  first extract", `${f1(m.firstExtractMs)} ms`, "", ""],
      ["  whole process (node boot incl.)", `${f1(m.processMs)} ms`, "", ""],
      ["  child peak RSS", `${f1(m.maxRssMb)} MB`, "", ""],
    );
  } else {
    rows.push(["cold start", `skipped (${cold.error})`, `< ${TARGET_COLD_MS} ms`, ""]);
  }
  const peakLabel = built
    ? "peak RSS (measuring node process)"
    : "peak RSS (bench process, tsx incl.)";
  rows.push(
    [
      peakLabel,
      `${f1(mib(peakRss))} MB`,
      `< ${TARGET_RSS_MB} MB`,
      verdict(mib(peakRss) < TARGET_RSS_MB),
    ],
    [
      "  RSS with corpus loaded / after import",
      `${f1(mib(measured.rssBase))} / ${f1(mib(measured.rssAfterImport))} MB`,
      "",
      "",
    ],
    ["  peak above corpus loaded", `${f1(mib(peakRss - measured.rssBase))} MB`, "", ""],
    ["  peak heap used", `${f1(mib(peakHeap))} MB`, "", ""],
  );
  if (measured.heapAfterGc !== null) {
    rows.push(["  heap after the run + forced GC", `${f1(mib(measured.heapAfterGc))} MB`, "", ""]);
  }
  console.log();
  console.log(table(rows));
  console.log(
    "\nMB = 10^6 bytes of UTF-8 input; RSS in MiB. The measuring process holds the whole corpus " +
      `in memory${built ? "" : ", and tsx"}; the cold-start child's RSS is the library with one article.`,
  );

  const report = {
    generatedAt: new Date().toISOString(),
    machine,
    library: built ? "dist/index.js" : "src/index.ts (tsx)",
    measuredIn: measured.where,
    seed: args.seed,
    corpus: {
      mb: totalBytes / MB,
      articles: articles.length,
      generated: articles.length - realCount,
      real: realCount,
      chars: articles.reduce((n, a) => n + a.text.length, 0),
      places: placesSource,
      fingerprint,
    },
    warmup: {
      articles: warmup.length,
      mb: warmBytes / MB,
      passes: warm.passes,
      seconds: warm.seconds,
    },
    freshProcessPass: {
      articles: fresh.articles,
      seconds: fresh.seconds,
      mbPerSecond: freshMbps,
    },
    pass: {
      mb: passBytes / MB,
      articles: passArticles,
      seconds: passSeconds,
      truncated: mains.some((p) => p.truncated),
      errors,
      mbPerSecond: mbps,
      passesMbPerSecond: passes.map((p) => p.mbps),
      machineReferenceMs: steady.referenceMs,
      articlesPerSecond: aps,
      latencyMs: {
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        max: percentile(sorted, 100),
        mean: sorted.reduce((n, x) => n + x, 0) / Math.max(1, sorted.length),
      },
    },
    coldStart: cold,
    dependencyImport: depImport,
    memory: {
      peakRssMb: mib(peakRss),
      rssWithCorpusMb: mib(measured.rssBase),
      rssAfterImportMb: mib(measured.rssAfterImport),
      peakHeapUsedMb: mib(peakHeap),
      heapAfterGcMb: measured.heapAfterGc === null ? null : mib(measured.heapAfterGc),
    },
    targets: {
      mbPerSecond: { target: TARGET_MBPS, met: mbps >= TARGET_MBPS },
      coldStartMs: {
        target: TARGET_COLD_MS,
        met: "median" in cold ? cold.median.totalMs < TARGET_COLD_MS : null,
      },
      peakRssMb: { target: TARGET_RSS_MB, met: mib(peakRss) < TARGET_RSS_MB },
    },
  };
  mkdirSync(dirname(args.json), { recursive: true });
  writeFileSync(args.json, JSON.stringify(report, null, 2) + "\n");
  const shown = relative(repoRoot, args.json);
  console.log(`\nwrote ${shown.startsWith("..") ? args.json : shown}`);
}

await main();
