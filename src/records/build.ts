import { spanOf, tokenSpan } from "../document.js";
import type { PlaceInfo } from "../gazetteer/lexicon.js";
import type { AgreementAnn } from "../rules/agreement.js";
import type { OrgAnn, PersonAnn, RuleContext } from "../rules/context.js";
import { completeAreas } from "../rules/home.js";
import { orgName } from "../rules/organization.js";
import type {
  Extraction,
  Location,
  Mention,
  Organization,
  Person,
  Span,
} from "../schema/result.js";

const keyCache = new Map<string, string>();

/** Comparison key of a name (cached: the same names recur in every article). */
function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = s
      .normalize("NFC")
      .toLowerCase()
      .replace(/[\s\-–—,.]+/g, " ")
      .trim();
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

/**
 * A mention: the span's fields, then the type, entity, value and rule (that key
 * order, absent keys left out, as an object spread would give). Built field by
 * field: a spread per mention was the largest single cost of this phase.
 */
function mention(
  span: Span,
  type: Mention["type"],
  entity: string | undefined,
  value: string | number | undefined,
  rule: string,
): Mention {
  if (entity !== undefined) {
    return value !== undefined
      ? { start: span.start, end: span.end, text: span.text, type, entity, value, rule }
      : { start: span.start, end: span.end, text: span.text, type, entity, rule };
  }
  return { start: span.start, end: span.end, text: span.text, type, value, rule };
}

/** Mentions → Person / Organization / Location / Agreement / LegalDocument records with ids. */
export function buildRecords(
  ctx: RuleContext,
  agreements: AgreementAnn[],
  home: PlaceInfo | undefined,
  result: Extraction,
): void {
  const doc = ctx.doc;
  const mentions: Mention[] = [];
  const tspan = (first: number, last: number): Span => tokenSpan(doc, first, last);

  // Organizations, with implicit areas completed.
  const orgRecords = new Map<string, Organization>();
  const orgSeen = new Map<Organization, { starts: Set<number>; aliases: Set<string> }>();
  const orgId = new Map<OrgAnn, string>();
  const fullOrg = new Map<OrgAnn, OrgAnn | undefined>();
  const completedOf = (o: OrgAnn): OrgAnn | undefined => {
    if (!fullOrg.has(o)) fullOrg.set(o, completeAreas(ctx, [o], home)[0]);
    return fullOrg.get(o);
  };
  const orgOf = (o: OrgAnn): string | undefined => {
    const done = orgId.get(o);
    if (done) return done;
    const full = completedOf(o);
    if (!full) return undefined;
    const name = orgName(full);
    const k = key(name);
    let rec = orgRecords.get(k);
    const span = tspan(o.first, o.last);
    if (!rec) {
      rec = { id: `o${orgRecords.size + 1}`, name, aliases: [], kind: o.kind, mentions: [] };
      orgRecords.set(k, rec);
    }
    // Sets beside the record keep this linear when a body is named thousands of times.
    let seen = orgSeen.get(rec);
    if (!seen) orgSeen.set(rec, (seen = { starts: new Set(), aliases: new Set() }));
    if (!seen.starts.has(span.start)) {
      seen.starts.add(span.start);
      rec.mentions.push(span);
      mentions.push(mention(span, "ORGANIZATION", rec.id, undefined, o.rule));
    }
    for (const alias of [span.text, o.alias]) {
      if (alias === undefined || seen.aliases.has(alias)) continue;
      seen.aliases.add(alias);
      if (key(alias) !== k) rec.aliases.push(alias);
    }
    orgId.set(o, rec.id);
    return rec.id;
  };
  for (const o of completeAreas(ctx, ctx.orgs, home)) orgOf(o);
  // Plural areas ("Ủy ban MTTQ Việt Nam hai tỉnh") were expanded above; keep ids of the originals too.
  for (const o of ctx.orgs) if (!orgId.has(o) && !o.area?.pluralCount) orgOf(o);

  // Persons: full names merge by name; short references join the last person with that given name.
  const persons = new Map<string, Person>();
  const personId = new Map<PersonAnn, Person>();
  const ordered = [...ctx.persons].sort((a, b) => a.first - b.first);
  for (const p of ordered.filter((x) => !x.short)) {
    const k = key(p.name);
    let rec = persons.get(k);
    if (!rec) {
      rec = { id: `p${persons.size + 1}`, name: p.name, roles: [], mentions: [] };
      persons.set(k, rec);
    }
    if (p.gender && !rec.gender) rec.gender = p.gender;
    personId.set(p, rec);
  }
  // Given name (last syllable) → persons, in text order.
  const byGiven = new Map<string, { first: number; rec: Person }[]>();
  for (const [a, r] of personId) {
    const k = key(r.name);
    const given = k.slice(k.lastIndexOf(" ") + 1);
    const list = byGiven.get(given) ?? [];
    list.push({ first: a.first, rec: r });
    byGiven.set(given, list);
  }
  for (const list of byGiven.values()) list.sort((a, b) => a.first - b.first);
  for (const p of ordered.filter((x) => x.short)) {
    const cands = byGiven.get(key(p.name)) ?? [];
    const before = cands.filter((c) => c.first < p.first);
    const rec = before[before.length - 1]?.rec ?? cands[0]?.rec;
    if (rec) {
      personId.set(p, rec);
      if (p.gender && !rec.gender) rec.gender = p.gender;
    }
  }
  for (const [p, rec] of personId) {
    const span = tspan(p.first, p.last);
    rec.mentions.push(span);
    mentions.push(mention(span, "PERSON", rec.id, undefined, p.rule));
  }
  for (const r of ctx.roles) {
    const rec = personId.get(r.person);
    if (!rec) continue;
    const org = r.org ? orgOf(r.org) : undefined;
    // The title's words run up to its organization ("Chủ tịch | UBND tỉnh X"), or are
    // the whole phrase when the body is inside them ("Tỉnh ủy viên").
    const titleEnd = r.org && r.org.first > r.first ? Math.min(r.org.first, r.last) : r.last;
    const span = tspan(r.first, Math.max(titleEnd, r.first + 1));
    const exists = rec.roles.some((x) => x.title === r.title && x.organization === org);
    if (!exists)
      rec.roles.push({
        title: r.title,
        ...(org ? { organization: org } : {}),
        ...(r.former ? { former: true } : {}),
        span,
      });
    mentions.push(mention(span, "TITLE", rec.id, r.title, r.rule));
  }

  // Locations.
  const locations = new Map<string, Location>();
  for (const p of ctx.places) {
    const k = `${key(p.info.name)}|${p.info.level}`;
    let rec = locations.get(k);
    if (!rec) {
      rec = { id: `l${locations.size + 1}`, name: p.info.name, level: p.info.level, mentions: [] };
      if (p.info.code) rec.code = p.info.code;
      if (p.info.current && p.info.level !== "commune") rec.current = p.info.current;
      locations.set(k, rec);
    }
    const span = tspan(p.first, p.last);
    rec.mentions.push(span);
    mentions.push(mention(span, "LOCATION", rec.id, undefined, p.rule));
  }
  // Organization.location: linked where the area is also a location of the result.
  const locByName = new Map([...locations.values()].map((l) => [key(l.name), l.id]));
  const orgById = new Map([...orgRecords.values()].map((r) => [r.id, r]));
  for (const o of ctx.orgs) {
    const id = orgId.get(o);
    const place = completedOf(o)?.area?.place;
    if (!id || !place) continue;
    const rec = orgById.get(id);
    const lid = locByName.get(key(place.name));
    if (rec && lid && !rec.location) rec.location = lid;
  }

  // Values and documents.
  for (const v of ctx.values)
    mentions.push(mention(tspan(v.first, v.last), v.type, undefined, v.value, v.rule));
  ctx.documents.forEach((d, n) => {
    const span = tspan(d.first, d.last);
    const id = `d${n + 1}`;
    result.documents.push({
      id,
      type: d.type,
      ...(d.number ? { number: d.number } : {}),
      ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
      ...(d.issuer ? { issuer: orgOf(d.issuer) } : {}),
      span,
    });
    mentions.push(mention(span, "DOCUMENT", id, undefined, d.rule));
  });

  agreements.forEach((a, n) => {
    const parties = [
      ...new Set(a.parties.map((o) => orgOf(o)).filter((x): x is string => x !== undefined)),
    ];
    if (parties.length < 2) return;
    const placeRec = a.place
      ? locations.get(`${key(a.place.info.name)}|${a.place.info.level}`)
      : undefined;
    result.agreements.push({
      id: `a${n + 1}`,
      kind: a.kind,
      name: tspan(a.nameFirst, a.nameLast),
      parties,
      signatories: [
        ...new Set(
          a.signatories.map((p) => personId.get(p)?.id).filter((x): x is string => x !== undefined),
        ),
      ],
      ...(a.period ? { period: a.period } : {}),
      ...(a.signedOn ? { signedOn: a.signedOn } : {}),
      ...(placeRec ? { place: placeRec.id } : {}),
      evidence: a.evidence.map((si) =>
        spanOf(doc, doc.sentences[si]!.start, doc.sentences[si]!.end),
      ),
    });
  });

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  result.mentions = mentions;
  result.persons = [...persons.values()];
  result.organizations = [...orgRecords.values()];
  result.locations = [...locations.values()];
}
