import type { Lexicon } from "../gazetteer/lexicon.js";
import type { TokenTrie, TrieNode } from "../gazetteer/trie.js";
import { foldedUnit, foldSameLength } from "../normalize/fold.js";

/**
 * What the dictionaries hold under one folded syllable: its number, a bit per
 * dictionary with a phrase starting with it, and that dictionary's trie node under
 * it. The phases ask "does a title / organization / place start here?" several
 * times per token; with each token's entry looked up once per article, the question
 * is a bit test, a walk down a trie starts one level in, and goes on by comparing
 * the next tokens' numbers.
 */
export interface Syllable {
  /** A number per syllable of any indexed trie's phrases (1, 2, …): walks compare these. */
  readonly id: number;
  readonly mask: number;
  /** Per indexed trie (by its slot), the node under this syllable. */
  readonly nodes: readonly (TrieNode<unknown> | undefined)[];
}

/** One slot per indexed trie (see buildIndex). */
export const SLOTS = 6;

/** The entry of a syllable no dictionary phrase starts with. */
export const NO_SYLLABLE: Syllable = {
  id: 0,
  mask: 0,
  nodes: [undefined, undefined, undefined, undefined, undefined, undefined],
};

export interface FirstIndex {
  /**
   * Every syllable of the indexed tries' phrases; those no phrase starts with have
   * no bits and no nodes, only their id.
   */
  readonly syllables: ReadonlyMap<string, Syllable>;
  /** Id of a syllable (as in `syllables`), for the tries' walks by id. */
  readonly idOf: (syllable: string) => number | undefined;
  /** Entry of each one-character ASCII syllable ("-", "&", "1"), by its code. */
  readonly single: readonly (Syllable | undefined)[];
  /** Slot of a trie, by trie id; absent for a trie not indexed (the lazily compiled communes). */
  readonly slotOfTrie: readonly number[];
  /** Bit set on a syllable that a family name (or its first syllable) folds to. */
  readonly surnameBit: number;
  /** Every phrase starts with a letter: only word and abbreviation tokens can start one. */
  readonly letterLed: boolean;
  /** Bits of the slots whose hits are not cached per article (see RuleContext.hits). */
  readonly uncachedSlots: number;
  /**
   * The syllables as a character automaton over a-z and 0-9: a token's entry is
   * found by walking its folded characters, without hashing the new string (the
   * engine's first hash of each token's string was most of this lookup's cost).
   */
  readonly dfa: Uint16Array;
  /** Entry of the syllable ending at each automaton state, or undefined. */
  readonly accept: (Syllable | undefined)[];
}

/** Column of a folded character in the automaton, or -1 (then the map is asked). */
function column(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  return -1;
}
const COLUMNS = 36;

/** The entry of a folded syllable (s is a token's fold). */
export function syllableOf(index: FirstIndex, s: string): Syllable | undefined {
  return syllableIn(index, s, 0, s.length);
}

/**
 * The entry of the syllable at [start, end) of `text` (a whole text, any case, not
 * folded), each character folded as it is read: no string per token, and no folded
 * copy of the text.
 */
export function syllableIn(
  index: FirstIndex,
  text: string,
  start: number,
  end: number,
): Syllable | undefined {
  const dfa = index.dfa;
  let state = 0;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const col = column(c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 0x20 : c) : foldedUnit(c));
    if (col < 0) return index.syllables.get(foldSameLength(text.slice(start, end)));
    state = dfa[state * COLUMNS + col]!;
    if (state === 0) return undefined;
  }
  return index.accept[state];
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
  id: number;
  mask: number;
  nodes: (TrieNode<unknown> | undefined)[];
}

// A module constant, not a literal at the use: the bundler rewrites a literal with a
// Unicode property escape into `new RegExp(…)`, compiled again at every call.
const LETTER_START = /^\p{L}/u;

/** /^\p{L}/u.test(s), without the regex for the folded (ASCII) syllables it meets. */
function startsWithLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER_START.test(s);
}

function buildIndex(lex: Lexicon): FirstIndex {
  const syllables = new Map<string, MutableSyllable>();
  // Every entry's nodes array has one (possibly undefined) element per trie: packed
  // arrays of one length, not holey ones, so the per-token reads stay fast.
  const single: (Syllable | undefined)[] = [];
  const entry = (s: string): MutableSyllable => {
    let e = syllables.get(s);
    if (!e) {
      e = {
        id: syllables.size + 1,
        mask: 0,
        nodes: [undefined, undefined, undefined, undefined, undefined, undefined],
      };
      syllables.set(s, e);
      if (s.length === 1 && s.charCodeAt(0) < 0x80) single[s.charCodeAt(0)] = e;
    }
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
  // Then the syllables inside phrases, which walks read by id.
  for (const trie of tries) trie.forEachSyllable(entry);
  const idOf = (s: string): number | undefined => syllables.get(s)?.id;
  const surnameBit = 1 << tries.length;
  for (const s of lex.surnames) entry(foldSameLength(s)).mask |= surnameBit;
  let letterLed = true;
  // (Over the syllables phrases and family names start with: those inside phrases
  // may be punctuation, as the "-" of "Lao động - Thương binh".)
  syllables.forEach((e, s) => {
    if (e.mask !== 0 && !startsWithLetter(s)) letterLed = false;
  });
  // Titles and honorifics: the phases ask about each token about once (measured:
  // 29 and 69 lookups per article, 28 and 68 of them new), so caching saves nothing.
  const uncachedSlots = (1 << tries.indexOf(lex.titles)) | (1 << tries.indexOf(lex.honorifics));
  // State 0 is the start; a transition to 0 means no syllable goes on that way.
  // Two bytes a state: the table (a few thousand states) stays small enough for the
  // processor's caches, which it is read from for every character of every word.
  let dfa = new Uint16Array(4096 * COLUMNS);
  let states = 1;
  const accept: (Syllable | undefined)[] = [undefined];
  syllables.forEach((e, s) => {
    let state = 0;
    for (let k = 0; k < s.length; k++) {
      const col = column(s.charCodeAt(k));
      if (col < 0) return; // found through the map instead
      let next = dfa[state * COLUMNS + col]!;
      if (next === 0) {
        if (states === 0xffff) throw new Error("firsts: too many automaton states for 16 bits");
        next = states++;
        if (states * COLUMNS > dfa.length) {
          const grown = new Uint16Array(dfa.length * 2);
          grown.set(dfa);
          dfa = grown;
        }
        accept.push(undefined);
        dfa[state * COLUMNS + col] = next;
      }
      state = next;
    }
    if (s.length > 0) accept[state] = e;
  });
  dfa = dfa.slice(0, states * COLUMNS);
  return {
    syllables,
    idOf,
    single,
    slotOfTrie,
    surnameBit,
    letterLed,
    uncachedSlots,
    dfa,
    accept,
  };
}
