/**
 * The runner of the rule example files (test/rules/*.examples.test.ts).
 *
 * An example is data: an input sentence written for the test (never taken from
 * the shared corpus), the options, and what extract() must return. Expected spans
 * are given by their text as written (and the occurrence, when the text occurs
 * more than once); the runner finds their offsets in the input itself, so the
 * same example re-runs on the NFD, old-tone-placement and NBSP variants of the
 * input and checks the offsets there too.
 */
import { describe, expect, it } from "vitest";
import {
  type Extraction,
  type ExtractOptions,
  extract,
  type LocationLevel,
  type MentionType,
  type Span,
} from "../../src/index.js";

export type Phase =
  | "organization"
  | "person"
  | "role"
  | "location"
  | "temporal"
  | "document"
  | "agreement";

export interface ExpectedMention {
  type: MentionType;
  /** The span's text as written in the input. */
  text: string;
  /** Which occurrence of `text` in the input (0-based; default 0). */
  nth?: number;
  value?: string | number;
}

export interface ExpectedRole {
  title: string;
  /** Canonical name of the organization; null: a role without one. */
  organization: string | null;
  former?: true;
  /** The title phrase as written (Role.span.text). */
  span?: string;
}

export interface ExpectedPerson {
  name: string;
  /** null: no gender may be reported (no evidence in the text). */
  gender?: "male" | "female" | null;
  /** Exactly these roles, in any order. */
  roles?: ExpectedRole[];
  /** Texts of Person.mentions, in text order. */
  mentions?: string[];
}

export interface ExpectedLocation {
  name: string;
  level: LocationLevel;
  code?: string;
  current?: { name: string; code?: string };
}

export interface ExpectedAgreement {
  kind: string;
  /** Canonical names of the parties, in any order. */
  parties: string[];
  period?: [number, number];
  signedOn?: string;
  /** Name of the signing place's Location. */
  place?: string;
  /** Agreement.name as written. */
  name?: string;
}

export interface ExpectedDocument {
  type: string;
  number?: string;
  issuedOn?: string;
  /** Canonical name of the issuing organization. */
  issuer?: string;
  /** LegalDocument.span as written. */
  span?: string;
}

export type Variant = "as written" | "NFD" | "old tone placement" | "NBSP";
export const VARIANTS: readonly Variant[] = ["as written", "NFD", "old tone placement", "NBSP"];

export interface PositiveExample {
  /** Unique slug within its phase. */
  id: string;
  input: string;
  options?: ExtractOptions;
  /** Each must be present, at these offsets, with this value. */
  mentions?: ExpectedMention[];
  /** Exactly these organizations (canonical names, any order). */
  organizations?: string[];
  /** Each must be present (by name); persons not listed may exist unless `personCount` says otherwise. */
  persons?: ExpectedPerson[];
  personCount?: number;
  /** Each must be present. */
  locations?: ExpectedLocation[];
  /** Exactly these agreements. */
  agreements?: ExpectedAgreement[];
  /** Exactly these documents. */
  documents?: ExpectedDocument[];
  /**
   * A case SPEC / GUIDE call correct that the library does not handle yet: it
   * runs as `it.fails`, so it turns red the day the gap is closed. One line: what is missing.
   */
  gap?: string;
  /** Gaps that only show in some variants of the input. */
  variantGaps?: Partial<Record<Variant, string>>;
}

export interface NegativeExample {
  id: string;
  input: string;
  options?: ExtractOptions;
  /** Mention types (or agreements) that must not be produced at all. */
  none: (MentionType | "AGREEMENT")[];
  gap?: string;
}

export interface PhaseExamples {
  positive: PositiveExample[];
  negative: NegativeExample[];
}

// ---------------------------------------------------------------------------
// The input variants of SPEC §2: offsets must survive every one of them.

/**
 * Old-style tone placement, the inverse of the library's normalization: in an
 * open syllable with the nucleus oa / oe / uy the tone goes on the second vowel
 * ("Ủy" → "Uỷ", "hòa" → "hoà", "thủy" → "thuỷ", "khỏe" → "khoẻ").
 */
const TONES: Record<string, [string, number]> = {};
for (const [plain, toned] of [
  ["o", "òóỏõọ"],
  ["O", "ÒÓỎÕỌ"],
  ["u", "ùúủũụ"],
  ["U", "ÙÚỦŨỤ"],
] as const) {
  for (let t = 0; t < 5; t++) TONES[toned[t]!] = [plain, t];
}
const SECOND: Record<string, string> = {
  a: "àáảãạ",
  A: "ÀÁẢÃẠ",
  e: "èéẻẽẹ",
  E: "ÈÉẺẼẸ",
  y: "ỳýỷỹỵ",
  Y: "ỲÝỶỸỴ",
};
const NEW_STYLE =
  /(?<![\p{L}\p{M}\p{N}])([bcdđghklmnprstvxBCDĐGHKLMNPRSTVX]{0,3})([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?![\p{L}\p{M}\p{N}])/gu;

export function oldTonePlacement(s: string): string {
  return s
    .normalize("NFC")
    .replace(NEW_STYLE, (whole, initial: string, first: string, second: string) => {
      const [plain, tone] = TONES[first]!;
      const isU = plain === "u" || plain === "U";
      const y = second === "y" || second === "Y";
      // oa / oe take the move, uy too; "ua", "ue", "oy" are other nuclei.
      if (isU !== y) return whole;
      return initial + plain + SECOND[second]![tone]!;
    });
}

export function transform(variant: Variant, s: string): string {
  switch (variant) {
    case "as written":
      return s;
    case "NFD":
      return s.normalize("NFD");
    case "old tone placement":
      return oldTonePlacement(s);
    case "NBSP":
      return s.replace(/ /g, "\u00a0");
  }
}

/** The variants that change this input (old tone placement only where the input has such a syllable). */
export function variantsOf(input: string): Variant[] {
  return VARIANTS.filter((v) => v === "as written" || transform(v, input) !== input);
}

// ---------------------------------------------------------------------------

/** Start offset of the nth occurrence of `text` in `input`, or -1. */
export function offsetOf(input: string, text: string, nth = 0): number {
  let at = -1;
  for (let n = 0; n <= nth; n++) {
    at = input.indexOf(text, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** Every span a result holds, with where it came from. */
export function allSpans(r: Extraction): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  for (const m of r.mentions) out.push({ where: `mention ${m.type}`, span: m });
  for (const p of r.persons) {
    for (const m of p.mentions) out.push({ where: `person ${p.name}`, span: m });
    for (const role of p.roles) out.push({ where: `role ${role.title}`, span: role.span });
  }
  for (const o of r.organizations)
    for (const m of o.mentions) out.push({ where: `organization ${o.name}`, span: m });
  for (const l of r.locations)
    for (const m of l.mentions) out.push({ where: `location ${l.name}`, span: m });
  for (const a of r.agreements) {
    out.push({ where: `agreement ${a.kind}`, span: a.name });
    for (const e of a.evidence) out.push({ where: `agreement evidence`, span: e });
  }
  for (const d of r.documents) out.push({ where: `document ${d.type}`, span: d.span });
  return out;
}

function expectSpansIndexInput(input: string, r: Extraction): void {
  const bad = allSpans(r)
    .filter(({ span }) => input.slice(span.start, span.end) !== span.text)
    .map(
      ({ where, span }) => `${where}: [${span.start}, ${span.end}) ${JSON.stringify(span.text)}`,
    );
  expect(bad, "spans whose text is not input.slice(start, end)").toEqual([]);
}

const orgName = (r: Extraction, id: string | undefined): string | null =>
  id === undefined ? null : (r.organizations.find((o) => o.id === id)?.name ?? `<unknown ${id}>`);

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** Run one positive example on one variant of its input and check everything it states. */
export function checkPositive(ex: PositiveExample, variant: Variant): Extraction {
  const input = transform(variant, ex.input);
  const tx = (s: string) => transform(variant, s);
  const r = extract(input, ex.options);
  expectSpansIndexInput(input, r);

  for (const want of ex.mentions ?? []) {
    const text = tx(want.text);
    const start = offsetOf(input, text, want.nth);
    expect(start, `"${want.text}" occurs in the input`).toBeGreaterThanOrEqual(0);
    const got = r.mentions.filter(
      (m) => m.type === want.type && m.start === start && m.end === start + text.length,
    );
    expect(
      got.map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text })),
      `${want.type} mention "${want.text}" at ${start}; mentions: ${r.mentions.map((m) => `${m.type}:${m.text}@${m.start}`).join(", ")}`,
    ).toContainEqual({ type: want.type, start, end: start + text.length, text });
    expect(input.slice(start, start + text.length)).toBe(text);
    if (want.value !== undefined) expect(got.map((m) => m.value)).toContain(want.value);
  }

  if (ex.organizations)
    expect(sorted(r.organizations.map((o) => o.name))).toEqual(sorted(ex.organizations));

  if (ex.personCount !== undefined)
    expect(r.persons.map((p) => p.name)).toHaveLength(ex.personCount);
  for (const want of ex.persons ?? []) {
    const p = r.persons.find((x) => x.name === want.name);
    expect(p, `person ${want.name} among ${r.persons.map((x) => x.name).join(", ")}`).toBeDefined();
    if (!p) continue;
    if (want.gender !== undefined) expect(p.gender ?? null).toBe(want.gender);
    if (want.roles) {
      const got = p.roles.map((role) => ({
        title: role.title,
        organization: orgName(r, role.organization),
        ...(role.former ? { former: true } : {}),
        span: role.span.text,
      }));
      const expected = want.roles.map((role) => ({
        title: role.title,
        organization: role.organization,
        ...(role.former ? { former: true } : {}),
        span: role.span === undefined ? expect.any(String) : tx(role.span),
      }));
      expect(got).toHaveLength(expected.length);
      for (const e of expected) expect(got).toContainEqual(e);
      for (const role of p.roles)
        expect(input.slice(role.span.start, role.span.end)).toBe(role.span.text);
    }
    if (want.mentions) {
      const spans = [...p.mentions].sort((a, b) => a.start - b.start);
      expect(spans.map((m) => m.text)).toEqual(want.mentions.map(tx));
    }
  }

  for (const want of ex.locations ?? []) {
    const l = r.locations.find((x) => x.name === want.name && x.level === want.level);
    expect(
      l,
      `location ${want.name} (${want.level}) among ${r.locations.map((x) => `${x.name} (${x.level})`).join(", ")}`,
    ).toBeDefined();
    if (!l) continue;
    if (want.code !== undefined) expect(l.code).toBe(want.code);
    if (want.current !== undefined) expect(l.current).toEqual(want.current);
  }

  if (ex.agreements) {
    const got = r.agreements.map((a) => {
      const place = a.place ? r.locations.find((l) => l.id === a.place)?.name : undefined;
      return {
        kind: a.kind,
        parties: sorted(a.parties.map((id) => orgName(r, id) ?? id)),
        ...(a.period ? { period: [a.period.from, a.period.to] } : {}),
        ...(a.signedOn ? { signedOn: a.signedOn } : {}),
        ...(place ? { place } : {}),
        name: a.name.text,
      };
    });
    const expected = ex.agreements.map((a) => ({
      kind: a.kind,
      parties: sorted(a.parties),
      ...(a.period ? { period: a.period } : {}),
      ...(a.signedOn ? { signedOn: a.signedOn } : {}),
      ...(a.place ? { place: a.place } : {}),
      name: a.name === undefined ? expect.any(String) : tx(a.name),
    }));
    expect(got).toHaveLength(expected.length);
    for (const e of expected) expect(got).toContainEqual(e);
  }

  if (ex.documents) {
    const got = r.documents.map((d) => ({
      type: d.type,
      ...(d.number ? { number: d.number } : {}),
      ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
      ...(d.issuer ? { issuer: orgName(r, d.issuer) } : {}),
      span: d.span.text,
    }));
    const expected = ex.documents.map((d) => ({
      type: d.type,
      ...(d.number ? { number: d.number } : {}),
      ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
      ...(d.issuer ? { issuer: d.issuer } : {}),
      span: d.span === undefined ? expect.any(String) : tx(d.span),
    }));
    expect(got).toEqual(expected);
  }
  return r;
}

export function checkNegative(ex: NegativeExample): Extraction {
  const r = extract(ex.input, ex.options);
  expectSpansIndexInput(ex.input, r);
  const found: string[] = [];
  for (const type of ex.none) {
    if (type === "AGREEMENT")
      found.push(...r.agreements.map((a) => `AGREEMENT ${a.kind}: ${a.name.text}`));
    else
      found.push(
        ...r.mentions
          .filter((m) => m.type === type)
          .map((m) => `${m.type} ${JSON.stringify(m.text)} (${m.rule})`),
      );
  }
  expect(found).toEqual([]);
  return r;
}

/**
 * VIETNER_SHOW_GAPS=1 runs the known gaps as ordinary tests, to read why they fail
 * (or to see that one has been closed).
 */
const SHOW_GAPS = process.env.VIETNER_SHOW_GAPS === "1";

/** The describe blocks of one phase's example file. */
export function describeExamples(phase: Phase, examples: PhaseExamples): void {
  describe(`${phase} rules: positive examples`, () => {
    for (const ex of examples.positive) {
      describe(ex.id, () => {
        for (const variant of variantsOf(ex.input)) {
          const gap = ex.gap ?? ex.variantGaps?.[variant];
          const name = `${variant}: ${JSON.stringify(ex.input).slice(0, 90)}`;
          if (gap && !SHOW_GAPS)
            it.fails(`${name} — known gap: ${gap}`, () => void checkPositive(ex, variant));
          else it(name, () => void checkPositive(ex, variant));
        }
      });
    }
  });
  describe(`${phase} rules: negative examples`, () => {
    for (const ex of examples.negative) {
      const name = `${ex.id}: no ${ex.none.join("/")} in ${JSON.stringify(ex.input).slice(0, 80)}`;
      if (ex.gap && !SHOW_GAPS)
        it.fails(`${name} — known gap: ${ex.gap}`, () => void checkNegative(ex));
      else it(name, () => void checkNegative(ex));
    }
  });
  it(`${phase}: example ids are unique`, () => {
    const ids = [...examples.positive, ...examples.negative].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
}
