/**
 * Tone placement of official usage. In an open syllable whose nucleus is "oa",
 * "oe" or "uy", the old style puts the tone on the second vowel ("hoà", "Uỷ",
 * "thuỷ"); official usage, and this library, put it on the first ("hòa", "Ủy",
 * "thủy"). Syllables with a final consonant ("hoàn"), with "qu" ("quý") or with a
 * third vowel ("khuya") are left alone. The rewrite never changes the length.
 */
import { isWordCodePoint } from "./classes.js";

// Every article has candidate pairs ("hoạt", "toàn"), so a regex over the whole text
// cost more than the rest of normalization: the scan below looks at each code unit
// once and only reads the neighbourhood of an o/u followed by a toned a/e/y.
const TABLE_LIMIT = 0x1f00;
/** The toned a/e/y: its plain letter (0 when the unit is not one). */
const SECOND_PLAIN = new Uint16Array(TABLE_LIMIT);
/** Its tone, 0–4: grave, acute, hook, tilde, dot. */
const SECOND_TONE = new Uint8Array(TABLE_LIMIT);
for (const [plain, toned] of [
  ["a", "àáảãạ"],
  ["A", "ÀÁẢÃẠ"],
  ["e", "èéẻẽẹ"],
  ["E", "ÈÉẺẼẸ"],
  ["y", "ỳýỷỹỵ"],
  ["Y", "ỲÝỶỸỴ"],
] as const) {
  for (let t = 0; t < 5; t++) {
    SECOND_PLAIN[toned.charCodeAt(t)] = plain.charCodeAt(0);
    SECOND_TONE[toned.charCodeAt(t)] = t;
  }
}
const FIRST_TONED: Record<number, string> = {
  0x6f: "òóỏõọ",
  0x4f: "ÒÓỎÕỌ",
  0x75: "ùúủũụ",
  0x55: "ÙÚỦŨỤ",
};

/** The initial consonants an old-style syllable may start with. */
const INITIAL = new Set(Array.from("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX", (ch) => ch.charCodeAt(0)));

/** Code point ending just before `at`, or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const lo = text.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) {
    const hi = text.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** Rewritten code unit pair at `s` (the o/u) and `s + 1`, or null when it stays. */
function rewriteAt(text: string, s: number): string | null {
  const first = text.charCodeAt(s);
  const second = text.charCodeAt(s + 1);
  const plain = SECOND_PLAIN[second]!;
  const isU = first === 0x75 || first === 0x55;
  const isY = plain === 0x79 || plain === 0x59;
  // "ua", "ue" are not the oa/oe/uy nuclei; "oy" is not a nucleus at all.
  if (isU !== isY) return null;
  // The syllable ends at the toned vowel ("hoàn" has a final consonant).
  const after = text.codePointAt(s + 2);
  if (after !== undefined && isWordCodePoint(after)) return null;
  // At most three initial consonants, and nothing word-like before them.
  let start = s;
  while (start > 0 && s - start < 4 && INITIAL.has(text.charCodeAt(start - 1))) start--;
  if (s - start > 3) return null;
  const before = codePointBefore(text, start);
  if (before >= 0 && isWordCodePoint(before)) return null;
  return FIRST_TONED[first]![SECOND_TONE[second]!]! + String.fromCharCode(plain);
}

export function fixTonePlacement(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  const n = text.length;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0 || c >= TABLE_LIMIT || SECOND_PLAIN[c] === 0) continue;
    const p = text.charCodeAt(i - 1);
    if (p !== 0x6f && p !== 0x4f && p !== 0x75 && p !== 0x55) continue;
    const pair = rewriteAt(text, i - 1);
    if (pair === null) continue;
    out ??= [];
    out.push(text.slice(from, i - 1), pair);
    from = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join("");
}
