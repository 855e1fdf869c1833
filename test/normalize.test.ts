import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, normalizeText, tokenize } from "../src/index.js";
import { fixTonePlacement } from "../src/normalize/index.js";

describe("tone placement", () => {
  it("moves old-style tones to the official placement", () => {
    expect(fixTonePlacement("Uỷ ban MTTQ tỉnh Khánh Hoà")).toBe("Ủy ban MTTQ tỉnh Khánh Hòa");
    expect(fixTonePlacement("công trình thuỷ lợi, sức khoẻ, Thuỵ Anh")).toBe(
      "công trình thủy lợi, sức khỏe, Thụy Anh",
    );
  });
  it("leaves syllables that are not oa/oe/uy open syllables alone", () => {
    for (const w of ["quý", "Quý", "hoàn", "khuya", "hoạt", "quà", "thuở", "tuyển", "Huế"]) {
      expect(fixTonePlacement(w)).toBe(w);
    }
  });
});

describe("normalizeText", () => {
  it("composes NFD input and keeps offsets into the original", () => {
    const input = "Ủy ban MTTQ tỉnh Lào Cai".normalize("NFD");
    const n = normalizeText(input);
    expect(n.text).toBe("Ủy ban MTTQ tỉnh Lào Cai");
    const at = n.text.indexOf("Lào Cai");
    const o = n.map.toOriginal(at, at + "Lào Cai".length);
    expect(input.slice(o.start, o.end).normalize("NFC")).toBe("Lào Cai");
  });

  it("folds NBSP, zero-width spaces, CRLF, dashes and quotes; decodes entities", () => {
    const n = normalizeText("Bà Rịa\u00a0–\u00a0Vũng Tàu\r\n“Dân vận khéo”&nbsp;&amp;\u200b A");
    expect(n.text).toBe('Bà Rịa - Vũng Tàu\n"Dân vận khéo" & A');
  });

  it("drops HTML tags and script content of a web page", () => {
    const n = normalizeText(
      "<html><body><p>Sáng 14/7,</p><script>var a='Lào Cai';</script><p>tại Lai Châu</p></body></html>",
    );
    expect(n.text.replace(/\s+/g, " ").trim()).toBe("Sáng 14/7, tại Lai Châu");
  });

  it("keeps the three views the same length", () => {
    const n = normalizeText("ĐỒNG CHÍ Giàng Seo Vần İ");
    expect(n.lower.length).toBe(n.text.length);
    expect(n.fold.length).toBe(n.text.length);
    expect(n.fold).toContain("dong chi giang seo van");
  });

  it("never throws on lone surrogates or control characters", () => {
    const n = normalizeText("a\ud800b\u0001c\udc00");
    expect(n.text.length).toBeGreaterThan(0);
  });

  const vietnamese = fc.constantFrom(
    "Lào Cai",
    "Uỷ ban",
    "hoà",
    "Đồng chí",
    "thuỷ",
    "&amp;",
    "&nbsp;",
    "\r\n",
    "\u00a0",
    "–",
    "“",
    "<p>",
    "</div>",
    "😀",
    "\ud800",
    "\udc00",
    "\u0301",
    "\u0323",
    "e\u0302\u0301",
    "TP.HCM",
    " ",
    ".",
  );
  const piece = fc.oneof(
    vietnamese,
    fc.string({ maxLength: 4 }),
    fc.string({ unit: "binary", maxLength: 3 }),
  );

  it("maps every normalized range back inside the original, in order (property)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const input = parts.join("");
        const n = normalizeText(input);
        let prevStart = 0;
        for (let i = 0; i < n.text.length; i++) {
          const o = n.map.toOriginal(i, i + 1);
          if (o.start < prevStart || o.start >= o.end || o.end > input.length) return false;
          // A range never starts or ends inside a surrogate pair.
          const hi = (k: number) =>
            k > 0 &&
            k < input.length &&
            /[\ud800-\udbff]/.test(input[k - 1]!) &&
            /[\udc00-\udfff]/.test(input[k]!);
          if (hi(o.start) || hi(o.end)) return false;
          prevStart = o.start;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("gives tokens whose original slice normalizes back to the token (property)", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const input = parts.join("");
        for (const t of tokenize(input)) {
          if (input.slice(t.start, t.end) !== t.text) return false;
          // Tone placement depends on the neighbours, so compare diacritic-folded forms; a
          // mark that composes with nothing stays with its base, so the slice may hold more.
          if (/[&<]/.test(t.text)) continue;
          if (!foldDiacritics(normalizeText(t.text).text).includes(foldDiacritics(t.normalized)))
            return false;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it("is NFC like the unorm reference on Vietnamese text (differential)", async () => {
    const unorm = (await import("unorm")).default as { nfc(s: string): string };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Lào Cai", "Ủy ban", "Nguyễn", "Đắk Lắk", " ", ","), {
          maxLength: 10,
        }),
        (parts) => {
          const input = parts.join("").normalize("NFD");
          return normalizeText(input).text === unorm.nfc(input);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("foldDiacritics", () => {
  it("removes diacritics and lower-cases", () => {
    expect(foldDiacritics("Lào Cai")).toBe("lao cai");
    expect(foldDiacritics("Đắk Lắk")).toBe("dak lak");
    expect(foldDiacritics("Ủy ban".normalize("NFD"))).toBe("uy ban");
  });
});
