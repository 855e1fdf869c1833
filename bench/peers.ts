/**
 * vietner side by side with vntk (npm, CRF-based NER) on the gold articles.
 *
 *   npm run bench:peers [-- --limit N] [--json PATH]
 *
 * vntk runs at a few KB/s, so a full run takes about a minute per 150 KB of gold
 * text; --limit N keeps the first N articles (team corpus, then seeds, then dev).
 *
 * Gold files (SPEC §4) carry names, not spans, so both tools are scored by the
 * SET of entity names per article, micro-averaged: PER against the gold person
 * names, ORG against the organization names, LOC against the location names.
 * vietner: persons[].name, organizations[].name, locations[].name. vntk: the
 * distinct strings of its PER / ORG / LOC entities. Names compare with
 * normalizeName (bench/lib/names.ts). vntk's names are as written (no
 * abbreviation expansion, no honorific removal), so it is judged by a standard it
 * never aimed at: read its figures as "what an off-the-shelf tagger gives".
 *
 * vntk is installed on demand into bench/.peers/ (gitignored); when that fails
 * the vietner side is still run and printed.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createExtractor, type Extraction, type ExtractOptions } from "../src/index.js";
import { normalizeName } from "./lib/names.js";
import { loadVntk, readEntities, type VntkNer, vntkSentences } from "./lib/peers-vntk.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = ["PER", "ORG", "LOC"] as const;
type EntType = (typeof TYPES)[number];
type NameSets = Record<EntType, Set<string>>;

interface Article {
  source: string;
  file: string;
  text: string;
  options: ExtractOptions;
  gold: NameSets;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
type Scores = Record<EntType | "all", Counts>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function nameSet(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const k = normalizeName(n);
    if (k !== "") out.add(k);
  }
  return out;
}

/** Names of a gold list: strings, or objects with a string `name`. */
function goldNames(v: unknown): string[] | null {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return null;
  const out: string[] = [];
  for (const e of v) {
    if (typeof e === "string") out.push(e);
    else if (isRecord(e) && typeof e.name === "string") out.push(e.name);
    else return null;
  }
  return out;
}

function readCorpus(source: string, dir: string, notes: string[]): Article[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
  } catch {
    notes.push(`${source}: ${relative(ROOT, dir) || dir} is absent, skipped`);
    return [];
  }
  if (files.length === 0) {
    notes.push(`${source}: no gold files in ${relative(ROOT, dir)}, skipped`);
    return [];
  }
  const out: Article[] = [];
  for (const f of files) {
    const path = join(dir, f);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, "utf8"));
    } catch (err) {
      notes.push(
        `${source}/${f}: not JSON (${err instanceof Error ? err.message : String(err)}), skipped`,
      );
      continue;
    }
    const persons = isRecord(data) ? goldNames(data.persons) : null;
    const orgs = isRecord(data) ? goldNames(data.organizations) : null;
    const locs = isRecord(data) ? goldNames(data.locations) : null;
    if (!isRecord(data) || typeof data.text !== "string" || !persons || !orgs || !locs) {
      notes.push(`${source}/${f}: not a gold file (SPEC §4), skipped`);
      continue;
    }
    const options: ExtractOptions = {};
    if (typeof data.date === "string" && data.date !== "") options.date = data.date;
    if (typeof data.context === "string" && data.context !== "") options.context = data.context;
    out.push({
      source,
      file: f,
      text: data.text,
      options,
      gold: { PER: nameSet(persons), ORG: nameSet(orgs), LOC: nameSet(locs) },
    });
  }
  return out;
}

function emptyScores(): Scores {
  return {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
    all: { tp: 0, fp: 0, fn: 0 },
  };
}

function addSets(scores: Scores, gold: NameSets, pred: NameSets): void {
  for (const t of TYPES) {
    let tp = 0;
    for (const n of pred[t]) if (gold[t].has(n)) tp++;
    const c = { tp, fp: pred[t].size - tp, fn: gold[t].size - tp };
    for (const k of [t, "all"] as const) {
      scores[k].tp += c.tp;
      scores[k].fp += c.fp;
      scores[k].fn += c.fn;
    }
  }
}

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function withPrf(
  s: Scores,
): Record<EntType | "all", Counts & { p: number; r: number; f1: number }> {
  return {
    PER: { ...s.PER, ...prf(s.PER) },
    ORG: { ...s.ORG, ...prf(s.ORG) },
    LOC: { ...s.LOC, ...prf(s.LOC) },
    all: { ...s.all, ...prf(s.all) },
  };
}

// ---------------------------------------------------------------- the two tools

const extractor = createExtractor();

function runVietner(a: Article, errors: string[]): NameSets {
  let r: Extraction;
  try {
    r = extractor.extract(a.text, a.options);
  } catch (err) {
    errors.push(`${a.source}/${a.file}: ${err instanceof Error ? err.message : String(err)}`);
    return { PER: new Set(), ORG: new Set(), LOC: new Set() };
  }
  return {
    PER: nameSet(r.persons.map((p) => p.name)),
    ORG: nameSet(r.organizations.map((o) => o.name)),
    LOC: nameSet(r.locations.map((l) => l.name)),
  };
}

function runVntk(ner: VntkNer, a: Article, errors: string[]): NameSets {
  const names: Record<EntType, string[]> = { PER: [], ORG: [], LOC: [] };
  for (const s of vntkSentences(a.text)) {
    try {
      for (const e of readEntities(ner.tag(s))) {
        if (e.type === "PER" || e.type === "ORG" || e.type === "LOC") names[e.type].push(e.text);
      }
    } catch (err) {
      errors.push(`${a.source}/${a.file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { PER: nameSet(names.PER), ORG: nameSet(names.ORG), LOC: nameSet(names.LOC) };
}

// ---------------------------------------------------------------- output

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function rate(bytes: number, ms: number): string {
  const kbs = bytes / 1024 / (ms / 1000);
  return kbs >= 1024 ? `${(kbs / 1024).toFixed(2)} MB/s` : `${kbs.toFixed(1)} KB/s`;
}

interface Timing {
  passes: number;
  ms: number;
  bytesPerSecond: number;
  articlesPerSecond: number;
}

function timing(passes: number, ms: number, bytes: number, articles: number): Timing {
  const s = ms / 1000;
  return {
    passes,
    ms,
    bytesPerSecond: (bytes * passes) / s,
    articlesPerSecond: (articles * passes) / s,
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      json: { type: "string", default: "bench/results/peers.json" },
      limit: { type: "string" },
    },
    allowPositionals: false,
  });
  const jsonPath = resolve(ROOT, values.json);
  const notes: string[] = [];
  const articles = [
    ...readCorpus("corpus", join(ROOT, "corpus"), notes),
    ...readCorpus("seeds", resolve(ROOT, "../shared/corpus/seeds"), notes),
    ...readCorpus("dev", resolve(ROOT, "../shared/corpus/dev"), notes),
  ];
  for (const n of notes) console.log(n);
  if (values.limit !== undefined) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit <= 0) {
      console.error(`--limit expects a positive integer, got "${values.limit}"`);
      process.exit(2);
    }
    if (articles.length > limit) {
      console.log(`--limit ${limit}: the first ${limit} of ${articles.length} articles`);
      articles.length = limit;
    }
  }
  const bySource = new Map<string, number>();
  for (const a of articles) bySource.set(a.source, (bySource.get(a.source) ?? 0) + 1);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  console.log(
    `articles: ${articles.length} (${[...bySource].map(([s, n]) => `${s} ${n}`).join(", ") || "none"}), ` +
      `${(bytes / 1024).toFixed(1)} KB of UTF-8 text`,
  );
  if (articles.length === 0) {
    console.log("no gold articles found; nothing to compare");
    return;
  }

  // vntk first: a failed install or load is reported before any figures.
  const vntk = loadVntk(join(ROOT, "bench", ".peers"), (l) => console.log(l));
  if (vntk.ok) {
    const inst =
      vntk.installSeconds === undefined ? "" : `, installed in ${vntk.installSeconds.toFixed(0)} s`;
    console.log(`vntk ${vntk.version}: loaded in ${vntk.loadMs.toFixed(0)} ms${inst}`);
  } else {
    console.log(`vntk unavailable, only vietner is run: ${vntk.reason}`);
  }

  // vietner: a warm-up pass (its scores), then timed passes for at least a second.
  const vErrors: string[] = [];
  const vScores = emptyScores();
  const vBySource = new Map<string, Scores>();
  for (const a of articles) {
    const pred = runVietner(a, vErrors);
    addSets(vScores, a.gold, pred);
    const s = vBySource.get(a.source) ?? emptyScores();
    addSets(s, a.gold, pred);
    vBySource.set(a.source, s);
  }
  let vPasses = 0;
  const v0 = performance.now();
  do {
    for (const a of articles) runVietner(a, []);
    vPasses++;
  } while (performance.now() - v0 < 1000 || vPasses < 3);
  const vTime = timing(vPasses, performance.now() - v0, bytes, articles.length);

  // vntk: warm-up on the first article, then one timed pass (its scores).
  let nScores: Scores | null = null;
  let nTime: Timing | null = null;
  const nErrors: string[] = [];
  const nBySource = new Map<string, Scores>();
  if (vntk.ok) {
    runVntk(vntk.ner, articles[0]!, []);
    const ns = emptyScores();
    nScores = ns;
    const n0 = performance.now();
    const preds = articles.map((a) => runVntk(vntk.ner, a, nErrors));
    nTime = timing(1, performance.now() - n0, bytes, articles.length);
    articles.forEach((a, i) => {
      addSets(ns, a.gold, preds[i]!);
      const s = nBySource.get(a.source) ?? emptyScores();
      addSets(s, a.gold, preds[i]!);
      nBySource.set(a.source, s);
    });
  }

  for (const [who, errs] of [
    ["vietner", vErrors],
    ["vntk", nErrors],
  ] as const) {
    if (errs.length > 0) console.log(`${who}: ${errs.length} error(s), first: ${errs[0]}`);
  }

  // The table.
  const vLabel = "vietner";
  const nLabel = vntk.ok ? `vntk ${vntk.version}` : "vntk (unavailable)";
  console.log("");
  console.log("entity names per article, micro-averaged (P / R / F1, %)");
  console.log(`${"".padEnd(5)} ${"gold".padStart(5)}   ${vLabel.padEnd(20)}   ${nLabel}`);
  console.log(
    `${"".padEnd(5)} ${"".padStart(5)}   ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}   ${"P".padStart(5)}  ${"R".padStart(5)}  ${"F1".padStart(5)}`,
  );
  for (const t of [...TYPES, "all"] as const) {
    const v = prf(vScores[t]);
    const g = vScores[t].tp + vScores[t].fn;
    const n = nScores ? prf(nScores[t]) : null;
    const nCols = n
      ? `${pct(n.p)}  ${pct(n.r)}  ${pct(n.f1)}`
      : `${"—".padStart(5)}  ${"—".padStart(5)}  ${"—".padStart(5)}`;
    console.log(
      `${t.padEnd(5)} ${String(g).padStart(5)}   ${pct(v.p)}  ${pct(v.r)}  ${pct(v.f1)}   ${nCols}`,
    );
  }
  const found = (s: Scores) => TYPES.map((t) => `${t} ${s[t].tp + s[t].fp}`).join(", ");
  const f1 = (m: Map<string, Scores>, src: string) => {
    const sc = m.get(src);
    return sc ? pct(prf(sc.all).f1).trim() : "—";
  };
  console.log(
    `all F1 by source (vietner / vntk): ${[...bySource.keys()].map((src) => `${src} ${f1(vBySource, src)} / ${f1(nBySource, src)}`).join(", ")}`,
  );
  console.log(`names found: vietner ${found(vScores)}${nScores ? `; vntk ${found(nScores)}` : ""}`);

  console.log("");
  console.log(
    `throughput on the same ${articles.length} articles (${(bytes / 1024).toFixed(1)} KB), after a warm-up:`,
  );
  console.log(
    `  vietner  ${rate(bytes * vTime.passes, vTime.ms).padStart(12)}  ${vTime.articlesPerSecond.toFixed(1).padStart(9)} articles/s  (${vTime.passes} passes, ${(vTime.ms / 1000).toFixed(2)} s)`,
  );
  if (nTime) {
    console.log(
      `  vntk     ${rate(bytes, nTime.ms).padStart(12)}  ${nTime.articlesPerSecond.toFixed(1).padStart(9)} articles/s  (1 pass, ${(nTime.ms / 1000).toFixed(2)} s, sentence by sentence)`,
    );
    const ratio = vTime.bytesPerSecond / nTime.bytesPerSecond;
    console.log(`  ratio vietner/vntk: ${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×`);
  } else {
    console.log("  vntk     —");
  }
  console.log(
    "note: vntk reports names as written (abbreviations, honorific-free forms and areas are not canonicalized), so its figures are indicative.",
  );

  const report = {
    generatedAt: new Date().toISOString(),
    articles: articles.length,
    bytes,
    sources: Object.fromEntries(bySource),
    notes,
    vietner: {
      scores: withPrf(vScores),
      bySource: Object.fromEntries([...vBySource].map(([k, s]) => [k, withPrf(s)])),
      throughput: vTime,
      errors: vErrors,
    },
    vntk: vntk.ok
      ? {
          available: true,
          version: vntk.version,
          installSeconds: vntk.installSeconds ?? null,
          loadMs: vntk.loadMs,
          scores: nScores ? withPrf(nScores) : null,
          bySource: Object.fromEntries([...nBySource].map(([k, s]) => [k, withPrf(s)])),
          throughput: nTime,
          errors: nErrors,
        }
      : { available: false, reason: vntk.reason, installSeconds: vntk.installSeconds ?? null },
    ratio: nTime ? vTime.bytesPerSecond / nTime.bytesPerSecond : null,
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results written to ${relative(ROOT, jsonPath) || jsonPath}`);
}

main();
