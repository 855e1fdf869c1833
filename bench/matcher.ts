/**
 * Throughput of the gazetteer matcher alone: `TokenTrie.matchAt` of the places,
 * titles and organization-head tries, tried at every token of a text.
 *
 *   npm run bench:matcher -- [--mb 5] [--runs 5]
 *
 * The text: the articles of corpus/*.json (ours), repeated until it holds --mb
 * MB (10^6 UTF-8 bytes, as in bench/speed.ts). It is normalized and tokenized
 * once, outside the timing; then each run tries the three tries at every token.
 * The figure is the median run, in MB of input per second; the aim is 20 MB/s
 * (the whole of extract() aims at 5 MB/s, and the matcher is one part of it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledDictionaries } from "../src/gazetteer/data.js";
import { compileLexicon } from "../src/gazetteer/lexicon.js";
import type { TokenTrie } from "../src/gazetteer/trie.js";
import { normalizeText } from "../src/normalize/index.js";
import { type Token, tokenizeNormalized } from "../src/tokenize/index.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MB = 1_000_000;
const TARGET_MBPS = 20;

function parseArgs(argv: string[]): { mb: number; runs: number } {
  const args = { mb: 5, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = Number(inline ?? argv[++i]);
    if ((flag === "--mb" || flag === "--runs") && Number.isFinite(value) && value > 0) {
      args[flag === "--mb" ? "mb" : "runs"] = flag === "--runs" ? Math.round(value) : value;
    } else {
      console.error(`matcher: bad argument ${argv[i - (inline === undefined ? 1 : 0)] ?? flag}`);
      console.error("usage: tsx bench/matcher.ts [--mb N] [--runs N]");
      process.exit(2);
    }
  }
  return args;
}

/** The articles of corpus/*.json, repeated to `mb` MB. */
function corpusText(mb: number): { text: string; articles: number } {
  const dir = join(repoRoot, "corpus");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { text: string }).text);
  if (texts.length === 0) throw new Error(`no articles in ${dir}`);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < mb * MB) {
    const t = texts[parts.length % texts.length]!;
    parts.push(t);
    bytes += Buffer.byteLength(t, "utf8") + 2;
  }
  return { text: parts.join("\n\n"), articles: parts.length };
}

function ms(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

/**
 * One pass of one trie over every token, called as the rules call it (no `out`
 * array: a miss allocates nothing). Returns the number of hits, so the work is
 * not optimized away.
 */
function pass<P>(trie: TokenTrie<P>, tokens: readonly Token[]): number {
  let hits = 0;
  for (let i = 0; i < tokens.length; i++) hits += trie.matchAt(tokens, i).length;
  return hits;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const { text, articles } = corpusText(args.mb);
  const bytes = Buffer.byteLength(text, "utf8");
  const size = bytes / MB;

  let t = process.hrtime.bigint();
  const lex = compileLexicon(bundledDictionaries());
  const compileMs = ms(t);

  t = process.hrtime.bigint();
  const norm = normalizeText(text);
  const tokens = tokenizeNormalized(norm.text, norm.lower, norm.fold);
  const tokenizeMs = ms(t);

  const tries = { places: lex.places, titles: lex.titles, orgs: lex.orgs } as const;
  type Name = keyof typeof tries;
  const names = Object.keys(tries) as Name[];
  const hits: Record<Name, number> = { places: 0, titles: 0, orgs: 0 };
  const perTrie: Record<Name, number[]> = { places: [], titles: [], orgs: [] };
  const totals: number[] = [];

  // Warm-up: one pass of each trie, so the timing sees optimized code.
  for (const n of names) pass(tries[n] as TokenTrie<unknown>, tokens);

  for (let run = 0; run < args.runs; run++) {
    let total = 0;
    for (const n of names) {
      t = process.hrtime.bigint();
      hits[n] = pass(tries[n] as TokenTrie<unknown>, tokens);
      const took = ms(t);
      perTrie[n].push(took);
      total += took;
    }
    totals.push(total);
  }

  const mbps = (msTaken: number) => size / (msTaken / 1000);
  const fmt = (x: number, d = 1) => x.toFixed(d).padStart(8);
  console.log(
    `matcher: ${size.toFixed(2)} MB (${articles} articles of corpus/*.json), ${tokens.length.toLocaleString("en")} tokens`,
  );
  console.log(
    `  compile lexicon ${compileMs.toFixed(0)} ms; normalize + tokenize ${tokenizeMs.toFixed(0)} ms (${(size / (tokenizeMs / 1000)).toFixed(1)} MB/s), not timed below`,
  );
  console.log(
    `  ${"trie".padEnd(8)} ${"entries".padStart(8)} ${"hits".padStart(8)} ${"ms".padStart(8)} ${"MB/s".padStart(8)}`,
  );
  for (const n of names) {
    const m = median(perTrie[n]);
    console.log(
      `  ${n.padEnd(8)} ${String(tries[n].size).padStart(8)} ${String(hits[n]).padStart(8)} ${fmt(m)} ${fmt(mbps(m))}`,
    );
  }
  const m = median(totals);
  const result = mbps(m);
  console.log(
    `  ${"all three".padEnd(26)} ${fmt(m)} ${fmt(result)}   (median of ${args.runs} runs)`,
  );
  console.log(`  target ${TARGET_MBPS} MB/s: ${result >= TARGET_MBPS ? "met" : "NOT met"}`);
}

main();
