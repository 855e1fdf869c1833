/**
 * vietner's PERSON / LOCATION / ORGANIZATION mentions against public NER test sets.
 *
 *   npm run bench:generic [-- --limit N] [--batch N] [--budget SECONDS] [--json PATH]
 *
 * Datasets (research-only, read in place from ../shared/external/, never copied):
 * VLSP 2016 NER test (PER/LOC/ORG; MISC ignored) and PhoNER_COVID19 syllable test
 * (NAME/LOCATION/ORGANIZATION; the other seven types ignored). Every sentence is
 * rebuilt as raw text and, by default, run alone: the usual sentence-level reading
 * of these sets, and no faster in batches. `--batch N` joins N consecutive
 * sentences with "\n" (a line break always ends a vietner sentence) and maps the
 * mentions back by offset; consecutive test sentences often come from one
 * article, so a batch lets a name found in one sentence be recognized in the next
 * (PER recall rises), but batches also span unrelated articles. Two
 * matches per type: exact span, and overlap (a mention counts as correct when it
 * overlaps a gold entity of its type, a gold entity as found when a mention of its
 * type overlaps it). Boilerplate stripping is off: these are clean sentences, and
 * a web-page heuristic ("Tin liên quan" ends the article) must not blank the rest
 * of a batch.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createExtractor } from "../src/index.js";
import { type GoldSentence, type GoldType, readPhoner, readVlsp } from "./lib/generic-data.js";
import {
  type DatasetResult,
  exact,
  type MentionFinder,
  overlap,
  runDataset,
  TYPES,
} from "./lib/generic-score.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EXTERNAL = resolve(ROOT, "../shared/external");

interface Dataset {
  id: string;
  title: string;
  file: string;
  read: (path: string) => GoldSentence[];
  labels: Record<GoldType, string>;
  caveat: string;
}

const DATASETS: readonly Dataset[] = [
  {
    id: "vlsp2016",
    title: "VLSP 2016 NER, test",
    file: "vlsp2016_ner/test.txt",
    read: readVlsp,
    labels: { PERSON: "PER", LOCATION: "LOC", ORGANIZATION: "ORG" },
    caveat:
      "word-segmented news of 2016; LOC spans may include or exclude the administrative word, ORG spans include their area",
  },
  {
    id: "phoner_covid19",
    title: "PhoNER_COVID19, syllable test",
    file: "phoner_covid19/syllable/test_syllable.json",
    read: readPhoner,
    labels: { PERSON: "NAME", LOCATION: "LOCATION", ORGANIZATION: "ORGANIZATION" },
    caveat:
      "NAME tags only patients and their contacts (officials and doctors are O), LOCATION includes addresses and venues, ORGANIZATION hospitals",
  },
];

const extractor = createExtractor({ stripBoilerplate: false });
const vietner: MentionFinder = (text) => extractor.extract(text).mentions;

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function print(ds: Dataset, r: DatasetResult): void {
  const speed = r.seconds > 0 ? `${(r.bytes / 1024 / r.seconds).toFixed(0)} KB/s` : "—";
  const of = r.sentences < r.total ? ` of ${r.total}` : "";
  console.log("");
  console.log(`${r.title}: ${r.sentences}${of} sentences, ${r.seconds.toFixed(2)} s (${speed})`);
  if (r.stoppedByBudget)
    console.log("  stopped by the time budget (--budget); figures cover the sentences run");
  console.log(`  caveat: ${ds.caveat}`);
  const labelOf = (t: GoldType | "all") => (t === "all" ? "all" : `${t}↔${ds.labels[t]}`);
  const w = Math.max(...[...TYPES, "all" as const].map((t) => labelOf(t).length));
  console.log(
    `  ${"type".padEnd(w)} ${"gold".padStart(6)} ${"found".padStart(6)}   ${"exact P".padStart(7)} ${"R".padStart(5)} ${"F1".padStart(5)}   ${"overlap P".padStart(9)} ${"R".padStart(5)} ${"F1".padStart(5)}`,
  );
  for (const t of [...TYPES, "all"] as const) {
    const c = r.counts[t];
    const e = exact(c);
    const o = overlap(c);
    console.log(
      `  ${labelOf(t).padEnd(w)} ${String(c.gold).padStart(6)} ${String(c.found).padStart(6)}   ${pct(e.p).padStart(7)} ${pct(e.r)} ${pct(e.f1)}   ${pct(o.p).padStart(9)} ${pct(o.r)} ${pct(o.f1)}`,
    );
  }
  if (r.crossing > 0)
    console.log(`  ${r.crossing} mention(s) crossed a sentence boundary of the batch`);
  if (r.errors.length > 0)
    console.log(`  ${r.errors.length} batch error(s), first: ${r.errors[0]}`);
}

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`--${name} expects a positive integer, got "${v}"`);
    process.exit(2);
  }
  return n;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      limit: { type: "string" },
      batch: { type: "string", default: "1" },
      budget: { type: "string", default: "50" },
      json: { type: "string", default: "bench/results/generic.json" },
    },
    allowPositionals: false,
  });
  const limit = positiveInt("limit", values.limit) ?? Number.POSITIVE_INFINITY;
  const batch = positiveInt("batch", values.batch) ?? 1;
  const budgetMs = (positiveInt("budget", values.budget) ?? 50) * 1000;
  const jsonPath = resolve(ROOT, values.json);

  const results: DatasetResult[] = [];
  const skipped: string[] = [];
  if (!existsSync(EXTERNAL)) {
    skipped.push(
      `${relative(ROOT, EXTERNAL)} is absent: no public datasets to score against, skipped`,
    );
    console.log(skipped[0]);
  } else {
    console.log(
      `vietner against public NER test sets (read in place from ${relative(ROOT, EXTERNAL)}; research-only data, not redistributed)`,
    );
    console.log(
      `${batch === 1 ? "each sentence run alone" : `batches of ${batch} sentences joined by "\\n"`}; exact-span and overlap matches; time budget ${budgetMs / 1000} s per dataset`,
    );
    console.log(
      "note: the datasets' conventions differ from vietner's (see the caveats), so the figures are indicative, not a ranking.",
    );
    for (const ds of DATASETS) {
      const path = join(EXTERNAL, ds.file);
      if (!existsSync(path)) {
        const line = `${ds.title}: ${relative(ROOT, path)} is absent, skipped`;
        skipped.push(line);
        console.log("");
        console.log(line);
        continue;
      }
      const r = runDataset(ds, ds.read(path), vietner, limit, batch, budgetMs);
      results.push(r);
      print(ds, r);
    }
  }

  const report = {
    generatedAt: new Date().toISOString(),
    options: {
      limit: Number.isFinite(limit) ? limit : null,
      batch,
      budgetSeconds: budgetMs / 1000,
    },
    skipped,
    datasets: results.map((r) => ({
      id: r.id,
      title: r.title,
      sentences: r.sentences,
      totalSentences: r.total,
      stoppedByBudget: r.stoppedByBudget,
      seconds: r.seconds,
      bytes: r.bytes,
      crossingMentions: r.crossing,
      errors: r.errors,
      scores: Object.fromEntries(
        (["PERSON", "LOCATION", "ORGANIZATION", "all"] as const).map((t) => [
          t,
          { ...r.counts[t], exact: exact(r.counts[t]), overlap: overlap(r.counts[t]) },
        ]),
      ),
    })),
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  console.log("");
  console.log(`results written to ${relative(ROOT, jsonPath) || jsonPath}`);
}

main();
