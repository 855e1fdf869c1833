import type { Token } from "../tokenize/index.js";

/** A compiled phrase: its tokens' lower-case forms (for the exactness check) and a payload. */
export interface TrieEntry<P> {
  readonly lower: readonly string[];
  readonly payload: P;
}

interface Node<P> {
  next: Map<string, Node<P>> | null;
  entries: TrieEntry<P>[] | null;
}

export interface TrieHit<P> {
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
  readonly payload: P;
  /** True when every token matches with its diacritics, not only folded. */
  readonly exact: boolean;
}

/**
 * A token trie keyed by diacritic-folded token text. Lookups cost the length of
 * the match, not the size of the dictionary, so a pass over a text is linear.
 */
export class TokenTrie<P> {
  private readonly root: Node<P> = { next: null, entries: null };
  private maxDepth = 0;
  size = 0;

  add(fold: readonly string[], lower: readonly string[], payload: P): void {
    if (fold.length === 0) return;
    let node = this.root;
    for (const key of fold) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries ??= [];
    // The same phrase with the same payload twice is one entry.
    if (node.entries.some((e) => e.payload === payload && e.lower.join(" ") === lower.join(" "))) return;
    node.entries.push({ lower, payload });
    this.maxDepth = Math.max(this.maxDepth, fold.length);
    this.size++;
  }

  /** Every entry whose phrase starts at token `i`, shortest first. */
  matchAt(tokens: readonly Token[], i: number, out: TrieHit<P>[] = []): TrieHit<P>[] {
    let node: Node<P> | undefined = this.root;
    for (let j = i; j < tokens.length && j - i < this.maxDepth; j++) {
      const tok = tokens[j]!;
      // A phrase never runs across a line break (headline, caption, paragraph).
      if (j > i && tok.lineStart) break;
      node = node.next?.get(tok.fold);
      if (!node) break;
      if (node.entries) {
        for (const e of node.entries) {
          let exact = true;
          for (let k = 0; k < e.lower.length; k++) {
            if (tokens[i + k]!.lower !== e.lower[k]) {
              exact = false;
              break;
            }
          }
          out.push({ first: i, last: j + 1, payload: e.payload, exact });
        }
      }
    }
    return out;
  }
}
