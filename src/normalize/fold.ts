/**
 * Diacritic folding and lower-casing that keep the length of the string, so a
 * folded text can be indexed with the offsets of the normalized one.
 */

// Lookup table for the Latin ranges that hold Vietnamese letters.
const FOLD_LIMIT = 0x1f00;
const FOLD_TABLE = new Uint16Array(FOLD_LIMIT);
for (let c = 0; c < FOLD_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  let base = lower.length === 1 ? lower : ch;
  const nfd = base.normalize("NFD");
  if (nfd.length > 1 && nfd.charCodeAt(0) < 0x80) base = nfd[0]!;
  FOLD_TABLE[c] = base.length === 1 ? base.charCodeAt(0) : c;
}
FOLD_TABLE[0x0111] = 0x64; // đ
FOLD_TABLE[0x0110] = 0x64; // Đ
// Combining marks fold to nothing visible; keep the length with a space-like joiner.
for (let c = 0x300; c < 0x370; c++) FOLD_TABLE[c] = 0x2060;

/** "Lào Cai" → "lao cai", "Đ" → "d": for diacritic-insensitive lookups. */
export function foldDiacritics(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FOLD_LIMIT) {
      const f = FOLD_TABLE[c]!;
      if (f !== c) {
        out += text.slice(from, i) + String.fromCharCode(f);
        from = i + 1;
      }
    }
  }
  if (from === 0) return text;
  return (out + text.slice(from)).replace(/\u2060/g, "");
}

const MARKS = /[\u0300-\u036f]/g;

/** Same as foldDiacritics but never changes the length (combining marks become U+2060). */
export function foldSameLength(text: string): string {
  // Fast path through native NFD: each precomposed letter is one base letter plus marks.
  const fast = text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
  if (fast.length === text.length) return fast;
  return foldByTable(text);
}

function foldByTable(text: string): string {
  const codes = new Array<number>(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < FOLD_LIMIT ? FOLD_TABLE[c]! : c;
    codes[i] = f;
    if (f !== c) changed = true;
  }
  if (!changed) return text;
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) {
    out += String.fromCharCode(...codes.slice(i, i + 8192));
  }
  return out;
}

/** Lower-case without changing the length ("İ" would otherwise grow). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
