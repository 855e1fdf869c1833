import type { TitleInfo } from "../gazetteer/lexicon.js";
import { phraseKeys } from "../gazetteer/lexicon.js";
import { placeAt } from "./area.js";
import { cloneOrg, makeOrg, type OrgAnn, type RuleContext, type TitleParse } from "./context.js";
import { completedArea, implicitLevel, withArea } from "./home.js";
import { orgName, parseOrgAt, parseSharedHeadOrg } from "./organization.js";

/**
 * The GUIDE's reading of "Ủy viên Trung ương Đảng": a member of the Central
 * Committee, "Ban Chấp hành Trung ương Đảng"; "Bí thư Trung ương Đảng" stays as written.
 * A foreign party's alike: a member of the Lao party's "Trung ương Đảng …" is one of
 * its "Ban Chấp hành Trung ương Đảng …".
 */
function memberBody(title: string, org: OrgAnn | undefined): OrgAnn | undefined {
  if (!org || !title.startsWith("Ủy viên") || org.prefix.length > 0) return org;
  if (
    org.head === "Trung ương Đảng" ||
    (org.kind === "international" && org.head.startsWith("Trung ương Đảng "))
  ) {
    const c = cloneOrg(org);
    c.head = `Ban Chấp hành ${org.head}`;
    return c;
  }
  return org;
}

/**
 * "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào": the title that implies our
 * Central Committee ("Ủy viên Trung ương Đảng") is the start of a longer, foreign
 * body's name. Read as the shorter title ("Ủy viên", a hit of the same words) with
 * that body when the body runs past `end` (where the implied reading stops). Only a
 * foreign body: "Ủy viên Trung ương Đoàn …" keeps the reading its entry implies.
 */
function foreignBodyInTitle(
  ctx: RuleContext,
  hits: readonly { first: number; last: number }[],
  implied: { last: number },
  end: number,
): boolean {
  for (const s of hits) {
    if (s.last >= implied.last) continue;
    const o = parseOrgAt(ctx, s.last)?.[0];
    if (o && o.kind === "international" && o.last > end) return true;
  }
  return false;
}

const foldedPhrases = new Map<string, readonly string[]>();

/** Folded words of a dictionary phrase (cached: a few hundred titles ask, in every article). */
function foldedWords(phrase: string): readonly string[] {
  let k = foldedPhrases.get(phrase);
  if (k === undefined) foldedPhrases.set(phrase, (k = phraseKeys(phrase).fold));
  return k;
}

function lowerFirstWord(org: OrgAnn): string {
  const first = (org.prefix[0] ?? org.head).split(" ")[0] ?? "";
  return first.toLowerCase();
}

/**
 * A body's short name defined earlier in brackets ("Tổng công ty … (Becamex IDC)"),
 * used after a title: "Phó Tổng Giám đốc Becamex IDC". The organization phase found
 * these mentions; no head word starts them.
 */
function shortNameAt(ctx: RuleContext, i: number): OrgAnn | undefined {
  const o = ctx.orgAt.get(i)?.[0];
  return o?.rule === "org.alias" ? o : undefined;
}

/**
 * Generic words that point back to a body named earlier ("Hiệu trưởng nhà trường",
 * "Tổng Giám đốc công ty"), with the head words of the bodies each may mean.
 */
const BACK_REFERENCES: readonly { first: string; second: string; heads: readonly string[] }[] = [
  { first: "nhà", second: "trường", heads: ["trường", "đại học", "học viện", "phân hiệu"] },
  { first: "công", second: "ty", heads: ["công ty", "tổng công ty"] },
  { first: "bệnh", second: "viện", heads: ["bệnh viện"] },
  { first: "ngân", second: "hàng", heads: ["ngân hàng"] },
  { first: "tập", second: "đoàn", heads: ["tập đoàn"] },
];

/**
 * The body a title's generic back-reference means: the last one named before it
 * whose name starts with a head of that kind. Written in lower case and followed by
 * no name: "công ty Minh Phát" names a company of its own.
 */
export function backReference(ctx: RuleContext, j: number): OrgAnn | undefined {
  const t = ctx.tok(j);
  if (t === undefined) return undefined;
  // "được bổ nhiệm làm Phó Giám đốc Sở.", "Phó Chủ tịch Hội cho biết": the head word
  // alone, capitalised, with no name after it, is the body of that kind named before.
  if (t.upper) {
    // "của Ban Chỉ đạo.": a head of several words, alone, means the body of that head named before.
    const head = ctx.longest(ctx.lex.orgs, j);
    const width = head && head.last - j >= 2 ? head.last - j : 1;
    const next = ctx.tok(j + width);
    if ((width === 1 && !BARE_HEADS.has(t.lower)) || next === undefined || next.lineStart)
      return undefined;
    // A name or an area after it ("Sở Y tế", "Sở tỉnh"): a body of its own, read elsewhere.
    if (ctx.isCapWord(j + width) || ctx.starts(ctx.lex.adminWords, j + width)) return undefined;
    return lastBodyOfKind(ctx, j, width, [
      width === 1 ? t.lower : head!.payload.canonical.toLowerCase(),
    ]);
  }
  if (ctx.isCapWord(j + 2)) return undefined;
  const ref = BACK_REFERENCES.find((r) => r.first === t.lower && ctx.is(j + 1, r.second));
  if (ref === undefined) return undefined;
  return lastBodyOfKind(ctx, j, 2, ref.heads);
}

/** Head words that, written alone after a title, mean the body of that kind named before. */
const BARE_HEADS = new Set(["sở", "bộ", "hội", "cục", "viện", "trường"]);

/**
 * The body before token j whose name starts with one of `heads`, read as the words
 * [j, j + width): the one named most often so far (the article's own: "ông X,
 * nguyên Phó Giám đốc Sở A, được bổ nhiệm làm Phó Giám đốc Sở" means the Sở the
 * article is about, not the nearer A), the latest of those.
 */
export function lastBodyOfKind(
  ctx: RuleContext,
  j: number,
  width: number,
  heads: readonly string[],
): OrgAnn | undefined {
  const best = mostNamedBody(ctx, j, heads);
  if (best === undefined) return undefined;
  const c = cloneOrg(best);
  c.first = j;
  c.last = j + width;
  c.rule = "org.back-reference";
  return c;
}

/**
 * Of the bodies named before token `before` whose name starts with one of `heads`
 * (and that `accept` takes), the one named most often, the latest of equals.
 */
export function mostNamedBody(
  ctx: RuleContext,
  before: number,
  heads: readonly string[],
  accept?: (o: OrgAnn) => boolean,
): OrgAnn | undefined {
  const counts = new Map<string, number>();
  let best: OrgAnn | undefined;
  let bestCount = 0;
  for (const o of ctx.orgs) {
    if (o.first >= before) continue;
    const name = (o.prefix[0] ?? o.head).toLowerCase();
    if (!heads.some((h) => name.startsWith(`${h} `) || name === h)) continue;
    if (accept !== undefined && !accept(o)) continue;
    const key = orgName(o);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count >= bestCount) {
      best = o;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Titles that name the body's kind ("Giám đốc chi nhánh"): when the branch itself
 * follows ("Giám đốc Chi nhánh Ngân hàng X tỉnh Y"), the title is the office alone
 * and "Chi nhánh" opens the body's name. ("Trưởng ban" keeps its word: GUIDE.)
 */
const HEAD_LEFT_TO_BODY = new Map([
  ["Giám đốc chi nhánh", "Giám đốc"],
  ["Phó Giám đốc chi nhánh", "Phó Giám đốc"],
]);

/** One title, with the organization it names, at token i ("Trưởng Ban Dân vận Tỉnh ủy Lai Châu"). */
export function parseTitleAt(ctx: RuleContext, i: number): TitleParse | null {
  const t = ctx.tokens[i];
  if (t === undefined || (t.lower !== "nguyên" && !ctx.starts(ctx.lex.titles, i))) return null;
  return ctx.memo("title", i, parseTitleAtUncached);
}

function parseTitleAtUncached(ctx: RuleContext, i: number): TitleParse | null {
  let j = i;
  let former = false;
  if (ctx.is(j, "nguyên")) {
    former = true;
    j++;
  }
  const hits = ctx.hits(ctx.lex.titles, j);
  for (const h of hits) {
    const info: TitleInfo = h.payload;
    // Every parse below starts with these two fields, written out in each literal
    // (no spread of a shared base: this runs for every title candidate).
    const fmr = former || undefined;
    if (info.implies) {
      // "Tỉnh ủy viên": the body is in the word; its area follows or comes from context.
      const synthetic = ctx.lex.orgHeadByFold.get(foldedWords(info.implies.organization).join(" "));
      const inner = parseOrgAt(ctx, h.last);
      let org: OrgAnn | undefined;
      if (synthetic && synthetic.scope === "unit" && inner) {
        org = cloneOrg(inner[0]!);
        org.prefix = [synthetic.canonical, ...inner[0]!.prefix];
      } else if (synthetic) {
        org = makeOrg(h.first, h.last, synthetic.canonical, synthetic.kind, [], "title.implies");
        // A national body is complete; a local one ("Tỉnh ủy") takes its area from context.
        if (synthetic.scope !== "national" && synthetic.scope !== "unit") {
          org.area = { text: "", implicit: { word: "", level: "province" } };
        }
      }
      const last = org && org.last > h.last ? org.last : h.last;
      if (hits.length > 1 && foreignBodyInTitle(ctx, hits, h, last)) continue;
      return {
        first: i,
        former: fmr,
        title: info.implies.title,
        last,
        org,
        rule: "title.implies",
      };
    }
    if (info.standalone) {
      // A foreign office may name its government: "Tỉnh trưởng Chính quyền tỉnh
      // Chungcheongbuk" (not "Tỉnh trưởng tỉnh Salavan", which names a province).
      // A diplomat's title followed by the mission: "Lãnh sự Tổng Lãnh sự quán Hàn Quốc tại TP.HCM".
      const gov =
        info.domain === "foreign" || info.domain === "diplomatic"
          ? parseOrgAt(ctx, h.last)?.[0]
          : undefined;
      const fits =
        info.domain === "foreign" ? gov?.kind === "state" : (gov?.head.includes("quán") ?? false);
      if (gov && fits && gov.first === h.last) {
        return {
          first: i,
          former: fmr,
          title: info.title,
          last: gov.last,
          org: gov,
          rule: "title.foreign-government",
        };
      }
      return { first: i, former: fmr, title: info.title, last: h.last, rule: "title.standalone" };
    }
    // The title may share its last word with the body: "Trưởng Ban Dân vận …", "Chánh Văn phòng Tỉnh ủy".
    let org = parseOrgAt(ctx, h.last)?.[0] ?? shortNameAt(ctx, h.last);
    let title = info.title;
    // The title may end with the body's head word ("Trưởng Ban Tổ chức Tỉnh ủy",
    // "Chánh Văn phòng UBND tỉnh"): the reading that gives the longer body wins.
    if (info.absorbsHead || info.orgHead || (!org && h.last - h.first >= 2)) {
      const shared = info.orgHead ? foldedWords(info.orgHead).length : 1;
      const alt = parseSharedHeadOrg(ctx, h.last - shared)?.[0];
      if (alt && alt.last >= (org?.last ?? 0)) {
        org = alt;
        if (info.absorbsHead) title = `${info.title} ${lowerFirstWord(alt)}`;
        else title = HEAD_LEFT_TO_BODY.get(title) ?? title;
      } else if (org && info.absorbsHead) {
        title = `${info.title} ${lowerFirstWord(org)}`;
      }
    }
    if (!org && info.absorbsHead) continue; // "Trưởng" alone is not a title
    // "Phó Giám đốc Chi nhánh cho biết": the title's own head word points back to the
    // branch named before.
    const branchTitle = org ? undefined : HEAD_LEFT_TO_BODY.get(title);
    if (branchTitle !== undefined && h.last - h.first >= 2 && ctx.isCapWord(h.last - 2)) {
      const branch = lastBodyOfKind(ctx, h.last - 2, 2, ["chi nhánh"]);
      if (branch) {
        return {
          first: i,
          former: fmr,
          title: branchTitle,
          last: h.last,
          org: branch,
          rule: "title.back-reference",
        };
      }
    }
    const back = org
      ? undefined
      : (backReference(ctx, h.last) ??
        (ctx.is(h.last, "của") ? backReference(ctx, h.last + 1) : undefined));
    if (back) {
      return {
        first: i,
        former: fmr,
        title,
        last: back.last,
        org: back,
        rule: "title.back-reference",
      };
    }
    // "Bí thư Đảng đoàn, Chủ tịch Liên đoàn Lao động tỉnh": a sub-unit whose parent is the next title's body.
    if (!org) {
      const unit = ctx.longest(ctx.lex.orgs, h.last);
      if (unit && unit.payload.scope === "unit" && ctx.is(unit.last, ",")) {
        const pending = makeOrg(
          h.last,
          unit.last,
          unit.payload.canonical,
          unit.payload.kind,
          [],
          "org.unit-of-next",
        );
        pending.pendingParent = true;
        return { first: i, former: fmr, title, last: unit.last, org: pending, rule: "title.org" };
      }
    }
    return {
      first: i,
      former: fmr,
      title,
      last: org ? Math.max(org.last, h.last) : h.last,
      org: memberBody(title, org),
      rule: org ? "title.org" : "title.bare",
    };
  }
  return null;
}

/** After "kiêm" or "đồng thời là" at k (words that add an office), or k itself. */
export function furtherOffice(ctx: RuleContext, k: number): number {
  if (ctx.is(k, "kiêm")) return k + 1;
  if (ctx.is(k, "đồng") && ctx.is(k + 1, "thời") && ctx.is(k + 2, "là")) return k + 3;
  return k;
}

/**
 * A chain of titles: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kiên Giang", joined by commas or "kiêm"; stops at anything else.
 */
const NO_TITLES: readonly TitleParse[] = Object.freeze([]);

export function parseTitleChain(
  ctx: RuleContext,
  i: number,
): { titles: readonly TitleParse[]; last: number } {
  // Most calls start at a word that starts no title (every capitalised word is asked):
  // answered without the chain's arrays and closures.
  if (parseTitleAt(ctx, i) === null) return { titles: NO_TITLES, last: i };
  const chain = parseTitleChainRaw(ctx, i);
  partyCommitteeOfNext(ctx, chain.titles);
  foreignGovernorChain(ctx, chain.titles);
  // A sub-unit waiting for its parent takes the body of the next title that has one.
  chain.titles.forEach((t, n) => {
    if (!t.org?.pendingParent) return;
    const next = chain.titles.slice(n + 1).find((x) => x.org && !x.org.pendingParent)?.org;
    if (!next) {
      t.org = undefined;
      return;
    }
    const c = cloneOrg(next);
    c.first = t.org.first;
    c.last = t.org.last;
    c.prefix = [t.org.head, ...next.prefix];
    c.rule = "org.unit-of-next";
    t.org = c;
  });
  return chain;
}

/**
 * "Bí thư Đảng ủy, Hiệu trưởng Trường Đại học X": a party committee written bare,
 * before the title of a named body (a school, a company, a hospital), is that
 * body's own. Before an area's body ("Chủ tịch UBND xã X") it stays the area's.
 */
function partyCommitteeOfNext(ctx: RuleContext, titles: TitleParse[]): void {
  for (let n = 0; n + 1 < titles.length; n++) {
    const o = titles[n]!.org;
    const next = titles[n + 1]!.org;
    if (!o || !next || next.rule !== "org.named") continue;
    if (o.head !== "Đảng ủy" || o.prefix.length > 0 || !o.area?.implicit || !ctx.is(o.last, ","))
      continue;
    const c = cloneOrg(next);
    c.first = o.first;
    c.last = o.last;
    c.prefix = [o.head, ...next.prefix];
    c.rule = "org.party-of-next";
    titles[n]!.org = c;
  }
}

/** A Lao or Cambodian province's governor and deputy: offices the gold gives no body. */
const GOVERNORS = new Set(["Tỉnh trưởng", "Phó Tỉnh trưởng"]);

/** The party secretaries a Lao governor's chain names bare: "Bí thư, Tỉnh trưởng tỉnh X". */
const SECRETARIES = new Set(["Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"]);

/**
 * "Bí thư, Tỉnh trưởng tỉnh Hủa Phăn", "Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh
 * Salavan": a chain ending with a foreign governor, the province written after that
 * office. The governor stays without a body, and the province is that of the chain's
 * party committee: a Lao province's secretary is the secretary of its Tỉnh ủy ("Bí
 * thư" → "Tỉnh ủy Hủa Phăn"), and a "Tỉnh ủy" written without its area is that
 * province's, not the Vietnamese home province's. The province stays a location of
 * its own (no span of it is taken: the committee is the title's words).
 */
function foreignGovernorChain(ctx: RuleContext, titles: TitleParse[]): void {
  const gov = titles[titles.length - 1];
  if (gov === undefined || titles.length < 2 || gov.org || !GOVERNORS.has(gov.title)) return;
  const aw = ctx.longest(ctx.lex.adminWords, gov.last);
  if (aw?.payload.word !== "tỉnh") return;
  const p = placeAt(ctx, aw.last, "tỉnh")?.place;
  if (p?.level !== "province" || p.country === undefined || p.country === "Việt Nam") return;
  for (let n = 0; n + 1 < titles.length; n++) {
    const t = titles[n]!;
    const a = t.org?.area;
    if (!t.org && SECRETARIES.has(t.title) && p.country === "Lào") {
      const o = makeOrg(t.first, t.last, "Tỉnh ủy", "party", [], "org.lao-provincial-committee");
      o.area = { text: p.name, place: p, bare: true };
      t.org = o;
      t.rule = "title.lao-secretary";
    } else if (
      t.org?.kind === "party" &&
      a?.implicit &&
      !a.pluralCount &&
      implicitLevel(t.org) === "province"
    ) {
      t.org = withArea(t.org, completedArea(t.org, a, p));
    }
  }
}

function parseTitleChainRaw(ctx: RuleContext, i: number): { titles: TitleParse[]; last: number } {
  const titles: TitleParse[] = [];
  let j = i;
  for (;;) {
    const t = parseTitleAt(ctx, j);
    if (!t) break;
    titles.push(t);
    j = t.last;
    // ("Ủy viên Ban Thường vụ Tỉnh ủy – Chủ tịch": a dash between two offices too.)
    if (ctx.is(j, ",", "kiêm", "–", "-") && parseTitleAt(ctx, j + 1)) {
      j++;
      continue;
    }
    // "…, kiêm Trưởng ban …", "…, đồng thời là Phó Trưởng ban …"
    const further = ctx.is(j, ",") ? furtherOffice(ctx, j + 1) : j;
    if (further > j + 1 && parseTitleAt(ctx, further)) j = further;
    else break;
  }
  return { titles, last: titles.length > 0 ? j : i };
}
