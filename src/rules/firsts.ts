import type { Lexicon } from "../gazetteer/lexicon.js";
import type { TokenTrie, TrieNode } from "../gazetteer/trie.js";
import { foldSameLength } from "../normalize/fold.js";

/**
 * What the dictionaries hold under one folded syllable: a bit per dictionary with
 * a phrase starting with it, and that dictionary's trie node under it. The phases
 * ask "does a title / organization / place start here?" several times per token;
 * with each token's entry looked up once per article, the question is a bit test,
 * and a walk down a trie starts one level in.
 */
export interface Syllable {
  readonly mask: number;
  /** Per indexed trie (by its slot), the node under this syllable. */
  readonly nodes: readonly (TrieNode<unknown> | undefined)[];
}

/** One slot per indexed trie (see buildIndex). */
export const SLOTS = 6;

/** The entry of a syllable no dictionary phrase starts with. */
export const NO_SYLLABLE: Syllable = {
  mask: 0,
  nodes: [undefined, undefined, undefined, undefined, undefined, undefined],
};

export interface FirstIndex {
  readonly syllables: ReadonlyMap<string, Syllable>;
  /** Slot of a trie, by trie id; absent for a trie not indexed (the lazily compiled communes). */
  readonly slotOfTrie: readonly number[];
  /** Bit set on a syllable that a family name (or its first syllable) folds to. */
  readonly surnameBit: number;
  /** Every syllable starts with a letter: only word and abbreviation tokens can start a phrase. */
  readonly letterLed: boolean;
  /** Bits of the slots whose hits are not cached per article (see RuleContext.hits). */
  readonly uncachedSlots: number;
}

const indexes = new WeakMap<Lexicon, FirstIndex>();

/** The index of a lexicon, built on first use (a few thousand syllables). */
export function firstIndex(lex: Lexicon): FirstIndex {
  let index = indexes.get(lex);
  if (!index) {
    index = buildIndex(lex);
    indexes.set(lex, index);
  }
  return index;
}

interface MutableSyllable {
  mask: number;
  nodes: (TrieNode<unknown> | undefined)[];
}

function buildIndex(lex: Lexicon): FirstIndex {
  const syllables = new Map<string, MutableSyllable>();
  // Every entry's nodes array has one (possibly undefined) element per trie: packed
  // arrays of one length, not holey ones, so the per-token reads stay fast.
  const entry = (s: string): MutableSyllable => {
    let e = syllables.get(s);
    if (!e)
      syllables.set(
        s,
        (e = {
          mask: 0,
          nodes: [undefined, undefined, undefined, undefined, undefined, undefined],
        }),
      );
    return e;
  };
  const slotOfTrie: number[] = [];
  // The communes trie is left out: it compiles lazily, and its few lookups go to the trie.
  const tries: TokenTrie<unknown>[] = [
    lex.places,
    lex.titles,
    lex.orgs,
    lex.honorifics,
    lex.adminWords,
    lex.multiSurnames,
  ];
  if (tries.length !== SLOTS) throw new Error("firsts: SLOTS must count the indexed tries");
  tries.forEach((trie, slot) => {
    slotOfTrie[trie.id] = slot;
    for (const [s, node] of trie.firstSyllables()) {
      const e = entry(s);
      e.mask |= 1 << slot;
      e.nodes[slot] = node;
    }
  });
  const surnameBit = 1 << tries.length;
  for (const s of lex.surnames) entry(foldSameLength(s)).mask |= surnameBit;
  let letterLed = true;
  for (const s of syllables.keys()) if (!/^\p{L}/u.test(s)) letterLed = false;
  // Titles and honorifics: the phases ask about each token about once (measured:
  // 29 and 69 lookups per article, 28 and 68 of them new), so caching saves nothing.
  const uncachedSlots = (1 << tries.indexOf(lex.titles)) | (1 << tries.indexOf(lex.honorifics));
  return { syllables, slotOfTrie, surnameBit, letterLed, uncachedSlots };
}
