import type { Doc } from "../document.js";
import type { Lexicon, PlaceInfo } from "../gazetteer/lexicon.js";
import type { TokenTrie, TrieHit, TrieNode } from "../gazetteer/trie.js";
import { foldedUnit } from "../normalize/fold.js";
import type { ExtractOptions } from "../schema/options.js";
import type { OrganizationKind } from "../schema/result.js";
import { isAllCaps } from "../tokenize/chars.js";
import type { Token } from "../tokenize/index.js";
import { type FirstIndex, firstIndex, NO_SYLLABLE, type Syllable, syllableIn } from "./firsts.js";

/** An administrative area as written inside an organization name or a place phrase. */
export interface AreaRef {
  /** Canonical phrase: "tỉnh Lào Cai", "thành phố Hồ Chí Minh", or a bare name "Lào Cai". */
  text: string;
  place?: PlaceInfo;
  /** Only the administrative word was written ("tỉnh"): to be completed from context. */
  implicit?: { word: string; level: string; country?: string };
  /** "2 tỉnh" with no names: the article's n main provinces. */
  pluralCount?: number;
  /** Written as a bare place name ("Tỉnh ủy Lào Cai"), not with an admin word. */
  bare?: boolean;
}

/** One organization read from the text (a plural phrase yields several with one span). */
export interface OrgAnn {
  first: number;
  last: number;
  /** Canonical name without the area. */
  head: string;
  kind: OrganizationKind;
  area?: AreaRef;
  /** Sub-units written before it ("Ban Thường vụ" + "Tỉnh ủy Lào Cai"). */
  prefix: string[];
  rule: string;
  /** Abbreviation written in parentheses after the head: "(BHXH)". */
  alias?: string;
  /** A sub-unit written without its parent ("Bí thư Đảng đoàn, Chủ tịch Hội X"): the chain supplies it. */
  pendingParent?: boolean;
}

/**
 * Every OrgAnn is built by makeOrg or cloneOrg, with all its keys in one order
 * (the absent ones undefined): one object shape. Literals and spreads with differing
 * keys gave a dozen shapes, and the phases' property reads that met them all went
 * megamorphic. Callers then set the optional fields they have.
 */
export function makeOrg(
  first: number,
  last: number,
  head: string,
  kind: OrganizationKind,
  prefix: string[],
  rule: string,
): OrgAnn {
  return {
    first,
    last,
    head,
    kind,
    area: undefined,
    prefix,
    rule,
    alias: undefined,
    pendingParent: undefined,
  };
}

/** A copy of o with the same shape, for the caller to change. */
export function cloneOrg(o: OrgAnn): OrgAnn {
  return {
    first: o.first,
    last: o.last,
    head: o.head,
    kind: o.kind,
    area: o.area,
    prefix: o.prefix,
    rule: o.rule,
    alias: o.alias,
    pendingParent: o.pendingParent,
  };
}

export interface PersonAnn {
  first: number;
  last: number;
  name: string;
  gender?: "male" | "female";
  /** A later short reference ("ông Nhân"): joins an earlier Person. */
  short?: boolean;
  rule: string;
}

/** A title as read from the text ("Trưởng Ban Dân vận Tỉnh ủy X" → "Trưởng ban" + its body). */
export interface TitleParse {
  title: string;
  first: number;
  last: number;
  /** The body; for a plural area ("Chủ tịch UBND hai tỉnh") the first of its bodies. */
  org?: OrgAnn;
  /** "nguyên Chủ tịch …": a former office. */
  former?: boolean;
  rule: string;
}

/** A title held by a person. */
export interface RoleAnn extends TitleParse {
  person: PersonAnn;
}

export interface PlaceAnn {
  first: number;
  last: number;
  info: PlaceInfo;
  rule: string;
}

export interface ValueAnn {
  first: number;
  last: number;
  type: "DATE" | "PERIOD" | "MONEY";
  value: string | number;
  rule: string;
  /** For DATE: month and day, and the year when written. */
  date?: { y?: number; m: number; d: number };
  period?: { from: number; to: number };
}

export interface DocumentAnn {
  first: number;
  last: number;
  type: string;
  number?: string;
  issuedOn?: string;
  issuer?: OrgAnn;
  rule: string;
}

/** Bits of RuleContext.flags: the first letter is a capital. */
export const UPPER = 1;
/** A number, a date or a range. */
export const NUMERIC = 2;
/** A line break (or the start of the text) comes before the token. */
export const LINE_START = 4;

/** Everything the phases know about one text; phases only add to it. */
export class RuleContext {
  readonly tokens: readonly Token[];
  /** Text is (almost) without diacritics: folded dictionary hits are accepted. */
  readonly asciiMode: boolean;
  readonly orgs: OrgAnn[] = [];
  /** Orgs by first token, for phases that meet an organization while parsing. */
  readonly orgAt = new Map<number, OrgAnn[]>();
  readonly persons: PersonAnn[] = [];
  readonly roles: RoleAnn[] = [];
  readonly places: PlaceAnn[] = [];
  readonly values: ValueAnn[] = [];
  readonly documents: DocumentAnn[] = [];
  /** Title words of roles ([first, last) before the organization): no organization starts inside one. */
  readonly titleSpans: [number, number][] = [];
  /** Tokens claimed by an organization, person or place (by index). */
  readonly claimed: Uint8Array;
  home?: PlaceInfo;
  /** The `date` option is on or after 1 July 2025: names mean the units of the new map. */
  readonly postReform: boolean;
  /** The article's main commune and district (null: none), for "UBND xã" / "Huyện ủy". */
  homeCommune?: PlaceInfo | null;
  homeDistrict?: PlaceInfo | null;
  /** Provinces of the article, most named first (computed once, by home.ts). */
  rankedProvinces?: PlaceInfo[];

  constructor(
    readonly doc: Doc,
    readonly lex: Lexicon,
    readonly options: ExtractOptions,
  ) {
    this.tokens = doc.tokens;
    this.claimed = new Uint8Array(doc.tokens.length);
    this.postReform = (options.date ?? "") >= "2025-07";
    this.index = firstIndex(lex);
    const n = this.tokens.length;
    // Filled by push: a packed array (new Array(n) would stay holey, and slower to read).
    const firsts: Syllable[] = [];
    const masks = new Uint8Array(n);
    const flags = new Uint8Array(n);
    const ids = new Int32Array(n);
    const all = !this.index.letterLed;
    // One pass over the tokens, reading the text's flat views at their offsets (not
    // each token's own strings): the syllable lookup, the flag bits, and the letters
    // counted for asciiMode (over the tokens, not the text: clutter the tokenizer
    // skipped does not count).
    const text = doc.norm.text;
    let letters = 0;
    let marked = 0;
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i]!;
      const start = t.start;
      const end = t.end;
      // (Counting stops at 20,000 letters, or once 400 marked ones decide the answer:
      // over at most 20,000 letters, 400 are 2% — no diacritic-free text.)
      for (let k = start; k < end && letters < 20000 && marked < 400; k++) {
        const c = text.charCodeAt(k);
        if (c >= 0x41) {
          letters++;
          if (c > 0x7f && c !== foldedUnit(c)) marked++;
        }
      }
      const kind = t.kind;
      const wordy = kind === "word" || kind === "abbr";
      // One-character punctuation and numbers are looked up by their code (no phrase
      // starts with one, but some run through one: "Lao động - Thương binh", "Quận 1");
      // everything else through the automaton.
      const syl =
        all || wordy || end - start > 1
          ? (syllableIn(this.index, text, start, end) ?? NO_SYLLABLE)
          : (this.index.single[foldedUnit(text.charCodeAt(start))] ?? NO_SYLLABLE);
      firsts.push(syl);
      // Numbers and punctuation start no phrase when every phrase starts with a letter.
      masks[i] = all || wordy ? syl.mask : 0;
      ids[i] = syl.id;
      flags[i] =
        (t.upper ? UPPER : 0) |
        (kind === "number" || kind === "date" || kind === "range" ? NUMERIC : 0) |
        (t.lineStart ? LINE_START : 0);
    }
    this.ids = ids;
    this.asciiMode = letters > 40 && marked / letters < 0.02;
    this.firsts = firsts;
    this.masks = masks;
    this.flags = flags;
  }

  /**
   * Per token, a few of its facts as bits (UPPER, NUMERIC, LINE_START): the phases scan
   * every token several times, and a byte array is read many times faster than the
   * token objects when most tokens are only to be skipped.
   */
  readonly flags: Uint8Array;
  /** Per token, the syllable's dictionary bits (see rules/firsts.ts). */
  private readonly masks: Uint8Array;
  /** Per token, its syllable's id (0: no phrase of an indexed trie has it). */
  private readonly ids: Int32Array;

  private readonly index: FirstIndex;
  /** Per token, what the dictionaries hold under its syllable. */
  private readonly firsts: Syllable[];

  /** Some phrase of the trie starts with token i's syllable (a cheap test before any lookup). */
  starts<P>(trie: TokenTrie<P>, i: number): boolean {
    const slot = this.index.slotOfTrie[trie.id];
    if (slot !== undefined) return ((this.masks[i] ?? 0) & (1 << slot)) !== 0;
    const t = this.tokens[i];
    return t !== undefined && trie.hasFirst(t.fold);
  }

  /**
   * The bit of a trie in maskAt (all bits for a trie without one, so that a test
   * against it never skips), and the family-name bit: several starts() in one read.
   */
  bitOf<P>(trie: TokenTrie<P> | "surname"): number {
    if (trie === "surname") return this.index.surnameBit;
    const slot = this.index.slotOfTrie[trie.id];
    return slot === undefined ? 0xff : 1 << slot;
  }

  /** Token i's dictionary bits (see bitOf). */
  maskAt(i: number): number {
    return this.masks[i] ?? 0;
  }

  /**
   * Id of a folded syllable of the indexed dictionaries ("duong"), or -1; with idAt, a
   * word test that reads one number per token instead of the token's string.
   */
  syllableId(fold: string): number {
    return this.index.idOf(fold) ?? -1;
  }

  /** Id of token i's folded syllable (0: none of the indexed dictionaries has it). */
  idAt(i: number): number {
    return this.ids[i] ?? 0;
  }

  /** Token i folds like a family name (a cheap test before isSurname's exact one). */
  surnameSyllable(i: number): boolean {
    return ((this.masks[i] ?? 0) & this.index.surnameBit) !== 0;
  }

  /** Token i's lower case is a family name (or the first syllable of one). */
  isSurname(i: number): boolean {
    return (
      ((this.masks[i] ?? 0) & this.index.surnameBit) !== 0 &&
      this.lex.surnames.has(this.tokens[i]!.lower)
    );
  }

  tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Per trie, the hits at each token: phases ask the same question many times. */
  private readonly hitCache: (TrieHit<unknown>[] | undefined)[][] = [];
  private static readonly NONE: TrieHit<never>[] = [];

  /** Accepted hits of a trie at token i, longest first. */
  hits<P>(trie: TokenTrie<P>, i: number): TrieHit<P>[] {
    // Most tokens start no phrase of the trie: answered from the token's bits, no cache.
    if (i < 0 || i >= this.tokens.length) return RuleContext.NONE;
    const slot = this.index.slotOfTrie[trie.id];
    let node: TrieNode<P> | undefined;
    if (slot !== undefined) {
      // The byte first: most answers are no, and the entry's nodes lie far off in memory.
      if ((this.masks[i]! & (1 << slot)) === 0) return RuleContext.NONE;
      node = this.firsts[i]!.nodes[slot] as TrieNode<P> | undefined;
      if (node === undefined) return RuleContext.NONE;
    } else if (!trie.hasFirst(this.tokens[i]!.fold)) return RuleContext.NONE;
    // Titles and honorifics are asked about once per token or so: a cache array per
    // article costs more than the short walks it would save.
    if (slot !== undefined && ((1 << slot) & this.index.uncachedSlots) !== 0)
      return this.matchHits(trie, i, node);
    let cache = this.hitCache[trie.id];
    if (!cache) {
      cache = new Array(this.tokens.length);
      this.hitCache[trie.id] = cache;
    }
    const cached = cache[i];
    if (cached) return cached as TrieHit<P>[];
    const ok = this.matchHits(trie, i, node);
    cache[i] = ok;
    return ok;
  }

  private matchHits<P>(trie: TokenTrie<P>, i: number, node: TrieNode<P> | undefined): TrieHit<P>[] {
    const all = node
      ? trie.matchIds(this.tokens, this.ids, this.flags, LINE_START, this.index.idOf, i, node)
      : trie.matchAt(this.tokens, i);
    let ok: TrieHit<P>[] = RuleContext.NONE;
    if (all.length > 0) {
      ok = this.asciiMode ? all : this.accepted(all);
      // Longest first; at equal length the exact spelling before a near one ("Tam Dương", "Tam Đường").
      if (ok.length > 1) sortHits(ok);
    }
    return ok;
  }

  /** The hits written exactly or one mark off; the array itself when all are (no copy). */
  private accepted<P>(all: TrieHit<P>[]): TrieHit<P>[] {
    let n = 0;
    while (n < all.length && all[n]!.exact) n++;
    if (n === all.length) return all;
    const ok = all.slice(0, n);
    for (let m = n; m < all.length; m++) {
      const h = all[m]!;
      if (h.exact || this.oneMarkOff(h)) ok.push(h);
    }
    return ok.length > 0 ? ok : RuleContext.NONE;
  }

  /**
   * A name of two or more syllables written with one syllable's marks off
   * ("Sê Kong" for "Sê Kông"): the same name, misspelt. One syllable alone is never
   * accepted this way ("Ba" is not "Bà").
   */
  private oneMarkOff<P>(h: TrieHit<P>): boolean {
    // (Every syllable counted: "Thu Hiền", a given name, is two syllables off "Thủ hiến".)
    return h.last - h.first >= 2 && h.off <= 1;
  }

  longest<P>(trie: TokenTrie<P>, i: number): TrieHit<P> | undefined {
    return this.hits(trie, i)[0];
  }

  isWord(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind === "word";
  }

  isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && (t.kind === "word" || t.kind === "abbr") && t.upper;
  }

  /** Token i is one of the given lower-case words (no rest array: this runs per token). */
  is(i: number, a: string, b?: string, c?: string, d?: string, e?: string): boolean {
    const t = this.tokens[i];
    if (t === undefined) return false;
    const w = t.lower;
    return w === a || w === b || w === c || w === d || w === e;
  }

  /** Token i's lower case is in the set. */
  inSet(i: number, set: ReadonlySet<string>): boolean {
    const t = this.tokens[i];
    return t !== undefined && set.has(t.lower);
  }

  /** Memo of a parse at token i: phases ask for the same parse at the same token. */
  private readonly memos = new Map<string, unknown[]>();
  private static readonly UNSET = Symbol("unset");

  memo<T>(kind: string, i: number, compute: (ctx: RuleContext, i: number) => T): T {
    let m = this.memos.get(kind);
    if (!m) this.memos.set(kind, (m = new Array(this.tokens.length + 1).fill(RuleContext.UNSET)));
    const v = m[i];
    if (v !== RuleContext.UNSET) return v as T;
    const computed = compute(this, i);
    m[i] = computed;
    return computed;
  }

  claim(first: number, last: number): void {
    this.claimed.fill(1, first, last);
  }

  isClaimed(first: number, last: number): boolean {
    for (let i = first; i < last; i++) if (this.claimed[i]) return true;
    return false;
  }

  /** Sentence index of a token (binary search). */
  sentenceOf(i: number): number {
    const s = this.doc.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]!.first <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Sorts hits longest first, exact before near at equal length, keeping the order
 * of ties (as the stable Array.prototype.sort would): a handful of hits, so an
 * insertion sort without a comparator closure.
 */
function sortHits<P>(hs: TrieHit<P>[]): void {
  for (let a = 1; a < hs.length; a++) {
    const h = hs[a]!;
    let b = a - 1;
    while (b >= 0 && before(h, hs[b]!)) {
      hs[b + 1] = hs[b]!;
      b--;
    }
    hs[b + 1] = h;
  }
}

function before<P>(x: TrieHit<P>, y: TrieHit<P>): boolean {
  return x.last > y.last || (x.last === y.last && x.exact && !y.exact);
}

/** Written in capitals: `s === s.toUpperCase()` (see isAllCaps). */
export const allCaps: (s: string) => boolean = isAllCaps;
