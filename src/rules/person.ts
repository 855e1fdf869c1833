import { foldedUnit } from "../normalize/fold.js";
import type { Sentence } from "../tokenize/index.js";
import { parseArea } from "./area.js";
import {
  allCaps,
  cloneOrg,
  type OrgAnn,
  type PersonAnn,
  type RoleAnn,
  type RuleContext,
  type TitleParse,
  UPPER,
} from "./context.js";
import { completedArea, implicitLevel, withArea } from "./home.js";
import { AT_PLACE, featureWordBefore } from "./location.js";
import { parseOrgAt } from "./organization.js";
import { furtherOffice, lastBodyOfKind, mostNamedBody, parseTitleChain } from "./role.js";

/** Words that may follow an honorific but never start a name. */
const NOT_NAMES = new Set([
  "các",
  "cùng",
  "đại",
  "phát",
  "cho",
  "được",
  "đã",
  "và",
  "là",
  "ở",
  "tại",
  "của",
  "này",
]);

/** Byline prefixes: "Tác giả: Kim Anh", "Tin, ảnh: …", "Ảnh: Quang Vinh". */
const BYLINE_PREFIX =
  /^(tác giả|bài và ảnh|bài, ảnh|tin, ảnh|tin và ảnh|tin ảnh|bài|ảnh|tin|nhóm pv|pv|phóng viên|theo)$/;

function titleCase(s: string): string {
  return s.length > 1 && allCaps(s) ? s[0]! + s.slice(1).toLowerCase() : s;
}

/** Name text of tokens [first, last): all-caps syllables in title case ("TRÍ NHÂN" → "Trí Nhân"). */
export function nameText(ctx: RuleContext, first: number, last: number): string {
  // Tokens joined as written: a space between syllables, none inside "Min-soo".
  let out = "";
  for (let k = first; k < last; k++) {
    const t = ctx.tokens[k]!;
    if (k > first && t.start > ctx.tokens[k - 1]!.end) out += " ";
    out += titleCase(t.text);
  }
  return out;
}

/** Is token k a name syllable: a capitalised word that starts no title, organization or honorific? */
function nameSyllable(ctx: RuleContext, k: number, first: boolean): boolean {
  const t = ctx.tok(k);
  if (t?.kind !== "word" || !t.upper) return false;
  // Every syllable has a vowel: "CTV", "ĐNTV", "PV" are acronyms (a contributor, an outlet).
  if (t.text.length > 1 && !hasVowel(t.lower)) return false;
  if (!first && t.lineStart) return false;
  if (first && NOT_NAMES.has(t.lower)) return false;
  if (!first) {
    const title = ctx.longest(ctx.lex.titles, k);
    if (title && !titleCasedAsName(ctx, title.first, title.last, title.payload.title)) return false;
    if (ctx.longest(ctx.lex.orgs, k)) return false;
  }
  // "Anh", "Bình" end many names ("Lương Đức Anh"); only a rank or degree after a name starts a new phrase.
  const h = first ? undefined : ctx.longest(ctx.lex.honorifics, k);
  if (h && (h.payload.kind === "rank" || h.payload.kind === "academic") && h.last - h.first >= 2)
    return false;
  return true;
}

/**
 * A title of two or more words written with every word capitalised where the title
 * has a lower-case one: given names ("Đinh Công Sứ", not the title "Công sứ").
 */
function titleCasedAsName(ctx: RuleContext, first: number, last: number, title: string): boolean {
  if (last - first < 2 || !title.includes(" ")) return false;
  for (let k = first; k < last; k++) if ((ctx.flags[k]! & UPPER) === 0) return false;
  return title.split(" ").some((w) => w.charCodeAt(0) !== w.toUpperCase().charCodeAt(0));
}

/** A word with a vowel letter (y included), with or without its marks. */
function hasVowel(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    // Folded in place ("ệ" → "e"): no folded copy of the word.
    const c = foldedUnit(word.charCodeAt(i)) | 0x20;
    if (c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79)
      return true;
  }
  return false;
}

/** Capitalised syllables from i; at most `max`. Returns the end index. */
function nameRun(ctx: RuleContext, i: number, max: number): number {
  let k = i;
  while (k - i < max && nameSyllable(ctx, k, k === i)) {
    k++;
    // "Park Min-soo": a hyphen written tight between two parts of one name. Between
    // two words in capitals it parts two names ("Tin, ảnh: TRÍ NHÂN-HẢI HOAN", a
    // byline of two reporters): capitals cannot show "Min-soo" from "Nhân-Hải".
    const dash = ctx.tok(k);
    const next = ctx.tok(k + 1);
    const before = ctx.tok(k - 1)!;
    if (
      dash?.text === "-" &&
      next?.kind === "word" &&
      dash.start === before.end &&
      next.start === dash.end &&
      !(
        before.text.length > 1 &&
        allCaps(before.text) &&
        next.text.length > 1 &&
        allCaps(next.text)
      )
    )
      k += 2;
  }
  // Foreign names run long ("Bounnhang Vorachit Sisavath"); a dash or comma ends the name.
  return k;
}

/**
 * A capitalised honorific opening a line, one syllable after it, then a separator
 * and another capitalised name ("Anh Quân, Văn Tường/ CTV ĐNTV"): the first name of
 * a byline, whose "Anh" or "Chị" is part of the name. (In "Anh Tuấn, chủ nhiệm hợp
 * tác xã, cho biết" a lower-case word follows the comma.)
 */
function bylineLead(ctx: RuleContext, i: number, j: number): boolean {
  return (
    j === i + 1 &&
    ctx.isCapWord(i) &&
    ctx.tokens[i]!.lineStart &&
    ctx.isCapWord(j) &&
    ctx.is(j + 1, ",", "-", "/") &&
    ctx.isCapWord(j + 2) &&
    ctx.isCapWord(j + 3)
  );
}

function startsWithSurname(ctx: RuleContext, i: number): boolean {
  const t = ctx.tok(i);
  if (!t) return false;
  // (starts() first: matchAt would find nothing either, after building nothing.)
  return (
    ctx.isSurname(i) ||
    (ctx.starts(ctx.lex.multiSurnames, i) &&
      ctx.lex.multiSurnames.matchAt(ctx.tokens, i).length > 0)
  );
}

/** A Vietnamese full name at i: a family name and one to four more syllables. */
function strictName(ctx: RuleContext, i: number): number {
  if (!startsWithSurname(ctx, i)) return i;
  const end = nameRun(ctx, i, 5);
  return end - i >= 2 ? end : i;
}

/**
 * Where a holder's full name starts inside the body a title ended with, or -1. A
 * body's free name (a company's, a post's, a ward's) is read up to the last
 * capitalised word, and a name written right after it ("Giám đốc Công ty TNHH Minh
 * Phát Vũ Đức Anh cho biết") is read into it. The name must start with a family
 * name after at least two capitalised words of the body's own ("Trường THPT Chuyên
 * Lê Quý Đôn" keeps its name: one word, "Chuyên", before it; acronyms do not count),
 * and run to the end of the body or past it. On success the body is cut short there,
 * in the title and in the organizations found before, and the name's words are free.
 */
function nameInsideBody(ctx: RuleContext, title: TitleParse): number {
  const o = title.org!;
  for (let s = o.first + 2; s < o.last; s++) {
    if (!ctx.isCapWord(s) || !ctx.isSurname(s)) continue;
    const end = strictName(ctx, s);
    if (end < o.last || end - s < 2) continue;
    let own = 0;
    for (let k = s - 1; k > o.first && ctx.isCapWord(k); k--) {
      const w = ctx.tokens[k]!.text;
      if (w.length > 1 && allCaps(w)) break;
      own++;
    }
    if (own < 2) continue;
    const cut = cutBody(ctx, o, s);
    if (!cut) return -1;
    title.org = cut;
    title.last = s;
    for (let n = 0; n < ctx.orgs.length; n++) if (ctx.orgs[n] === o) ctx.orgs[n] = cut;
    const at = ctx.orgAt.get(o.first);
    if (at)
      ctx.orgAt.set(
        o.first,
        at.map((x) => (x === o ? cut : x)),
      );
    ctx.claimed.fill(0, s, o.last);
    return s;
  }
  return -1;
}

/** The body o ending before token s: its free name (or free area name) without the words from s. */
function cutBody(ctx: RuleContext, o: OrgAnn, s: number): OrgAnn | null {
  const tail = ` ${ctx.tokens
    .slice(s, o.last)
    .map((t) => t.text)
    .join(" ")}`;
  const c = cloneOrg(o);
  c.last = s;
  const area = o.area;
  if (area) {
    if (area.place || area.implicit || area.pluralCount || !area.text.endsWith(tail)) return null;
    c.area = { text: area.text.slice(0, -tail.length), bare: area.bare };
  } else if (o.head.endsWith(tail)) c.head = o.head.slice(0, -tail.length);
  else return null;
  return c;
}

/** "(Bộ Nông nghiệp và Môi trường)" at i, an organization alone in brackets: the index after ")", else -1. */
function parentInBrackets(ctx: RuleContext, i: number): number {
  if (!ctx.is(i, "(")) return -1;
  const o = parseOrgAt(ctx, i + 1)?.[0];
  return o && ctx.is(o.last, ")") ? o.last + 1 : -1;
}

/** The words [first, end) are (the start of) a place name: "Hà Nội", "Hồ Chí Minh". */
function isPlaceName(ctx: RuleContext, first: number, end: number): boolean {
  const place = ctx.longest(ctx.lex.places, first);
  return place !== undefined && place.last >= end;
}

function addPerson(ctx: RuleContext, p: PersonAnn): PersonAnn {
  ctx.persons.push(p);
  ctx.claim(p.first, p.last);
  return p;
}

/** The appositive titles after a name: ", Title Org, Title Org", " - Title Org", " (Title Org)". */
function attachChain(ctx: RuleContext, person: PersonAnn, at: number): number {
  let j = at;
  if (!ctx.is(j, ",", "-", "(", ":")) return at;
  j++;
  // "Võ Thanh Tùng, kiêm Trưởng Ban …", "…, đồng thời là Phó Trưởng ban …": a further office.
  j = furtherOffice(ctx, j);
  const chain = parseTitleChain(ctx, j);
  if (chain.titles.length === 0) return at;
  for (const t of chain.titles) addRole(ctx, person, t, "role.apposition");
  let end = chain.last;
  if (ctx.is(at, "(") && ctx.is(end, ")")) end++;
  return end;
}

function addRole(ctx: RuleContext, person: PersonAnn, t: TitleParse, rule: string): void {
  const role: RoleAnn = {
    person,
    title: t.title,
    first: t.first,
    last: t.last,
    org: t.org,
    former: t.former,
    rule: `${rule}>${t.rule}`,
  };
  ctx.roles.push(role);
  // The title's own words: up to its body, or the whole phrase when the body is inside it ("Ủy viên Trung ương Đảng").
  ctx.titleSpans.push([
    t.first,
    t.org && t.org.first > t.first ? Math.min(t.org.first, t.last) : t.last,
  ]);
  if (t.org) ctx.claim(t.org.first, t.org.last);
}

/**
 * Areas left implicit in one person's chain are those of the chain's explicit
 * areas: "UVTV Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La" → the Tỉnh ủy is that of Sơn La.
 */
function completeChainAreas(roles: RoleAnn[]): void {
  // "Phó Bí thư Đảng ủy, Chủ tịch UBND xã": the Đảng ủy is of the same xã.
  const sibling = roles
    .map((r) => r.org?.area?.implicit)
    .find((a) => a && (a.level === "commune" || a.level === "district"));
  if (sibling) {
    for (const r of roles) {
      const a = r.org?.area;
      if (r.org && a?.implicit && a.implicit.word === "" && !a.pluralCount)
        r.org = withArea(r.org, { text: sibling.word, implicit: sibling });
    }
  }
  // Each implicit area takes the chain's explicit area of its own level:
  // "Huyện ủy viên, Chủ tịch UBND huyện Chợ Đồn" → Huyện ủy Chợ Đồn.
  for (const r of roles) {
    const a = r.org?.area;
    if (!r.org || !a?.implicit || a.pluralCount) continue;
    const lv = implicitLevel(r.org);
    const explicit = roles
      .map((x) => x.org?.area)
      .filter((x) => x?.place && x.place.level === lv && !x.implicit);
    const area = explicit[explicit.length - 1];
    if (area?.place) r.org = withArea(r.org, completedArea(r.org, a, area.place));
  }
}

/** Words before a name that make it the name of a place: "đường Mai Thúc Loan", "Bảo tàng Đại tướng X". */
const NAMED_AFTER = new Set([
  "đường",
  "phố",
  "bảo tàng",
  "nhà lưu niệm",
  "khu lưu niệm",
  "tượng đài",
  "quảng trường",
  "cầu",
  "khu di tích",
  "di tích",
  "lăng",
  "đền thờ",
  "nhà tưởng niệm",
]);

const NAMED_AFTER_LAST = new Set([...NAMED_AFTER].map((w) => w.slice(w.lastIndexOf(" ") + 1)));

function namesAPlace(ctx: RuleContext, i: number): boolean {
  const one = ctx.tok(i - 1)?.lower ?? "";
  // "cửa khẩu Cha Lo": the honorific "Cha" there starts a gate's name.
  if (!NAMED_AFTER_LAST.has(one)) return featureWordBefore(ctx, i);
  const two = `${ctx.tok(i - 2)?.lower ?? ""} ${one}`;
  const three = `${ctx.tok(i - 3)?.lower ?? ""} ${two}`;
  return NAMED_AFTER.has(one) || NAMED_AFTER.has(two) || NAMED_AFTER.has(three);
}

/**
 * The name at i follows an administrative word ("phường Trần Hưng Đạo", "xã Lê
 * Lợi"): units are named after historical figures, and the admin word says this
 * is the unit. Asked only once a full name has been read.
 */
function afterAdminWord(ctx: RuleContext, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0; k--) {
    const aw = ctx.starts(ctx.lex.adminWords, k) ? ctx.longest(ctx.lex.adminWords, k) : undefined;
    if (aw && aw.last === i) return true;
  }
  return false;
}

/**
 * A cheap test before a lower-case title is parsed: the title's words start here
 * and a capitalised word (its body's) follows them. Most lower-case words that start
 * a title phrase are words of the sentence ("chủ động", "tăng trưởng").
 */
function lowerTitleBeforeName(ctx: RuleContext, i: number): boolean {
  if (!ctx.starts(ctx.lex.titles, i)) return false;
  // (The bytes first: the first capitalised word of the next five must start a body's
  // name, or no walk. Titles with a body are what this reads.)
  let k = i + 1;
  while (k <= i + 5 && k < ctx.flags.length && (ctx.flags[k]! & UPPER) === 0) k++;
  if (k > i + 5 || k >= ctx.flags.length || !ctx.starts(ctx.lex.orgs, k)) return false;
  const h = ctx.longest(ctx.lex.titles, i);
  return h !== undefined && ((ctx.flags[h.last] ?? 0) & UPPER) !== 0;
}

/** Where a full name starts one or two lower-case words after k, or k. */
function nameAfterCalling(ctx: RuleContext, k: number): number {
  for (let m = k + 1; m <= k + 2; m++) {
    const t = ctx.tok(m - 1);
    if (t === undefined || t.kind !== "word" || t.upper || NOT_NAMES.has(t.lower)) return k;
    if (!ctx.isCapWord(m)) continue;
    const end = strictName(ctx, m);
    return end > m && !isPlaceName(ctx, m, end) ? m : k;
  }
  return k;
}

/** Phase: persons with honorifics, names in apposition to titles, titles before names, bylines. */
export function findPersons(ctx: RuleContext): void {
  const n = ctx.tokens.length;
  const lowerBits =
    ctx.bitOf(ctx.lex.honorifics) | ctx.bitOf(ctx.lex.titles) | ctx.bitOf("surname");
  for (let i = 0; i < n; i++) {
    if (ctx.claimed[i]) continue;
    // Every trigger starts at a capitalised word, an honorific, "nguyên" (it folds like
    // the family name Nguyễn) or a title in lower case ("chủ tịch UBND tỉnh X Nguyễn Văn
    // A", some papers' house style; read only before its body and a full name, below):
    // the rest is skipped early, from the flag and dictionary bytes.
    const upper = (ctx.flags[i]! & UPPER) !== 0;
    let lowerTitle = false;
    if (!upper) {
      // (Most lower-case words start none of the three: one byte read says so.)
      if ((ctx.maskAt(i) & lowerBits) === 0) continue;
      lowerTitle = lowerTitleBeforeName(ctx, i);
      if (
        !lowerTitle &&
        !ctx.starts(ctx.lex.honorifics, i) &&
        !(ctx.surnameSyllable(i) && ctx.tokens[i]!.lower === "nguyên")
      )
        continue;
    }
    // A street or a memorial named after someone is a place, not a mention of the person
    // ("đường Mai Thúc Loan"; "Đường Nguyễn Thị Minh Khai" at a sentence start).
    const street =
      ctx.is(i, "đường", "phố") && ctx.isCapWord(i + 1) && ctx.isSurname(i + 1) ? 1 : 0;
    if (street || namesAPlace(ctx, i)) {
      i += street;
      // (A rank or a title inside the name is skipped whole: "Bảo tàng Đại tướng X".)
      let k = i;
      while (k < n && k - i < 7) {
        const h = ctx.longest(ctx.lex.honorifics, k) ?? ctx.longest(ctx.lex.titles, k);
        if (h) k = h.last;
        else if (ctx.isCapWord(k)) k++;
        else break;
      }
      if (k > i) {
        i = k - 1;
        continue;
      }
    }
    const rolesBefore = ctx.roles.length;
    const t = ctx.tokens[i]!;

    // 1. Honorifics, ranks and academic prefixes, possibly stacked: "đồng chí Thượng tướng X".
    let j = i;
    let gender: "male" | "female" | undefined;
    let sawHonorific = false;
    for (;;) {
      const h = ctx.longest(ctx.lex.honorifics, j);
      if (!h) break;
      // "Bà Rịa", "Anh" (England): a place that starts here wins.
      const place = ctx.longest(ctx.lex.places, j);
      if (place && place.last > h.last && ctx.isCapWord(j)) break;
      gender ??= h.payload.gender;
      sawHonorific = true;
      j = h.last;
      if (ctx.is(j, ",")) j++;
    }
    // "Anh Quân, Văn Tường/ CTV": a line of reporters' names, where "Anh" is a name.
    if (sawHonorific && bylineLead(ctx, i, j)) continue;
    if (sawHonorific) {
      // "Các đồng chí: A - …; B - …": each item is a name and its titles.
      if (ctx.is(j, ":")) {
        i = enumeration(ctx, j + 1, gender, officeBeforeList(ctx, i)) - 1;
        continue;
      }
      // "đồng chí Chủ tịch UBND tỉnh Nguyễn Văn A": a title between honorific and name.
      const chainBefore = parseTitleChain(ctx, j);
      let k = chainBefore.titles.length > 0 ? chainBefore.last : j;
      // "Bác sĩ pháp y Lê Hùng", "cô giáo chủ nhiệm Lò Thị Mai": a word or two of the
      // calling, then a full name (one led by a family name, and no place).
      if (chainBefore.titles.length === 0 && !ctx.isCapWord(k)) k = nameAfterCalling(ctx, k);
      // (Never across a line break: "Ảnh: Đức Anh" then the byline "Thu Phương" below.)
      const end = ctx.tokens[k]?.lineStart ? k : nameRun(ctx, k, 7);
      if (end > k && !ctx.isClaimed(k, end)) {
        const p = addPerson(ctx, {
          first: k,
          last: end,
          name: nameText(ctx, k, end),
          gender,
          short: end - k === 1,
          rule: "person.honorific",
        });
        // The honorific is the person's too: "Anh" (brother) before a name is no England.
        ctx.claim(i, j);
        for (const tp of chainBefore.titles) addRole(ctx, p, tp, "role.title-before-name");
        i = attachChain(ctx, p, end) - 1;
        completeChainAreas(ctx.roles.slice(rolesBefore));
        continue;
      }
    }

    // 2. Titles before a name: "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Hữu Dũng",
    // "Tổng thống Mỹ Donald Trump" (the country stays a location).
    if (upper || lowerTitle) {
      const chain = parseTitleChain(ctx, i);
      if (chain.titles.length > 0) {
        const lastT = chain.titles[chain.titles.length - 1]!;
        // "Phó Cục trưởng Cục Thú y (Bộ Nông nghiệp và Môi trường) Hoàng Văn Khánh": a
        // national department's ministry in brackets stands between its body and the
        // holder's name (the ministry is an organization of its own, not the role's).
        const parentEnd =
          lastT.org && lastT.org.last === chain.last ? parentInBrackets(ctx, chain.last) : -1;
        const from = parentEnd > 0 ? parentEnd : chain.last;
        let k = from;
        const country = ctx.longest(ctx.lex.places, k);
        if (country && country.payload.level === "country" && country.last > k) k = country.last;
        else if (
          !lastT.org &&
          ctx.starts(ctx.lex.adminWords, k) &&
          ctx.longest(ctx.lex.adminWords, k)
        ) {
          // "Tỉnh trưởng tỉnh Ratanakiri Un Chanda": the office's province, then the name.
          const a = parseArea(ctx, k, "none");
          if (a && !a.areas[0]?.implicit && nameRun(ctx, a.last, 6) - a.last >= 2) k = a.last;
        }
        let strict = strictName(ctx, k);
        // "Phó đồn trưởng Đồn Biên phòng Cầu Treo Nguyễn Văn Tài": the body's free name
        // ran on into the holder's name.
        if (strict <= k && parentEnd < 0 && lastT.org && lastT.org.last === chain.last) {
          const split = nameInsideBody(ctx, lastT);
          if (split > 0) {
            k = chain.last = split;
            strict = strictName(ctx, k);
          }
        }
        // In lower case only with their bodies and a full name after them: "chủ tịch"
        // alone is a word of the sentence ("được bầu làm chủ tịch"), and so is
        // "phóng viên" in "trao đổi với phóng viên, chủ tịch UBND tỉnh X Nguyễn Văn A".
        if (lowerTitle && (strict <= k || k > from || !chain.titles.every((x) => x.org))) continue;
        // A name without a Vietnamese family name only after a foreign office or a
        // country ("Tổng thống Mỹ Donald Trump", "Đại sứ Nhật Bản Takahashi Kenji").
        const foreign = k > from || lastT.rule === "title.standalone";
        const capsLine =
          ctx.tokens[k] !== undefined &&
          ctx.tokens[k]!.text.length > 1 &&
          allCaps(ctx.tokens[k]!.text);
        const end = strict > k ? strict : foreign && !capsLine ? nameRun(ctx, k, 6) : k;
        // "Chủ tịch Hồ Chí Minh": after a title with no body, a full name wins over a place.
        const lastTitle = chain.titles[chain.titles.length - 1]!;
        const placeOk =
          !isPlaceName(ctx, k, end) ||
          (strict > k && !lastTitle.org && !ctx.longest(ctx.lex.adminWords, k - 1));
        if (end - k >= 2 && !ctx.isClaimed(k, end) && placeOk) {
          const p = addPerson(ctx, {
            first: k,
            last: end,
            name: nameText(ctx, k, end),
            rule: "person.after-title",
          });
          for (const tp of chain.titles) addRole(ctx, p, tp, "role.title-before-name");
          i = attachChain(ctx, p, end) - 1;
          completeChainAreas(ctx.roles.slice(rolesBefore));
          continue;
        }
      }
    }

    // 3. A full name followed by its titles: "Hà Văn Tân - Giám đốc Sở Y tế".
    // An all-caps line (a headline) has no case to tell names from words.
    const end = t.text.length > 1 && allCaps(t.text) ? i : strictName(ctx, i);
    // ("tại Hà Nội, Thứ trưởng …": a place after a word of place, not a name.)
    const placeAfterCue = end > i && ctx.inSet(i - 1, AT_PLACE) && isPlaceName(ctx, i, end);
    if (end > i && !ctx.isClaimed(i, end) && !placeAfterCue) {
      const p: PersonAnn = {
        first: i,
        last: end,
        name: nameText(ctx, i, end),
        rule: "person.apposition",
      };
      const before = ctx.roles.length;
      const after = attachChain(ctx, p, end);
      if (ctx.roles.length > before) {
        addPerson(ctx, p);
        completeChainAreas(ctx.roles.slice(rolesBefore));
        i = after - 1;
        continue;
      }
      // 4. A plain full name of three or more syllables that is not a place.
      if (end - i >= 3 && !isPlaceName(ctx, i, end) && !afterAdminWord(ctx, i)) {
        addPerson(ctx, { ...p, rule: "person.full-name" });
        i = end - 1;
      }
    }
  }
  findBylines(ctx);
  findRepeatedNames(ctx);
  findAppointments(ctx);
  dropRepeatedBareTitles(ctx);
  bareTitlesInLists(ctx);
  bareTitlesOfKind(ctx);
}

/** Bare offices that only one kind of body has, with the heads of that kind. */
const OFFICE_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["Bộ trưởng", ["bộ"]],
  ["Thứ trưởng", ["bộ"]],
  ["Hiệu trưởng", ["trường", "đại học", "học viện"]],
  ["Phó Hiệu trưởng", ["trường", "đại học", "học viện"]],
  ["Giáo viên", ["trường"]],
]);
const OFFICE_OF_KIND = "role.office-of-kind";

/**
 * "Thứ trưởng Lương Văn Khải … thuộc Bộ Giáo dục và Đào tạo", "thầy A, Hiệu trưởng,
 * cho hay": an office only one kind of body has, written bare, is held in the body
 * of that kind the article names most.
 */
function bareTitlesOfKind(ctx: RuleContext): void {
  for (const r of ctx.roles) {
    if (r.org || !r.rule.endsWith(">title.bare")) continue;
    const heads = OFFICE_KINDS.get(r.title);
    if (heads === undefined) continue;
    // (A minister's body is a ministry, a national one: not "Bộ Chỉ huy Quân sự tỉnh".)
    const body = mostNamedBody(
      ctx,
      ctx.tokens.length,
      heads,
      (o) => o.prefix.length === 0 && (heads[0] !== "bộ" || o.rule.startsWith("org.national")),
    );
    if (body === undefined) continue;
    r.org = body;
    r.rule = `${r.rule}>${OFFICE_OF_KIND}`;
  }
}

const DEPUTY_IN_LIST = "role.deputy-in-list";
/** The offices of one military command: listed one after another, they share it. */
const COMMAND = new Set([
  "Chỉ huy trưởng",
  "Phó Chỉ huy trưởng",
  "Chính ủy",
  "Phó Chính ủy",
  "Tham mưu trưởng",
]);
const SIDE_LIST = "role.side-list";

/**
 * A bare title in a list of those present takes a body from the list: the item
 * before it ("A, Hiệu trưởng Trường X; B, Phó Hiệu trưởng") or the side the list is
 * of ("Phía Bộ Chỉ huy BĐBP tỉnh có Đại tá A, Chỉ huy trưởng; Thượng tá B, …").
 */
function bareTitlesInLists(ctx: RuleContext): void {
  const roles = ctx.roles;
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    if (r.org || !r.rule.endsWith(">title.bare")) continue;
    const prev = k > 0 ? deputyOf(ctx, r, roles[k - 1]!) : undefined;
    const org = prev ?? sideOf(ctx, r);
    if (org === undefined) continue;
    r.org = org;
    r.rule = `${r.rule}>${prev ? DEPUTY_IN_LIST : SIDE_LIST}`;
  }
}

/**
 * The body of the list item before r when r's title is its principal's deputy (or
 * a second holder of the same title), the item right before, in one sentence.
 */
function deputyOf(ctx: RuleContext, r: RoleAnn, prev: RoleAnn): OrgAnn | undefined {
  if (!prev.org || prev.former || prev.person === r.person) return undefined;
  const sameCommand = COMMAND.has(r.title) && COMMAND.has(prev.title);
  if (r.title !== `Phó ${prev.title}` && r.title !== prev.title && !sameCommand) return undefined;
  if (prev.last >= r.person.first || r.person.first - prev.last > 8) return undefined;
  if (!ctx.is(prev.last, ";", ",") || !ctx.is(r.last, ";", ",", ".", ")")) return undefined;
  if (ctx.sentenceOf(prev.first) !== ctx.sentenceOf(r.last)) return undefined;
  return prev.org;
}

/**
 * The side's body when r's holder is listed after "Phía X có" in the same sentence,
 * or the body whose members a list gives ("Ban Thường trực gồm: A – Chủ tịch; …":
 * the offices of a standing board are those of its committee).
 */
function sideOf(ctx: RuleContext, r: RoleAnn): OrgAnn | undefined {
  const s = ctx.doc.sentences[ctx.sentenceOf(r.first)]!;
  for (let i = r.person.first - 1; i >= s.first; i--) {
    if (ctx.is(i, "phía")) {
      const o = ctx.orgAt.get(i + 1)?.[0];
      return o !== undefined && ctx.is(o.last, "có", "gồm", ":") ? o : undefined;
    }
    if (ctx.is(i, "gồm")) return membersOf(ctx, i);
  }
  return undefined;
}

/** Standing boards named alone, and the heads of the committees they stand for. */
const STANDING_BOARDS: readonly { words: readonly string[]; heads: readonly string[] }[] = [
  { words: ["ban", "thường", "trực"], heads: ["ủy ban mặt trận tổ quốc việt nam"] },
  { words: ["thường", "trực"], heads: ["ủy ban mặt trận tổ quốc việt nam"] },
  { words: ["ban", "thường", "vụ"], heads: ["tỉnh ủy", "thành ủy", "huyện ủy", "đảng ủy"] },
];

/** The body whose members are listed after "gồm" at token g. */
function membersOf(ctx: RuleContext, g: number): OrgAnn | undefined {
  const o = ctx.orgs.find((x) => x.last === g);
  if (o) {
    if (o.prefix.length === 0 || !/^(Ban )?Thường (trực|vụ)$/.test(o.prefix[0]!)) return o;
    const parent = cloneOrg(o);
    parent.prefix = o.prefix.slice(1);
    return parent;
  }
  for (const b of STANDING_BOARDS) {
    const at = g - b.words.length;
    if (b.words.every((w, n) => ctx.is(at + n, w)))
      return lastBodyOfKind(ctx, at, b.words.length, b.heads);
  }
  return undefined;
}

/**
 * "Ông Trần Oanh … Năm 1962, Trần Oanh lập kỷ lục": a two-syllable name read once
 * with an honorific or a title is the same person when written bare elsewhere (a bare
 * name of three syllables or more is read anyway; two are too often a place or a
 * word pair without that evidence). Only the whole name, led by a family name, alone
 * between words that are not capitalised.
 */
function findRepeatedNames(ctx: RuleContext): void {
  let byFirst: Map<string, PersonAnn[]> | undefined;
  for (const p of ctx.persons) {
    if (p.last - p.first !== 2 || ctx.tokens[p.first + 1]!.kind !== "word") continue;
    if (!ctx.isSurname(p.first)) continue;
    byFirst ??= new Map();
    const first = ctx.tokens[p.first]!.lower;
    const list = byFirst.get(first);
    if (list === undefined) byFirst.set(first, [p]);
    else list.push(p);
  }
  if (byFirst === undefined) return;
  const n = ctx.tokens.length;
  const surname = ctx.bitOf("surname");
  for (let i = 0; i + 1 < n; i++) {
    // (The bytes first: a capitalised family name, not yet claimed.)
    if ((ctx.flags[i]! & UPPER) === 0 || (ctx.maskAt(i) & surname) === 0) continue;
    if (ctx.claimed[i] || ctx.claimed[i + 1]) continue;
    const known = byFirst.get(ctx.tokens[i]!.lower);
    if (known === undefined || ctx.isCapWord(i - 1) || ctx.isCapWord(i + 2)) continue;
    const second = ctx.tokens[i + 1]!;
    const p = known.find((x) => ctx.tokens[x.first + 1]!.lower === second.lower);
    if (p === undefined || !ctx.isCapWord(i + 1)) continue;
    // "đường Lê Lợi", "xã Lê Lợi": the place named after the person.
    if (namesAPlace(ctx, i) || afterAdminWord(ctx, i) || ctx.is(i - 1, "đường", "phố")) continue;
    addPerson(ctx, { first: i, last: i + 2, name: p.name, rule: "person.repeated-name" });
    i++;
  }
}

/**
 * "Thứ trưởng Bộ Y tế Nguyễn Văn A … Kết luận, Thứ trưởng Nguyễn Văn A …": a title
 * repeated bare before the same name is the office already stated with its body,
 * not a second one without a body.
 */
function dropRepeatedBareTitles(ctx: RuleContext): void {
  // Most articles have no bare title at all: no key strings built for them.
  if (ctx.roles.every((r) => r.org !== undefined)) return;
  const withBody = new Set<string>();
  for (const r of ctx.roles) if (r.org) withBody.add(`${r.person.name}|${r.title}`);
  if (withBody.size === 0) return;
  const keep = ctx.roles.filter(
    (r) => r.org !== undefined || !withBody.has(`${r.person.name}|${r.title}`),
  );
  if (keep.length === ctx.roles.length) return;
  ctx.roles.length = 0;
  ctx.roles.push(...keep);
}

/** "giữ chức", "bầu làm", "bổ nhiệm làm": the titles after them are the person's new office. */
const APPOINT_CUES: readonly string[][] = [
  ["chỉ", "định", "giữ", "cương", "vị"],
  ["chỉ", "định", "giữ", "chức"],
  ["chỉ", "định", "làm"],
  ["giữ", "cương", "vị"],
  ["bầu", "giữ", "chức", "danh"],
  ["giữ", "chức", "danh"],
  ["giữ", "chức", "vụ"],
  ["giữ", "chức"],
  ["trúng", "cử"],
  // (A former office: "Ông Khang … từng là Phó Giám đốc Sở Tài chính tỉnh Thái Bình".)
  ["từng", "là"],
  ["bầu", "làm"],
  ["bầu", "giữ"],
  ["bổ", "nhiệm", "làm"],
  ["được", "bổ", "nhiệm"],
  ["bổ", "nhiệm"],
  ["đảm", "nhận", "chức"],
  ["làm"],
];

const CUE_FIRST = new Set(APPOINT_CUES.map((c) => c[0]!));
/** 1 at the code of each cue's first letter. */
const CUE_LETTERS = new Uint8Array(0x200);
for (const w of CUE_FIRST) CUE_LETTERS[w.charCodeAt(0)] = 1;

/**
 * Last words of the verbs that give an office ("bầu", "bổ nhiệm", "phê chuẩn", "chỉ
 * định", "điều động"): a bare "làm" after one names the office given ("bầu … làm"),
 * and an office written between one and a list is the office of all those listed.
 */
const GIVES_OFFICE = new Set(["bầu", "nhiệm", "chuẩn", "định", "động"]);

/**
 * Appointments and elections: "ông A … được bổ nhiệm giữ chức Giám đốc Sở Y tế",
 * "bầu đồng chí B giữ chức Bí thư Đảng ủy xã". The office goes to the last person
 * named before the cue in the same sentence.
 */
function findAppointments(ctx: RuleContext): void {
  const persons = [...ctx.persons].sort((a, b) => a.first - b.first);
  if (persons.length === 0) return;
  let p = 0;
  for (const s of ctx.doc.sentences) {
    // A cue only counts after a person named in the same sentence: the scan starts at
    // the end of the sentence's first person, and sentences without one are skipped.
    while (p < persons.length && persons[p]!.first < s.first) p++;
    let from = s.last;
    for (let q = p; q < persons.length && persons[q]!.first < s.last; q++)
      from = Math.min(from, persons[q]!.last);
    for (let i = from; i < s.last; i++) {
      const w = ctx.tokens[i]!.lower;
      // Every cue starts with one of a few letters: a char test before the set lookup.
      const c = w.charCodeAt(0);
      if (c >= CUE_LETTERS.length || CUE_LETTERS[c] === 0) continue;
      // ("c" and "t" start too many words for a set lookup of each: their three cues by name.)
      if (
        c === 0x63 || c === 0x74 ? w !== "chỉ" && w !== "từng" && w !== "trúng" : !CUE_FIRST.has(w)
      )
        continue;
      // (The rest in a function of its own: a closure over `i` here would make
      // every iteration of this per-token loop allocate a scope.)
      i = appointmentAt(ctx, persons, s, i);
    }
  }
  for (const q of persons) officeBeforeHolder(ctx, q);
}

/**
 * "bầu bổ sung Ủy viên UBND tỉnh đối với Đại tá Tô Minh Khang", "miễn nhiệm chức danh
 * Ủy viên UBND tỉnh đối với ông A": the office, then "đối với" and its holder.
 */
function officeBeforeHolder(ctx: RuleContext, person: PersonAnn): void {
  // (Most persons have no "đối với" just before them: asked first.)
  let near = false;
  for (let m = person.first - 1; m >= person.first - 5 && m > 0; m--)
    if (ctx.is(m, "với") && ctx.is(m - 1, "đối")) near = true;
  if (!near) return;
  let k = person.first;
  // (Back over the holder's honorifics and ranks: "đối với Đại tá Tô Minh Khang".)
  for (let moved = true; moved; ) {
    moved = false;
    for (let m = 1; m <= 3 && k - m >= 0; m++) {
      if (ctx.longest(ctx.lex.honorifics, k - m)?.last === k) {
        k -= m;
        moved = true;
        break;
      }
    }
  }
  if (!ctx.is(k - 1, "với") || !ctx.is(k - 2, "đối")) return;
  const end = k - 2;
  for (let a = end - 1; a >= 0 && end - a <= 12; a--) {
    const chain = parseTitleChain(ctx, a);
    if (chain.titles.length === 0 || chain.last !== end) continue;
    if (!ctx.inSet(a - 1, OFFICE_GIVEN_BEFORE) || chain.titles.every((t) => !t.org)) return;
    const before = ctx.roles.length;
    for (const t of chain.titles) addRole(ctx, person, t, "role.office-before-holder");
    completeChainAreas(ctx.roles.slice(before));
    return;
  }
}

/** Words right before an office given to a holder named after it ("bầu bổ sung", "chức danh"). */
const OFFICE_GIVEN_BEFORE = new Set(["sung", "danh", "bầu", "nhiệm"]);

/** The appointment whose cue may start at token i; returns the token to go on from. */
function appointmentAt(ctx: RuleContext, persons: PersonAnn[], s: Sentence, i: number): number {
  let cueEnd = -1;
  for (const cue of APPOINT_CUES) {
    if (cue.every((w, n) => ctx.is(i + n, w))) {
      cueEnd = i + cue.length;
      break;
    }
  }
  if (cueEnd < 0) return i;
  let person = persons.filter((p) => p.first >= s.first && p.last <= i).pop();
  if (!person) return i;
  // "do bà A, phu nhân Bộ trưởng B làm Trưởng đoàn": the one named right after "do"
  // leads, not the last name of the phrase that describes her.
  for (let k = i - 1; k >= s.first; k--) {
    if (!ctx.is(k, "do")) continue;
    const led = persons.find((p) => p.first > k && p.first <= k + 3 && p.last <= i);
    if (led) person = led;
    break;
  }
  // A bare "làm" only after an election or appointment verb ("bầu … làm"), or in
  // "do đồng chí X … làm Trưởng đoàn" (a delegation led by X).
  const bare = ctx.is(i, "làm");
  const window = ctx.tokens
    .slice(Math.max(s.first, person.first - 4), person.first)
    .map((t) => t.lower);
  const ledBy = window.includes("do");
  if (
    bare &&
    !ledBy &&
    !ctx.tokens.slice(Math.max(s.first, i - 8), i).some((t) => GIVES_OFFICE.has(t.lower))
  )
    return i;
  const chain = parseTitleChain(ctx, cueEnd);
  // "Phó Chánh Văn phòng Tỉnh ủy, được bổ nhiệm làm Chánh Văn phòng": the deputy
  // promoted heads the body of the deputy's office.
  const titles = chain.titles.map((t) => {
    if (t.org) return t;
    const deputy = ctx.roles.find(
      (r) => r.person === person && r.org && r.title === `Phó ${t.title}`,
    );
    return deputy ? { ...t, org: deputy.org } : t;
  });
  if (titles.length === 0 || (titles.every((t) => !t.org) && !ledBy)) return i;
  const former = ctx.is(i, "từng");
  for (const subject of [...coSubjects(ctx, persons, s, person), person]) {
    const before = ctx.roles.length;
    for (const t of titles)
      addRole(ctx, subject, former ? { ...t, former: true } : t, "role.appointment");
    completeChainAreas(ctx.roles.slice(before));
  }
  return chain.last - 1;
}

/**
 * "các đồng chí A, Chủ tịch UBND xã và B, Chủ tịch Ủy ban MTTQ xã được bầu làm Phó
 * Bí thư": the persons listed with the last one before the cue, each joined by "và"
 * or a comma after its own titles, share the office. Only after a plural honorific
 * ("các đồng chí", "hai ông"), which says a list of persons is the subject.
 */
function coSubjects(
  ctx: RuleContext,
  persons: PersonAnn[],
  s: Sentence,
  last: PersonAnn,
): PersonAnn[] {
  const out: PersonAnn[] = [];
  let cur = last;
  for (;;) {
    const q = persons.filter((p) => p.first >= s.first && p.last <= cur.first).pop();
    if (!q) break;
    // The joiner, then only honorifics up to the next name.
    let g = cur.first - 1;
    while (g > q.last && ctx.starts(ctx.lex.honorifics, g) && ctx.claimed[g]) g--;
    if (!ctx.is(g, "và", ",")) break;
    // Between the earlier name and the joiner, only that person's own titles.
    let end = q.last;
    for (const r of ctx.roles)
      if (r.person === q && r.first >= q.last && r.last <= g) end = Math.max(end, r.last);
    if (end !== g) break;
    out.unshift(q);
    cur = q;
  }
  if (out.length === 0) return out;
  const first = out[0]!.first;
  for (let k = first - 1; k >= Math.max(s.first, first - 4); k--)
    if (ctx.is(k, "các", "hai", "ba")) return out;
  return [];
}

/**
 * "HĐND tỉnh bầu bổ sung 3 Ủy viên UBND tỉnh, gồm các đồng chí: A - …; B - …": the
 * office every person of the list (at token i, its honorific) is elected to, written
 * between an election verb and "gồm" / "là".
 */
function officeBeforeList(ctx: RuleContext, i: number): readonly TitleParse[] {
  let k = ctx.is(i - 1, "các") ? i - 2 : i - 1;
  if (!ctx.is(k, "gồm", "là")) return [];
  if (ctx.is(k - 1, ",")) k--;
  const s = ctx.doc.sentences[ctx.sentenceOf(i)]!;
  for (let a = k - 1; a >= s.first && k - a <= 12; a--) {
    const chain = parseTitleChain(ctx, a);
    if (chain.titles.length === 0 || chain.last !== k) continue;
    for (let v = a - 1; v >= s.first && a - v <= 4; v--)
      if (ctx.inSet(v, GIVES_OFFICE)) return chain.titles;
    return [];
  }
  return [];
}

/**
 * The items of "Các đồng chí: A, Title …; B - Title …". In such a list any
 * capitalised run followed by its titles is a name, foreign ones included
 * ("Bounnhang Vorachit, Ủy viên …").
 */
function enumeration(
  ctx: RuleContext,
  j: number,
  gender: "male" | "female" | undefined,
  office: readonly TitleParse[] = [],
): number {
  let k = j;
  for (;;) {
    // "…; Đại tá Vương Quốc Trung - Giám đốc Công an tỉnh": an item's own rank or honorific.
    const item = k;
    for (let h = ctx.longest(ctx.lex.honorifics, k); h; h = ctx.longest(ctx.lex.honorifics, k))
      k = h.last;
    const end = nameRun(ctx, k, 6);
    if (end - k < 2 || ctx.isClaimed(k, end)) return item;
    const p: PersonAnn = {
      first: k,
      last: end,
      name: nameText(ctx, k, end),
      gender,
      rule: "person.enumeration",
    };
    const before = ctx.roles.length;
    const after = attachChain(ctx, p, end);
    if (ctx.roles.length === before) return item;
    addPerson(ctx, p);
    for (const t of office) addRole(ctx, p, t, "role.elected-list");
    completeChainAreas(ctx.roles.slice(before));
    k = after;
    // Skip what is left of the item up to ";" (a stray phrase the chain did not read).
    let m = k;
    while (m < ctx.tokens.length && m - k < 25 && !ctx.is(m, ";", ".") && !ctx.tokens[m]!.lineStart)
      m++;
    if (!ctx.is(m, ";")) return m;
    k = m + 1;
  }
}

/** Bylines and photo credits: a short line of a name or names, at the top or bottom, or after "Ảnh:". */
function findBylines(ctx: RuleContext): void {
  const { sentences } = ctx.doc;
  const lines = sentences.filter((s) => ctx.tokens[s.first]!.lineStart);
  const edge = new Set(lines.filter((_, n) => n <= 3 || n >= lines.length - 3));
  for (const s of sentences) {
    // A credit may also close a caption line: "… trao quà cho hộ nghèo. Ảnh: Thanh Tùng".
    if (!edge.has(s) && creditPrefixAt(ctx, s.first, s.last) < 0) continue;
    readByline(ctx, s.first, s.last);
  }
}

/** End of a credit prefix ("Tác giả:", "Tin, ảnh:", "Ảnh:") starting at i, or -1. */
function creditPrefixAt(ctx: RuleContext, i: number, last: number): number {
  let k = i;
  while (k < last && k - i < 4 && !ctx.is(k, ":")) k++;
  if (
    k < last &&
    ctx.is(k, ":") &&
    BYLINE_PREFIX.test(
      ctx.tokens
        .slice(i, k)
        .map((t) => t.lower)
        .join(" ")
        .replace(" ,", ","),
    )
  ) {
    return k + 1;
  }
  return -1;
}

/**
 * A byline: names separated by "-", ",", "/" or "và", each part possibly behind
 * a credit prefix ("Quỳnh Anh - Ảnh: Trọng Hiếu"), an outlet code or a bracketed
 * unit allowed at the end ("Văn Tường/ CTV ĐNTV", "Ngọc Lê (Bộ CHQS tỉnh)").
 */
function readByline(ctx: RuleContext, first: number, last: number): void {
  const names: [number, number, boolean][] = [];
  let j = first;
  while (j < last) {
    const p = creditPrefixAt(ctx, j, last);
    const prefixed = p >= 0;
    if (prefixed) j = p;
    const end = nameRun(ctx, j, 4);
    if (end === j) {
      // Trailing outlet codes ("CTV ĐNTV") or a bracketed unit end the byline.
      const rest = ctx.tokens.slice(j, last);
      const tail = rest.every(
        (t) => t.kind === "abbr" || (t.kind === "word" && allCaps(t.text)) || t.kind === "punct",
      );
      if (names.length > 0 && (tail || ctx.is(j, "("))) break;
      return;
    }
    names.push([j, end, prefixed]);
    j = end;
    if (j < last && ctx.is(j, "-", ",", "và", "/")) j++;
    else if (j < last && ctx.is(j, "(")) break;
    else if (j < last) return;
  }
  for (const [a, b, prefixed] of names) {
    // 2-4 syllables, not a province, country or body; an acronym like "BTC" is not a person.
    if (b - a < 2 || ctx.isClaimed(a, b)) continue;
    const place = ctx.longest(ctx.lex.places, a);
    if (
      (place?.last === b &&
        (place.payload.level === "province" || place.payload.level === "country")) ||
      ctx.longest(ctx.lex.orgs, a)
    )
      continue;
    addPerson(ctx, {
      first: a,
      last: b,
      name: nameText(ctx, a, b),
      rule: prefixed ? "person.credit" : "person.byline",
    });
  }
}
