import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { phraseKeys } from "../src/gazetteer/lexicon.js";
import {
  abbreviationsFileSchema,
  communeEntrySchema,
  communesFileSchema,
  type DictionaryFileName,
  dictionarySchemas,
  districtEntrySchema,
  districtsFileSchema,
  honorificsFileSchema,
  nameWordsFileSchema,
  orgHeadEntrySchema,
  orgHeadsFileSchema,
  placesFileSchema,
  provinceBefore2025Schema,
  provincesFileSchema,
  surnamesFileSchema,
  titleEntrySchema,
  titlesFileSchema,
} from "../src/gazetteer/schema.js";
import { foldSameLength } from "../src/normalize/fold.js";
import { fixTonePlacement } from "../src/normalize/tone.js";

const dir = new URL("../dictionaries/", import.meta.url);

function raw(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, dir), "utf8")) as unknown;
}

const provinces = provincesFileSchema.parse(raw("provinces.json"));
const districts = districtsFileSchema.parse(raw("districts.json"));
const communes = communesFileSchema.parse(raw("communes.json"));
const places = placesFileSchema.parse(raw("places.json"));
const titles = titlesFileSchema.parse(raw("titles.json"));
const orgHeads = orgHeadsFileSchema.parse(raw("org-heads.json"));
const abbreviations = abbreviationsFileSchema.parse(raw("abbreviations.json"));
const surnames = surnamesFileSchema.parse(raw("surnames.json"));
const honorifics = honorificsFileSchema.parse(raw("honorifics.json"));
const nameWords = nameWordsFileSchema.parse(raw("name-words.json"));

/** Every string value in a parsed JSON tree. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Written forms (lower-cased) that more than one entry claims: a lookup could not tell them apart. */
function sharedForms<T>(entries: readonly T[], formsOf: (e: T) => string[]): string[] {
  const owner = new Map<string, number>();
  const shared = new Set<string>();
  entries.forEach((e, i) => {
    for (const f of new Set(formsOf(e).map((s) => s.toLowerCase()))) {
      const o = owner.get(f);
      if (o !== undefined && o !== i) shared.add(f);
      owner.set(f, i);
    }
  });
  return [...shared];
}

describe("dictionary files", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it("has a schema for every file and a file for every schema", () => {
    expect(files.sort()).toEqual(Object.keys(dictionarySchemas).sort());
  });

  it.each(Object.keys(dictionarySchemas) as DictionaryFileName[])(
    "%s parses with its schema",
    (file) => {
      const result = dictionarySchemas[file].safeParse(raw(file));
      expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
    },
  );

  it.each(files)("%s uses the official tone placement everywhere", (file) => {
    const old =
      /(?:o[àáảãạ]|o[èéẻẽẹ]|(?<![qQ])u[ỳýỷỹỵ])(?![\p{L}\p{M}])|[Uu]ỷ|[Oo]à(?![\p{L}\p{M}])/iu;
    const bad = strings(raw(file)).filter((s) => old.test(s) || fixTonePlacement(s) !== s);
    expect(bad).toEqual([]);
  });
});

describe("provinces", () => {
  const before = provinces.before2025;
  const after = provinces.after2025;
  const beforeCodes = new Set(before.map((p) => p.code));
  const afterCodes = new Set(after.map((p) => p.code));

  it("has 63 units before the reform and 34 after", () => {
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(beforeCodes.size).toBe(63);
    expect(afterCodes.size).toBe(34);
    expect(
      before
        .filter((p) => p.type === "thành phố")
        .map((p) => p.name)
        .sort(),
    ).toEqual(["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sort());
  });

  it("maps every old province to an existing new one, and back", () => {
    for (const p of before) expect(afterCodes, p.name).toContain(p.current);
    const claimed = after.flatMap((p) => p.former);
    expect(duplicates(claimed)).toEqual([]);
    expect(new Set(claimed)).toEqual(beforeCodes);
    for (const p of after) {
      for (const code of p.former)
        expect(before.find((b) => b.code === code)?.current, p.name).toBe(p.code);
    }
  });

  it("spells the merged units as the press does", () => {
    const byName = (name: string) => before.find((p) => p.name === name);
    expect(byName("Thừa Thiên Huế")?.code).toBe("46");
    expect(byName("Thừa Thiên Huế")?.aliases).toContain("Huế");
    expect(byName("Hồ Chí Minh")?.aliases).toEqual(
      expect.arrayContaining(["TP.HCM", "TPHCM", "Sài Gòn"]),
    );
    expect(byName("Bà Rịa - Vũng Tàu")?.aliases).toContain("BR-VT");
    expect(byName("Yên Bái")?.current).toBe("15");
    expect(after.find((p) => p.code === "15")?.former).toEqual(["10", "15"]);
  });

  it("keeps no alias equal to the name", () => {
    for (const p of [...before, ...after]) expect(p.aliases, p.name).not.toContain(p.name);
  });
});

describe("districts and communes", () => {
  it("has every district of 2024 plus the abolished ones, each in a pre-2025 province", () => {
    const beforeCodes = new Set(provinces.before2025.map((p) => p.code));
    expect(districts.entries.length).toBeGreaterThanOrEqual(696);
    expect(districts.entries.filter((d) => !d.abolished).length).toBe(696);
    expect(duplicates(districts.entries.map((d) => d.code))).toEqual([]);
    for (const d of districts.entries) expect(beforeCodes, d.name).toContain(d.province);
  });

  it("names numbered urban districts with their type word", () => {
    expect(districts.entries.find((d) => d.code === "760")).toMatchObject({
      name: "Quận 1",
      type: "quận",
    });
    expect(districts.entries.find((d) => d.code === "082")).toMatchObject({
      name: "Bát Xát",
      type: "huyện",
    });
  });

  it("has the 3,321 communes of 2025, each in a post-2025 province", () => {
    const afterCodes = new Set(provinces.after2025.map((p) => p.code));
    expect(communes.entries).toHaveLength(3321);
    expect(duplicates(communes.entries.map((c) => c.code))).toEqual([]);
    for (const c of communes.entries) expect(afterCodes, c.name).toContain(c.province);
    expect(communes.entries.filter((c) => c.type === "đặc khu")).toHaveLength(13);
    expect(communes.entries.find((c) => c.code === "02683")).toMatchObject({
      name: "Bát Xát",
      province: "15",
    });
  });
});

describe("hand-written dictionaries", () => {
  it("has one entry per canonical title and per organization head", () => {
    expect(duplicates(titles.entries.map((t) => t.title))).toEqual([]);
    expect(duplicates(orgHeads.entries.map((o) => o.canonical))).toEqual([]);
  });

  it("never gives the same written form to two titles or two organization heads", () => {
    expect(sharedForms(titles.entries, (t) => [t.title, ...t.variants])).toEqual([]);
    expect(sharedForms(orgHeads.entries, (o) => [o.canonical, ...o.variants])).toEqual([]);
    expect(sharedForms(places.entries, (p) => [p.name, ...p.aliases])).toEqual([]);
  });

  it("has unique keys in the flat lists", () => {
    expect(duplicates(abbreviations.entries.map((a) => a.abbr))).toEqual([]);
    expect(duplicates(surnames.entries.map((s) => s.name))).toEqual([]);
    expect(duplicates(honorifics.entries.map((h) => h.text))).toEqual([]);
    expect(duplicates(nameWords.entries.map((w) => w.words))).toEqual([]);
  });

  it("folds name-forming compounds by splitting them as the phrase tokenizer would", () => {
    // src/rules/name-words.ts folds and splits at spaces instead of tokenizing (cold start).
    for (const w of nameWords.entries)
      expect(foldSameLength(w.words.normalize("NFC")).split(" "), w.words).toEqual(
        phraseKeys(w.words).fold,
      );
  });

  it("points implied organizations at known organization heads", () => {
    const known = new Set(orgHeads.entries.map((o) => o.canonical));
    const implied = titles.entries.flatMap((t) => (t.implies ? [t.implies.organization] : []));
    expect(implied.length).toBeGreaterThan(0);
    expect(implied.filter((o) => !known.has(o))).toEqual([]);
  });

  it("places foreign provinces in a listed country", () => {
    const countries = new Set(
      places.entries.filter((p) => p.level === "country").map((p) => p.name),
    );
    const orphans = places.entries.filter(
      (p) => p.country !== undefined && !countries.has(p.country),
    );
    expect(orphans).toEqual([]);
    expect(places.entries.find((p) => p.name === "Salavan")).toMatchObject({
      level: "province",
      country: "Lào",
    });
  });

  it("covers the entries the annotation guide relies on", () => {
    const title = (t: string) => titles.entries.find((e) => e.title === t);
    expect(title("Tỉnh ủy viên")?.implies).toEqual({ title: "Ủy viên", organization: "Tỉnh ủy" });
    expect(title("Trưởng")?.absorbsHead).toBe(true);
    expect(title("Chủ tịch nước")?.standalone).toBe(true);
    expect(title("Đại biểu")?.implies).toBeUndefined();
    const org = (c: string) => orgHeads.entries.find((e) => e.canonical === c);
    expect(org("Ủy ban Mặt trận Tổ quốc Việt Nam")).toMatchObject({ kind: "front", scope: "area" });
    expect(org("Ủy ban Mặt trận Tổ quốc Việt Nam")?.variants).toContain("UBMTTQVN");
    expect(org("Tỉnh ủy")?.scope).toBe("bare-area");
    expect(org("Ban Bí thư Trung ương Đảng")?.variants).toContain("Ban Bí thư");
    expect(org("Ban Thường vụ")?.scope).toBe("unit");
    expect(org("Trường Tiểu học")?.scope).toBe("named");
    expect(abbreviations.entries.find((a) => a.abbr === "LĐTB&XH")?.expansion).toBe(
      "Lao động – Thương binh và Xã hội",
    );
  });
});

describe("schemas reject malformed entries", () => {
  it("rejects a missing field", () => {
    expect(titleEntrySchema.safeParse({ title: "Bí thư", variants: [] }).success).toBe(false);
    expect(
      districtEntrySchema.safeParse({ code: "083", name: "Bát Xát", type: "huyện" }).success,
    ).toBe(false);
  });

  it("rejects bad codes", () => {
    const commune = { code: "2821", name: "Bát Xát", type: "xã", province: "15" };
    expect(communeEntrySchema.safeParse(commune).success).toBe(false);
    expect(communeEntrySchema.safeParse({ ...commune, code: "02821" }).success).toBe(true);
    expect(
      communeEntrySchema.safeParse({ ...commune, code: "02821", province: "150" }).success,
    ).toBe(false);
    const province = {
      code: "10",
      name: "Lào Cai",
      type: "tỉnh",
      aliases: [],
      region: "Tây Bắc Bộ",
      current: "15",
    };
    expect(provinceBefore2025Schema.safeParse(province).success).toBe(true);
    expect(provinceBefore2025Schema.safeParse({ ...province, current: 15 }).success).toBe(false);
  });

  it("rejects unknown keys, unknown enum values, empty and non-NFC strings", () => {
    const org = { canonical: "Hội Nông dân", variants: ["HND"], kind: "mass", scope: "area" };
    expect(orgHeadEntrySchema.safeParse(org).success).toBe(true);
    expect(orgHeadEntrySchema.safeParse({ ...org, extra: 1 }).success).toBe(false);
    expect(orgHeadEntrySchema.safeParse({ ...org, scope: "province" }).success).toBe(false);
    expect(orgHeadEntrySchema.safeParse({ ...org, variants: [""] }).success).toBe(false);
    expect(
      orgHeadEntrySchema.safeParse({ ...org, canonical: "Hội Nông dân".normalize("NFD") }).success,
    ).toBe(false);
    expect(orgHeadEntrySchema.safeParse({ ...org, canonical: " Hội Nông dân" }).success).toBe(
      false,
    );
  });

  it("rejects contradictory title flags and a wrong file version", () => {
    const t = { title: "Tổng thống", variants: [], domain: "foreign", standalone: true };
    expect(titleEntrySchema.safeParse(t).success).toBe(true);
    expect(titleEntrySchema.safeParse({ ...t, absorbsHead: true }).success).toBe(false);
    expect(titlesFileSchema.safeParse({ version: 2, entries: [] }).success).toBe(false);
    expect(districtsFileSchema.safeParse({ version: 1, entries: [] }).success).toBe(false);
  });
});
