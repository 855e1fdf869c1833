/**
 * Batching, offset mapping and span scoring of bench/generic.ts, apart from vietner
 * so that an oracle can check them (gold in → 100% out).
 */
import type { GoldSentence, GoldType } from "./generic-data.js";

export const TYPES: readonly GoldType[] = ["PERSON", "LOCATION", "ORGANIZATION"];

export interface Counts {
  gold: number;
  found: number;
  exactTp: number;
  overlapFoundOk: number;
  overlapGoldOk: number;
}

interface Prf {
  p: number;
  r: number;
  f1: number;
}

function prf(tpP: number, found: number, tpR: number, gold: number): Prf {
  const p = found === 0 ? 0 : tpP / found;
  const r = gold === 0 ? 0 : tpR / gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export const exact = (c: Counts) => prf(c.exactTp, c.found, c.exactTp, c.gold);
export const overlap = (c: Counts) => prf(c.overlapFoundOk, c.found, c.overlapGoldOk, c.gold);

function emptyCounts(): Counts {
  return { gold: 0, found: 0, exactTp: 0, overlapFoundOk: 0, overlapGoldOk: 0 };
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores one sentence's mentions of one type against its gold entities of that type. */
function scoreSentence(c: Counts, gold: readonly Span[], pred: readonly Span[]): void {
  c.gold += gold.length;
  c.found += pred.length;
  const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
  for (const p of pred) {
    if (goldKeys.has(`${p.start}:${p.end}`)) c.exactTp++;
    if (gold.some((g) => overlaps(g, p))) c.overlapFoundOk++;
  }
  for (const g of gold) if (pred.some((p) => overlaps(g, p))) c.overlapGoldOk++;
}

export interface DatasetResult {
  id: string;
  title: string;
  sentences: number;
  total: number;
  stoppedByBudget: boolean;
  seconds: number;
  bytes: number;
  errors: string[];
  crossing: number;
  counts: Record<GoldType | "all", Counts>;
}

/** Something that finds typed spans in a text: vietner, or an oracle in a self-check. */
export type MentionFinder = (
  text: string,
) => readonly { type: string; start: number; end: number }[];

/**
 * Runs `find` over `all.slice(0, limit)` in batches of `batch` sentences joined by
 * "\n" and scores its mentions, mapped back to their sentences, per type.
 */
export function runDataset(
  ds: { id: string; title: string },
  all: readonly GoldSentence[],
  find: MentionFinder,
  limit: number,
  batch: number,
  budgetMs: number,
): DatasetResult {
  const sentences = all.slice(0, limit);
  const counts: Record<GoldType | "all", Counts> = {
    PERSON: emptyCounts(),
    LOCATION: emptyCounts(),
    ORGANIZATION: emptyCounts(),
    all: emptyCounts(),
  };
  const errors: string[] = [];
  let crossing = 0;
  let done = 0;
  let bytes = 0;
  let stoppedByBudget = false;
  const t0 = performance.now();
  for (let b = 0; b < sentences.length; b += batch) {
    if (performance.now() - t0 > budgetMs) {
      stoppedByBudget = true;
      break;
    }
    const group = sentences.slice(b, b + batch);
    const bases: number[] = [];
    let text = "";
    for (const s of group) {
      if (text !== "") text += "\n";
      bases.push(text.length);
      text += s.text;
    }
    bytes += Buffer.byteLength(text, "utf8");
    const pred: Span[][][] = group.map(() => TYPES.map(() => []));
    const seen = new Set<string>();
    try {
      for (const m of find(text)) {
        const ti = TYPES.indexOf(m.type as GoldType);
        if (ti < 0) continue;
        // The sentence holding the mention's start (bases ascend).
        let lo = 0;
        let hi = bases.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (bases[mid]! <= m.start) lo = mid;
          else hi = mid - 1;
        }
        const base = bases[lo]!;
        const span = { start: m.start - base, end: m.end - base };
        if (span.end > group[lo]!.text.length) crossing++;
        const key = `${lo}:${ti}:${span.start}:${span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pred[lo]![ti]!.push(span);
      }
    } catch (err) {
      errors.push(
        `sentences ${b + 1}-${b + group.length}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    group.forEach((s, i) => {
      TYPES.forEach((t, ti) => {
        const gold = s.entities.filter((e) => e.type === t);
        const p = pred[i]![ti]!;
        scoreSentence(counts[t], gold, p);
        scoreSentence(counts.all, gold, p);
      });
    });
    done += group.length;
  }
  return {
    id: ds.id,
    title: ds.title,
    sentences: done,
    total: all.length,
    stoppedByBudget,
    seconds: (performance.now() - t0) / 1000,
    bytes,
    errors,
    crossing,
    counts,
  };
}
