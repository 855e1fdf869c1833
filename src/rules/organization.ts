import type { OrgHeadInfo } from "../gazetteer/lexicon.js";
import type { TrieHit } from "../gazetteer/trie.js";
import { foldSameLength } from "../normalize/fold.js";
import { countedAfter, parseArea, placeAt } from "./area.js";
import { allCaps, cloneOrg, makeOrg, type OrgAnn, type RuleContext } from "./context.js";
import { nameCompoundEnd } from "./name-words.js";

/** After a head, these words make it a generic reference, not a name ("UBND các cấp"). */
const GENERIC_AFTER = new Set([
  "các",
  "cấp",
  "những",
  "mỗi",
  "từng",
  "cơ",
  "trong",
  "ở",
  "nhiều",
  "toàn",
]);

const FUNCTION_WORDS = new Set([
  "ở",
  "tại",
  "của",
  "với",
  "đã",
  "sẽ",
  "cho",
  "được",
  "là",
  "trong",
  "về",
  "từ",
  "đến",
  "có",
  "cùng",
  "đang",
  "vừa",
  "này",
  "để",
  "nhằm",
  "theo",
  "trên",
  "dưới",
  "khi",
  "thì",
  "mà",
  "như",
  "do",
  "bị",
]);

const QUANTIFIERS = new Set(["các", "số", "những", "nhiều", "mỗi", "từng", "toàn", "cả"]);

/** Quantifiers that never stand inside a unit's free name ("số" does: "Phòng Chuyển đổi số"). */
const CLASS_WORDS = new Set(["các", "những", "mỗi", "từng"]);

/** Connectors allowed inside a proper name after a "named" head ("Ngân hàng Nông nghiệp và Phát triển Nông thôn"). */
const NAME_JOINERS = new Set(["và", "-", "&"]);

/** Free-named units: "Phòng An ninh kinh tế Công an tỉnh X". */
const FREE_UNITS = new Set([
  "phòng",
  "cục",
  "chi cục",
  "trung tâm",
  "ban quản lý",
  "vụ",
  "viện",
  "khoa",
  "đội",
]);

/**
 * A level's party committee or youth union takes its unit's bare name ("Tỉnh ủy
 * Lào Cai", "Huyện ủy Bát Xát"), also where the text repeats the admin word ("Tỉnh
 * ủy tỉnh Lào Cai", "Tỉnh ủy hai tỉnh Lào Cai và Yên Bái", "Thành ủy Đà Nẵng").
 * ("Thành ủy thành phố Hồ Chí Minh" keeps it, as its official name does.)
 */
const CITY_KEEPS_WORD = "thành phố Hồ Chí Minh";
const LEVEL_WORD = new Map([
  ["Tỉnh ủy", "tỉnh "],
  ["Tỉnh đoàn", "tỉnh "],
  ["Huyện ủy", "huyện "],
  ["Huyện đoàn", "huyện "],
  ["Quận ủy", "quận "],
  ["Thị ủy", "thị xã "],
  ["Thành ủy", "thành phố "],
  ["Thành đoàn", "thành phố "],
]);

function orgText(o: OrgAnn): string {
  // (Concatenated, not spread into an array and joined: this runs for every mention.)
  let s = "";
  for (const p of o.prefix) s += `${p} `;
  s += o.head;
  if (o.area && !o.area.pluralCount && o.area.text) {
    const word = LEVEL_WORD.get(o.head);
    const text = o.area.text;
    const bare = word !== undefined && text.startsWith(word) && text !== CITY_KEEPS_WORD;
    s += ` ${bare ? text.slice(word.length) : text}`;
  }
  return s;
}

export function orgName(o: OrgAnn): string {
  return orgText(o);
}

/** The fields every reading of one head starts with. */
interface OrgBase {
  first: number;
  head: string;
  kind: OrgAnn["kind"];
  prefix: string[];
  rule: string;
  alias: string | undefined;
}

/*
 * The organizations below are written field by field, with the keys a spread of
 * the base would give: a spread per candidate head was a visible cost of the scan.
 */
function ending(base: OrgBase, last: number, head = base.head): OrgAnn {
  const o = makeOrg(base.first, last, head, base.kind, base.prefix, base.rule);
  o.alias = base.alias;
  return o;
}

function withArea(
  base: OrgBase,
  parse: { last: number; areas: OrgAnn["area"][] },
  head = base.head,
  rule = base.rule,
): OrgAnn[] {
  const out: OrgAnn[] = [];
  const areas =
    parse.areas.length > 1 && base.kind !== "international" ? ownSide(parse.areas) : parse.areas;
  for (const area of areas) {
    const o = makeOrg(base.first, parse.last, head, base.kind, base.prefix, rule);
    o.alias = base.alias;
    o.area = area;
    out.push(o);
  }
  return out;
}

/** A place of Việt Nam (or of no known country: an unknown name is read as ours). */
function domestic(area: OrgAnn["area"]): boolean {
  const c = area?.place?.country;
  return c === undefined || c === "Việt Nam";
}

/**
 * "Ủy ban MTTQ Việt Nam hai tỉnh Tây Ninh và Svay Rieng", "Mặt trận tỉnh Tây Ninh và
 * tỉnh Svay Rieng": a Vietnamese body's head over a list that mixes the two sides of
 * the border names the Vietnamese side's body; the foreign province's counterpart
 * has a name of its own (the Cambodian Front's committee, the Lao "Chính quyền tỉnh"),
 * which the head does not give. So the foreign provinces are dropped from the list,
 * never made into "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Svay Rieng". (A list of
 * foreign provinces only is left as written.)
 */
function ownSide(areas: OrgAnn["area"][]): OrgAnn["area"][] {
  let foreign = 0;
  for (const a of areas) if (!domestic(a)) foreign++;
  if (foreign === 0 || foreign === areas.length) return areas;
  return areas.filter(domestic);
}

/**
 * A foreign body (OrgHeadInfo.country) and its area after it, at j: "Ủy ban Mặt trận
 * Đoàn kết Phát triển Tổ quốc Campuchia tỉnh Svay Rieng", "Mặt trận Lào xây dựng đất
 * nước tỉnh Savannakhet", "Hội đồng tỉnh Svay Rieng" (a Cambodian province's council).
 * Only provinces of its country are its area; a bare "tỉnh" is marked with the country,
 * to be completed from the article's provinces of that country, never from the home
 * province. With no area, a body whose name says its country is its central body, as
 * written; a generic head ("Hội đồng") names nothing.
 */
function foreignBody(ctx: RuleContext, base: OrgBase, country: string, j: number): OrgAnn[] | null {
  const a = ctx.starts(ctx.lex.adminWords, j) ? parseArea(ctx, j, "none") : null;
  if (a && a.areas.length > 0) {
    let ok = true;
    for (const x of a.areas)
      if (x?.place ? x.place.country !== country : !x?.implicit || x.pluralCount) ok = false;
    if (ok) {
      const areas = a.areas.map((x) =>
        x?.implicit ? { ...x, implicit: { ...x.implicit, country } } : x,
      );
      return withArea(base, { last: a.last, areas });
    }
  }
  return base.head.includes(country) ? [ending(base, j)] : null;
}

/** Skip "(BHXH)" after a head; returns the index after it and the abbreviation. */
function parenAbbr(ctx: RuleContext, j: number): { next: number; alias?: string } {
  const a = ctx.tok(j + 1);
  if (
    ctx.is(j, "(") &&
    a &&
    (a.kind === "abbr" || (a.kind === "word" && allCaps(a.text) && a.text.length >= 2)) &&
    ctx.is(j + 2, ")")
  ) {
    return { next: j + 3, alias: a.text };
  }
  return { next: j };
}

/**
 * Lower-case words inside a proper name: "Tạp chí Thời đại" (the name ends the
 * line), "Công ty cổ phần Nông nghiệp công nghệ cao Langbiang" (a capitalised
 * word follows within three words).
 */
function lowerRunEndsName(ctx: RuleContext, k: number): boolean {
  for (let m = k; m < k + 5 && m < ctx.tokens.length; m++) {
    const t = ctx.tokens[m]!;
    // Function words end a name: "Trường THCS Ia Dom ở xã …", "Đại sứ quán X sẽ cùng …";
    // "và" too when another body follows it.
    if (FUNCTION_WORDS.has(t.lower) || (t.lower === "và" && ctx.longest(ctx.lex.orgs, m + 1)))
      return false;
    // "Trường Đại học Vinh và ông Trần Quốc Hưng": an honorific opens a person's name.
    if (!t.upper && ctx.starts(ctx.lex.honorifics, m) && ctx.longest(ctx.lex.honorifics, m))
      return false;
    if (m > k && t.lineStart) return m - k <= 2;
    if (t.kind !== "word")
      return t.text === "." && m - k <= 2 && (ctx.tok(m + 1)?.lineStart ?? true);
    // (Not a title's or another body's first word: "ĐH X cảm ơn NHCSXH tỉnh …".)
    if (t.upper) return !ctx.longest(ctx.lex.titles, m) && !ctx.longest(ctx.lex.orgs, m);
  }
  return k + 1 >= ctx.tokens.length || (ctx.tok(k + 1)?.lineStart ?? false);
}

/**
 * A capitalised syllable at k may open a compound of the name ("Xã" of "Xã hội"):
 * at the start of the name, after a joiner or a lower-case syllable, or right after
 * another compound. Not after a capitalised syllable: "Công ty Minh Phát triển khai …"
 * is the company "Minh Phát", whatever "Phát triển" would spell.
 */
function opensCompound(ctx: RuleContext, j: number, k: number, afterCompound: number): boolean {
  return k === j || k === afterCompound || !ctx.isCapWord(k - 1);
}

/**
 * Proper-name tokens after a "named" head: capitalised words, numbers, joiners
 * between them, and the lower-case syllables of the name's compounds ("Khoa học
 * Xã hội và Nhân văn", "Đầu tư và Phát triển công nghiệp").
 */
function properName(ctx: RuleContext, j: number): number {
  let k = j;
  // The index after the last compound read: a lower-case compound may follow it.
  let afterCompound = -1;
  while (k < ctx.tokens.length) {
    const t = ctx.tokens[k]!;
    if (k > j && t.lineStart) break;
    // A named area ends the name: "Hội Tin học tỉnh Lào Cai", "… TP.HCM".
    if (k > j && areaStartsAt(ctx, k)) break;
    // "Bệnh viện Nhi Trung ương": the capitalised "Trung" and its lower-case "ương"
    // end the name.
    if (k > j && t.upper && ctx.is(k, "trung") && ctx.is(k + 1, "ương")) {
      k += 2;
      break;
    }
    if ((t.kind === "word" || t.kind === "abbr") && t.upper) {
      // "TP.", "TX." start an area; a capitalised "Xã", "Bản" inside a name does not.
      if (k > j && t.kind === "abbr" && ctx.longest(ctx.lex.adminWords, k)) break;
      const end = opensCompound(ctx, j, k, afterCompound) ? nameCompoundEnd(ctx, k, false) : k;
      if (end > k + 1) k = afterCompound = end;
      else k++;
    } else if (k === afterCompound && nameCompoundEnd(ctx, k, true) > k) {
      // "Phát triển nông thôn": a lower-case compound right after one of the name's own.
      k = afterCompound = nameCompoundEnd(ctx, k, true);
    } else if (t.kind === "number" && k > j && !countedAfter(ctx, k + 1)) {
      // (Not "… Lũng Cú 20 triệu đồng": that number counts money.)
      k++;
    } else if (
      k > j &&
      NAME_JOINERS.has(t.lower) &&
      ctx.isCapWord(k + 1) &&
      !ctx.longest(ctx.lex.orgs, k + 1) &&
      // (Nor a person: "HTX Ea Kao và PGS.TS Lê Đức Niệm".)
      !ctx.longest(ctx.lex.honorifics, k + 1)
    )
      k++;
    else if (k > j && t.kind === "word" && lowerRunEndsName(ctx, k)) k++;
    else break;
  }
  return k;
}

/** Named heads whose name is a number. */
const NUMBERED_HEADS = new Set([
  "Quân khu",
  "Quân đoàn",
  "Sư đoàn",
  "Lữ đoàn",
  "Trung đoàn",
  "Binh đoàn",
]);

/** Named heads read only with the area after the name: "Hội Tin học TP.HCM". */
const AREA_NAMED = new Set(["Hội"]);

/** Committees named by their task, written in lower case. */
const TASK_UNITS = new Set(["Ban Chỉ đạo", "Ban Vận động"]);

/** Units that mass organisations have at every level, named by their area alone. */
const AREA_UNITS = new Set(["Đoàn Thanh niên", "Công đoàn"]);

/**
 * "Nghị quyết Đại hội XVI Đảng bộ tỉnh": the congress's name, not the body (GUIDE);
 * "nhờ sự quan tâm của Đảng bộ, chính quyền các cấp": the party in general.
 */
function partyOrganisationInPhrase(ctx: RuleContext, first: number, last: number): boolean {
  let k = first - 1;
  const t = ctx.tok(k);
  // (A congress's number: "XVI", "lần thứ XX".)
  if (t && (t.kind === "number" || /^[IVXLC]+$/.test(t.text))) k--;
  if (ctx.is(k, "thứ") && ctx.is(k - 1, "lần")) k -= 2;
  if (ctx.is(k, "hội") && ctx.is(k - 1, "đại")) return true;
  return ctx.is(last, ",") && ctx.is(last + 1, "chính") && ctx.is(last + 2, "quyền");
}

/** The one country other than Việt Nam the text names, or undefined (none, or several). */
function onlyForeignCountry(ctx: RuleContext): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ctx.isCapWord(i) || !ctx.starts(ctx.lex.places, i)) continue;
    const p = ctx.longest(ctx.lex.places, i)?.payload;
    if (p?.level !== "country" || p.name === "Việt Nam") continue;
    if (found !== undefined && found !== p.name) return undefined;
    found = p.name;
  }
  return found;
}

/** End of "cửa khẩu (quốc tế) X" at k, with X a capitalised name; or -1. */
function gateNameEnd(ctx: RuleContext, k: number): number {
  if (!ctx.is(k, "cửa") || !ctx.is(k + 1, "khẩu")) return -1;
  let m = k + 2;
  if (ctx.is(m, "quốc") && ctx.is(m + 1, "tế")) m += 2;
  let e = m;
  while (ctx.isCapWord(e) && !ctx.tokens[e]!.lineStart && e - m < 4) e++;
  return e > m ? e : -1;
}

/**
 * A free name's words, the school-level abbreviations of its kind written out
 * ("Trường Phổ thông Dân tộc nội trú THCS và THPT …": canonical names expand them).
 */
function nameWords(ctx: RuleContext, j: number, end: number): string {
  let s = "";
  for (let k = j; k < end; k++) {
    const t = ctx.tokens[k]!;
    const w =
      t.text.length > 2 && allCaps(t.text) && NAME_ABBREVIATIONS.has(t.lower)
        ? ctx.lex.abbreviations.get(t.lower)
        : undefined;
    s = k === j ? (w ?? t.text) : `${s} ${w ?? t.text}`;
  }
  return s;
}

/** Abbreviations written out inside a free name (levels of school). */
const NAME_ABBREVIATIONS = new Set(["thcs", "thpt", "ptdtnt", "ptdtbt"]);

/** The tokens' text [j, k), joined by spaces. */
function textOf(ctx: RuleContext, j: number, k: number): string {
  return ctx.doc.norm.text.slice(ctx.tokens[j]!.start, ctx.tokens[k - 1]!.end).replace(/\s+/g, " ");
}

/** A lower-case admin word and a unit of its level, or "TP.HCM", start at k. */
function areaStartsAt(ctx: RuleContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind === "abbr") return /^tp/i.test(t.text) && placeAt(ctx, k, null) !== null;
  if (t.upper || !ctx.starts(ctx.lex.adminWords, k)) return false;
  const aw = ctx.longest(ctx.lex.adminWords, k);
  return aw !== undefined && placeAt(ctx, aw.last, aw.payload.word) !== null;
}

/** A foreign state's missions: their names end with the country they are seated in. */
const MISSIONS = new Set(["Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"]);

/** Some token in [j, end) starts the name of a country other than Việt Nam. */
function foreignIn(ctx: RuleContext, j: number, end: number): boolean {
  for (let k = j; k < end; k++) {
    if (!ctx.starts(ctx.lex.places, k)) continue;
    const p = ctx.longest(ctx.lex.places, k)?.payload;
    if (p && p.level === "country" && p.name !== "Việt Nam") return true;
  }
  return false;
}

/**
 * "Đại sứ quán Hoa Kỳ tại Việt Nam", "Tổ chức Xúc tiến Thương mại Nhật Bản tại Hà
 * Nội": a mission or a foreign body names where it is seated. Only a bare country
 * or province follows "tại" in such a name; "tại tỉnh X" is where the body was.
 */
function seatAt(
  ctx: RuleContext,
  canonical: string,
  j: number,
  end: number,
): { last: number; text: string } | null {
  if (!ctx.is(end, "tại") || !ctx.isCapWord(end + 1)) return null;
  const p = ctx.longest(ctx.lex.places, end + 1);
  // (A mission may sit in a foreign city: "Tổng Lãnh sự quán Việt Nam tại Côn Minh".)
  const city = p !== undefined && p.payload.country !== undefined && MISSIONS.has(canonical);
  if (!p || (p.payload.level !== "country" && p.payload.level !== "province" && !city)) return null;
  if (!MISSIONS.has(canonical) && !foreignIn(ctx, j, end)) return null;
  // "tại TP.HCM": the abbreviation's "thành phố" is written out, as in an area.
  const tp = /^tp/i.test(ctx.tokens[end + 1]!.text) && p.payload.adminType === "thành phố";
  return { last: p.last, text: `tại ${tp ? "thành phố " : ""}${p.payload.name}` };
}

/**
 * Units that are a body's outpost in one place, and are named by it: "Phân hiệu Đại
 * học Huế tại Quảng Trị", "Văn phòng đại diện Báo X tại thành phố Hồ Chí Minh",
 * "Chi nhánh Ngân hàng X tại Hà Nội". Right after the body's name (no verb between),
 * "tại" and a place is the seat, part of the name. After any other body it says
 * where something happened ("Sở Y tế tỉnh X tổ chức hội nghị tại Hà Nội"; "Công ty X
 * tại Cần Thơ" is the company, in Cần Thơ), and is never read so.
 */
const SEAT_UNITS = new Set(["Phân hiệu", "Chi nhánh", "Văn phòng đại diện", "Cơ quan đại diện"]);

/**
 * The seat of an outpost (SEAT_UNITS) at "tại" (token k): a country, province or
 * district, bare ("tại Quảng Trị") or with its admin word ("tại tỉnh Đồng Nai",
 * "tại TP.HCM" → "tại thành phố Hồ Chí Minh"). Unlike a mission's seat (seatAt),
 * "tại tỉnh X" is a seat here: an outpost is where it is set up, not visiting.
 */
function outpostSeat(ctx: RuleContext, k: number): { last: number; text: string } | null {
  if (!ctx.is(k, "tại") || !(ctx.isCapWord(k + 1) || ctx.starts(ctx.lex.adminWords, k + 1)))
    return null;
  const a = parseArea(ctx, k + 1, "none");
  if (a) {
    const area = a.areas[0]!;
    const level = area.place?.level;
    if (a.areas.length !== 1 || (level !== "province" && level !== "district")) return null;
    return { last: a.last, text: `tại ${area.text}` };
  }
  const p = placeAt(ctx, k + 1, null);
  if (
    !p ||
    (p.place.level !== "country" && p.place.level !== "province" && p.place.level !== "district")
  )
    return null;
  return { last: p.last, text: `tại ${p.place.name}` };
}

/** Heads of bodies that exist only at a province's level: no district's "Sở", "Cục", "Bộ Chỉ huy". */
const PROVINCE_ONLY = /^(Sở|Cục|Bộ) /;

/**
 * "Chi cục Thủy sản và Bộ đội Biên phòng tỉnh Quảng Ngãi", "Công an và Ban Chỉ huy
 * Quân sự huyện X": two heads joined by "và" before one area are two bodies of that
 * area, not one body whose name runs on through "và". The area is the next body's
 * (read at k + 1, "và" at k) when it is written with a dictionary place, the body
 * is no unit of another ("Phòng A và Phòng B Công an tỉnh X" share a parent, not an
 * area), and its level is one the first head exists at.
 */
function sharedArea(
  ctx: RuleContext,
  k: number,
  depth: number,
  head: string,
): OrgAnn["area"][] | null {
  if (depth >= 3 || !ctx.is(k, "và") || !ctx.isCapWord(k + 1) || !ctx.starts(ctx.lex.orgs, k + 1))
    return null;
  const next = parseOrgAt(ctx, k + 1, depth + 1);
  if (!next) return null;
  const areas: OrgAnn["area"][] = [];
  for (const o of next) {
    const a = o.area;
    if (!a?.place || a.implicit || a.bare || a.pluralCount || o.prefix.length > 0) return null;
    if (PROVINCE_ONLY.test(head) && a.place.level !== "province") return null;
    areas.push({ text: a.text, place: a.place });
  }
  return areas;
}

/**
 * "Chi nhánh NHCSXH tỉnh", "Ban đại diện HĐQT NHCSXH tỉnh": a national body's
 * branch or board named under it is its branch in the province the article is
 * about, written with the bare admin word. Alone ("NHCSXH tỉnh") it stays national:
 * "Ngân hàng … tỉnh" is as often the bank's work in the province.
 */
function implicitBranch(ctx: RuleContext, first: number, depth: number): boolean {
  return depth > 0 && ctx.is(first - 1, "nhánh", "trị", "hđqt");
}

function extend(ctx: RuleContext, h: TrieHit<OrgHeadInfo>, depth: number): OrgAnn[] | null {
  const info = h.payload;
  const paren = parenAbbr(ctx, h.last);
  const j = paren.next;
  const base: OrgBase = {
    first: h.first,
    head: info.canonical,
    kind: info.kind,
    prefix: [] as string[],
    rule: `org.${info.scope}`,
    alias: paren.alias,
  };
  const generic = ctx.inSet(j, GENERIC_AFTER);
  switch (info.scope) {
    case "national": {
      // A foreign counterpart: "Bộ Công an Lào".
      const p = placeAt(ctx, j, null);
      if (p && p.place.level === "country" && p.place.name !== "Việt Nam") {
        return [ending(base, p.last, `${info.canonical} ${p.place.name}`)];
      }
      // "Bộ Công an hai nước" in an article on Việt Nam and one other country: both ministries.
      if (ctx.is(j, "hai") && ctx.is(j + 1, "nước") && !info.country) {
        const other = onlyForeignCountry(ctx);
        if (other !== undefined)
          return [ending(base, j + 2), ending(base, j + 2, `${info.canonical} ${other}`)];
      }
      // A foreign front's provincial committee: "Mặt trận Lào xây dựng đất nước tỉnh Salavan".
      if (info.country) return foreignBody(ctx, base, info.country, j);
      // A national body's provincial branch: "Ngân hàng Chính sách xã hội tỉnh Bến Tre".
      // (Only bodies with provincial branches: not "Đại biểu Quốc hội tỉnh X".)
      if (
        /^(Ngân hàng|Kho bạc|Bảo hiểm|Đài|Hội|Liên|Tổng công ty|Tập đoàn|Đoàn Thanh niên|Thông tấn)/.test(
          info.canonical,
        )
      ) {
        const a = ctx.longest(ctx.lex.adminWords, j) ? parseArea(ctx, j, "none") : null;
        if (a && (!a.areas[0]?.implicit || implicitBranch(ctx, h.first, depth)))
          return withArea(base, a);
      }
      return [ending(base, j)];
    }
    case "area":
    case "bare-area": {
      // "Công an các tỉnh A, B và C" names its bodies; "UBND các cấp" does not.
      if (generic) {
        const listed = ctx.is(j, "các") ? parseArea(ctx, j, "none") : null;
        return listed && listed.areas.length >= 2 ? withArea(base, listed) : null;
      }
      if (info.country) return foreignBody(ctx, base, info.country, j);
      // "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam", "Hội Liên hiệp Phụ nữ Lào": an
      // area's body named with a foreign country is that country's body (its firms'
      // association, its union), not one of a province's; its seat may follow.
      // ("Lào Cai" is the longer place at "Lào": a province, so no country here.)
      if (info.scope === "area" && ctx.starts(ctx.lex.places, j)) {
        const p = placeAt(ctx, j, null);
        if (p && p.place.level === "country" && p.place.name !== "Việt Nam") {
          const named = `${info.canonical} ${p.place.name}`;
          const at = seatAt(ctx, info.canonical, j, p.last);
          const foreign = { ...base, rule: "org.foreign-body" };
          return [
            at ? ending(foreign, at.last, `${named} ${at.text}`) : ending(foreign, p.last, named),
          ];
        }
      }
      if (ctx.is(j, "việt", "viet") && ctx.is(j + 1, "nam")) {
        // "Ủy ban MTTQ Việt Nam các cấp" is the whole system, not one body.
        if (ctx.inSet(j + 2, GENERIC_AFTER)) return null;
        const vn = info.canonical.endsWith("Việt Nam")
          ? info.canonical
          : `${info.canonical} Việt Nam`;
        // "Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình": the area after the country.
        const a = ctx.starts(ctx.lex.adminWords, j + 2) ? parseArea(ctx, j + 2, "province") : null;
        if (a) return withArea(base, a, vn);
        return [ending(base, j + 2, vn)];
      }
      const a = parseArea(ctx, j, info.scope === "bare-area" ? "any" : "province");
      if (a) return withArea(base, a);
      // "Sở Tư pháp và Sở Nội vụ tỉnh X": the area written once, after the second head.
      // (A bare-area committee's area is a bare name: "Tỉnh ủy và UBND tỉnh X" is left
      // to completion.)
      if (info.scope === "area" && ctx.is(j, "và")) {
        const shared = sharedArea(ctx, j, depth, info.canonical);
        if (shared) return withArea(base, { last: j, areas: shared }, base.head, "org.shared-area");
      }
      // The Front's "Ủy ban MTTQ Việt Nam" with no area after it is the system, not one body.
      if (info.canonical.endsWith("Việt Nam")) return null;
      // "Cục Thuế" alone is the national department (since 2025), unless the article
      // named it with its area before ("Cục Thuế tỉnh Nghệ An … Cục Thuế"): then it is
      // that province's, and the area is completed as for any implicit one.
      if (info.nationalAlone && (ctx.tok(h.first)?.upper ?? false)) {
        for (const o of ctx.orgs)
          if (o.head === info.canonical && o.prefix.length === 0 && o.area?.place)
            return withArea(base, {
              last: j,
              areas: [{ text: "", implicit: { word: "", level: "province" } }],
            });
        return [ending({ ...base, rule: "org.national-alone" }, j)];
      }
      // A specific body with the area left implicit: "Sở Lao động, Thương binh và Xã hội", "Tỉnh ủy".
      const specific =
        info.scope === "bare-area" ||
        info.kind === "party" ||
        info.canonical.split(" ").length >= 3;
      if (specific && (ctx.tok(h.first)?.upper ?? false)) {
        return withArea(base, {
          last: j,
          areas: [{ text: "", implicit: { word: "", level: "province" } }],
        });
      }
      return null;
    }
    case "unit": {
      if (depth >= 3) return null;
      const inner = parseOrgAt(ctx, j, depth + 1);
      if (inner) {
        // An outpost's seat after its body's name: "Phân hiệu Đại học Huế tại Quảng Trị".
        // (Only after a body with no area of its own: the name is prefix, head, area.)
        const seat =
          inner.length === 1 && !inner[0]!.area && SEAT_UNITS.has(info.canonical)
            ? outpostSeat(ctx, inner[0]!.last)
            : null;
        return inner.map((o) => {
          const c = cloneOrg(o);
          c.first = h.first;
          c.prefix = [info.canonical, ...o.prefix];
          c.rule = `org.unit>${o.rule}`;
          if (seat) {
            c.head = `${o.head} ${seat.text}`;
            c.last = seat.last;
            c.rule = "org.outpost-seat";
          }
          return c;
        });
      }
      if (ctx.is(j, "trung") && ctx.is(j + 1, "ương"))
        return [ending(base, j + 2, `${info.canonical} Trung ương`)];
      // A committee named by its task in lower case, then its area: "Ban Chỉ đạo vận
      // động hiến máu tình nguyện tỉnh", "Ban Vận động cứu trợ tỉnh".
      if (TASK_UNITS.has(info.canonical) && !ctx.isCapWord(j)) {
        let k = j;
        while (
          k - j < 9 &&
          (ctx.isWord(k) || ctx.is(k, ",")) &&
          !ctx.tokens[k]!.upper &&
          !ctx.longest(ctx.lex.adminWords, k) &&
          !ctx.inSet(k, FUNCTION_WORDS)
        )
          k++;
        if (k > j && ctx.longest(ctx.lex.adminWords, k) && !ctx.is(k - 1, ",")) {
          const a = parseArea(ctx, k, "none");
          if (a && a.areas.length === 1 && !a.areas[0]!.pluralCount)
            return withArea(base, a, `${info.canonical} ${textOf(ctx, j, k)}`, "org.task-unit");
        }
      }
      // A mass organisation's local chapter: "Đoàn Thanh niên xã Khổng Lào", "Công đoàn
      // ngành Giáo dục tỉnh" (a sector's union: its capitalised sector, then the area).
      if (AREA_UNITS.has(info.canonical)) {
        let k = j;
        if (ctx.is(k, "ngành") && ctx.isCapWord(k + 1)) {
          k++;
          while (
            ctx.isWord(k) &&
            !ctx.longest(ctx.lex.adminWords, k) &&
            !ctx.inSet(k, FUNCTION_WORDS) &&
            k - j < 6
          )
            k++;
        }
        if (ctx.longest(ctx.lex.adminWords, k)) {
          const a = parseArea(ctx, k, "none");
          // ("Công đoàn phường": the ward the text is about, completed like "UBND phường".)
          const named = a?.areas.every((x) => !x.pluralCount) ?? false;
          if (a && (named || k > j)) {
            const name = k > j ? `${info.canonical} ${textOf(ctx, j, k)}` : undefined;
            return withArea(base, a, name, "org.local-chapter");
          }
        }
      }
      // A state's mission named by the state: "Cơ quan đại diện Việt Nam tại Lào".
      if (SEAT_UNITS.has(info.canonical) && ctx.starts(ctx.lex.places, j)) {
        const p = placeAt(ctx, j, null);
        if (p && p.place.level === "country") {
          const named = `${info.canonical} ${p.place.name}`;
          const seat = outpostSeat(ctx, p.last);
          const mission = { ...base, rule: "org.outpost-seat" };
          return [
            seat
              ? ending(mission, seat.last, `${named} ${seat.text}`)
              : ending(mission, p.last, named),
          ];
        }
      }
      // Free-named unit: a short name, then the parent organization ("Phòng An ninh
      // kinh tế Công an tỉnh X") or directly its area ("Chi cục Thủy sản tỉnh X").
      if (
        FREE_UNITS.has(
          ctx.tokens
            .slice(h.first, h.last)
            .map((t) => t.lower)
            .join(" "),
        ) &&
        ctx.isCapWord(j)
      ) {
        for (let k = j + 1; k < j + 8 && k < ctx.tokens.length; k++) {
          const t = ctx.tokens[k]!;
          // "Trung tâm Huyết học - Truyền máu tỉnh": a dash between two capitalised parts
          // of the name (the name cannot end at it).
          if ((t.text === "-" || t.text === "–") && ctx.isCapWord(k + 1)) continue;
          // "Cục Thuế các tỉnh, thành phố": a class of units, not one with a free name.
          if (
            t.kind !== "word" ||
            t.lineStart ||
            FUNCTION_WORDS.has(t.lower) ||
            CLASS_WORDS.has(t.lower)
          )
            break;
          const name = `${info.canonical} ${ctx.tokens
            .slice(j, k)
            .map((x) => x.text)
            .join(" ")}`;
          // "Chi cục Hải quan cửa khẩu Quốc tế Lao Bảo": a unit seated at a border gate
          // is named by the gate.
          const gate = gateNameEnd(ctx, k);
          if (gate > 0)
            return [
              ending(
                { ...base, rule: "org.unit-at-gate" },
                gate,
                `${name} ${textOf(ctx, k, gate)}`,
              ),
            ];
          // "Chi cục Thủy sản và Bộ đội Biên phòng tỉnh X": another body after "và" ends
          // the free name (a name's own "và" joins words no body starts with: "Chi cục
          // Trồng trọt và Bảo vệ thực vật"); the two share the area written after it.
          if (t.lower === "và" && ctx.isCapWord(k + 1) && ctx.starts(ctx.lex.orgs, k + 1)) {
            const shared = sharedArea(ctx, k, depth, info.canonical);
            if (shared) return withArea(base, { last: k, areas: shared }, name, "org.shared-area");
            const next = depth < 3 ? parseOrgAt(ctx, k + 1, depth + 1) : null;
            if (!next) continue;
            // "Phòng Cảnh sát hình sự và Phòng Cảnh sát kinh tế Công an tỉnh X": units
            // of one kind listed before their parent, written once, share it.
            const unit = next[0]!.prefix[0];
            if (next[0]!.rule !== "org.unit-named" || !unit?.startsWith(`${info.canonical} `))
              return null;
            return next.map((o) => {
              const c = cloneOrg(o);
              c.first = h.first;
              c.last = k;
              c.prefix = [name, ...o.prefix.slice(1)];
              c.rule = "org.shared-parent";
              return c;
            });
          }
          const parent = parseOrgAt(ctx, k, depth + 1);
          if (parent)
            return parent.map((o) => {
              const c = cloneOrg(o);
              c.first = h.first;
              c.prefix = [name, ...o.prefix];
              c.rule = "org.unit-named";
              return c;
            });
          if (ctx.longest(ctx.lex.adminWords, k)) {
            const a = parseArea(ctx, k, "none");
            if (a) return withArea(base, a, name, "org.unit-area");
          }
        }
      }
      return null;
    }
    case "named": {
      // "Quân khu 4", "Sư đoàn 316": military units are named by their number.
      const end =
        NUMBERED_HEADS.has(info.canonical) && ctx.tok(j)?.kind === "number"
          ? j + 1
          : properName(ctx, j);
      if (end === j) return null;
      const head = `${info.canonical} ${nameWords(ctx, j, end)}`;
      const at = seatAt(ctx, info.canonical, j, end);
      if (at) return [ending(base, at.last, `${head} ${at.text}`)];
      const a = parseArea(ctx, end, "none");
      if (a && !a.areas[0]?.implicit) return withArea(base, a, head);
      // (A bare "Hội X" is as often a festival or a contest: only with its area.)
      if (AREA_NAMED.has(info.canonical)) return null;
      return [ending(base, end, head)];
    }
  }
}

/** "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh": a branch and its area (written or implied) extend the name. */
function branch(ctx: RuleContext, orgs: OrgAnn[]): OrgAnn[] {
  const o = orgs[0]!;
  if (orgs.length !== 1 || o.area || !ctx.is(o.last, "chi") || !ctx.is(o.last + 1, "nhánh"))
    return orgs;
  // "chi nhánh tỉnh" alone is the branch of the article's province.
  const a = parseArea(ctx, o.last + 2, "province");
  if (!a) return orgs;
  return a.areas.map((area) => {
    const c = cloneOrg(o);
    c.head = `${o.head} chi nhánh`;
    c.area = area;
    c.last = a.last;
    return c;
  });
}

/**
 * "Đảng ủy xã, phường, đặc khu", "UBND huyện, thị xã": a body's bare admin word
 * followed by more bare admin words names the bodies of every unit of those levels,
 * no body of one. (At `at`, the index after the body.)
 */
function levelsListed(ctx: RuleContext, at: number): boolean {
  // (In lower case: "Hội LHPN tỉnh và Tỉnh đoàn Thái Bình" lists two bodies.)
  if (!ctx.is(at, ",", "và") || ctx.isCapWord(at + 1) || !ctx.starts(ctx.lex.adminWords, at + 1))
    return false;
  const aw = ctx.longest(ctx.lex.adminWords, at + 1);
  return aw !== undefined && !ctx.isCapWord(aw.last) && ctx.tok(aw.last)?.kind !== "number";
}

/** Organizations whose name starts at token i (several for a plural area), or null. */
export function parseOrgAt(ctx: RuleContext, i: number, depth = 0): OrgAnn[] | null {
  // No organization starts at a word no head starts with: the common case, answered first.
  if (!ctx.starts(ctx.lex.orgs, i)) return null;
  const t = ctx.tokens[i]!;
  // Organization names are capitalised: "công an" in running text is the force, not
  // a body (a diacritic-free text has no case to go by). Only a title sharing its
  // head word reads a lower-case head (parseSharedHeadOrg).
  if (!t.upper && !ctx.asciiMode && !pressInLowerCase(ctx, i)) return null;
  return depth === 0 ? ctx.memo("org", i, parseOrgAtTop) : parseOrgAtUncached(ctx, i, depth);
}

/** Words before "báo" that make it another word: "nhà báo", "cảnh báo", "thông báo" … */
const BAO_COMPOUNDS = new Set(["nhà", "cảnh", "thông", "dự", "tình", "điện", "hồi", "mách"]);

/**
 * "theo báo Tuổi Trẻ", "tạp chí Cộng sản": a paper credited in the body is an
 * organization (GUIDE), and its kind word is often written in lower case. Only
 * before a capitalised name, and not in "nhà báo", "cảnh báo", "thông báo".
 */
function pressInLowerCase(ctx: RuleContext, i: number): boolean {
  const next = ctx.is(i, "báo") ? i + 1 : ctx.is(i, "tạp") && ctx.is(i + 1, "chí") ? i + 2 : -1;
  return next > 0 && ctx.isCapWord(next) && !ctx.inSet(i - 1, BAO_COMPOUNDS);
}

function parseOrgAtTop(ctx: RuleContext, i: number): OrgAnn[] | null {
  return parseOrgAtUncached(ctx, i, 0);
}

/**
 * The body whose head word a title has written in lower case: "Trưởng ban Dân vận
 * Trung ương", "Trưởng đoàn Đại biểu Quốc hội tỉnh" (the title shares "ban", "đoàn").
 */
export function parseSharedHeadOrg(ctx: RuleContext, i: number): OrgAnn[] | null {
  const t = ctx.tok(i);
  if (!t || t.upper || !ctx.isCapWord(i + 1)) return parseOrgAt(ctx, i);
  return ctx.memo("org-shared", i, parseOrgAtTop);
}

function parseOrgAtUncached(ctx: RuleContext, i: number, depth: number): OrgAnn[] | null {
  const t = ctx.tok(i);
  if (!t || (t.kind !== "word" && t.kind !== "abbr")) return null;
  const hits = ctx.hits(ctx.lex.orgs, i);
  for (let n = 0; n < hits.length; n++) {
    const h = hits[n]!;
    if (h.payload.canonical === "Đảng bộ" && partyOrganisationInPhrase(ctx, h.first, h.last))
      continue;
    const r = extend(ctx, h, depth);
    if (!r || r.length === 0) continue;
    // A national body's name with an area after it ("Mặt trận Tổ quốc Việt Nam tỉnh
    // Quảng Bình"): when a shorter head reads the same words as that area's body, the
    // area's body it is.
    if (h.payload.scope === "national" && ctx.starts(ctx.lex.adminWords, r[0]!.last)) {
      for (let m = n + 1; m < hits.length; m++) {
        const alt = hits[m]!.payload.scope === "national" ? null : extend(ctx, hits[m]!, depth);
        if (alt && alt.length > 0 && alt[0]!.area && alt[0]!.last > r[0]!.last)
          return branch(ctx, alt);
      }
    }
    return branch(ctx, r);
  }
  return null;
}

/** "Hội Doanh nhân trẻ tỉnh Bình Định (Hội DNT Bình Định)": a short name defined in brackets. */
function bracketAlias(ctx: RuleContext, at: number): { first: number; last: number } | null {
  if (!ctx.is(at, "(")) return null;
  // "(Lào)", "(Điện Biên)" qualify the body by its country or province: no short name.
  const place = ctx.longest(ctx.lex.places, at + 1);
  if (place && ctx.is(place.last, ")")) return null;
  // "(Đại học Quốc gia Hà Nội)" after a faculty or school names its parent body.
  if (parseOrgAt(ctx, at + 1)) return null;
  let k = at + 1;
  while (
    k < ctx.tokens.length &&
    k - at <= 6 &&
    (ctx.isCapWord(k) || (k > at + 1 && ctx.isWord(k)))
  )
    k++;
  if (k === at + 1 || !ctx.is(k, ")")) return null;
  return { first: at + 1, last: k };
}

/** Phase: every organization in the body, left to right, longest first; then its bracketed short names. */
export function findOrganizations(ctx: RuleContext): void {
  const n = ctx.tokens.length;
  const aliases = new Map<string, OrgAnn>();
  // The end of the last class of bodies skipped ("các Huyện ủy"), or -1.
  let classEnd = -1;
  let classKind: OrgAnn["kind"] | undefined;
  for (let i = 0; i < n; ) {
    const found = parseOrgAt(ctx, i);
    if (!found) {
      // "Ủy ban MTTQ Việt Nam các cấp": a head read as generic is not re-read from its middle.
      // (Only where a name could have started: a capitalised word, or any in ascii mode.)
      const t = ctx.tokens[i]!;
      const head =
        (t.upper || ctx.asciiMode) && ctx.starts(ctx.lex.orgs, i)
          ? ctx.longest(ctx.lex.orgs, i)
          : undefined;
      i = head && ctx.inSet(head.last, GENERIC_AFTER) ? head.last : i + 1;
      continue;
    }
    let last = Math.max(...found.map((o) => o.last));
    // "các Huyện ủy", "một số Sở": a class of bodies, not one of them; and so is every
    // head listed with it ("một số Huyện ủy, Thị ủy, Thành ủy X, Y").
    // (Only a bare head of the same kind: "các Sở, Ban Dân vận Tỉnh ủy X" names that Ban.)
    const listedWithClass =
      classEnd >= 0 &&
      i === classEnd + 1 &&
      ctx.is(classEnd, ",", "và") &&
      found[0]!.kind === classKind &&
      found[0]!.prefix.length === 0;
    if (
      listedWithClass ||
      (found[0]!.area?.implicit &&
        !found[0]!.area.pluralCount &&
        (QUANTIFIERS.has(ctx.tok(i - 1)?.lower ?? "") || levelsListed(ctx, last)))
    ) {
      ctx.claim(i, last);
      classEnd = last;
      classKind = found[0]!.kind;
      i = last;
      continue;
    }
    classEnd = -1;
    for (const o of found) ctx.orgs.push(o);
    ctx.orgAt.set(i, found);
    const alias = found.length === 1 ? bracketAlias(ctx, last) : null;
    if (alias) {
      aliases.set(
        ctx.tokens
          .slice(alias.first, alias.last)
          .map((t) => t.fold)
          .join(" "),
        found[0]!,
      );
      found[0]!.alias ??= ctx.tokens
        .slice(alias.first, alias.last)
        .map((t) => t.text)
        .join(" ");
      last = alias.last + 1;
    } else if (
      found.length === 1 &&
      found[0]!.alias !== undefined &&
      found[0]!.rule.startsWith("org.national")
    ) {
      // A national body's abbreviation in brackets right after its name: "Liên đoàn …
      // Việt Nam (VCCI) chi nhánh Cần Thơ". (After a head still to be named, "Liên hiệp
      // Hợp tác xã (HTX) Cà phê X", it stands for the head's words only.)
      aliases.set(foldSameLength(found[0]!.alias.toLowerCase()), found[0]!);
    }
    ctx.claim(i, last);
    i = last;
  }
  if (aliases.size === 0) return;
  // Later uses of a short name are mentions of the same organization.
  for (const [key, org] of aliases) {
    const words = key.split(" ");
    for (let i = 0; i + words.length <= n; i++) {
      // (Lengths first: a fold has its word's length, and most words are not the alias's.)
      const t = ctx.tokens[i]!;
      // (A short name is written in capitals: "TƯ" is no "từ".)
      if (t.lower.length !== words[0]!.length || t.fold !== words[0] || !t.upper) continue;
      let ok = true;
      for (let m = 1; m < words.length && ok; m++) ok = ctx.tokens[i + m]!.fold === words[m];
      if (!ok) continue;
      // A dictionary reading of the short name ("VCCI" as the chamber's old name) gives
      // way to the article's own definition ("Liên đoàn Thương mại và Công nghiệp Việt
      // Nam (VCCI)"), its branch or area kept.
      if (ctx.claimed[i]) {
        for (const x of ctx.orgAt.get(i) ?? [])
          if (
            x !== org &&
            x.prefix.length === 0 &&
            !org.head.startsWith(x.head) &&
            x.rule !== "org.alias"
          ) {
            x.head = org.head;
            x.kind = org.kind;
          }
        continue;
      }
      let free = true;
      for (let m = 1; m < words.length && free; m++) free = !ctx.claimed[i + m];
      if (!free) continue;
      const o = cloneOrg(org);
      o.first = i;
      o.last = i + words.length;
      o.rule = "org.alias";
      ctx.orgs.push(o);
      ctx.orgAt.set(i, [o]);
      ctx.claim(i, o.last);
    }
  }
}
