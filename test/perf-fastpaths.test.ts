/**
 * The fast paths of normalization, tokenization and the trie against the plain
 * definitions they replace: a table or a scan must give what the slow, obvious
 * code gives, on every code unit the tables hold and on random text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenTrie } from "../src/gazetteer/trie.js";
import { foldSameLength, lowerSameLength } from "../src/normalize/fold.js";
import { fixTonePlacement, normalizeText } from "../src/normalize/index.js";
import { isLetter, isUpper, isWordChar } from "../src/tokenize/chars.js";
import { tokenizeNormalized } from "../src/tokenize/index.js";

/** Old-style tone placement as one regex: the definition the scan in tone.ts follows. */
function fixToneByRegex(text: string): string {
  const toned = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ";
  const plain = "aaaaaAAAAAeeeeeEEEEEyyyyyYYYYY";
  const first: Record<string, string> = { o: "òóỏõọ", O: "ÒÓỎÕỌ", u: "ùúủũụ", U: "ÙÚỦŨỤ" };
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])([bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]{0,3})([oOuU])([${toned}])(?![\\p{L}\\p{M}\\p{N}])`,
    "gu",
  );
  return text.replace(re, (whole, initial: string, o: string, second: string) => {
    const k = toned.indexOf(second);
    const p = plain[k]!;
    const isU = o === "u" || o === "U";
    if (isU !== (p === "y" || p === "Y")) return whole;
    return initial + first[o]![k % 5] + p;
  });
}

/** Folding as three native passes: what the per-unit table must reproduce. */
function foldNative(text: string): string {
  const fast = text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d");
  return fast.length === text.length ? fast : foldSameLength(text);
}

describe("tone placement scan", () => {
  const context = fc.constantFrom(
    "",
    " ",
    "a",
    "1",
    "đ",
    "q",
    "\u0301",
    "𝐀",
    "😀",
    "\ud800",
    "٣",
    ".",
  );
  const syllable = fc
    .tuple(
      context,
      fc.array(fc.constantFrom(..."bcdđghklmnprstvxBCDĐGHKLMNPRSTVXqQ"), { maxLength: 4 }),
      fc.constantFrom(..."oOuU"),
      fc.constantFrom(..."àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ"),
      context,
    )
    .map(([a, initial, o, toned, b]) => a + initial.join("") + o + toned + b);

  it("rewrites exactly what the look-around regex rewrites (property)", () => {
    fc.assert(
      fc.property(
        fc.array(syllable, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("", " ", "x"),
        (parts, sep) => {
          const s = parts.join(sep);
          return fixTonePlacement(s) === fixToneByRegex(s);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("folding table", () => {
  it("folds every BMP code unit as the native passes do", () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (foldSameLength(s) !== foldNative(s)) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it("folds mixed text as the native passes do (property)", () => {
    const unit = fc.oneof(
      fc.constantFrom(
        "Σ",
        "ΟΔΟΣ ",
        "İ",
        "한",
        "\u0301",
        "\u1dc0",
        "😀",
        "Đắk Lắk",
        "Ủy ban",
        "ǅ",
        "\ufeff",
      ),
      fc.string({ unit: "binary", maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        return foldSameLength(s) === foldNative(s) && foldSameLength(s).length === s.length;
      }),
      { numRuns: 800 },
    );
  });

  it("keeps lower-casing the same length", () => {
    expect(lowerSameLength("ĐỒNG CHÍ İ Σ")).toHaveLength("ĐỒNG CHÍ İ Σ".length);
  });
});

describe("normalization scan", () => {
  it("keeps a mark after a kept & or < apart, and terminates", () => {
    for (const input of ["&\u0301", "<\u0301", "<p>x<\u0301", "a&\u0301b", "\n\u0301"]) {
      const n = normalizeText(input);
      expect(n.text.length).toBeGreaterThan(0);
      for (let i = 0; i < n.text.length; i++) {
        const o = n.map.toOriginal(i, i + 1);
        expect(o.start).toBeLessThan(o.end);
      }
    }
  });

  it("composes a mark with the plain letter before it, inside a long unchanged run", () => {
    const input = `${"Lào Cai ".repeat(50)}Hoa\u0300 Bi\u0300nh`;
    const n = normalizeText(input);
    expect(n.text.endsWith("Hòa Bình")).toBe(true);
    const at = n.text.lastIndexOf("Bình");
    const o = n.map.toOriginal(at, at + 4);
    expect(input.slice(o.start, o.end)).toBe("Bi\u0300nh");
    const early = n.map.toOriginal(8, 11);
    expect(input.slice(early.start, early.end)).toBe("Lào");
  });

  it("gives the identity map only when no unit needed a look", () => {
    expect(normalizeText("Lào Cai").map.isIdentity).toBe(true);
    expect(normalizeText("Lào\nCai").map.isIdentity).toBe(false);
    expect(normalizeText("Lào\nCai").text).toBe("Lào\nCai");
  });
});

describe("character classes", () => {
  it("agree with the Unicode definitions on every BMP code unit", () => {
    const letter = /[\p{L}\p{M}]/u;
    const bad: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const wantLetter = !surrogate && letter.test(ch);
      const wantUpper =
        c < 0x80 ? c >= 0x41 && c <= 0x5a : ch !== ch.toLowerCase() && ch === ch.toUpperCase();
      if (isLetter(c) !== wantLetter || isUpper(c) !== wantUpper) bad.push(c);
      if (isWordChar(c) !== (wantLetter || (c >= 0x30 && c <= 0x39))) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
});

describe("token trie", () => {
  const tokens = (s: string) => {
    const n = normalizeText(s);
    return tokenizeNormalized(n.text, n.lower, n.fold);
  };
  const trie = new TokenTrie<string>();
  trie.add(["lao", "cai"], ["lào", "cai"], "LC");
  trie.add(["lao"], ["lão"], "old");

  it("answers a miss with an empty array that cannot be written to", () => {
    const miss = trie.matchAt(tokens("Hà Nội"), 0);
    expect(miss).toHaveLength(0);
    expect(() => miss.push({ first: 0, last: 1, payload: "x", exact: true, off: 0 })).toThrow();
  });

  it("reports every phrase from a token, shortest first, with exactness", () => {
    const hits = trie.matchAt(tokens("tỉnh Lào Cai"), 1);
    expect(hits.map((h) => [h.payload, h.last, h.exact])).toEqual([
      ["old", 2, false],
      ["LC", 3, true],
    ]);
    const out: typeof hits = [];
    expect(trie.matchAt(tokens("Lao Cai"), 0, out)).toBe(out);
    expect(out.map((h) => h.exact)).toEqual([false, false]);
    expect(trie.matchAt(tokens("Lào\nCai"), 0).map((h) => h.payload)).toEqual(["old"]);
  });
});
