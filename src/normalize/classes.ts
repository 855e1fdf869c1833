/**
 * Unicode classes of code points, cached: normalization asks about the same few
 * letters over and over, and a regex test per question was most of its cost.
 */

const WORD = /[\p{L}\p{M}\p{N}]/u;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
/** Filled on first sight, so that importing the library stays cheap. */
const BMP_WORD = new Uint8Array(0x10000);

/** Letter, mark or number (what `[\p{L}\p{M}\p{N}]` matches), for any code point. */
export function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD.test(String.fromCodePoint(cp));
  const known = BMP_WORD[cp]!;
  if (known !== UNKNOWN) return known === YES;
  const yes = WORD.test(String.fromCharCode(cp));
  BMP_WORD[cp] = yes ? YES : NO;
  return yes;
}
