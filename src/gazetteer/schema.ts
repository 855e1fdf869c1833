/**
 * Schemas of the JSON dictionaries in /dictionaries. The files are data written
 * by hand (or by scripts/build-admin-dictionaries.ts), so every shape is strict:
 * a misspelt key or a stray field is a mistake to report, not to ignore.
 */
import { z } from "zod";
import { organizationKindSchema } from "../schema/result.js";

/**
 * A dictionary string. Lookups compare NFC text token by token, so a string in
 * another normal form, with edge or doubled spaces, would silently never match.
 */
const text = z
  .string()
  .min(1)
  .refine((s) => s === s.normalize("NFC"), { message: "must be NFC" })
  .refine((s) => s === s.trim() && !/\s{2}/u.test(s), {
    message: "no leading, trailing or doubled white space",
  });

const texts = z.array(text);

// Official GSO codes keep their leading zeros, so they are strings of fixed width.
const provinceCode = z.string().regex(/^\d{2}$/, "province code: 2 digits");
const districtCode = z.string().regex(/^\d{3}$/, "district code: 3 digits");
const communeCode = z.string().regex(/^\d{5}$/, "commune code: 5 digits");

const version = z.literal(1);

// ---------------------------------------------------------------------------
// provinces.json — the two administrative maps either side of the 2025 reform.

const provinceType = z.enum(["tỉnh", "thành phố"]);

export const provinceBefore2025Schema = z.strictObject({
  code: provinceCode,
  name: text,
  type: provinceType,
  /** Written variants a diacritic- and case-folding lookup would not find. */
  aliases: texts,
  region: text,
  /** Code of the post-2025 province this one was merged into (or still is). */
  current: provinceCode,
});

export const provinceAfter2025Schema = z.strictObject({
  code: provinceCode,
  name: text,
  type: provinceType,
  aliases: texts,
  /** Pre-2025 province codes merged into this one; itself included when it kept its code. */
  former: z.array(provinceCode).min(1),
});

export const provincesFileSchema = z.strictObject({
  version,
  before2025: z.array(provinceBefore2025Schema),
  after2025: z.array(provinceAfter2025Schema),
});

// ---------------------------------------------------------------------------
// districts.json — pre-2025 only: the district level was abolished on 01/07/2025.

export const districtEntrySchema = z.strictObject({
  code: districtCode,
  name: text,
  type: z.enum(["huyện", "quận", "thị xã", "thành phố"]),
  /** Pre-2025 province code. */
  province: provinceCode,
  /** Gone before the reform (merged 2023-2025) but still named in older news. */
  abolished: z.literal(true).optional(),
  formerNames: z.array(text).min(1).optional(),
});

export const districtsFileSchema = z.strictObject({
  version,
  notes: text,
  entries: z.array(districtEntrySchema),
});

// ---------------------------------------------------------------------------
// communes.json — the 2025 commune level.

export const communeEntrySchema = z.strictObject({
  code: communeCode,
  name: text,
  type: z.enum(["xã", "phường", "đặc khu"]),
  /** Post-2025 province code. */
  province: provinceCode,
});

export const communesFileSchema = z.strictObject({
  version,
  entries: z.array(communeEntrySchema),
});

// ---------------------------------------------------------------------------
// places.json — everything located that is not a Vietnamese administrative unit.

export const placeEntrySchema = z.strictObject({
  name: text,
  level: z.enum(["country", "region", "province", "other"]),
  aliases: texts,
  /** For foreign provinces, cities and regions: the country they lie in, by its `name`. */
  country: text.optional(),
});

export const placesFileSchema = z.strictObject({
  version,
  entries: z.array(placeEntrySchema),
});

// ---------------------------------------------------------------------------
// titles.json — positions held by persons.

export const titleDomainSchema = z.enum([
  "party",
  "state",
  "front",
  "mass",
  "military",
  "police",
  "judicial",
  "education",
  "business",
  "diplomatic",
  "foreign",
  "generic",
]);

export const titleEntrySchema = z
  .strictObject({
    /**
     * The form reported in results. When `implies` is present it is instead the
     * compound as written ("Tỉnh ủy viên") and `implies` holds the result.
     */
    title: text,
    variants: texts,
    domain: titleDomainSchema,
    /** A complete office with no organization, even when an area or country follows ("Tỉnh trưởng tỉnh X"). */
    standalone: z.literal(true).optional(),
    /** The word carries its body: "Tỉnh ủy viên" → Ủy viên of Tỉnh ủy, completed by the area. */
    implies: z.strictObject({ title: text, organization: text }).optional(),
    /**
     * "Trưởng" / "Phó Trưởng": the head word of the organization that follows is
     * appended in lower case to make the title (Trưởng + Ban Dân vận → "Trưởng ban").
     */
    absorbsHead: z.literal(true).optional(),
    /**
     * The title ends with the organization's head word, written once for both
     * ("Chánh Văn phòng Tỉnh ủy" → title "Chánh Văn phòng", body "Văn phòng Tỉnh ủy").
     */
    orgHead: text.optional(),
  })
  .refine((t) => !(t.standalone && (t.implies || t.absorbsHead || t.orgHead)), {
    message: "a standalone title has no organization to imply, absorb or share",
  })
  .refine((t) => !(t.absorbsHead && t.orgHead), {
    message: "absorbsHead and orgHead are opposite readings",
  });

export const titlesFileSchema = z.strictObject({
  version,
  entries: z.array(titleEntrySchema),
});

// ---------------------------------------------------------------------------
// org-heads.json — the words that start an organization name, and what may follow.

export const orgScopeSchema = z.enum([
  /** Followed by an area phrase ("tỉnh Lào Cai", "TP.HCM", "xã Nghi Lộc"), a bare admin word, or "Việt Nam". */
  "area",
  /** Followed by a bare place name ("Tỉnh ủy Lào Cai") or an area phrase. */
  "bare-area",
  /** A unique national body, complete as it stands. */
  "national",
  /** A sub-unit that belongs to the organization written after it ("Ban Thường vụ Tỉnh ủy"). */
  "unit",
  /** Followed by a proper name ("Trường Tiểu học Bảo Ái"). */
  "named",
]);

export const orgHeadEntrySchema = z
  .strictObject({
    canonical: text,
    variants: texts,
    kind: organizationKindSchema,
    scope: orgScopeSchema,
    /** Bodies created or dissolved by the 2025 reorganization; lets a resolver flag anachronisms. */
    era: z.enum(["before2025", "since2025"]).optional(),
    /**
     * An area's body whose name, with no area after it, is a national body: "Cục
     * Thuế tỉnh Nghệ An" was the province's department (until 2025), while "Cục Thuế"
     * alone is the national one (the General Department's successor since 2025).
     * One entry for both readings: two entries may not share a written form. (The
     * `era` of such an entry is that of its area reading.)
     */
    nationalAlone: z.literal(true).optional(),
    /**
     * A foreign body ("Ủy ban Mặt trận Lào xây dựng đất nước", the Cambodian provincial
     * "Hội đồng"), by the places.json `name` of its country: its area is a province of
     * that country, never a Vietnamese one, and one left implicit is completed from the
     * article's provinces of that country.
     */
    country: text.optional(),
  })
  .refine((o) => !o.nationalAlone || o.scope === "area", {
    message: "nationalAlone is the bare reading of an area's body",
  });

export const orgHeadsFileSchema = z.strictObject({
  version,
  entries: z.array(orgHeadEntrySchema),
});

// ---------------------------------------------------------------------------
// abbreviations.json

export const abbreviationEntrySchema = z.strictObject({
  abbr: text,
  expansion: text,
  /** Why an expansion is only safe in some contexts. */
  note: text.optional(),
});

export const abbreviationsFileSchema = z.strictObject({
  version,
  entries: z.array(abbreviationEntrySchema),
});

// ---------------------------------------------------------------------------
// surnames.json

export const surnameEntrySchema = z.strictObject({
  /** Multi-syllable family names are one entry with their space ("Rơ Châm"). */
  name: text,
  group: z.enum(["kinh", "minority", "khmer", "highland"]),
});

export const surnamesFileSchema = z.strictObject({
  version,
  entries: z.array(surnameEntrySchema),
});

// ---------------------------------------------------------------------------
// honorifics.json — words before a name that are not part of it.

export const honorificEntrySchema = z.strictObject({
  text,
  kind: z.enum(["honorific", "rank", "academic", "kinship"]),
  /** Only where the word itself states it (ông, bà, anh, chị); the Person's gender comes from here. */
  gender: z.enum(["male", "female"]).optional(),
});

export const honorificsFileSchema = z.strictObject({
  version,
  entries: z.array(honorificEntrySchema),
});

// ---------------------------------------------------------------------------
// name-words.json — compounds that official names capitalise at the first syllable only.

/** A compound in lower case, two syllables or more: "xã hội", "công nghệ cao". */
const compound = text.refine((s) => s === s.toLowerCase() && /^\p{L}+( \p{L}+)+$/u.test(s), {
  message: "a lower-case compound of two or more syllables, letters only",
});

export const nameWordEntrySchema = z.strictObject({
  words: compound,
  /**
   * The compound also continues a name written wholly in lower case right after
   * another compound of it ("Phát triển nông thôn"): nouns and qualifiers only.
   */
  trailing: z.literal(true).optional(),
});

export const nameWordsFileSchema = z.strictObject({
  version,
  notes: text,
  entries: z.array(nameWordEntrySchema),
});

// ---------------------------------------------------------------------------

/** Every dictionary file by its name in /dictionaries. */
export const dictionarySchemas = {
  "provinces.json": provincesFileSchema,
  "districts.json": districtsFileSchema,
  "communes.json": communesFileSchema,
  "places.json": placesFileSchema,
  "titles.json": titlesFileSchema,
  "org-heads.json": orgHeadsFileSchema,
  "abbreviations.json": abbreviationsFileSchema,
  "surnames.json": surnamesFileSchema,
  "honorifics.json": honorificsFileSchema,
  "name-words.json": nameWordsFileSchema,
} as const satisfies Record<string, z.ZodType>;

export type DictionaryFileName = keyof typeof dictionarySchemas;

export type ProvinceBefore2025 = z.infer<typeof provinceBefore2025Schema>;
export type ProvinceAfter2025 = z.infer<typeof provinceAfter2025Schema>;
export type ProvincesFile = z.infer<typeof provincesFileSchema>;
export type DistrictEntry = z.infer<typeof districtEntrySchema>;
export type DistrictsFile = z.infer<typeof districtsFileSchema>;
export type CommuneEntry = z.infer<typeof communeEntrySchema>;
export type CommunesFile = z.infer<typeof communesFileSchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type TitleDomain = z.infer<typeof titleDomainSchema>;
export type TitleEntry = z.infer<typeof titleEntrySchema>;
export type TitlesFile = z.infer<typeof titlesFileSchema>;
export type OrgScope = z.infer<typeof orgScopeSchema>;
export type OrgHeadEntry = z.infer<typeof orgHeadEntrySchema>;
export type OrgHeadsFile = z.infer<typeof orgHeadsFileSchema>;
export type AbbreviationEntry = z.infer<typeof abbreviationEntrySchema>;
export type AbbreviationsFile = z.infer<typeof abbreviationsFileSchema>;
export type SurnameEntry = z.infer<typeof surnameEntrySchema>;
export type SurnamesFile = z.infer<typeof surnamesFileSchema>;
export type HonorificEntry = z.infer<typeof honorificEntrySchema>;
export type HonorificsFile = z.infer<typeof honorificsFileSchema>;
export type NameWordEntry = z.infer<typeof nameWordEntrySchema>;
export type NameWordsFile = z.infer<typeof nameWordsFileSchema>;
