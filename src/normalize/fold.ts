/**
 * Diacritic folding and lower-casing that keep the length of the string, so a
 * folded text can be indexed with the offsets of the normalized one.
 */

// Lookup table for the Latin ranges that hold Vietnamese letters; built at first use,
// since the hot path has its own table and building this one costs a few ms at import.
const FOLD_LIMIT = 0x1f00;
let foldTable: Uint16Array | undefined;
function latinFoldTable(): Uint16Array {
  if (foldTable) return foldTable;
  const table = new Uint16Array(FOLD_LIMIT);
  for (let c = 0; c < FOLD_LIMIT; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    let base = lower.length === 1 ? lower : ch;
    const nfd = base.normalize("NFD");
    if (nfd.length > 1 && nfd.charCodeAt(0) < 0x80) base = nfd[0]!;
    table[c] = base.length === 1 ? base.charCodeAt(0) : c;
  }
  table[0x0111] = 0x64; // đ
  table[0x0110] = 0x64; // Đ
  // Combining marks fold to nothing visible; keep the length with a space-like joiner.
  for (let c = 0x300; c < 0x370; c++) table[c] = 0x2060;
  foldTable = table;
  return table;
}

/** "Lào Cai" → "lao cai", "Đ" → "d": for diacritic-insensitive lookups. */
export function foldDiacritics(text: string): string {
  const table = latinFoldTable();
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < FOLD_LIMIT) {
      const f = table[c]!;
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

const UNKNOWN = 0;
const UNSAFE = 0xffff;
/**
 * For each BMP code unit: 1 + what `foldNative` turns it into wherever it stands,
 * or UNSAFE when that depends on its neighbours or changes the length (combining
 * marks, surrogates, final sigma, "İ", Hangul). Filled on first sight, so that
 * importing stays cheap.
 */
const FOLD_UNIT = new Uint16Array(0x10000);

// A module constant, not a literal at the use: the bundler rewrites a literal with a
// Unicode property escape into `new RegExp(…)`, compiled again at every call.
const MARK = /\p{M}/u;

function foldUnitOf(c: number): number {
  let v = UNSAFE;
  // Σ lower-cases by context (final sigma), a surrogate is half a code point, and
  // U+FFFE/U+FFFF are left to the slow path so that 1 + any result fits 16 bits.
  if (c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) && c < 0xfffe) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) {
      const f = lower.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
      // A mark left over could be reordered against its neighbours by NFD.
      if (f.length === 1 && !MARK.test(f) && f.charCodeAt(0) < 0xfffe) v = f.charCodeAt(0) + 1;
    }
  }
  FOLD_UNIT[c] = v;
  return v;
}

/**
 * The folded form of one code unit, as foldSameLength gives it for a text of plain
 * units; a unit that depends on its neighbours (a combining mark, a surrogate) gets
 * the per-unit table's answer. For readers that fold a few characters in place
 * instead of folding a whole text.
 */
export function foldedUnit(c: number): number {
  let v = FOLD_UNIT[c]!;
  if (v === UNKNOWN) v = foldUnitOf(c);
  if (v !== UNSAFE) return v - 1;
  return c < FOLD_LIMIT ? latinFoldTable()[c]! : c;
}

const decoder = new TextDecoder("utf-16le", { ignoreBOM: true });
/** Reused output buffer; a huge input gets its own so that the memory is given back. */
const SCRATCH_KEEP = 1 << 20;
let scratch = new Uint16Array(4096);

function outputBuffer(n: number): Uint16Array {
  if (scratch.length >= n) return scratch;
  const buf = new Uint16Array(Math.max(n, scratch.length * 2));
  if (buf.length <= SCRATCH_KEEP) scratch = buf;
  return buf;
}

/** Same as foldDiacritics but never changes the length (combining marks become U+2060). */
export function foldSameLength(text: string): string {
  // Lower-casing, NFD and mark removal of a whole string are, for the code units the
  // table knows, the concatenation of what each unit becomes: one table lookup per
  // unit instead of three passes that each build a string.
  const n = text.length;
  const buf = outputBuffer(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let v = FOLD_UNIT[c]!;
    if (v === UNKNOWN) v = foldUnitOf(c);
    if (v === UNSAFE) return foldNative(text);
    buf[i] = v - 1;
  }
  // A syllable or a short name: concatenated, since a decoder call costs more than the
  // copy (and strings this short are made flat).
  if (n <= 12) {
    let out = "";
    for (let i = 0; i < n; i++) out += String.fromCharCode(buf[i]!);
    return out;
  }
  return decoder.decode(buf.subarray(0, n));
}

function foldNative(text: string): string {
  // Fast path through native NFD: each precomposed letter is one base letter plus marks.
  const fast = text.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/đ/g, "d");
  if (fast.length === text.length) return fast;
  return foldByTable(text);
}

function foldByTable(text: string): string {
  const table = latinFoldTable();
  const codes = new Array<number>(text.length);
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < FOLD_LIMIT ? table[c]! : c;
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
