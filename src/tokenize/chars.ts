/** Character classes on UTF-16 code units; JavaScript's \b and \w do not know Vietnamese. */

const letterCache = new Map<number, boolean>();
const LETTER = /[\p{L}\p{M}]/u;

export function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = letterCache.get(c);
  if (v === undefined) {
    v = LETTER.test(String.fromCharCode(c));
    letterCache.set(c, v);
  }
  return v;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Letters or digits: what a word is made of. */
export function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
