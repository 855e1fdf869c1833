import type { Token } from "../tokenize/index.js";

/** A compiled phrase: its tokens' lower-case forms (for the exactness check) and a payload. */
export interface TrieEntry<P> {
  readonly lower: readonly string[];
  readonly payload: P;
}

interface Node<P> {
  next: Map<string, Node<P>> | null;
  entries: TrieEntry<P>[] | null;
  /** `next` keyed by syllable ids (see matchIds), made on the first walk through the node. */
  byId: Map<number, Node<P>> | null | undefined;
}

/** A node of a trie, as handed out by firstSyllables(): only matchIds() looks inside. */
export type TrieNode<P> = Node<P>;

export interface TrieHit<P> {
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly payload: P;
  /** True when every token matches with its diacritics, not only folded. */
  readonly exact: boolean;
  /** How many tokens match only folded (0 when exact). */
  readonly off: number;
}

/**
 * A token trie keyed by diacritic-folded token text. Lookups cost the length of
 * the match, not the size of the dictionary, so a pass over a text is linear.
 */
export class TokenTrie<P> {
  private static count = 0;
  /** A small number per trie: per-document caches index arrays by it, not a Map. */
  readonly id = TokenTrie.count++;
  private readonly root: Node<P> = { next: null, entries: null, byId: undefined };
  private maxDepth = 0;
  size = 0;

  /** Some phrase starts with this folded syllable: a cheap test before any lookup. */
  hasFirst(fold: string): boolean {
    return this.root.next?.has(fold) ?? false;
  }

  /** The folded syllables phrases start with, each with the node under it. */
  firstSyllables(): IterableIterator<[string, TrieNode<P>]> {
    return (this.root.next ?? new Map<string, Node<P>>()).entries();
  }

  add(fold: readonly string[], lower: readonly string[], payload: P): void {
    if (fold.length === 0) return;
    let node = this.root;
    for (const key of fold) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, entries: null, byId: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries ??= [];
    // The same phrase with the same payload twice is one entry.
    // (Compared word by word, not joined: this runs for every phrase at compile time.)
    for (const e of node.entries) if (e.payload === payload && sameWords(e.lower, lower)) return;
    node.entries.push({ lower, payload });
    this.maxDepth = Math.max(this.maxDepth, fold.length);
    this.size++;
  }

  /**
   * Every entry whose phrase starts at token `i`, shortest first. Without `out`,
   * a miss (the common answer) returns one shared, frozen empty array instead of a
   * new one: callers only read the result.
   */
  matchAt(tokens: readonly Token[], i: number, out?: TrieHit<P>[]): TrieHit<P>[] {
    let hits = out;
    let node = this.root;
    const stop = Math.min(tokens.length, i + this.maxDepth);
    for (let j = i; j < stop; j++) {
      const tok = tokens[j]!;
      // A phrase never runs across a line break (headline, caption, paragraph).
      if (j > i && tok.lineStart) break;
      const next: Map<string, Node<P>> | null = node.next;
      if (next === null) break;
      const child = next.get(tok.fold);
      if (child === undefined) break;
      node = child;
      if (node.entries !== null) hits = this.push(hits, tokens, i, j + 1, node.entries);
    }
    return hits ?? NO_HITS;
  }

  /** Calls `visit` with the folded syllable of every edge (for an index of syllable ids). */
  forEachSyllable(visit: (syllable: string) => void): void {
    const stack: Node<P>[] = [this.root];
    // forEach, not for-of with destructuring: this runs once, at the first extract,
    // before the engine has compiled anything, and the iterator protocol is slow there.
    const edge = (child: Node<P>, key: string): void => {
      visit(key);
      stack.push(child);
    };
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) node.next?.forEach(edge);
  }

  /**
   * matchAt() for a caller that has looked up token i's syllable under the root
   * already (`first`, see rules/firsts.ts) and knows each token's syllable by a
   * number (`ids`, 0 for a syllable of no phrase, numbered as `idOf` says) and the
   * line starts (bit `lineBit` of `flags`): the walk starts one level in and compares
   * numbers instead of hashing each token's folded string into each node's map.
   */
  matchIds(
    tokens: readonly Token[],
    ids: Int32Array,
    flags: Uint8Array,
    lineBit: number,
    idOf: (syllable: string) => number | undefined,
    i: number,
    first: TrieNode<P>,
  ): TrieHit<P>[] {
    let hits: TrieHit<P>[] | undefined;
    let node = first;
    if (node.entries !== null) hits = this.push(hits, tokens, i, i + 1, node.entries);
    const stop = Math.min(tokens.length, i + this.maxDepth);
    for (let j = i + 1; j < stop; j++) {
      // A phrase never runs across a line break (headline, caption, paragraph).
      if ((flags[j]! & lineBit) !== 0) break;
      const id = ids[j]!;
      if (id === 0) break;
      let byId = node.byId;
      if (byId === undefined) byId = node.byId = idMap(node.next, idOf);
      if (byId === null) break;
      const child = byId.get(id);
      if (child === undefined) break;
      node = child;
      if (node.entries !== null) hits = this.push(hits, tokens, i, j + 1, node.entries);
    }
    return hits ?? NO_HITS;
  }

  private push(
    hits: TrieHit<P>[] | undefined,
    tokens: readonly Token[],
    i: number,
    last: number,
    entries: TrieEntry<P>[],
  ): TrieHit<P>[] {
    const out = hits ?? [];
    for (let m = 0; m < entries.length; m++) {
      const e = entries[m]!;
      const off = lowerMismatches(tokens, i, e.lower);
      out.push({ first: i, last, payload: e.payload, exact: off === 0, off });
    }
    return out;
  }
}

/** A node's children keyed by syllable id (null: a leaf). */
function idMap<P>(
  next: Map<string, Node<P>> | null,
  idOf: (syllable: string) => number | undefined,
): Map<number, Node<P>> | null {
  if (next === null) return null;
  const out = new Map<number, Node<P>>();
  for (const [key, child] of next) {
    const id = idOf(key);
    // Every syllable of an indexed trie has an id; one without could never be walked to.
    if (id !== undefined) out.set(id, child);
  }
  return out;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The answer to every miss; frozen, so that a caller writing to it fails loudly. */
const NO_HITS = Object.freeze([]) as never[];

/** Every token from `i` on has the entry's lower-case form: the diacritics match too. */
/** Tokens from i whose lower case differs from the phrase's word (each matched folded). */
function lowerMismatches(tokens: readonly Token[], i: number, lower: readonly string[]): number {
  let off = 0;
  for (let k = 0; k < lower.length; k++) if (tokens[i + k]!.lower !== lower[k]) off++;
  return off;
}
