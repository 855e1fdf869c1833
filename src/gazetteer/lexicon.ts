import { foldSameLength } from "../normalize/fold.js";
import { normalizeText } from "../normalize/index.js";
import type { LocationLevel, OrganizationKind } from "../schema/result.js";
import { type Token, tokenizeNormalized } from "../tokenize/index.js";
import type { Dictionaries } from "./data.js";
import type { CommuneEntry, OrgScope, TitleEntry } from "./schema.js";
import { TokenTrie, type TrieHit, type TrieNode } from "./trie.js";

export interface PlaceInfo {
  readonly name: string;
  readonly level: LocationLevel;
  readonly code?: string;
  /** "tỉnh" / "thành phố" / "huyện" / "xã" …: the administrative word of this unit. */
  readonly adminType?: string;
  /** For districts and communes: the province code (pre-2025 for districts, post-2025 for communes). */
  readonly province?: string;
  /** Post-2025 unit (SPEC Location.current). */
  readonly current?: { name: string; code?: string };
  readonly country?: string;
  /** Valid after the 2025 reform (2025 provinces and communes). */
  readonly since2025?: boolean;
}

export interface TitleInfo {
  readonly title: string;
  readonly domain: TitleEntry["domain"];
  readonly standalone: boolean;
  readonly implies?: { title: string; organization: string };
  readonly absorbsHead: boolean;
  readonly orgHead?: string;
}

export interface OrgHeadInfo {
  readonly canonical: string;
  readonly kind: OrganizationKind;
  readonly scope: OrgScope;
  /** With no area after it the name is a national body (org-heads.json `nationalAlone`). */
  readonly nationalAlone?: true;
  /** A foreign body: the country whose provinces its area names (org-heads.json `country`). */
  readonly country?: string;
}

export interface HonorificInfo {
  readonly text: string;
  readonly kind: "honorific" | "rank" | "academic" | "kinship";
  readonly gender?: "male" | "female";
}

export interface AdminWordInfo {
  /** Canonical administrative word: "tỉnh", "thành phố", "huyện", "xã" … */
  readonly word: string;
  readonly level: LocationLevel;
}

/** A phrase of plain syllables and spaces: split without the full tokenizer. */
const PLAIN_PHRASE = /^[\p{L}]+( [\p{L}]+)*$/u;

/** The token keys of a phrase: what a trie is keyed by, and what an exact match compares. */
export interface PhraseKeys {
  fold: string[];
  lower: string[];
}

/** Split a dictionary phrase exactly as the text is split, so keys line up. */
export function phraseKeys(phrase: string): PhraseKeys {
  // Dictionary files are NFC with official tone placement (checked by their tests),
  // so most phrases need no normalization: this keeps compilation (cold start) short.
  if (PLAIN_PHRASE.test(phrase)) {
    const lower = phrase.toLowerCase();
    return { lower: lower.split(" "), fold: foldSameLength(lower).split(" ") };
  }
  const n = normalizeText(phrase);
  const toks = tokenizeNormalized(n.text, n.lower, n.fold);
  return { fold: toks.map((t) => t.fold), lower: toks.map((t) => t.lower) };
}

const ADMIN_WORDS: [string, string, LocationLevel][] = [
  ["tỉnh", "tỉnh", "province"],
  ["thành phố", "thành phố", "province"],
  ["TP", "thành phố", "province"],
  ["TP.", "thành phố", "province"],
  ["Tp", "thành phố", "province"],
  ["Tp.", "thành phố", "province"],
  ["thủ đô", "thủ đô", "province"],
  ["huyện", "huyện", "district"],
  ["quận", "quận", "district"],
  ["thị xã", "thị xã", "district"],
  ["TX", "thị xã", "district"],
  ["TX.", "thị xã", "district"],
  ["xã", "xã", "commune"],
  ["phường", "phường", "commune"],
  ["thị trấn", "thị trấn", "commune"],
  ["TT", "thị trấn", "commune"],
  ["TT.", "thị trấn", "commune"],
  ["đặc khu", "đặc khu", "commune"],
  ["thôn", "thôn", "other"],
  ["bản", "bản", "other"],
  ["ấp", "ấp", "other"],
  ["làng", "làng", "other"],
  ["tổ dân phố", "tổ dân phố", "other"],
  ["khu phố", "khu phố", "other"],
];

/** Every compiled dictionary of one extractor. */
export interface Lexicon {
  readonly places: TokenTrie<PlaceInfo>;
  /** Communes and wards after the 2025 reform, compiled on first use. */
  communes(): TokenTrie<PlaceInfo>;
  readonly titles: TokenTrie<TitleInfo>;
  readonly orgs: TokenTrie<OrgHeadInfo>;
  readonly honorifics: TokenTrie<HonorificInfo>;
  readonly adminWords: TokenTrie<AdminWordInfo>;
  /** Lower-case first syllables of family names, and whole multi-syllable ones. */
  readonly surnames: ReadonlySet<string>;
  readonly multiSurnames: TokenTrie<string>;
  /** Province by any written name (folded), pre- and post-reform. */
  readonly provinceByFold: ReadonlyMap<string, PlaceInfo>;
  /** Post-2025 provinces by name: the unit a name means after the reform. */
  readonly provinceAfter: ReadonlyMap<string, PlaceInfo>;
  /** Organization head by any written form, folded: for titles that imply their body. */
  readonly orgHeadByFold: ReadonlyMap<string, OrgHeadInfo>;
  /** Abbreviation → expansion, by the abbreviation's lower case. */
  readonly abbreviations: ReadonlyMap<string, string>;
  /** Place names for the one-edit fuzzy pass, bucketed by token count and first folded letter. */
  readonly fuzzyPlaces: ReadonlyMap<string, { fold: string; info: PlaceInfo }[]>;
}

/**
 * The keys of every phrase compileLexicon splits, computed ahead (at build time,
 * see tsup.config.ts): splitting the dictionaries' phrases — folding each, and
 * running the normalizer and tokenizer on those with punctuation or digits — was
 * most of the compile time, and so of the cold start.
 *
 * One KeyRecord per phrase, in the order compileLexicon asks for them; they reach
 * it as arrays that JSON.parse built natively, which measured faster at a cold
 * start than splitting strings in script. Communes are a stream of their own,
 * kept as JSON text until their trie is first needed (many texts never need it).
 */
export interface PrecompiledKeys {
  readonly main: readonly KeyRecord[];
  /** JSON text of PrecompiledCommunes. */
  readonly communes: string;
}

interface PrecompiledCommunes {
  /** One KeyRecord per commune, in the file's order. */
  readonly keys: readonly KeyRecord[];
  /** CommuneSource.buckets(), as [syllable, indices] pairs in its order. */
  readonly buckets: [string, number[]][];
}

/**
 * The folded tokens alone when the lower-case ones are the phrase lower-cased and
 * split at its spaces (most phrases: no need to ship them), else both.
 */
export type KeyRecord = string[] | [fold: string[], lower: string[]];

/** Where compile() takes the keys of each phrase from. */
type KeysOf = (phrase: string) => PhraseKeys;

function encodeKeys(phrase: string, k: PhraseKeys): KeyRecord {
  // A phrase of no tokens (never in the files, whose strings are not blank) is a
  // pair, so that a record's first element tells the two forms apart.
  return k.fold.length > 0 && k.lower.join(" ") === phrase.toLowerCase()
    ? k.fold
    : [k.fold, k.lower];
}

function decodeKeys(phrase: string, record: KeyRecord): PhraseKeys {
  const first = record[0];
  if (typeof first === "string")
    return { fold: record as string[], lower: phrase.toLowerCase().split(" ") };
  return { fold: first!, lower: record[1] as string[] };
}

/** Reads the records back in order; they belong to the dictionaries they were made from. */
function replayKeys(stream: readonly KeyRecord[] | string, what: string): KeysOf {
  let records: readonly KeyRecord[] | undefined;
  let next = 0;
  return (phrase) => {
    records ??= typeof stream === "string" ? (JSON.parse(stream) as KeyRecord[]) : stream;
    const record = records[next++];
    // Only keys built from other dictionaries (a build bug) run short.
    if (record === undefined) throw new Error(`precompiled ${what} phrase keys run short`);
    return decodeKeys(phrase, record);
  };
}

function recordKeys(out: KeyRecord[]): KeysOf {
  return (phrase) => {
    const k = phraseKeys(phrase);
    out.push(encodeKeys(phrase, k));
    return k;
  };
}

/** What the commune trie is made from: by index in the file, since it fills in an order of its own. */
interface CommuneSource {
  /**
   * Commune indices by their first folded syllable, each bucket in file order, the
   * syllables in order of first appearance (a name of no tokens is in none).
   */
  buckets(): Map<string, number[]>;
  entry(i: number): CommuneEntry;
  keys(i: number, name: string): PhraseKeys;
}

function bucketBy(n: number, first: (i: number) => string | undefined): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const f = first(i);
    if (f === undefined) continue;
    const bucket = buckets.get(f);
    if (bucket) bucket.push(i);
    else buckets.set(f, [i]);
  }
  return buckets;
}

/** From the file, split with phraseKeys (run from src, or recording at build time). */
function computedCommunes(
  d: Dictionaries,
  record?: (i: number, name: string, k: PhraseKeys) => void,
): CommuneSource {
  const cache: PhraseKeys[] = [];
  const keys = (i: number, name: string): PhraseKeys => {
    let k = cache[i];
    if (k === undefined) {
      k = phraseKeys(name);
      cache[i] = k;
      record?.(i, name, k);
    }
    return k;
  };
  const entry = (i: number): CommuneEntry => d.communes.entries[i]!;
  return {
    buckets: () => {
      const entries = d.communes.entries;
      return bucketBy(entries.length, (i) => keys(i, entries[i]!.name).fold[0]);
    },
    entry,
    keys,
  };
}

/**
 * From the build: keys and buckets as computedCommunes() made them, and each commune
 * read on its own from the packed file when it offers that (Dictionaries.communeAt),
 * so that a text naming a few communes unpacks a few.
 */
function precompiledCommunes(d: Dictionaries, stream: string): CommuneSource {
  let pre: PrecompiledCommunes | undefined;
  const parsed = (): PrecompiledCommunes => {
    pre ??= JSON.parse(stream) as PrecompiledCommunes;
    return pre;
  };
  return {
    buckets: () => new Map(parsed().buckets),
    entry: d.communeAt ?? ((i) => d.communes.entries[i]!),
    keys: (i, name) => {
      const record = parsed().keys[i];
      // Only keys built from other dictionaries (a build bug) run short.
      if (record === undefined) throw new Error("precompiled commune phrase keys run short");
      return decodeKeys(name, record);
    },
  };
}

/**
 * The phrase keys of `d` as compileLexicon would compute them, for the build to
 * inline next to the dictionaries (the communes included, though they compile lazily).
 */
export function precompileKeys(d: Dictionaries): PrecompiledKeys {
  const main: KeyRecord[] = [];
  const keys: KeyRecord[] = [];
  compile(d, recordKeys(main), computedCommunes(d));
  // Bucketing the communes splits every name, in file order.
  const buckets = computedCommunes(d, (i, name, k) => {
    keys[i] = encodeKeys(name, k);
  }).buckets();
  if (keys.length !== d.communes.entries.length)
    throw new Error("commune phrase keys: some commune was never split");
  const communes: PrecompiledCommunes = { keys, buckets: [...buckets] };
  return { main, communes: JSON.stringify(communes) };
}

/**
 * Compile the dictionaries into tries and maps. `d.keys`, when present (the bundled
 * dictionaries of a build), saves splitting the phrases again.
 */
/** Departments and ministries: names of several fields joined ("Sở Văn hóa, Thể thao và Du lịch"). */
const JOINED_DEPARTMENT = /^(Sở|Bộ) /;

const JOINERS = new Set([",", "-", "và", "&"]);

/**
 * The other ways the press joins the fields of a department's name, made from each
 * written form in the file (so at the keys' level: no phrase is split again):
 * "&" for "và" ("Sở Giáo dục & Đào tạo"), a dash between every field ("Sở Văn hóa -
 * Thể thao - Du lịch", "Sở Lao động - Thương binh - Xã hội"), and no mark at all
 * where the file has a comma or a dash ("Sở Lao động Thương binh và Xã hội").
 * Without them a name written so was read as a shorter body ("Sở Văn hóa và Thể
 * thao") or as none. Every form still spells out each field, so none can take in a
 * word the name does not have.
 */
function joinerForms(k: PhraseKeys): PhraseKeys[] {
  const n = k.lower.length;
  let has = false;
  for (let i = 1; i < n - 1; i++) if (JOINERS.has(k.lower[i]!)) has = true;
  if (!has) return [];
  const amp: PhraseKeys = { fold: [], lower: [] };
  const dash: PhraseKeys = { fold: [], lower: [] };
  const bare: PhraseKeys = { fold: [], lower: [] };
  for (let i = 0; i < n; i++) {
    const lower = k.lower[i]!;
    const fold = k.fold[i]!;
    const joiner = i > 0 && i < n - 1 && JOINERS.has(lower);
    amp.lower.push(joiner && lower === "và" ? "&" : lower);
    amp.fold.push(joiner && lower === "và" ? "&" : fold);
    dash.lower.push(joiner ? "-" : lower);
    dash.fold.push(joiner ? "-" : fold);
    if (!joiner || lower === "và" || lower === "&") {
      bare.lower.push(lower);
      bare.fold.push(fold);
    }
  }
  return [amp, dash, bare];
}

/** A word of letters joined by "-" or "&": "gd-đt", "lđ-tb&xh". */
const JOINED_ABBREVIATION = /^[^-&]+([-&][^-&]+)+$/;

/**
 * An abbreviation joined by "-" or "&" written with spaces around them ("Sở GD - ĐT",
 * "Bộ LĐ - TB & XH"): the tokenizer then cuts it into its parts, so the spaced form
 * is compiled too. Null when no word of the phrase is such an abbreviation.
 */
function spacedAbbreviation(k: PhraseKeys): PhraseKeys | null {
  let has = false;
  const out: PhraseKeys = { fold: [], lower: [] };
  for (let i = 0; i < k.lower.length; i++) {
    const lower = k.lower[i]!;
    const fold = k.fold[i]!;
    // (indexOf first: this runs for every word of every head at the first extract.)
    if (
      lower.length > 2 &&
      (lower.indexOf("-") > 0 || lower.indexOf("&") > 0) &&
      JOINED_ABBREVIATION.test(lower)
    ) {
      has = true;
      for (const part of lower.split(/([-&])/)) out.lower.push(part);
      for (const part of fold.split(/([-&])/)) out.fold.push(part);
    } else {
      out.lower.push(lower);
      out.fold.push(fold);
    }
  }
  return has ? out : null;
}

export function compileLexicon(d: Dictionaries): Lexicon {
  const pre = d.keys;
  return pre
    ? compile(d, replayKeys(pre.main, "dictionary"), precompiledCommunes(d, pre.communes))
    : compile(d, phraseKeys, computedCommunes(d));
}

/**
 * The communes' trie, filled one first syllable at a time. Communes are looked up
 * only after "xã", "phường", "thị trấn", "đặc khu", and a text names few of them:
 * adding all 3,321 was most of a first extract() that met one. The communes under
 * one first syllable are added together and in the file's order, so each node gets
 * the entries, in the order, that the whole trie would give it; a walk from a
 * token never leaves the subtree of that token's syllable. Every read of TokenTrie
 * is overridden to fill what it looks at first (a test fails on a read method
 * added to TokenTrie and not here).
 */
class CommuneTrie extends TokenTrie<PlaceInfo> {
  constructor(
    /** Commune indices by first folded syllable, in file order; a bucket leaves once added. */
    private readonly pending: Map<string, number[]>,
    private readonly entry: (i: number) => { keys: PhraseKeys; info: PlaceInfo },
  ) {
    super();
  }

  private fill(first: string): void {
    const bucket = this.pending.get(first);
    if (bucket === undefined) return;
    this.pending.delete(first);
    for (let k = 0; k < bucket.length; k++) {
      const e = this.entry(bucket[k]!);
      this.add(e.keys.fold, e.keys.lower, e.info);
    }
  }

  private fillAll(): void {
    // In order of the syllables' first appearance: the root's order in a whole trie.
    for (const first of [...this.pending.keys()]) this.fill(first);
  }

  override hasFirst(fold: string): boolean {
    this.fill(fold);
    return super.hasFirst(fold);
  }

  override firstSyllables(): IterableIterator<[string, TrieNode<PlaceInfo>]> {
    this.fillAll();
    return super.firstSyllables();
  }

  override matchAt(
    tokens: readonly Token[],
    i: number,
    out?: TrieHit<PlaceInfo>[],
  ): TrieHit<PlaceInfo>[] {
    const t = tokens[i];
    if (t !== undefined) this.fill(t.fold);
    return super.matchAt(tokens, i, out);
  }

  override forEachSyllable(visit: (syllable: string) => void): void {
    this.fillAll();
    super.forEachSyllable(visit);
  }

  override matchIds(
    tokens: readonly Token[],
    ids: Int32Array,
    flags: Uint8Array,
    lineBit: number,
    idOf: (syllable: string) => number | undefined,
    i: number,
    first: TrieNode<PlaceInfo>,
  ): TrieHit<PlaceInfo>[] {
    // A node under the root came from firstSyllables(), which filled the trie.
    this.fillAll();
    return super.matchIds(tokens, ids, flags, lineBit, idOf, i, first);
  }
}

function compile(d: Dictionaries, keysOf: KeysOf, communeSource: CommuneSource): Lexicon {
  const addPhrase = <P>(trie: TokenTrie<P>, phrase: string, payload: P): void => {
    const k = keysOf(phrase);
    trie.add(k.fold, k.lower, payload);
  };
  const places = new TokenTrie<PlaceInfo>();
  const provinceByFold = new Map<string, PlaceInfo>();
  // The fuzzy pass runs only when nothing else matched, in few texts: its buckets are
  // built on first use, from the keys the compile already split, in the same order.
  const fuzzyNames: { fold: readonly string[]; info: PlaceInfo }[] = [];
  const fuzzyAdd = (k: { fold: string[] }, info: PlaceInfo) => {
    fuzzyNames.push({ fold: k.fold, info });
  };
  let fuzzyPlaces: Map<string, { fold: string; info: PlaceInfo }[]> | undefined;
  const fuzzyBuckets = () => {
    if (fuzzyPlaces) return fuzzyPlaces;
    fuzzyPlaces = new Map();
    for (const { fold: words, info } of fuzzyNames) {
      const fold = words.join(" ");
      if (fold.length < 6) continue;
      const key = `${words.length}:${fold[0]}`;
      let bucket = fuzzyPlaces.get(key);
      if (!bucket) fuzzyPlaces.set(key, (bucket = []));
      bucket.push({ fold, info });
    }
    return fuzzyPlaces;
  };

  const after = new Map(d.provinces.after2025.map((p) => [p.code, p]));
  for (const p of d.provinces.before2025) {
    const cur = after.get(p.current);
    const info: PlaceInfo = {
      name: p.name,
      level: "province",
      code: p.code,
      adminType: p.type,
      current: cur ? { name: cur.name, code: cur.code } : undefined,
    };
    let nameKeys: { fold: string[] } | undefined;
    for (const n of [p.name, ...p.aliases]) {
      const k = keysOf(n);
      nameKeys ??= k;
      places.add(k.fold, k.lower, info);
      provinceByFold.set(k.fold.join(" "), info);
    }
    fuzzyAdd(nameKeys!, info);
  }
  const provinceAfter = new Map<string, PlaceInfo>();
  for (const p of d.provinces.after2025) {
    const info: PlaceInfo = {
      name: p.name,
      level: "province",
      code: p.code,
      adminType: p.type,
      current: { name: p.name, code: p.code },
      since2025: true,
    };
    provinceAfter.set(p.name, info);
    for (const n of [p.name, ...p.aliases]) {
      const k = keysOf(n);
      const key = k.fold.join(" ");
      // A name that existed before the reform keeps its pre-reform entry (with its own code).
      if (!provinceByFold.has(key)) {
        places.add(k.fold, k.lower, info);
        provinceByFold.set(key, info);
      }
    }
  }
  const before = new Map(d.provinces.before2025.map((p) => [p.code, p]));
  for (const x of d.districts.entries) {
    const prov = before.get(x.province);
    const cur = prov ? after.get(prov.current) : undefined;
    const info: PlaceInfo = {
      name: x.name,
      level: "district",
      code: x.code,
      adminType: x.type,
      province: x.province,
      current: cur ? { name: cur.name, code: cur.code } : undefined,
    };
    const nameKeys = keysOf(x.name);
    places.add(nameKeys.fold, nameKeys.lower, info);
    for (const n of x.formerNames ?? []) addPhrase(places, n, info);
    fuzzyAdd(nameKeys, info);
  }
  // The commune trie is made on first need, and filled as texts ask (CommuneTrie).
  let communes: CommuneTrie | undefined;
  const communeTrie = () => {
    if (communes) return communes;
    communes = new CommuneTrie(communeSource.buckets(), (i) => {
      const c = communeSource.entry(i);
      const info: PlaceInfo = {
        name: c.name,
        level: "commune",
        code: c.code,
        adminType: c.type,
        province: c.province,
        current: { name: c.name, code: c.code },
        since2025: true,
      };
      return { keys: communeSource.keys(i, c.name), info };
    });
    return communes;
  };
  for (const p of d.places.entries) {
    const info: PlaceInfo = { name: p.name, level: p.level, country: p.country };
    for (const n of [p.name, ...p.aliases]) addPhrase(places, n, info);
  }

  const titles = new TokenTrie<TitleInfo>();
  for (const t of d.titles.entries) {
    const info: TitleInfo = {
      title: t.title,
      domain: t.domain,
      standalone: t.standalone === true,
      implies: t.implies,
      absorbsHead: t.absorbsHead === true,
      orgHead: t.orgHead,
    };
    for (const n of [t.title, ...t.variants]) addPhrase(titles, n, info);
  }

  const abbreviations = new Map<string, string>();
  for (const a of d.abbreviations.entries) abbreviations.set(a.abbr.toLowerCase(), a.expansion);

  const orgs = new TokenTrie<OrgHeadInfo>();
  // Read only for titles that imply their body: filled on first use, as fuzzyPlaces.
  const orgHeadNames: { fold: readonly string[]; info: OrgHeadInfo }[] = [];
  let orgHeadByFold: Map<string, OrgHeadInfo> | undefined;
  const orgHeadMap = () => {
    if (orgHeadByFold) return orgHeadByFold;
    orgHeadByFold = new Map();
    for (const { fold, info } of orgHeadNames) orgHeadByFold.set(fold.join(" "), info);
    return orgHeadByFold;
  };
  for (const o of d.orgHeads.entries) {
    const info: OrgHeadInfo = o.nationalAlone
      ? { canonical: o.canonical, kind: o.kind, scope: o.scope, nationalAlone: true }
      : o.country
        ? { canonical: o.canonical, kind: o.kind, scope: o.scope, country: o.country }
        : { canonical: o.canonical, kind: o.kind, scope: o.scope };
    const joined = JOINED_DEPARTMENT.test(o.canonical);
    for (const n of [o.canonical, ...o.variants]) {
      const k = keysOf(n);
      orgs.add(k.fold, k.lower, info);
      orgHeadNames.push({ fold: k.fold, info });
      if (joined) for (const f of joinerForms(k)) orgs.add(f.fold, f.lower, info);
      const spaced = spacedAbbreviation(k);
      if (spaced) orgs.add(spaced.fold, spaced.lower, info);
    }
  }

  const honorifics = new TokenTrie<HonorificInfo>();
  for (const h of d.honorifics.entries)
    addPhrase(honorifics, h.text, { text: h.text, kind: h.kind, gender: h.gender });

  const adminWords = new TokenTrie<AdminWordInfo>();
  for (const [w, word, level] of ADMIN_WORDS) addPhrase(adminWords, w, { word, level });

  const surnames = new Set<string>();
  const multiSurnames = new TokenTrie<string>();
  for (const s of d.surnames.entries) {
    if (s.name.includes(" ")) addPhrase(multiSurnames, s.name, s.name);
    else surnames.add(s.name.toLowerCase());
  }

  return {
    places,
    communes: communeTrie,
    titles,
    orgs,
    honorifics,
    adminWords,
    surnames,
    multiSurnames,
    provinceByFold,
    provinceAfter,
    get orgHeadByFold() {
      return orgHeadMap();
    },
    abbreviations,
    get fuzzyPlaces() {
      return fuzzyBuckets();
    },
  };
}
