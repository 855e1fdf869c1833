/**
 * Builds dictionaries/provinces.json, districts.json and communes.json from the
 * administrative-unit reference data kept outside the repository
 * (../shared/reference/admin-units, see its README for provenance).
 *
 *   npx tsx scripts/build-admin-dictionaries.ts [REFERENCE_DIR]
 *
 * The output is deterministic (sorted by code) so a rebuild only shows real
 * changes in a diff. Every name goes through the library's own tone-placement
 * fix because the upstream data mixes "Hoà"/"Hòa" and "Thuỷ"/"Thủy".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CommuneEntry,
  communesFileSchema,
  type DistrictEntry,
  districtsFileSchema,
  type ProvinceAfter2025,
  type ProvinceBefore2025,
  provincesFileSchema,
} from "../src/gazetteer/schema.js";
import { fixTonePlacement } from "../src/normalize/tone.js";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const referenceDir = resolve(
  process.argv[2] ?? join(repo, "..", "shared", "reference", "admin-units"),
);
const outDir = join(repo, "dictionaries");

// ---------------------------------------------------------------------------
// Shapes of the reference files (only the fields used here).

interface RefProvince2024 {
  code: string;
  name: string;
  type: "tỉnh" | "thành phố trung ương";
  region: string;
  mergedInto2025: string;
}
interface RefProvince2025 {
  code: string;
  name: string;
  type: "tỉnh" | "thành phố trung ương";
  formerProvinces: { code: string; name: string }[];
}
interface RefDistrict {
  code: string;
  name: string;
  fullName: string;
  type: "quận" | "huyện" | "thị xã" | "thành phố";
  provinceCode: string;
  formerNames2023: string[];
}
interface RefAbolishedDistrict {
  code: string;
  fullName: string;
  type: "quận" | "huyện" | "thị xã" | "thành phố";
  provinceCode: string;
}
interface RefCommune {
  code: string;
  name: string;
  fullName: string;
  type: "xã" | "phường" | "đặc khu";
  provinceCode: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(referenceDir, file), "utf8")) as T;
}

/** NFC, official tone placement, single spaces. */
function clean(name: string): string {
  return fixTonePlacement(name.normalize("NFC")).replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------
// Written variants of province names met in the press. Only forms a
// diacritic- and case-folding matcher would not find on its own: different
// letters, spacing, dashes, abbreviations, or the city prefix fused into an
// abbreviation ("TP.HCM"), which a tokenizer keeps as one token.

const PROVINCE_ALIASES: Record<string, string[]> = {
  "Hồ Chí Minh": [
    "TP.HCM",
    "TPHCM",
    "TP HCM",
    "TP. HCM",
    "TP. Hồ Chí Minh",
    "TP.Hồ Chí Minh",
    "Sài Gòn",
  ],
  "Bà Rịa - Vũng Tàu": ["Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa Vũng Tàu", "BR-VT", "BRVT"],
  "Thừa Thiên Huế": ["Huế", "Thừa Thiên - Huế", "Thừa Thiên – Huế", "Thừa Thiên-Huế", "TT-Huế"],
  "Đắk Lắk": ["Đắc Lắc", "Daklak"],
  "Đắk Nông": ["Đắc Nông", "Daknong"],
  "Kon Tum": ["Kontum"],
  "Bắc Kạn": ["Bắc Cạn"],
};

/** After the reform "Huế" is the name; the old province name is what old text still says. */
const PROVINCE_ALIASES_2025: Record<string, string[]> = {
  Huế: ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên – Huế", "Thừa Thiên-Huế", "TT-Huế"],
};

function aliasesOf(name: string, table: Record<string, string[]>): string[] {
  return [...(table[name] ?? [])];
}

function provinceType(t: RefProvince2024["type"]): "tỉnh" | "thành phố" {
  return t === "tỉnh" ? "tỉnh" : "thành phố";
}

// ---------------------------------------------------------------------------

function buildProvinces(): { before2025: ProvinceBefore2025[]; after2025: ProvinceAfter2025[] } {
  const p2024 = readJson<RefProvince2024[]>("provinces-2024.json");
  const p2025 = readJson<RefProvince2025[]>("provinces-2025.json");

  const before2025 = p2024.map((p): ProvinceBefore2025 => {
    // The reference is the state of 01/03/2025, when code 46 had just become
    // "Thành phố Huế". Pre-reform news (the era this list serves) says
    // "tỉnh Thừa Thiên Huế", so that is the name and type kept here.
    const isHue = p.code === "46";
    const name = isHue ? "Thừa Thiên Huế" : clean(p.name);
    return {
      code: p.code,
      name,
      type: isHue ? "tỉnh" : provinceType(p.type),
      aliases: aliasesOf(name, PROVINCE_ALIASES),
      region: clean(p.region),
      current: p.mergedInto2025,
    };
  });

  const after2025 = p2025.map((p): ProvinceAfter2025 => {
    const name = clean(p.name);
    return {
      code: p.code,
      name,
      type: provinceType(p.type),
      aliases: aliasesOf(name, { ...PROVINCE_ALIASES, ...PROVINCE_ALIASES_2025 }),
      former: p.formerProvinces.map((f) => f.code).sort(),
    };
  });

  before2025.sort((a, b) => a.code.localeCompare(b.code));
  after2025.sort((a, b) => a.code.localeCompare(b.code));
  return { before2025, after2025 };
}

const TYPE_WORDS = ["Thành phố", "Thị xã", "Quận", "Huyện", "Phường", "Xã", "Đặc khu", "Thị trấn"];

/** "Huyện Yên Dũng" → "Yên Dũng". */
function stripTypeWord(fullName: string): string {
  const n = clean(fullName);
  for (const w of TYPE_WORDS) {
    if (n.startsWith(`${w} `)) return n.slice(w.length + 1);
  }
  return n;
}

/**
 * A name that is only a number, or starts with one ("1", "2 Bảo Lộc"), is not a
 * name without its type word: nobody writes "1" for "Quận 1". Such units keep
 * the type word in `name` ("Quận 1", "Phường 2 Bảo Lộc").
 */
function displayName(bare: string, fullName: string): string {
  return /^\d/.test(bare) ? clean(fullName) : bare;
}

const DISTRICT_NOTES =
  "District-level units as of 01/03/2025 (696) plus 11 abolished between April 2023 and " +
  "March 2025 (abolished: true). `name` is the name without its type word ('Huyện Bát Xát' → " +
  "'Bát Xát'), except numbered urban districts of Hồ Chí Minh City, whose name keeps it " +
  "('Quận 1', type 'quận'), because the number alone is never written as a name. " +
  "`formerNames` lists earlier names (same code) that differ from the current one, from the " +
  "April 2023 data; a type change alone ('Huyện Việt Yên' → 'Thị xã Việt Yên') is not listed, " +
  "and the former 'Thành phố Huế' (now Quận Thuận Hóa, code 474) is left out on purpose: " +
  "'thành phố Huế' in text is the province-level city. `province` is the pre-2025 province code. " +
  "District-level units no longer exist from 01/07/2025.";

function buildDistricts(): { notes: string; entries: DistrictEntry[] } {
  const current = readJson<RefDistrict[]>("districts-2024.json");
  const abolished = readJson<RefAbolishedDistrict[]>("districts-abolished-2023-2025.json");
  const entries: DistrictEntry[] = [];

  for (const d of current) {
    const name = displayName(clean(d.name), d.fullName);
    const formerNames = d.formerNames2023
      .filter((f) => !(d.code === "474" && clean(f) === "Thành phố Huế"))
      .map(stripTypeWord)
      .filter((f) => f !== name);
    entries.push({
      code: d.code,
      name,
      type: d.type,
      province: d.provinceCode,
      ...(formerNames.length > 0 ? { formerNames: [...new Set(formerNames)] } : {}),
    });
  }
  for (const d of abolished) {
    entries.push({
      code: d.code,
      name: displayName(stripTypeWord(d.fullName), d.fullName),
      type: d.type,
      province: d.provinceCode,
      abolished: true,
    });
  }
  entries.sort((a, b) => a.code.localeCompare(b.code));
  return { notes: DISTRICT_NOTES, entries };
}

function buildCommunes(): CommuneEntry[] {
  const communes = readJson<RefCommune[]>("communes-2025.json");
  return communes
    .map(
      (c): CommuneEntry => ({
        code: c.code,
        name: displayName(clean(c.name), c.fullName),
        type: c.type,
        province: c.provinceCode,
      }),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------------------
// Output: one entry per line keeps the large files readable and diffs small.

function writeDictionary(
  file: string,
  head: Record<string, unknown>,
  lists: Record<string, unknown[]>,
): void {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(head))
    parts.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  for (const [k, list] of Object.entries(lists)) {
    const body = list.map((e) => `    ${JSON.stringify(e)}`).join(",\n");
    parts.push(`  ${JSON.stringify(k)}: [\n${body}\n  ]`);
  }
  writeFileSync(join(outDir, file), `{\n${parts.join(",\n")}\n}\n`, "utf8");
}

function main(): void {
  const provinces = buildProvinces();
  const districts = buildDistricts();
  const communes = buildCommunes();

  // Validate before writing so a bad reference file never lands in the repo.
  provincesFileSchema.parse({ version: 1, ...provinces });
  districtsFileSchema.parse({ version: 1, notes: districts.notes, entries: districts.entries });
  communesFileSchema.parse({ version: 1, entries: communes });

  writeDictionary("provinces.json", { version: 1 }, provinces);
  writeDictionary(
    "districts.json",
    { version: 1, notes: districts.notes },
    { entries: districts.entries },
  );
  writeDictionary("communes.json", { version: 1 }, { entries: communes });

  console.log(
    `provinces: ${provinces.before2025.length} before 2025, ${provinces.after2025.length} after; ` +
      `districts: ${districts.entries.length}; communes: ${communes.length}`,
  );
}

main();
