import type { PlaceInfo } from "../gazetteer/lexicon.js";
import { phraseKeys } from "../gazetteer/lexicon.js";
import { type AreaRef, cloneOrg, type OrgAnn, type RuleContext } from "./context.js";

/**
 * The article's province: the `context` option, else the province named most
 * often (organization areas and places; the headline counts double).
 */
export function resolveHome(ctx: RuleContext): PlaceInfo | undefined {
  if (ctx.options.context) {
    const p = ctx.lex.provinceByFold.get(phraseKeys(ctx.options.context).fold.join(" "));
    if (p) return p;
    return { name: ctx.options.context, level: "province", adminType: "tỉnh" };
  }
  return rankProvinces(ctx)[0];
}

/** Provinces of the article, most named first. */
export function rankProvinces(ctx: RuleContext): PlaceInfo[] {
  const count = new Map<string, { info: PlaceInfo; n: number; first: number }>();
  const title = ctx.doc.titleLine;
  const add = (p: PlaceInfo | undefined, at: number) => {
    if (p?.level !== "province" || (p.country && p.country !== "Việt Nam")) return;
    const w = title && at < title.last ? 2 : 1;
    const c = count.get(p.name);
    if (c) c.n += w;
    else count.set(p.name, { info: p, n: w, first: at });
  };
  for (const o of ctx.orgs) add(o.area?.place, o.first);
  for (const r of ctx.roles) add(r.org?.area?.place, r.first);
  for (const p of ctx.places) add(p.info, p.first);
  return [...count.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((c) => c.info);
}

/** The province of `country` the article names most (bodies' areas and places), the first of equals. */
export function foreignProvince(ctx: RuleContext, country: string): PlaceInfo | undefined {
  const count = new Map<string, { info: PlaceInfo; n: number }>();
  const add = (p: PlaceInfo | undefined) => {
    if (p?.level !== "province" || p.country !== country) return;
    const c = count.get(p.name);
    if (c) c.n++;
    else count.set(p.name, { info: p, n: 1 });
  };
  for (const o of ctx.orgs) add(o.area?.place);
  for (const p of ctx.places) add(p.info);
  let best: { info: PlaceInfo; n: number } | undefined;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best?.info;
}

/** Committees named for their level: "Tỉnh ủy", "Huyện đoàn" … take a bare place name. */
const LEVEL_HEAD = /^(tỉnh|thành|huyện|quận|thị) (ủy|đoàn)$/i;

/** The level of the unit an implicit area stands for: from the admin word written, else from the head. */
export function implicitLevel(org: OrgAnn): "province" | "district" | "commune" {
  const word = org.area?.implicit?.word ?? "";
  const level = org.area?.implicit?.level;
  if (word && (level === "district" || level === "commune")) return level;
  if (/^(huyện|quận|thị) (ủy|đoàn)$/i.test(org.head)) return "district";
  // A bare "Đảng ủy" is the commune's (or a body's own: then it names the body).
  if (/^đảng ủy$/i.test(org.head) && org.prefix.length === 0) return "commune";
  return "province";
}

export function completedArea(org: OrgAnn, area: AreaRef, home: PlaceInfo): AreaRef {
  const word = area.implicit?.word ?? "";
  // "Tỉnh ủy" / "Huyện ủy" take the bare name (Tỉnh ủy Lào Cai); a city's committee
  // keeps its admin word (Thành ủy thành phố Hồ Chí Minh), as its official name does.
  const bareHead = LEVEL_HEAD.test(org.head) && home.adminType !== "thành phố";
  const admin = word && word !== "tỉnh" && word !== "thành phố" ? word : (home.adminType ?? "tỉnh");
  return { text: bareHead ? home.name : `${admin} ${home.name}`, place: home };
}

/** The article's most named unit of a level below the province ("xã Nghi Lộc"), for "UBND xã". */
export function homeOfLevel(
  ctx: RuleContext,
  level: "district" | "commune",
): PlaceInfo | undefined {
  const count = new Map<string, { info: PlaceInfo; n: number }>();
  const add = (p: PlaceInfo | undefined) => {
    if (!p || p.level !== level) return;
    const c = count.get(p.name);
    if (c) c.n++;
    else count.set(p.name, { info: p, n: 1 });
  };
  for (const o of ctx.orgs) add(o.area?.place);
  for (const r of ctx.roles) add(r.org?.area?.place);
  for (const p of ctx.places) add(p.info);
  return [...count.values()].sort((a, b) => b.n - a.n)[0]?.info;
}

/**
 * "Thành ủy Cần Thơ … Bí thư Thành ủy": the body the text named with its bare area
 * is completed the same way, whatever the official form of the city's committee.
 */
function areaAsWritten(ctx: RuleContext, o: OrgAnn, home: PlaceInfo): AreaRef | undefined {
  if (!LEVEL_HEAD.test(o.head)) return undefined;
  for (const x of ctx.orgs) {
    const a = x.area;
    if (x.head === o.head && a?.bare && a.place?.name === home.name) return a;
  }
  return undefined;
}

/**
 * Areas written as a bare "tỉnh" (or left out) take the article's province;
 * "2 tỉnh" takes its n main provinces. Returns the organizations to report.
 */
export function completeAreas(
  ctx: RuleContext,
  orgs: OrgAnn[],
  home: PlaceInfo | undefined,
): OrgAnn[] {
  let ranked: PlaceInfo[] | undefined;
  const out: OrgAnn[] = [];
  for (const o of orgs) {
    const a = o.area;
    if (!a?.implicit) {
      out.push(o);
      continue;
    }
    // (Most organizations name their area: the loop above is the whole cost for them.)
    // A foreign body's bare "tỉnh" ("Ủy ban Mặt trận … Campuchia tỉnh") is a province
    // of its country: the article's most named one, never the Vietnamese home. With
    // none named, a body whose name says its country stays as written; a generic head
    // ("Hội đồng tỉnh" in a Vietnamese article) is no name at all.
    const country = a.implicit.country;
    if (country !== undefined) {
      const p = foreignProvince(ctx, country);
      if (p) out.push(withArea(o, completedArea(o, a, p)));
      else if (o.head.includes(country)) out.push(o);
      continue;
    }
    if (a.pluralCount) {
      ranked ??= ctx.rankedProvinces ??= rankProvinces(ctx);
      const ps = ranked.slice(0, a.pluralCount);
      if (ps.length === a.pluralCount) {
        for (const p of ps)
          out.push(withArea(o, completedArea(o, { ...a, pluralCount: undefined }, p)));
      }
      continue;
    }
    const lv = implicitLevel(o);
    if (lv === "province") {
      // A visiting delegation's members hold the offices of their own province.
      const own = delegationProvince(ctx, o.first);
      if (own !== undefined && own.name !== home?.name) {
        out.push(withArea(o, completedArea(o, a, own)));
        continue;
      }
      out.push(home ? withArea(o, areaAsWritten(ctx, o, home) ?? completedArea(o, a, home)) : o);
      continue;
    }
    const local =
      unitBefore(ctx, o.first, lv) ??
      (lv === "commune"
        ? (ctx.homeCommune ??= homeOfLevel(ctx, lv) ?? null)
        : (ctx.homeDistrict ??= homeOfLevel(ctx, lv) ?? null)) ??
      undefined;
    if (local)
      out.push(
        withArea(
          o,
          completedArea(o, a, { ...local, adminType: a.implicit.word || local.adminType }),
        ),
      );
    // Nothing names the unit: "UBND xã" stays as written; a bare "Đảng ủy" is no name at all.
    else if (a.implicit.word !== "") out.push(o);
  }
  return out;
}

/**
 * "Đoàn công tác của tỉnh Lạng Sơn do đồng chí A, Phó Chủ tịch UBND tỉnh làm Trưởng
 * đoàn", "Cùng đi với đoàn Lạng Sơn có … Giám đốc Sở Công Thương": the province named
 * right after "đoàn" earlier in the sentence, when there is one.
 */
function delegationProvince(ctx: RuleContext, at: number): PlaceInfo | undefined {
  const s = ctx.doc.sentences[ctx.sentenceOf(at)]!;
  for (let k = at - 1; k >= s.first && !ctx.tokens[k + 1]!.lineStart; k--) {
    if (!ctx.is(k, "đoàn")) continue;
    const p = ctx.places.find((x) => x.first > k && x.first <= k + 5 && x.last <= at);
    // A province's delegation, whose members "do … làm Trưởng đoàn" or "có …" introduces.
    if (p?.info.level !== "province") return undefined;
    for (let m = p.last; m < at; m++) if (ctx.is(m, "do", "có", "gồm")) return p.info;
    return undefined;
  }
  return undefined;
}

/**
 * "Tại phường Sóc Trăng, bà X, Bí thư Đảng ủy phường cho biết": a unit of the level
 * named earlier in the same sentence is the one meant, before the article's main one.
 */
function unitBefore(ctx: RuleContext, at: number, level: string): PlaceInfo | undefined {
  const s = ctx.doc.sentences[ctx.sentenceOf(at)]!;
  let best: PlaceInfo | undefined;
  let bestAt = -1;
  for (const p of ctx.places)
    if (p.info.level === level && p.last <= at && p.first >= s.first && p.first > bestAt) {
      best = p.info;
      bestAt = p.first;
    }
  // Or named in a body's name: "Làm việc với UBND xã Ba Bể, bà X, Bí thư Đảng ủy xã".
  for (const o of ctx.orgs) {
    const place = o.area?.place;
    if (place?.level === level && o.last <= at && o.first >= s.first && o.first > bestAt) {
      best = place;
      bestAt = o.first;
    }
  }
  return best;
}

/** A copy of the organization with its area completed (the same object shape). */
export function withArea(o: OrgAnn, area: AreaRef): OrgAnn {
  const c = cloneOrg(o);
  c.area = area;
  return c;
}
