/**
 * Accuracy of `extract()` against the gold files (SPEC §4).
 *
 *   npm run bench:accuracy -- [--corpus own|seeds|dev|all | --dir PATH] [--quiet] [--json PATH]
 *
 * Corpora: `corpus/*.json` (the team's own), `../shared/corpus/seeds/*.json` and
 * `../shared/corpus/dev/*.json` (real articles, read at run time, never copied); or,
 * with --dir, one folder of gold files alone (a batch held out before any rule saw it).
 * Prints, per corpus, tp/fp/fn/P/R/F1 for each category and the accuracy of the
 * agreement fields, then every miss and false hit per article (unless --quiet),
 * then the table of all corpora together. Always exits 0: it is a report.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createExtractor, type Extraction, type ExtractOptions } from "../src/index.js";
import {
  type AgreementField,
  type ArticleScore,
  accuracy,
  CATEGORIES,
  type Category,
  type Counts,
  FIELDS,
  type FieldCounts,
  type GoldArticle,
  goldArticleSchema,
  prf,
  scoreArticle,
  sumScores,
} from "./lib/score.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Overridable so the "absent" path can be exercised: VIETNER_SHARED_CORPUS=/nowhere. */
const sharedCorpus = resolve(
  repoRoot,
  process.env.VIETNER_SHARED_CORPUS ?? join("..", "shared", "corpus"),
);

type CorpusName = "own" | "seeds" | "dev" | "dir";
const CORPORA: { name: CorpusName; dir: string; shared: boolean }[] = [
  { name: "own", dir: join(repoRoot, "corpus"), shared: false },
  { name: "seeds", dir: join(sharedCorpus, "seeds"), shared: true },
  { name: "dev", dir: join(sharedCorpus, "dev"), shared: true },
];

// ---------------------------------------------------------------- arguments

interface Args {
  corpus: CorpusName | "all";
  /** --dir: a folder of gold files of its own (a held-out batch), scored alone. */
  dir?: string;
  quiet: boolean;
  json: string;
}

function usage(msg: string): never {
  console.error(`accuracy: ${msg}`);
  console.error(
    "usage: tsx bench/accuracy.ts [--corpus own|seeds|dev|all | --dir PATH] [--quiet] [--json PATH]",
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpus: "all",
    quiet: false,
    json: join(repoRoot, "bench", "results", "accuracy.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes("=")
      ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
      : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--corpus": {
        const v = value();
        if (v !== "own" && v !== "seeds" && v !== "dev" && v !== "all")
          usage(`unknown corpus "${v}"`);
        args.corpus = v;
        break;
      }
      case "--dir":
        args.dir = resolve(value());
        args.corpus = "dir";
        break;
      case "--quiet":
        args.quiet = true;
        break;
      case "--json":
        args.json = resolve(value());
        break;
      case "--help":
      case "-h":
        console.log(
          "usage: tsx bench/accuracy.ts [--corpus own|seeds|dev|all | --dir PATH] [--quiet] [--json PATH]",
        );
        process.exit(0);
        break;
      default:
        usage(`unknown argument "${a}"`);
    }
  }
  return args;
}

// ---------------------------------------------------------------- loading

interface LoadedGold {
  file: string;
  gold: GoldArticle;
}

function loadCorpus(dir: string, problems: string[]): LoadedGold[] {
  const out: LoadedGold[] = [];
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const file = join(dir, f);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      problems.push(`${rel(file)}: not JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = goldArticleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push(
        `${rel(file)}: not a gold file (${issue.path.join(".") || "root"}: ${issue.message})`,
      );
      continue;
    }
    out.push({ file, gold: parsed.data });
  }
  return out;
}

/** Paths as seen from the repo root; far-away ones stay absolute. */
function rel(file: string): string {
  const r = relative(repoRoot, file);
  return r === "" || r.startsWith(join("..", "..")) ? file : r;
}

// ---------------------------------------------------------------- running

interface ArticleResult {
  id: string;
  file: string;
  ms: number;
  error?: string;
  score: ArticleScore;
}
interface CorpusResult {
  name: CorpusName;
  dir: string;
  articles: ArticleResult[];
  counts: Record<Category, Counts>;
  fields: Record<AgreementField, FieldCounts>;
  ms: number;
}

const EMPTY: Extraction = {
  schemaVersion: 1,
  mentions: [],
  persons: [],
  organizations: [],
  locations: [],
  agreements: [],
  documents: [],
  warnings: [],
};

function runCorpus(name: CorpusName, dir: string, golds: LoadedGold[]): CorpusResult {
  const extractor = createExtractor();
  const articles: ArticleResult[] = [];
  const t0 = performance.now();
  for (const { file, gold } of golds) {
    const options: ExtractOptions = {};
    if (gold.date != null) options.date = gold.date;
    if (gold.context != null) options.context = gold.context;
    const start = performance.now();
    let result: Extraction = EMPTY;
    let error: string | undefined;
    try {
      result = extractor.extract(gold.text, options);
    } catch (e) {
      // A crash is scored as an empty result and reported, so the run goes on.
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    const ms = performance.now() - start;
    const a: ArticleResult = {
      id: gold.id,
      file: rel(file),
      ms,
      score: scoreArticle(gold, result),
    };
    if (error !== undefined) a.error = error;
    articles.push(a);
  }
  const { counts, fields } = sumScores(articles.map((a) => a.score));
  return { name, dir, articles, counts, fields, ms: performance.now() - t0 };
}

// ---------------------------------------------------------------- printing

const num = (x: number | null): string => (x === null ? "—" : x.toFixed(3));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function countsTable(counts: Record<Category, Counts>): string {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const rows = CATEGORIES.map((c) => {
    const k = counts[c];
    total.tp += k.tp;
    total.fp += k.fp;
    total.fn += k.fn;
    const p = prf(k);
    return [
      c,
      String(k.tp),
      String(k.fp),
      String(k.fn),
      num(p.precision),
      num(p.recall),
      num(p.f1),
    ];
  });
  const p = prf(total);
  rows.push([
    "(all)",
    String(total.tp),
    String(total.fp),
    String(total.fn),
    num(p.precision),
    num(p.recall),
    num(p.f1),
  ]);
  return table(["category", "tp", "fp", "fn", "P", "R", "F1"], rows);
}

function fieldsTable(fields: Record<AgreementField, FieldCounts>): string {
  return table(
    [
      "agreement field",
      "right",
      "matched",
      "accuracy",
      "gold non-null (matched)",
      "gold non-null (all)",
    ],
    FIELDS.map((f) => {
      const k = fields[f];
      return [
        f,
        String(k.right),
        String(k.matched),
        num(accuracy(k)),
        String(k.goldNonNull),
        String(k.goldNonNullAll),
      ];
    }),
  );
}

function printDetails(r: CorpusResult): void {
  const withIssues = r.articles.filter(
    (a) =>
      a.error ||
      a.score.misses.length > 0 ||
      a.score.falseHits.length > 0 ||
      a.score.fieldErrors.length > 0,
  );
  if (withIssues.length === 0) {
    console.log(`\nno misses and no false hits in ${r.name}`);
    return;
  }
  console.log(`\nmisses (−) and false hits (+) in ${r.name}:`);
  for (const a of withIssues) {
    console.log(`\n  ${a.id}  (${a.file})`);
    if (a.error) console.log(`    ERROR extract() threw: ${a.error}`);
    for (const c of CATEGORIES) {
      const miss = a.score.misses.filter((m) => m.category === c);
      const hit = a.score.falseHits.filter((m) => m.category === c);
      if (miss.length === 0 && hit.length === 0) continue;
      console.log(`    ${c}:`);
      for (const m of miss) console.log(`      − ${m.item}`);
      for (const h of hit) console.log(`      + ${h.item}`);
    }
    if (a.score.fieldErrors.length > 0) {
      console.log("    agreement fields:");
      for (const e of a.score.fieldErrors) {
        console.log(`      ≠ ${e.field} of ${e.agreement}: gold ${e.gold}, got ${e.got}`);
      }
    }
  }
}

function summaryJson(
  counts: Record<Category, Counts>,
  fields: Record<AgreementField, FieldCounts>,
) {
  return {
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, { ...counts[c], ...prf(counts[c]) }])),
    fields: Object.fromEntries(
      FIELDS.map((f) => [f, { ...fields[f], accuracy: accuracy(fields[f]) }]),
    ),
  };
}

// ---------------------------------------------------------------- main

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const selected =
    args.dir !== undefined
      ? [{ name: "dir" as const, dir: args.dir, shared: false }]
      : CORPORA.filter((c) => args.corpus === "all" || args.corpus === c.name);
  const results: CorpusResult[] = [];
  const skipped: string[] = [];

  const sharedAbsent = !existsSync(sharedCorpus);
  if (sharedAbsent && selected.some((c) => c.shared)) {
    const line = `${rel(sharedCorpus)}/ is absent: the real articles (seeds, dev) are skipped`;
    console.log(line);
    skipped.push(line);
  }
  for (const c of selected) {
    if (c.shared && sharedAbsent) continue;
    if (!existsSync(c.dir)) {
      const line = c.shared
        ? `${c.name}: ${rel(c.dir)}/ is absent — the real articles are skipped`
        : `${c.name}: ${rel(c.dir)}/ is absent — skipped`;
      console.log(line);
      skipped.push(line);
      continue;
    }
    const problems: string[] = [];
    const golds = loadCorpus(c.dir, problems);
    for (const p of problems) console.log(`warning: ${p} — skipped`);
    if (golds.length === 0) {
      const line = `${c.name}: no gold files in ${rel(c.dir)}/ — skipped`;
      console.log(line);
      skipped.push(line);
      continue;
    }
    const r = runCorpus(c.name, c.dir, golds);
    results.push(r);
    const errors = r.articles.filter((a) => a.error).length;
    console.log(
      `\n== ${r.name}: ${r.articles.length} article${r.articles.length === 1 ? "" : "s"} (${rel(c.dir)}/), ` +
        `${r.ms.toFixed(0)} ms${errors > 0 ? `, ${errors} extract() error${errors === 1 ? "" : "s"}` : ""}`,
    );
    console.log(countsTable(r.counts));
    console.log();
    console.log(fieldsTable(r.fields));
    if (!args.quiet) printDetails(r);
  }

  const all = sumScores(results);
  const nArticles = results.reduce((n, r) => n + r.articles.length, 0);
  if (results.length > 0) {
    console.log(
      `\n== all corpora (${results.map((r) => r.name).join(" + ")}): ${nArticles} articles`,
    );
    console.log(countsTable(all.counts));
    console.log();
    console.log(fieldsTable(all.fields));
  } else {
    console.log("\nno gold files found: nothing scored");
  }

  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    skipped,
    corpora: results.map((r) => ({
      name: r.name,
      dir: r.dir,
      articles: r.articles.length,
      ms: Math.round(r.ms),
      ...summaryJson(r.counts, r.fields),
      perArticle: r.articles.map((a) => ({
        id: a.id,
        file: a.file,
        ms: Math.round(a.ms * 100) / 100,
        ...(a.error ? { error: a.error } : {}),
        counts: a.score.counts,
        misses: a.score.misses,
        falseHits: a.score.falseHits,
        fieldErrors: a.score.fieldErrors,
      })),
    })),
    all: { articles: nArticles, ...summaryJson(all.counts, all.fields) },
  };
  try {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, JSON.stringify(report, null, 2) + "\n");
    console.log(`\nwrote ${rel(args.json)}`);
  } catch (e) {
    console.log(`\ncould not write ${args.json}: ${(e as Error).message}`);
  }
}

try {
  main();
} catch (e) {
  // A report, not a test: say what went wrong, still exit 0.
  console.log(`accuracy: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
process.exitCode = 0;
