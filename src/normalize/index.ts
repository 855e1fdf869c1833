import { foldSameLength, lowerSameLength } from "./fold.js";
import { entityAt, looksLikeHtml, tagAt } from "./html.js";
import { type MapSegments, OffsetMap, OffsetMapBuilder } from "./offsets.js";
import { fixTonePlacement } from "./tone.js";

export { foldDiacritics } from "./fold.js";
export { OffsetMap } from "./offsets.js";
export { fixTonePlacement } from "./tone.js";

/**
 * The text every later phase reads, with three views of equal length (`text`,
 * `lower`, `fold`) and the map back to the original input.
 */
export interface NormalizedText {
  readonly original: string;
  /** NFC, official tone placement, whitespace / dash / quote variants folded, entities decoded. */
  readonly text: string;
  readonly lower: string;
  /** Lower-case without diacritics ("đ" → "d"). */
  readonly fold: string;
  readonly map: OffsetMap;
}

/**
 * The folded view is made when first read: the extractor folds only the few
 * characters it looks up (see rules/firsts.ts, tokenize/tokens.ts), and folding a
 * whole text was a tenth of normalizing it.
 */
class Normalized implements NormalizedText {
  private folded: string | undefined = undefined;
  constructor(
    readonly original: string,
    readonly text: string,
    readonly lower: string,
    readonly map: OffsetMap,
  ) {}

  get fold(): string {
    let f = this.folded;
    if (f === undefined) this.folded = f = foldSameLength(this.text);
    return f;
  }
}

function isCombining(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** What a single code unit becomes, when it is not kept as it is. */
function replacementOf(c: number): string | null {
  switch (c) {
    case 0x09:
      return " ";
    case 0xa0:
    case 0x1680:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return " ";
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
    case 0xad:
      return "";
    case 0x2028:
    case 0x2029:
    case 0x85:
      return "\n";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xfe58:
    case 0xfe63:
    case 0xff0d:
      return "-";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0xab:
    case 0xbb:
    case 0x2033:
    case 0xff02:
      return '"';
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x60:
    case 0xb4:
      return "'";
  }
  if (c >= 0x2000 && c <= 0x200a) return " ";
  if (c < 0x20 && c !== 0x0a) return " ";
  if (c >= 0x7f && c <= 0x9f) return " ";
  return null;
}

/**
 * Code units that may need work; everything else is copied in runs. Combining
 * marks are never plain: the scan backs up to their base letter.
 */
const PLAIN_BELOW_300 = new Uint8Array(0x300);
for (let c = 0; c < 0x300; c++) {
  PLAIN_BELOW_300[c] = (
    c < 0x80
      ? c >= 0x20 && c !== 0x26 && c !== 0x3c && c !== 0x60 && c !== 0x7f
      : c !== 0xa0 && c !== 0xad && c !== 0xab && c !== 0xbb && c !== 0xb4 && c > 0x9f
  )
    ? 1
    : 0;
}

/**
 * The complement of isPlain as a character class, for scanning: built from the
 * table so that the two cannot disagree.
 */
const NOT_PLAIN = (() => {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  let ranges = "";
  for (let c = 0; c < 0x300; c++) {
    if (PLAIN_BELOW_300[c] !== 1) continue;
    const from = c;
    while (c + 1 < 0x300 && PLAIN_BELOW_300[c + 1] === 1) c++;
    ranges += `${hex(from)}-${hex(c)}`;
  }
  return new RegExp(`[^${ranges}${hex(0x1e00)}-${hex(0x1eff)}]`, "g");
})();

function isPlain(c: number): boolean {
  // Precomposed Vietnamese letters are NFC-stable.
  return c < 0x300 ? PLAIN_BELOW_300[c] === 1 : c >= 0x1e00 && c <= 0x1eff;
}

const IDENTITY_SEGMENT: MapSegments = {
  start: Int32Array.of(0),
  from: Int32Array.of(0),
  to: Int32Array.of(-1),
};

const nfcCache = new Map<number, string>();
function nfcOfUnit(c: number): string {
  let out = nfcCache.get(c);
  if (out === undefined) {
    out = String.fromCharCode(c).normalize("NFC");
    if (nfcCache.size < 4096) nfcCache.set(c, out);
  }
  return out;
}

/**
 * Normalize `input` and keep a map back to it. Never throws: lone surrogates,
 * control characters and mixed encodings become spaces or U+FFFD in the
 * normalized view, and the offsets of the original stay exact.
 */
export function normalizeText(input: string): NormalizedText {
  const n = input.length;
  const html = looksLikeHtml(input);
  // Allocated at the first real change: most inputs need none, or only a few.
  let out: OffsetMapBuilder | null = null;
  let changed = false;
  let runStart = 0;
  let i = 0;
  while (i < n) {
    // Runs of plain units are skipped by the native scan of a character class, several
    // times faster than reading them one by one.
    NOT_PLAIN.lastIndex = i;
    if (!NOT_PLAIN.test(input)) break;
    i = NOT_PLAIN.lastIndex - 1;
    const c = input.charCodeAt(i);
    // A combining mark belongs to the cluster of the plain letter before it; an "&" or
    // "<" kept as it is (no entity, no tag) never took one into a cluster.
    if (i > runStart && isCombining(c) && isPlain(input.charCodeAt(i - 1))) i--;
    changed = true;
    const at = i;
    const first = input.charCodeAt(at);
    const next = at + 1 < n ? input.charCodeAt(at + 1) : 0;
    let end = at + 1;
    let text: string;
    if (first === 0x26) {
      const ent = entityAt(input, at);
      if (ent) {
        end = ent.end;
        text =
          ent.text.length === 1 ? (replacementOf(ent.text.charCodeAt(0)) ?? ent.text) : ent.text;
      } else text = "&";
    } else if (first === 0x3c && html) {
      const tag = tagAt(input, at);
      if (tag) {
        end = tag.end;
        text = tag.text;
      } else text = "<";
    } else if (first === 0x0d) {
      if (next === 0x0a) end = at + 2;
      text = "\n";
    } else if (first >= 0xd800 && first <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      end = at + 2;
      text = input.slice(at, end);
    } else if (first >= 0xd800 && first <= 0xdfff) {
      text = "\uFFFD";
    } else if (isCombining(next) || isCombining(first)) {
      while (end < n && isCombining(input.charCodeAt(end))) end++;
      text = input.slice(at, end).normalize("NFC");
      const r = text.length === 1 ? replacementOf(text.charCodeAt(0)) : null;
      if (r !== null) text = r;
    } else {
      text = replacementOf(first) ?? nfcOfUnit(first);
    }
    i = end;
    // A unit that stays as it is ("\n", most letters outside Vietnamese) continues the run.
    if (end === at + 1 && text.length === 1 && text.charCodeAt(0) === first) continue;
    out ??= new OffsetMapBuilder();
    if (at > runStart) out.copy(input, runStart, at);
    out.replace(text, at, end);
    runStart = end;
  }
  let text = input;
  let map: OffsetMap;
  if (out === null) {
    // Some units were looked at but all kept: not the identity map, as before.
    map = changed ? new OffsetMap(n, n, IDENTITY_SEGMENT) : new OffsetMap(n, n, null);
  } else {
    if (n > runStart) out.copy(input, runStart, n);
    ({ text, map } = out.finish(n));
  }
  text = fixTonePlacement(text);
  return new Normalized(input, text, lowerSameLength(text), map);
}
