import { spanOf, tokenSpan } from "../document.js";
import type { PlaceInfo } from "../gazetteer/lexicon.js";
import type { AgreementAnn } from "../rules/agreement.js";
import { cloneOrg, type OrgAnn, type PersonAnn, type RuleContext } from "../rules/context.js";
import { completeAreas } from "../rules/home.js";
import { orgName } from "../rules/organization.js";
import type {
  Agreement,
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
 * key(p.name), read from the name's tokens: a name is its tokens' text (see
 * person.ts nameText), so its key is their lower case between separators. Names are
 * new strings in every article; hashing each into the key cache cost more than this.
 */
function personKey(ctx: RuleContext, p: PersonAnn): string {
  let k = "";
  for (let i = p.first; i < p.last; i++) {
    const t = ctx.tokens[i]!;
    if (t.kind === "punct") continue;
    k = k === "" ? t.lower : `${k} ${t.lower}`;
  }
  return k;
}

/**
 * Lower case of each code unit below U+1F00 (0: not yet seen; NO_LOWER: not one code
 * unit), filled as names ask: building it whole cost milliseconds at the first extract.
 */
const LOWER_UNIT = new Uint16Array(0x1f00);
const NO_LOWER = 0xffff;
function lowerUnit(c: number): number {
  let l = LOWER_UNIT[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : NO_LOWER;
    LOWER_UNIT[c] = l;
  }
  return l;
}

/** A separator of key(): white space, hyphen, comma or full stop (in the fast path's range). */
function isKeySeparator(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2d || c === 0x2c || c === 0x2e
  );
}

/**
 * key(s) === k, read in place: the written form of an organization is compared with
 * its name's key at every mention, and most written forms are new strings (hashing
 * each into the key cache cost more than reading it). Text outside Latin and the
 * precomposed Vietnamese letters, where NFC or lower-casing may change lengths, takes
 * the general path.
 */
function keyEquals(s: string, k: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c < 0x300 || (c >= 0x1e00 && c < 0x1f00)) || c === 0x130) return key(s) === k;
  }
  let j = 0;
  let started = false;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isKeySeparator(c)) {
      space = started;
      continue;
    }
    if (space) {
      if (k.charCodeAt(j) !== 0x20) return false;
      j++;
      space = false;
    }
    const l = lowerUnit(c);
    if (l === NO_LOWER) return key(s) === k;
    if (k.charCodeAt(j) !== l) return false;
    j++;
    started = true;
  }
  return j === k.length;
}

/** An organization's name and its key, kept per head and area text (see orgNameKey). */
interface NameKey {
  readonly name: string;
  readonly key: string;
}
const nameKeys = new Map<string, Map<string, NameKey>>();
let nameKeyCount = 0;

/**
 * Name and key of an organization. Without a prefix the name is its head and area
 * text, both mostly the dictionary's own strings: looked up by them, the name is
 * built and keyed once per process instead of at every mention.
 */
function orgNameKey(o: OrgAnn): NameKey {
  if (o.prefix.length > 0) {
    const name = orgName(o);
    return { name, key: key(name) };
  }
  // (What orgName appends after the head.)
  const area = o.area && !o.area.pluralCount && o.area.text ? o.area.text : "";
  let byArea = nameKeys.get(o.head);
  if (byArea === undefined) {
    if (nameKeyCount > 50_000) {
      nameKeys.clear();
      nameKeyCount = 0;
    }
    nameKeys.set(o.head, (byArea = new Map()));
  }
  let nk = byArea.get(area);
  if (nk === undefined) {
    const name = orgName(o);
    nk = { name, key: key(name) };
    byArea.set(area, nk);
    nameKeyCount++;
  }
  return nk;
}

/** Record key of a place ("name|level"), per place entry: the lexicon's entries recur. */
const placeKeys = new Map<PlaceInfo, string>();
function placeKey(info: PlaceInfo): string {
  let k = placeKeys.get(info);
  if (k === undefined) {
    if (placeKeys.size > 50_000) placeKeys.clear();
    k = `${key(info.name)}|${info.level}`;
    placeKeys.set(info, k);
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

/** Words that make a body's name the name of its school or branch: "Trường Đại học X" is "Đại học X". */
const WIDER_HEADS = ["Trường ", "Chi nhánh "];

/**
 * "ĐH Hồng Đức" beside "Trường ĐH Hồng Đức", "NHCSXH tỉnh X" beside "Chi nhánh NHCSXH
 * tỉnh X": an article that writes the full name once means the same body by the
 * short one. Keys of the short names → the full name and key (undefined: none, the
 * common case, at the cost of one pass over the heads).
 */
function widerNames(orgs: readonly OrgAnn[]): Map<string, NameKey> | undefined {
  let out: Map<string, NameKey> | undefined;
  // "Chi nhánh NHCSXH" later, with no area: the one branch with an area the article named.
  let branchAreas: Map<string, NameKey | null> | undefined;
  for (const o of orgs) {
    const lead = o.prefix[0] ?? o.head;
    // ("T" or "C" first: most heads are answered by one character.)
    const c = lead.charCodeAt(0);
    if ((c !== 0x54 && c !== 0x43) || !WIDER_HEADS.some((w) => lead.startsWith(w.trimEnd())))
      continue;
    const nk = orgNameKey(o);
    for (const w of WIDER_HEADS) {
      if (!nk.name.startsWith(w)) continue;
      out ??= new Map();
      out.set(key(nk.name.slice(w.length)), nk);
    }
    if (lead === "Chi nhánh" && o.area?.place) {
      const bare = cloneOrg(o);
      bare.area = undefined;
      const k = key(orgName(bare));
      branchAreas ??= new Map();
      const seen = branchAreas.get(k);
      branchAreas.set(k, seen === undefined || seen?.key === nk.key ? nk : null);
    }
  }
  if (branchAreas)
    for (const [k, nk] of branchAreas) {
      if (nk === null) continue;
      out ??= new Map();
      out.set(k, nk);
    }
  return out;
}

/** A written form of an organization, once, unless it is its name. */
function addAlias(rec: Organization, seen: Set<string>, alias: string, k: string): void {
  if (seen.has(alias)) return;
  seen.add(alias);
  if (!keyEquals(alias, k)) rec.aliases.push(alias);
}

/** Mentions → Person / Organization / Location / Agreement / LegalDocument records with ids. */
export function buildRecords(
  ctx: RuleContext,
  agreements: AgreementAnn[],
  home: PlaceInfo | undefined,
  result: Extraction,
): void {
  const b = new RecordBuilder(ctx, home);
  b.organizations();
  b.persons();
  b.roles();
  b.locations();
  b.organizationLocations();
  b.valuesAndDocuments(result);
  b.agreements(agreements, result);
  b.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  result.mentions = b.mentions;
  result.persons = [...b.personRecords.values()];
  result.organizations = [...b.orgRecords.values()];
  result.locations = [...b.locationRecords.values()];
}

/**
 * The records of one text, built kind by kind. A class of small methods, not one
 * function of closures: the engine's optimizing compiler works on each method on its
 * own, and its memory for one large function (kept by the process afterwards) was
 * most of what a fresh process's peak memory grew by as the rules grew.
 */
class RecordBuilder {
  readonly doc: RuleContext["doc"];
  readonly mentions: Mention[] = [];
  readonly orgRecords = new Map<string, Organization>();
  private readonly orgSeen = new Map<Organization, { starts: Set<number>; aliases: Set<string> }>();
  private readonly orgId = new Map<OrgAnn, string>();
  private readonly fullOrg = new Map<OrgAnn, OrgAnn | undefined>();
  private wider: Map<string, NameKey> | undefined = undefined;
  readonly personRecords = new Map<string, Person>();
  private readonly personId = new Map<PersonAnn, Person>();
  readonly locationRecords = new Map<string, Location>();

  constructor(
    readonly ctx: RuleContext,
    readonly home: PlaceInfo | undefined,
  ) {
    this.doc = ctx.doc;
  }

  private span(first: number, last: number): Span {
    return tokenSpan(this.doc, first, last);
  }

  private completedOf(o: OrgAnn): OrgAnn | undefined {
    if (!this.fullOrg.has(o)) this.fullOrg.set(o, completeAreas(this.ctx, [o], this.home)[0]);
    return this.fullOrg.get(o);
  }

  /** The record id of an organization mention (made at its first mention). */
  orgOf(o: OrgAnn): string | undefined {
    const done = this.orgId.get(o);
    if (done) return done;
    const full = this.completedOf(o);
    if (!full) return undefined;
    let { name, key: k } = orgNameKey(full);
    const wide = this.wider?.get(k);
    if (wide !== undefined) ({ name, key: k } = wide);
    let rec = this.orgRecords.get(k);
    const span = this.span(o.first, o.last);
    if (!rec) {
      rec = { id: `o${this.orgRecords.size + 1}`, name, aliases: [], kind: o.kind, mentions: [] };
      this.orgRecords.set(k, rec);
    }
    // Sets beside the record keep this linear when a body is named thousands of times.
    let seen = this.orgSeen.get(rec);
    if (!seen) this.orgSeen.set(rec, (seen = { starts: new Set(), aliases: new Set() }));
    if (!seen.starts.has(span.start)) {
      seen.starts.add(span.start);
      rec.mentions.push(span);
      this.mentions.push(mention(span, "ORGANIZATION", rec.id, undefined, o.rule));
    }
    addAlias(rec, seen.aliases, span.text, k);
    if (o.alias !== undefined) addAlias(rec, seen.aliases, o.alias, k);
    this.orgId.set(o, rec.id);
    return rec.id;
  }

  /** Organizations, with implicit areas completed. */
  organizations(): void {
    const completed = completeAreas(this.ctx, this.ctx.orgs, this.home);
    this.wider = widerNames(completed);
    for (const o of completed) this.orgOf(o);
    // Plural areas ("Ủy ban MTTQ Việt Nam hai tỉnh") were expanded above; keep ids of the originals too.
    for (const o of this.ctx.orgs) if (!this.orgId.has(o) && !o.area?.pluralCount) this.orgOf(o);
  }

  /** Full names merge by name; short references join the last person with that given name. */
  persons(): void {
    const ctx = this.ctx;
    const persons = this.personRecords;
    const personId = this.personId;
    const ordered = [...ctx.persons].sort((a, b) => a.first - b.first);
    const recKey = new Map<Person, string>();
    for (const p of ordered) {
      if (p.short) continue;
      const k = personKey(ctx, p);
      let rec = persons.get(k);
      if (!rec) {
        rec = { id: `p${persons.size + 1}`, name: p.name, roles: [], mentions: [] };
        persons.set(k, rec);
        recKey.set(rec, k);
      }
      if (p.gender && !rec.gender) rec.gender = p.gender;
      personId.set(p, rec);
    }
    // Given name (last syllable) → persons, in text order.
    const byGiven = new Map<string, { first: number; rec: Person }[]>();
    for (const [a, r] of personId) {
      const k = recKey.get(r)!;
      const given = k.slice(k.lastIndexOf(" ") + 1);
      const list = byGiven.get(given) ?? [];
      list.push({ first: a.first, rec: r });
      byGiven.set(given, list);
    }
    for (const list of byGiven.values()) list.sort((a, b) => a.first - b.first);
    for (const p of ordered) if (p.short) this.shortPerson(p, byGiven);
    for (const [p, rec] of personId) {
      const span = this.span(p.first, p.last);
      rec.mentions.push(span);
      this.mentions.push(mention(span, "PERSON", rec.id, undefined, p.rule));
    }
  }

  private shortPerson(p: PersonAnn, byGiven: Map<string, { first: number; rec: Person }[]>): void {
    const ctx = this.ctx;
    const cands = byGiven.get(personKey(ctx, p)) ?? [];
    const before = cands.filter((c) => c.first < p.first);
    let rec = before[before.length - 1]?.rec ?? cands[0]?.rec;
    // "Ông K'Brơi": a one-word name of the Central Highlands is a full name (no
    // other word is written with that apostrophe); other lone given names need one.
    if (!rec && p.last - p.first === 1 && ctx.tokens[p.first]!.text.includes("'")) {
      const k = personKey(ctx, p);
      rec = this.personRecords.get(k);
      if (!rec) {
        rec = { id: `p${this.personRecords.size + 1}`, name: p.name, roles: [], mentions: [] };
        this.personRecords.set(k, rec);
      }
    }
    if (rec) {
      this.personId.set(p, rec);
      if (p.gender && !rec.gender) rec.gender = p.gender;
    }
  }

  roles(): void {
    for (const r of this.ctx.roles) {
      const rec = this.personId.get(r.person);
      if (!rec) continue;
      const org = r.org ? this.orgOf(r.org) : undefined;
      // The title's words run up to its organization ("Chủ tịch | UBND tỉnh X"), or are
      // the whole phrase when the body is inside them ("Tỉnh ủy viên").
      const titleEnd = r.org && r.org.first > r.first ? Math.min(r.org.first, r.last) : r.last;
      const span = this.span(r.first, Math.max(titleEnd, r.first + 1));
      const exists = rec.roles.some((x) => x.title === r.title && x.organization === org);
      if (!exists)
        rec.roles.push({
          title: r.title,
          ...(org ? { organization: org } : {}),
          ...(r.former ? { former: true } : {}),
          span,
        });
      this.mentions.push(mention(span, "TITLE", rec.id, r.title, r.rule));
    }
  }

  locations(): void {
    const locations = this.locationRecords;
    for (const p of this.ctx.places) {
      const k = placeKey(p.info);
      let rec = locations.get(k);
      if (!rec) {
        rec = {
          id: `l${locations.size + 1}`,
          name: p.info.name,
          level: p.info.level,
          mentions: [],
        };
        if (p.info.code) rec.code = p.info.code;
        if (p.info.current && p.info.level !== "commune") rec.current = p.info.current;
        locations.set(k, rec);
      }
      const span = this.span(p.first, p.last);
      rec.mentions.push(span);
      this.mentions.push(mention(span, "LOCATION", rec.id, undefined, p.rule));
    }
  }

  /** Organization.location: linked where the area is also a location of the result. */
  organizationLocations(): void {
    const locByName = new Map([...this.locationRecords.values()].map((l) => [key(l.name), l.id]));
    const orgById = new Map([...this.orgRecords.values()].map((r) => [r.id, r]));
    for (const o of this.ctx.orgs) {
      const id = this.orgId.get(o);
      const place = this.completedOf(o)?.area?.place;
      if (!id || !place) continue;
      const rec = orgById.get(id);
      const lid = locByName.get(key(place.name));
      if (rec && lid && !rec.location) rec.location = lid;
    }
  }

  valuesAndDocuments(result: Extraction): void {
    for (const v of this.ctx.values)
      this.mentions.push(mention(this.span(v.first, v.last), v.type, undefined, v.value, v.rule));
    this.ctx.documents.forEach((d, n) => {
      const span = this.span(d.first, d.last);
      const id = `d${n + 1}`;
      result.documents.push({
        id,
        type: d.type,
        ...(d.number ? { number: d.number } : {}),
        ...(d.issuedOn ? { issuedOn: d.issuedOn } : {}),
        ...(d.issuer ? { issuer: this.orgOf(d.issuer) } : {}),
        span,
      });
      this.mentions.push(mention(span, "DOCUMENT", id, undefined, d.rule));
    });
  }

  /**
   * Two readings of one signing (the headline's short names, the lead's full ones)
   * become one agreement once their parties are the same records.
   */
  agreements(agreements: AgreementAnn[], result: Extraction): void {
    const doc = this.doc;
    const agreementKeys = new Map<string, Agreement>();
    for (const a of agreements) {
      const parties = [
        ...new Set(a.parties.map((o) => this.orgOf(o)).filter((x): x is string => x !== undefined)),
      ];
      if (parties.length < 2) continue;
      const agreementKey = `${a.kind}|${[...parties].sort().join(",")}`;
      const placeRec = a.place ? this.locationRecords.get(placeKey(a.place.info)) : undefined;
      const same = agreementKeys.get(agreementKey);
      if (same) {
        // What one reading left out, the other may give.
        if (same.period === undefined && a.period) same.period = a.period;
        if (same.signedOn === undefined && a.signedOn) same.signedOn = a.signedOn;
        if (same.place === undefined && placeRec) same.place = placeRec.id;
        continue;
      }
      const agreement: Agreement = {
        id: `a${result.agreements.length + 1}`,
        kind: a.kind,
        name: this.span(a.nameFirst, a.nameLast),
        parties,
        signatories: [
          ...new Set(
            a.signatories
              .map((p) => this.personId.get(p)?.id)
              .filter((x): x is string => x !== undefined),
          ),
        ],
        ...(a.period ? { period: a.period } : {}),
        ...(a.signedOn ? { signedOn: a.signedOn } : {}),
        ...(placeRec ? { place: placeRec.id } : {}),
        evidence: a.evidence.map((si) =>
          spanOf(doc, doc.sentences[si]!.start, doc.sentences[si]!.end),
        ),
      };
      agreementKeys.set(agreementKey, agreement);
      result.agreements.push(agreement);
    }
  }
}
