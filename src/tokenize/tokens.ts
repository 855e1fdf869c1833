import { foldSameLength } from "../normalize/fold.js";
import { isDigit, isLetter, isSpace, isUpper, isWordChar } from "./chars.js";

export type TokenKind =
  | "word" // a syllable: "Lào", "H'Mông"
  | "abbr" // dotted or symbol-joined abbreviation: "TP.", "TP.HCM", "PGS.TS.", "LĐTB&XH", "VH-TT&DL"
  | "number" // "2023", "3,7", "127.600"
  | "date" // "13/10", "23/6/2021", "15.8.2016"
  | "range" // "2023-2025", "8-12"
  | "docnum" // "05-CT/TW", "24/2021/QH15", "I/2024"
  | "url"
  | "punct";

/** Offsets are into the normalized text; `lower` / `fold` are slices of its parallel views. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  readonly text: string;
  readonly lower: string;
  readonly fold: string;
  /** First letter upper-case (for words and abbreviations). */
  readonly upper: boolean;
  /** A line break (or the start of the text) comes before this token. */
  readonly lineStart: boolean;
}

/** Abbreviations written with a final dot that is part of them, not a sentence end. */
const DOTTED = new Set([
  "tp",
  "tx",
  "tt",
  "q",
  "p",
  "gs",
  "pgs",
  "ts",
  "ths",
  "th.s",
  "bs",
  "ks",
  "cn",
  "ls",
  "pgs.ts",
  "gs.ts",
  "ts.bs",
  "ths.bs",
  "bsck",
  "bsckii",
  "bscki",
  "ncs",
  "ts.ks",
  "ths.ks",
  "đ/c",
  "tr",
  "st",
  "nxb",
  "v.v",
  "ths.ls",
  "kts",
  "ds",
]);

const DOTTED_MAX = Math.max(...[...DOTTED].map((d) => d.length));

/** . , / - & ' _ */
function isConnector(c: number): boolean {
  return (
    c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d || c === 0x26 || c === 0x27 || c === 0x5f
  );
}

/** Upper-case letters and digits only, short: one part of "VH-TT&DL", "T.Ư". */
function isCapsPart(s: string): boolean {
  if (s.length === 0 || s.length > 5) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isUpper(c) || isDigit(c) || (i > 0 && isLetter(c)))) return false;
  }
  return isUpper(s.charCodeAt(0));
}

const VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

const DATE_RE = /^(0?[1-9]|[12]\d|3[01])([/.])(0?[1-9]|1[0-2])(?:\2(\d{4}))?$/;
const RANGE_RE = /^\d{1,4}-\d{1,4}$/;
const NUMBER_RE = /^\d{1,3}(?:[.,]\d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$|^\d+\.\d+$/;

/**
 * How a run of word characters joined by connectors is cut into tokens: one token
 * when the whole run is a number, date, document number or abbreviation, else at
 * the connectors.
 */
function classifyRun(run: string): TokenKind | null {
  let hasDigit = false;
  let hasLetter = false;
  let hasConn = false;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (isDigit(c)) hasDigit = true;
    else if (isLetter(c)) hasLetter = true;
    else hasConn = true;
  }
  if (!hasConn) return hasLetter ? "word" : "number";
  if (!hasLetter) {
    if (DATE_RE.test(run)) return "date";
    if (RANGE_RE.test(run)) return "range";
    if (NUMBER_RE.test(run)) return "number";
    if (/^[\d/.-]+$/.test(run) && run.includes("/")) return "docnum";
    return null;
  }
  if (hasDigit && (run.includes("/") || run.includes("-"))) return "docnum";
  if (/^[IVXLC]+\/\d{4}$/.test(run)) return "docnum";
  // Apostrophe names of the Central Highlands: H'Mông, M'gar, Đ'Ran.
  if (/^[\p{L}]{1,2}'[\p{L}]+$/u.test(run)) return "word";
  const parts = run.split(/[.&/-]/);
  // "LĐTB&XH", "VH-TT&DL" are abbreviations; "NHÂN-HẢI" (two capitalised syllables) is not.
  if (
    parts.every(isCapsPart) &&
    parts.length > 1 &&
    (!/^[^/&.]*-[^/&.]*$/.test(run) || parts.some((p) => !VOWEL.test(p)))
  )
    return "abbr";
  // "TP.HCM", "Th.S", "T.Ư": a dotted capitalised abbreviation.
  if (/^[\p{Lu}][\p{L}]{0,3}(\.[\p{Lu}][\p{L}]{0,3})+$/u.test(run)) return "abbr";
  return null;
}

/** The text's views a token slices its own strings from. */
interface Views {
  readonly text: string;
  /** The folded view when the caller has one; else a token folds its own lower case. */
  readonly fold: string | undefined;
}

/**
 * A token's `text` and `fold` are sliced from the text's views when first read and
 * kept: most tokens are never asked for one or the other (punctuation, words no
 * dictionary walk reaches), and the slices were a third of what an article allocated.
 * `lower` is read for nearly every token and is sliced at once.
 */
class LazyToken implements Token {
  private textSlice: string | undefined = undefined;
  private foldSlice: string | undefined = undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly lower: string,
    readonly upper: boolean,
    readonly lineStart: boolean,
    private readonly views: Views,
  ) {}

  get text(): string {
    let s = this.textSlice;
    if (s === undefined) this.textSlice = s = this.views.text.slice(this.start, this.end);
    return s;
  }

  get fold(): string {
    let s = this.foldSlice;
    if (s === undefined) {
      const fold = this.views.fold;
      s = fold !== undefined ? fold.slice(this.start, this.end) : foldSameLength(this.lower);
      this.foldSlice = s;
    }
    return s;
  }
}

// Called inline at each push: a `push` closure that also cleared `lineStart` kept the
// flag in a heap context, and tokenizing was measurably slower.
function makeToken(
  views: Views,
  lower: string,
  start: number,
  end: number,
  kind: TokenKind,
  lineStart: boolean,
): Token {
  return new LazyToken(
    start,
    end,
    kind,
    lower.slice(start, end),
    isUpper(views.text.charCodeAt(start)),
    lineStart,
    views,
  );
}

/** A [start, end) range of the text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface TokenizedText {
  tokens: Token[];
}

/**
 * Tokenize the normalized text. `lower` and `fold` (optional) are its parallel
 * views, of the same length. Linear: every code unit is looked at a bounded number
 * of times.
 */
export function tokenize(
  text: string,
  lower: string,
  fold: string | undefined,
  skip: readonly Range[] = [],
  softBreaks: readonly number[] = [],
): Token[] {
  const tokens: Token[] = [];
  const views: Views = { text, fold };
  const length = text.length;
  let i = 0;
  let lineStart = true;
  // The next range to skip (ranges starting inside an earlier one are ignored) and
  // the next soft line break: both sorted, so one cursor each.
  let r = 0;
  let soft = 0;
  let n = skip.length > 0 ? Math.min(skip[0]!.start, length) : length;
  while (i < length) {
    if (i >= n) {
      // Skipped text reads as blank: only its (hard) line breaks count.
      const range = skip[r]!;
      for (let k = i; k < range.end; k++) {
        if (text.charCodeAt(k) !== 0x0a) continue;
        while (soft < softBreaks.length && softBreaks[soft]! < k) soft++;
        if (softBreaks[soft] !== k) lineStart = true;
      }
      i = Math.max(i, range.end);
      while (r < skip.length && skip[r]!.start < i) r++;
      n = r < skip.length ? Math.max(skip[r]!.start, i) : length;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 0x0a) {
        // A break that only wraps a sentence (see layout.ts) is a space.
        while (soft < softBreaks.length && softBreaks[soft]! < i) soft++;
        if (softBreaks[soft] !== i) lineStart = true;
      }
      i++;
      continue;
    }
    if (!isWordChar(c)) {
      // A surrogate pair (emoji) is one symbol, never two halves.
      const w =
        c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
          ? 2
          : 1;
      tokens.push(makeToken(views, lower, i, i + w, "punct", lineStart));
      lineStart = false;
      i += w;
      continue;
    }
    // URL: scheme or www. up to the next space.
    if (
      (c === 0x68 && (text.startsWith("http://", i) || text.startsWith("https://", i))) ||
      (c === 0x77 && text.startsWith("www.", i))
    ) {
      let j = i;
      while (j < n && !isSpace(text.charCodeAt(j))) j++;
      tokens.push(makeToken(views, lower, i, j, "url", lineStart));
      lineStart = false;
      i = j;
      continue;
    }
    // The run: word characters joined by single connectors.
    let j = i + 1;
    let joined = false;
    let digits = isDigit(c);
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordChar(d)) {
        if (digits && !isDigit(d)) digits = false;
        j++;
      } else if (isConnector(d) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
        j += 2;
        joined = true;
      } else break;
    }
    // Most runs are one plain syllable or number: classified without slicing the run.
    if (!joined) {
      let end = j;
      // (No dotted abbreviation is longer than six letters: most words before a full
      // stop are answered without a slice.)
      if (
        !digits &&
        j - i <= DOTTED_MAX &&
        j < n &&
        text.charCodeAt(j) === 0x2e &&
        DOTTED.has(lower.slice(i, j))
      )
        end = j + 1;
      tokens.push(
        makeToken(views, lower, i, end, end > j ? "abbr" : digits ? "number" : "word", lineStart),
      );
      lineStart = false;
      i = end;
      continue;
    }
    const run = text.slice(i, j);
    // "TP.Huế", "TX.Sa Pa": a dotted abbreviation glued to a name is two tokens ("TP.HCM" stays one).
    const dot = run.indexOf(".");
    if (
      dot > 0 &&
      DOTTED.has(lower.slice(i, i + dot)) &&
      /^\.[\p{Lu}][\p{Ll}]/u.test(run.slice(dot))
    ) {
      tokens.push(makeToken(views, lower, i, i + dot + 1, "abbr", lineStart));
      lineStart = false;
      i += dot + 1;
      continue;
    }
    const kind = classifyRun(run);
    if (kind !== null) {
      let end = j;
      // A final dot that belongs to the abbreviation ("TP.", "PGS.TS.").
      if (
        j < n &&
        text.charCodeAt(j) === 0x2e &&
        (kind === "word" || kind === "abbr") &&
        DOTTED.has(lower.slice(i, j))
      ) {
        end = j + 1;
      }
      tokens.push(makeToken(views, lower, i, end, end > j ? "abbr" : kind, lineStart));
      lineStart = false;
      i = end;
      continue;
    }
    // Cut at connectors; the connectors become punctuation tokens.
    let k = i;
    while (k < j) {
      let e = k;
      while (e < j && isWordChar(text.charCodeAt(e))) e++;
      if (e > k) {
        const part = text.slice(k, e);
        tokens.push(makeToken(views, lower, k, e, classifyRun(part) ?? "word", lineStart));
        lineStart = false;
      }
      if (e < j) {
        tokens.push(makeToken(views, lower, e, e + 1, "punct", lineStart));
        lineStart = false;
      }
      k = e + 1;
    }
    i = j;
  }
  return tokens;
}
