/**
 * Name-forming compounds (dictionaries/name-words.json). Official names capitalise
 * only the first syllable of each compound word — "Khoa học Xã hội và Nhân văn",
 * "Đầu tư và Phát triển công nghiệp" — so a name's last syllable is often lower
 * case, and nothing but the word itself says that it still belongs to the name.
 */
import { bundledDictionaries } from "../gazetteer/data.js";
import { foldSameLength } from "../normalize/fold.js";
import type { RuleContext } from "./context.js";

interface Compound {
  /** Folded syllables after the first. */
  readonly rest: readonly string[];
  readonly trailing: boolean;
}

let byFirst: ReadonlyMap<string, readonly Compound[]> | undefined;

/** The compounds by their first folded syllable, longest first (built on first use). */
function compounds(): ReadonlyMap<string, readonly Compound[]> {
  if (byFirst) return byFirst;
  const m = new Map<string, Compound[]>();
  for (const e of bundledDictionaries().nameWords.entries) {
    // Lower-case letters and single spaces (the schema says so): folded and split
    // as they stand, without the phrase tokenizer (this runs at the first extract).
    const [first, ...rest] = foldSameLength(e.words.normalize("NFC")).split(" ");
    if (first === undefined || rest.length === 0) continue;
    let list = m.get(first);
    if (!list) m.set(first, (list = []));
    list.push({ rest, trailing: e.trailing ?? false });
  }
  // "công nghệ cao" before "công nghệ": the longer compound wins.
  for (const list of m.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  byFirst = m;
  return m;
}

/** Tokens from `at` on are the syllables `rest`, on one line. */
function restAt(ctx: RuleContext, at: number, rest: readonly string[]): boolean {
  for (let m = 0; m < rest.length; m++) {
    const t = ctx.tokens[at + m];
    if (t === undefined || t.kind !== "word" || t.lineStart || t.fold !== rest[m]) return false;
  }
  return true;
}

/**
 * The index after the name-forming compound that starts at token k ("Xã" of "Xã
 * hội"), or k when none does. `trailingOnly`: only the compounds that may continue
 * a name wholly in lower case ("nông thôn" after "Phát triển").
 */
export function nameCompoundEnd(ctx: RuleContext, k: number, trailingOnly: boolean): number {
  const t = ctx.tokens[k];
  if (t === undefined || t.kind !== "word") return k;
  const list = compounds().get(t.fold);
  if (list === undefined) return k;
  for (const c of list) {
    if (trailingOnly && !c.trailing) continue;
    if (restAt(ctx, k + 1, c.rest)) return k + 1 + c.rest.length;
  }
  return k;
}
