import type { Lexicon } from "../gazetteer/lexicon.js";
import type { TokenTrie } from "../gazetteer/trie.js";
import { foldSameLength } from "../normalize/fold.js";

/**
 * Which dictionaries have a phrase starting with a folded syllable, as one bit per
 * dictionary. The phases ask "does any title / organization / place start here?"
 * several times per token; with the bits of every token read once per article
 * (one map lookup), each of those questions is a bit test.
 */
export interface FirstIndex {
  /** Folded syllable → bits of the dictionaries with a phrase starting with it. */
  readonly bits: ReadonlyMap<string, number>;
  /** Bit of a trie, by trie id; 0 (or absent) for a trie not indexed. */
  readonly bitOfTrie: readonly number[];
  /** Bit set on a syllable that some family name (lower-cased first syllable) folds to. */
  readonly surnameBit: number;
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

function buildIndex(lex: Lexicon): FirstIndex {
  const bits = new Map<string, number>();
  const bitOfTrie: number[] = [];
  // The communes trie is left out: it compiles lazily, and its few lookups go to the trie.
  const tries: TokenTrie<unknown>[] = [
    lex.places,
    lex.titles,
    lex.orgs,
    lex.honorifics,
    lex.adminWords,
    lex.multiSurnames,
  ];
  tries.forEach((trie, n) => {
    const bit = 1 << n;
    bitOfTrie[trie.id] = bit;
    for (const s of trie.firstSyllables()) bits.set(s, (bits.get(s) ?? 0) | bit);
  });
  const surnameBit = 1 << tries.length;
  for (const s of lex.surnames) {
    const f = foldSameLength(s);
    bits.set(f, (bits.get(f) ?? 0) | surnameBit);
  }
  return { bits, bitOfTrie, surnameBit };
}
