/**
 * The scorer of SPEC §4: set-based per article, micro-averaged over a corpus.
 *
 * Pure: `scoreArticle(gold, extraction)` returns counts and the readable list of
 * misses, false hits and agreement field errors; nothing is read or printed here.
 */
import { z } from "zod";
import { normalizeName } from "./names.js";

export const CATEGORIES = ["persons", "roles", "organizations", "locations", "agreements"] as const;
export type Category = (typeof CATEGORIES)[number];

export const FIELDS = ["period", "signedOn", "place"] as const;
export type AgreementField = (typeof FIELDS)[number];

/** A gold file (SPEC §4). Optional keys may be null or missing alike. */
export const goldArticleSchema = z.object({
  id: z.string(),
  text: z.string(),
  date: z.string().nullish(),
  context: z.string().nullish(),
  persons: z.array(
    z.object({
      name: z.string(),
      roles: z
        .array(z.object({ title: z.string(), organization: z.string().nullish() }))
        .default([]),
    }),
  ),
  organizations: z.array(z.string()),
  locations: z.array(z.string()),
  agreements: z.array(
    z.object({
      kind: z.string(),
      parties: z.array(z.string()),
      period: z.tuple([z.number(), z.number()]).nullish(),
      signedOn: z.string().nullish(),
      place: z.string().nullish(),
      subject: z.string().nullish(),
    }),
  ),
});
export type GoldArticle = z.input<typeof goldArticleSchema>;

/**
 * The part of an `Extraction` the scorer reads. A full `Extraction` fits it, and a
 * test can write one by hand without spans.
 */
export interface ScorableExtraction {
  persons: readonly { name: string; roles: readonly { title: string; organization?: string }[] }[];
  organizations: readonly { id: string; name: string }[];
  locations: readonly { id: string; name: string }[];
  agreements: readonly {
    kind: string;
    parties: readonly string[];
    period?: { from: number; to: number };
    signedOn?: string;
    place?: string;
  }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface FieldCounts {
  /** Matched agreements (the denominator of the field's accuracy). */
  matched: number;
  /** Matched agreements whose field equals gold (null == undefined). */
  right: number;
  /** Matched agreements whose gold field is not null. */
  goldNonNull: number;
  /** All gold agreements (matched or not) whose field is not null. */
  goldNonNullAll: number;
}
export interface Item {
  category: Category;
  /** Human-readable form: the gold spelling for a miss, the system's for a false hit. */
  item: string;
}
export interface FieldError {
  agreement: string;
  field: AgreementField;
  gold: string;
  got: string;
}
export interface ArticleScore {
  counts: Record<Category, Counts>;
  fields: Record<AgreementField, FieldCounts>;
  /** In gold, not found (fn). */
  misses: Item[];
  /** Found, not in gold (fp). */
  falseHits: Item[];
  /** Field disagreements on matched agreements. */
  fieldErrors: FieldError[];
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

const NONE = "—";

function emptyCounts(): Record<Category, Counts> {
  return {
    persons: { tp: 0, fp: 0, fn: 0 },
    roles: { tp: 0, fp: 0, fn: 0 },
    organizations: { tp: 0, fp: 0, fn: 0 },
    locations: { tp: 0, fp: 0, fn: 0 },
    agreements: { tp: 0, fp: 0, fn: 0 },
  };
}
function emptyFields(): Record<AgreementField, FieldCounts> {
  return {
    period: { matched: 0, right: 0, goldNonNull: 0, goldNonNullAll: 0 },
    signedOn: { matched: 0, right: 0, goldNonNull: 0, goldNonNullAll: 0 },
    place: { matched: 0, right: 0, goldNonNull: 0, goldNonNullAll: 0 },
  };
}

/** Normalized key → first written form seen. */
function keyed(entries: Iterable<[key: string, display: string]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, d] of entries) if (!out.has(k)) out.set(k, d);
  return out;
}

/** Compare two keyed sets; add to `c` and to the item lists. */
function compareSets(
  category: Category,
  gold: Map<string, string>,
  sys: Map<string, string>,
  c: Counts,
  misses: Item[],
  falseHits: Item[],
): void {
  for (const [k, d] of gold) {
    if (sys.has(k)) c.tp++;
    else {
      c.fn++;
      misses.push({ category, item: d });
    }
  }
  for (const [k, d] of sys) {
    if (!gold.has(k)) {
      c.fp++;
      falseHits.push({ category, item: d });
    }
  }
}

const SEP = "\u0001";

function roleKey(person: string, title: string, org: string | null): string {
  return [normalizeName(person), normalizeName(title), org === null ? "" : normalizeName(org)].join(
    SEP,
  );
}
function roleDisplay(person: string, title: string, org: string | null): string {
  return `${person} | ${title} | ${org ?? NONE}`;
}
function partiesKey(parties: readonly string[]): string[] {
  return [...new Set(parties.map(normalizeName))].sort();
}
function agreementKey(kind: string, parties: readonly string[]): string {
  return [normalizeName(kind), ...partiesKey(parties)].join(SEP);
}
function agreementDisplay(kind: string, parties: readonly string[]): string {
  return `${kind}: ${parties.length > 0 ? parties.join(" + ") : NONE}`;
}

interface NormAgreement {
  key: string;
  display: string;
  period: string | null;
  signedOn: string | null;
  place: string | null;
  /** The same, normalized for comparison. */
  cmp: Record<AgreementField, string | null>;
}

function periodText(p: { from: number; to: number } | null | undefined): string | null {
  return p ? `${p.from}–${p.to}` : null;
}
function fieldCmp(field: AgreementField, value: string | null): string | null {
  if (value === null) return null;
  return field === "place" ? normalizeName(value) : value.trim();
}
function normAgreement(
  kind: string,
  parties: readonly string[],
  period: string | null,
  signedOn: string | null,
  place: string | null,
): NormAgreement {
  return {
    key: agreementKey(kind, parties),
    display: agreementDisplay(kind, parties),
    period,
    signedOn,
    place,
    cmp: {
      period: fieldCmp("period", period),
      signedOn: fieldCmp("signedOn", signedOn),
      place: fieldCmp("place", place),
    },
  };
}
function fieldsRight(g: NormAgreement, s: NormAgreement): number {
  return FIELDS.filter((f) => g.cmp[f] === s.cmp[f]).length;
}

/** Score one article. */
export function scoreArticle(gold: GoldArticle, sys: ScorableExtraction): ArticleScore {
  const counts = emptyCounts();
  const fields = emptyFields();
  const misses: Item[] = [];
  const falseHits: Item[] = [];
  const fieldErrors: FieldError[] = [];

  // Ids resolve to names; an id that resolves to nothing is kept as written, so it
  // shows up (and scores) as the wrong organization rather than vanishing.
  const orgName = new Map(sys.organizations.map((o) => [o.id, o.name]));
  const locName = new Map(sys.locations.map((l) => [l.id, l.name]));
  const org = (id: string): string => orgName.get(id) ?? `?${id}`;

  // persons
  compareSets(
    "persons",
    keyed(gold.persons.map((p) => [normalizeName(p.name), p.name])),
    keyed(sys.persons.map((p) => [normalizeName(p.name), p.name])),
    counts.persons,
    misses,
    falseHits,
  );

  // roles: (person, title, organization-or-null)
  const goldRoles: [string, string][] = [];
  for (const p of gold.persons) {
    for (const r of p.roles ?? []) {
      const o = r.organization ?? null;
      goldRoles.push([roleKey(p.name, r.title, o), roleDisplay(p.name, r.title, o)]);
    }
  }
  const sysRoles: [string, string][] = [];
  for (const p of sys.persons) {
    for (const r of p.roles) {
      const o = r.organization === undefined ? null : org(r.organization);
      sysRoles.push([roleKey(p.name, r.title, o), roleDisplay(p.name, r.title, o)]);
    }
  }
  compareSets("roles", keyed(goldRoles), keyed(sysRoles), counts.roles, misses, falseHits);

  // organizations, locations
  compareSets(
    "organizations",
    keyed(gold.organizations.map((n) => [normalizeName(n), n])),
    keyed(sys.organizations.map((o) => [normalizeName(o.name), o.name])),
    counts.organizations,
    misses,
    falseHits,
  );
  compareSets(
    "locations",
    keyed(gold.locations.map((n) => [normalizeName(n), n])),
    keyed(sys.locations.map((l) => [normalizeName(l.name), l.name])),
    counts.locations,
    misses,
    falseHits,
  );

  // agreements: match on (kind, party set); then fields of the matched ones
  const goldAgr = new Map<string, NormAgreement>();
  for (const a of gold.agreements) {
    const n = normAgreement(
      a.kind,
      a.parties,
      a.period ? periodText({ from: a.period[0], to: a.period[1] }) : null,
      a.signedOn ?? null,
      a.place ?? null,
    );
    if (goldAgr.has(n.key)) continue;
    goldAgr.set(n.key, n);
    for (const f of FIELDS) if (n[f] !== null) fields[f].goldNonNullAll++;
  }
  const sysAgr = new Map<string, NormAgreement[]>();
  for (const a of sys.agreements) {
    const n = normAgreement(
      a.kind,
      a.parties.map(org),
      periodText(a.period),
      a.signedOn ?? null,
      a.place === undefined ? null : (locName.get(a.place) ?? `?${a.place}`),
    );
    const list = sysAgr.get(n.key);
    if (list) list.push(n);
    else sysAgr.set(n.key, [n]);
  }
  for (const [k, g] of goldAgr) {
    const candidates = sysAgr.get(k);
    if (!candidates) {
      counts.agreements.fn++;
      misses.push({ category: "agreements", item: g.display });
      continue;
    }
    counts.agreements.tp++;
    // Duplicates of one agreement count once; the best-fitting one is scored.
    let best = candidates[0]!;
    for (const c of candidates) if (fieldsRight(g, c) > fieldsRight(g, best)) best = c;
    for (const f of FIELDS) {
      const fc = fields[f];
      fc.matched++;
      if (g[f] !== null) fc.goldNonNull++;
      if (g.cmp[f] === best.cmp[f]) fc.right++;
      else
        fieldErrors.push({
          agreement: g.display,
          field: f,
          gold: g[f] ?? NONE,
          got: best[f] ?? NONE,
        });
    }
  }
  for (const [k, list] of sysAgr) {
    if (!goldAgr.has(k)) {
      counts.agreements.fp++;
      falseHits.push({ category: "agreements", item: list[0]!.display });
    }
  }

  return { counts, fields, misses, falseHits, fieldErrors };
}

/** Micro-average: sum the counts of many articles. */
export function sumScores(scores: Iterable<Pick<ArticleScore, "counts" | "fields">>): {
  counts: Record<Category, Counts>;
  fields: Record<AgreementField, FieldCounts>;
} {
  const counts = emptyCounts();
  const fields = emptyFields();
  for (const s of scores) {
    for (const c of CATEGORIES) {
      counts[c].tp += s.counts[c].tp;
      counts[c].fp += s.counts[c].fp;
      counts[c].fn += s.counts[c].fn;
    }
    for (const f of FIELDS) {
      fields[f].matched += s.fields[f].matched;
      fields[f].right += s.fields[f].right;
      fields[f].goldNonNull += s.fields[f].goldNonNull;
      fields[f].goldNonNullAll += s.fields[f].goldNonNullAll;
    }
  }
  return { counts, fields };
}

/**
 * Precision, recall, F1; null where the ratio is 0/0. F1 = 2tp / (2tp + fp + fn), so it
 * is 0 (not null) when only one side is empty, and null only when both are.
 */
export function prf(c: Counts): Prf {
  const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);
  return {
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/** right / matched, null when nothing matched. */
export function accuracy(f: FieldCounts): number | null {
  return f.matched === 0 ? null : f.right / f.matched;
}
