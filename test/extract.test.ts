import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createExtractor, extract, extractionSchema, VietnerError } from "../src/index.js";

describe("extract() contract", () => {
  it("returns an empty, schema-valid result for empty or blank text", () => {
    for (const t of ["", "   \n\t "]) {
      const r = extract(t);
      expect(extractionSchema.parse(r)).toEqual(r);
      expect(r.persons).toEqual([]);
    }
  });

  it("rejects a non-string with a typed error", () => {
    for (const bad of [null, undefined, 42, { text: "x" }]) {
      try {
        extract(bad as unknown as string);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(VietnerError);
        expect((e as VietnerError).code).toBe("INVALID_INPUT");
      }
    }
  });

  it("rejects unknown or ill-typed options", () => {
    expect(() => extract("x", { foo: 1 } as never)).toThrow(VietnerError);
    expect(() => extract("x", { date: "13/10/2024" })).toThrow(/date/);
    expect(() => extract("x", { maxLength: -1 })).toThrow(VietnerError);
    expect(() => createExtractor({ context: 5 } as never)).toThrow(VietnerError);
  });

  it("rejects input over maxLength instead of cutting it", () => {
    try {
      extract("Lào Cai ".repeat(10), { maxLength: 20 });
      expect.unreachable();
    } catch (e) {
      expect((e as VietnerError).code).toBe("INPUT_TOO_LONG");
    }
  });

  it("never throws on lone surrogates and control characters", () => {
    const r = extract("Ủy ban\ud800 MTTQ\u0000 tỉnh\udc00 Lào Cai\u0007.");
    expect(extractionSchema.safeParse(r).success).toBe(true);
  });

  it("finishes adversarial input of 1 MB quickly (linear time)", () => {
    const inputs = [
      "a".repeat(1_000_000),
      "&".repeat(1_000_000),
      "<".repeat(500_000) + "p",
      "1/".repeat(500_000),
      "Ủy ban ".repeat(150_000),
      ".".repeat(1_000_000),
    ];
    for (const s of inputs) {
      const r = extract(s);
      expect(extractionSchema.safeParse(r).success).toBe(true);
    }
  });

  it("reads the headline", () => {
    const r = extract(
      "Hai tỉnh ký kết chương trình hợp tác\nNgày 13/10, tại tỉnh Lào Cai, hai bên ký kết.",
    );
    expect(r.title).toBe("Hai tỉnh ký kết chương trình hợp tác");
  });
});

describe("extract() on random text (robustness)", () => {
  // Vocabulary of the genre: every rule gets a chance to fire on odd neighbours.
  const words = [
    "Ủy ban",
    "MTTQ",
    "Việt Nam",
    "tỉnh",
    "Lào Cai",
    "và",
    "ký kết",
    "chương trình phối hợp",
    "giữa",
    "với",
    "đồng chí",
    "Nguyễn Văn",
    "An",
    ",",
    ".",
    "-",
    "(",
    ")",
    ":",
    ";",
    "Chủ tịch",
    "Bí thư",
    "Tỉnh ủy",
    "các",
    "xã",
    "Bảo Hà",
    "Sở",
    "Y tế",
    "ngày",
    "13/10",
    "giai đoạn",
    "2023 - 2025",
    "Chỉ thị số",
    "05-CT/TW",
    "của",
    "3,7 tỷ đồng",
    "Ảnh:",
    "\n",
    "đường",
    "Bảo tàng",
    "Đại tá",
    "nguyên",
    "Trưởng Ban",
    "Dân vận",
    "TP.HCM",
    "hai tỉnh",
    "gồm",
    "như",
    "bầu",
    "giữ chức",
    "Hội Nông dân",
    "Công ty",
    "Ngân hàng",
    "chi nhánh",
    "UBND",
  ];
  it("never throws, never hangs, and keeps every span on the input", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), (parts) => {
        const input = parts.join(" ");
        const r = extract(input);
        for (const m of r.mentions) if (input.slice(m.start, m.end) !== m.text) return false;
        return extractionSchema.safeParse(r).success;
      }),
      { numRuns: 300 },
    );
  });
});

describe("bylines", () => {
  const body = (n: number) =>
    Array.from(
      { length: n },
      (_, k) => `Đoạn ${k + 1}: hội nghị bàn về công tác dân vận ở cơ sở.`,
    ).join("\n");
  it("reads a name alone on the last line, and a credit anywhere", () => {
    const r = extract(`Hội nghị công tác dân vận\n${body(6)}\nẢnh: Minh Tâm\n${body(6)}\nThu Hà`);
    expect(r.persons.map((p) => p.name).sort()).toEqual(["Minh Tâm", "Thu Hà"]);
  });
  it("does not take a short capitalised line in the middle of an article for a byline", () => {
    const r = extract(`Hội nghị công tác dân vận\n${body(6)}\nKinh Tế Xanh\n${body(6)}`);
    expect(r.persons).toEqual([]);
  });
});

describe("warnings", () => {
  it("reports repaired and skipped input without changing it", () => {
    expect(extract("Ủy ban\ud800 tỉnh Lào Cai").warnings.join(" ")).toMatch(/surrogate/);
    expect(extract("Ủy ban nhân dân tỉnh Lào Cai chỉ đạo Viá»‡t Nam").warnings.join(" ")).toMatch(
      /double-encoded/,
    );
    expect(extract("Tiêu đề\nLượt xem: 34\nNội dung bài viết.").warnings.join(" ")).toMatch(
      /clutter/,
    );
    expect(extract("Ủy ban nhân dân tỉnh Lào Cai họp.").warnings).toEqual([]);
  });
});
