/**
 * Tone placement of official usage. In an open syllable whose nucleus is "oa",
 * "oe" or "uy", the old style puts the tone on the second vowel ("hoà", "Uỷ",
 * "thuỷ"); official usage, and this library, put it on the first ("hòa", "Ủy",
 * "thủy"). Syllables with a final consonant ("hoàn"), with "qu" ("quý") or with a
 * third vowel ("khuya") are left alone. The rewrite never changes the length.
 */
import { isWordCodePoint } from "./classes.js";

// Every article has candidate pairs ("hoạt", "toàn"), and one regex with look-arounds
// over the whole text cost more than the rest of normalization: candidates are found
// by a plain character-class scan and only their neighbourhood is read.
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
/** The o/u with each tone, in the same order. */
const FIRST_TONED = new Map(
  [
    ["o", "òóỏõọ"],
    ["O", "ÒÓỎÕỌ"],
    ["u", "ùúủũụ"],
    ["U", "ÙÚỦŨỤ"],
  ].map(([plain, toned]) => [plain!.charCodeAt(0), toned!]),
);

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
  // At most three initial consonants, and nothing word-like before them: "quý" stays,
  // since "q" is no initial here and is a letter.
  let start = s;
  while (start > 0 && s - start < 4 && INITIAL.has(text.charCodeAt(start - 1))) start--;
  if (s - start > 3) return null;
  const before = codePointBefore(text, start);
  if (before >= 0 && isWordCodePoint(before)) return null;
  return FIRST_TONED.get(first)![SECOND_TONE[second]!]! + String.fromCharCode(plain);
}

/** An o/u followed by a toned a/e/y: the only places a rewrite can start. */
const CANDIDATE = /[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ]/g;

export function fixTonePlacement(text: string): string {
  let out: string[] | null = null;
  let from = 0;
  CANDIDATE.lastIndex = 0;
  // The native scan of the candidate class is several times faster than reading the
  // code units one by one; a pair can never overlap the next one.
  while (CANDIDATE.test(text)) {
    const s = CANDIDATE.lastIndex - 2;
    const pair = rewriteAt(text, s);
    if (pair === null) continue;
    out ??= [];
    out.push(text.slice(from, s), pair);
    from = s + 2;
  }
  CANDIDATE.lastIndex = 0;
  if (out === null) return text;
  out.push(text.slice(from));
  return out.join("");
}
