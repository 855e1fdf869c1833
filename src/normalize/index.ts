import { entityAt, looksLikeHtml, tagAt } from "./html.js";
import { foldSameLength, lowerSameLength } from "./fold.js";
import { OffsetMap, OffsetMapBuilder } from "./offsets.js";
import { fixTonePlacement } from "./tone.js";

export { foldDiacritics } from "./fold.js";
export { fixTonePlacement } from "./tone.js";
export { OffsetMap } from "./offsets.js";

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

/** Code units that may need work; everything else is copied in runs. */
function isPlain(c: number): boolean {
  if (c < 0x80) return c >= 0x20 && c !== 0x26 && c !== 0x3c && c !== 0x60 && c !== 0x7f;
  if (c < 0x300) return c !== 0xa0 && c !== 0xad && c !== 0xab && c !== 0xbb && c !== 0xb4 && c > 0x9f;
  // Precomposed Vietnamese letters are NFC-stable.
  return c >= 0x1e00 && c <= 0x1eff;
}

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
  const out = new OffsetMapBuilder(n + 16);
  let changed = false;
  let runStart = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > runStart) out.copy(input, runStart, to);
  };
  while (i < n) {
    const c = input.charCodeAt(i);
    // Combining marks after a base letter: the whole cluster is re-composed.
    const next = i + 1 < n ? input.charCodeAt(i + 1) : 0;
    if (isPlain(c) && !isCombining(next)) {
      i++;
      continue;
    }
    flush(i);
    changed = true;
    let end = i + 1;
    let text: string;
    if (c === 0x26) {
      const ent = entityAt(input, i);
      if (ent) {
        end = ent.end;
        text = ent.text.length === 1 ? (replacementOf(ent.text.charCodeAt(0)) ?? ent.text) : ent.text;
      } else text = "&";
    } else if (c === 0x3c && html) {
      const tag = tagAt(input, i);
      if (tag) {
        end = tag.end;
        text = tag.text;
      } else text = "<";
    } else if (c === 0x0d) {
      if (next === 0x0a) end = i + 2;
      text = "\n";
    } else if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      end = i + 2;
      text = input.slice(i, end);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      text = "\uFFFD";
    } else if (isCombining(next) || isCombining(c)) {
      while (end < n && isCombining(input.charCodeAt(end))) end++;
      text = input.slice(i, end).normalize("NFC");
      const r = text.length === 1 ? replacementOf(text.charCodeAt(0)) : null;
      if (r !== null) text = r;
    } else {
      text = replacementOf(c) ?? nfcOfUnit(c);
    }
    out.replace(text, i, end);
    i = end;
    runStart = end;
  }
  let text: string;
  let map: OffsetMap;
  if (!changed) {
    text = input;
    map = new OffsetMap(n, null, null);
  } else {
    flush(n);
    ({ text, map } = out.finish(n));
  }
  text = fixTonePlacement(text);
  return { original: input, text, lower: lowerSameLength(text), fold: foldSameLength(text), map };
}
