import { describe, expect, it } from "vitest";
import { prepare } from "../src/extractor.js";
import { tokenize } from "../src/index.js";
import { tokenizeNormalized } from "../src/tokenize/index.js";
import { hasSharedCorpus, SKIP_SHARED, sharedGold } from "./helpers/shared.js";

const kinds = (s: string) => tokenize(s).map((t) => `${t.text}:${t.kind}`);

describe("tokenize", () => {
  it("keeps numbers, dates, document numbers and abbreviations whole", () => {
    expect(kinds("hơn 3,7 tỷ đồng và 127.600 suất quà")).toEqual([
      "hơn:word",
      "3,7:number",
      "tỷ:word",
      "đồng:word",
      "và:word",
      "127.600:number",
      "suất:word",
      "quà:word",
    ]);
    expect(kinds("theo Chỉ thị số 18-CT/TW ngày 9/4/2022")).toContain("18-CT/TW:docnum");
    expect(kinds("theo Chỉ thị số 18-CT/TW ngày 9/4/2022")).toContain("9/4/2022:date");
    expect(kinds("Nghị quyết số 24/2021/QH15")).toContain("24/2021/QH15:docnum");
    expect(kinds("giai đoạn 2023-2025")).toContain("2023-2025:range");
    expect(kinds("PGS.TS. Nguyễn Văn A, TP.HCM")).toEqual([
      "PGS.TS.:abbr",
      "Nguyễn:word",
      "Văn:word",
      "A:word",
      ",:punct",
      "TP.HCM:abbr",
    ]);
    expect(kinds("Sở LĐTB&XH và Sở VH-TT&DL")).toEqual([
      "Sở:word",
      "LĐTB&XH:abbr",
      "và:word",
      "Sở:word",
      "VH-TT&DL:abbr",
    ]);
    expect(kinds("người H'Mông")).toContain("H'Mông:word");
  });

  it("reports offsets into the original input", () => {
    const input = "Ủy ban MTTQ&nbsp;tỉnh\r\nLào Cai".normalize("NFD");
    for (const t of tokenize(input)) expect(input.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("sentences", () => {
  const sentences = (s: string) => {
    const doc = prepare(s, true);
    return doc.sentences.map((x) => doc.norm.text.slice(x.start, x.end));
  };
  it("does not split at TP. or PGS.TS. or inside numbers", () => {
    expect(
      sentences(
        "Đoàn công tác đến TP. Hồ Chí Minh. PGS.TS. Lê Văn A phát biểu, hơn 3.700 người dự.",
      ),
    ).toEqual([
      "Đoàn công tác đến TP. Hồ Chí Minh.",
      "PGS.TS. Lê Văn A phát biểu, hơn 3.700 người dự.",
    ]);
  });
  it("keeps an abbreviation at the end of a sentence whole", () => {
    expect(sentences("Hội nghị diễn ra tại TP.HCM. Sau đó, đoàn về Cần Thơ.")).toEqual([
      "Hội nghị diễn ra tại TP.HCM.",
      "Sau đó, đoàn về Cần Thơ.",
    ]);
  });
  it("ends a sentence at a line break (headlines have no dot)", () => {
    expect(sentences("Ký kết chương trình phối hợp\nNgày 13/10, hai bên ký kết.")).toHaveLength(2);
  });
});

describe("boilerplate", () => {
  it("skips counters, image names and trailing listings", () => {
    const doc = prepare(
      "Tiêu đề bài\nLượt xem: 34\nNội dung chính.\n2929.jpg\nTin cùng chuyên mục\nTin khác về Hà Nội",
      true,
    );
    const words = doc.tokens.map((t) => t.text);
    expect(words).toContain("Nội");
    expect(words).not.toContain("34");
    expect(words).not.toContain("2929.jpg");
    expect(words).not.toContain("Hà");
  });

  it("steps over skipped ranges and reads soft line breaks as spaces, with offsets unchanged", () => {
    const text = "Mở đầu\nLượt xem: 34\nỦy ban nhân dân\ntỉnh Lào Cai họp.";
    const skip = [{ start: text.indexOf("Lượt"), end: text.indexOf("\nỦy") }];
    const soft = [text.indexOf("\ntỉnh")];
    const toks = tokenizeNormalized(text, text.toLowerCase(), text.toLowerCase(), skip, soft);
    expect(toks.map((t) => t.text)).toEqual([
      "Mở",
      "đầu",
      "Ủy",
      "ban",
      "nhân",
      "dân",
      "tỉnh",
      "Lào",
      "Cai",
      "họp",
      ".",
    ]);
    const at = (w: string) => toks.find((t) => t.text === w)!;
    // A line starts after the skipped line; the wrapped line goes on without one.
    expect(at("Ủy").lineStart).toBe(true);
    expect(at("tỉnh").lineStart).toBe(false);
    expect(text.slice(at("Lào").start, at("Lào").end)).toBe("Lào");
  });
});

describe.skipIf(!hasSharedCorpus)("tokenizer on the seed articles", () => {
  if (!hasSharedCorpus) console.warn(SKIP_SHARED);
  for (const gold of sharedGold("seeds")) {
    it(`tokenizes ${gold.id} with exact offsets and keeps document numbers whole`, () => {
      const toks = tokenize(gold.text);
      expect(toks.length).toBeGreaterThan(100);
      for (const t of toks) expect(gold.text.slice(t.start, t.end)).toBe(t.text);
      for (const m of gold.text.matchAll(/\d+-[A-Z]+\/[A-Z]+|\d+\/\d{4}\/[A-Z]+\d+/g)) {
        expect(toks.some((t) => t.text === m[0] && t.kind === "docnum")).toBe(true);
      }
    });
  }
});
