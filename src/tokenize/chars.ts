/** Character classes on UTF-16 code units; JavaScript's \b and \w do not know Vietnamese. */

const LETTER = /[\p{L}\p{M}]/u;

const KNOWN = 1;
const IS_LETTER = 2;
const IS_DIGIT = 4;
const IS_UPPER = 8;
/** Upper-casing changes it: what `s === s.toUpperCase()` looks for. */
const CHANGES_UP = 16;

/**
 * Class bits of every BMP code unit, filled on first sight: the tokenizer asks
 * for every code unit of the text, and a regex test or a case conversion per
 * character (with its string allocation) dominated tokenization. 64 KB, filled
 * lazily so that importing the library stays cheap.
 */
const CLASS = new Uint8Array(0x10000);

function classify(c: number): number {
  let bits = KNOWN;
  if (c >= 0x30 && c <= 0x39) bits |= IS_DIGIT;
  if (letterByRange(c)) bits |= IS_LETTER;
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) bits |= IS_UPPER;
    if (c >= 0x61 && c <= 0x7a) bits |= CHANGES_UP;
  } else if (c < 0xd800 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    const up = ch.toUpperCase();
    if (ch !== ch.toLowerCase() && ch === up) bits |= IS_UPPER;
    if (ch !== up) bits |= CHANGES_UP;
  }
  CLASS[c] = bits;
  return bits;
}

function letterByRange(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(c));
}

function classOf(c: number): number {
  const bits = CLASS[c]!;
  return bits !== 0 ? bits : classify(c);
}

export function isLetter(c: number): boolean {
  return (classOf(c) & IS_LETTER) !== 0;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  return (classOf(c) & IS_UPPER) !== 0;
}

/**
 * `s === s.toUpperCase()` without building the upper-case copy: no code unit of s
 * changes when upper-cased. Surrogate pairs (letters outside the BMP) take the
 * full comparison.
 */
export function isAllCaps(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return s === s.toUpperCase();
    if ((classOf(c) & CHANGES_UP) !== 0) return false;
  }
  return true;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Letters or digits: what a word is made of. */
export function isWordChar(c: number): boolean {
  return (classOf(c) & (IS_LETTER | IS_DIGIT)) !== 0;
}
