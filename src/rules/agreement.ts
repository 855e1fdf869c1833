import {
  cloneOrg,
  makeOrg,
  type OrgAnn,
  type PersonAnn,
  type PlaceAnn,
  type RuleContext,
  type ValueAnn,
} from "./context.js";
import { completeAreas } from "./home.js";
import { orgName } from "./organization.js";
import { backReference } from "./role.js";

/** Document types of agreements, as written (lower case) → normalized kind. Longest first. */
const KINDS: [string, string][] = [
  ["biên bản thỏa thuận hợp tác", "biên bản thỏa thuận hợp tác"],
  ["thỏa thuận kết nghĩa hợp tác", "thỏa thuận kết nghĩa hợp tác"],
  ["thỏa thuận kết nghĩa", "thỏa thuận kết nghĩa"],
  ["biên bản ghi nhớ hợp tác", "biên bản ghi nhớ"],
  ["biên bản ghi nhớ", "biên bản ghi nhớ"],
  ["bản ghi nhớ hợp tác", "biên bản ghi nhớ"],
  ["bản ghi nhớ", "biên bản ghi nhớ"],
  ["biên bản hợp tác", "biên bản hợp tác"],
  ["biên bản thỏa thuận", "biên bản thỏa thuận"],
  ["biên bản kết nghĩa", "biên bản kết nghĩa"],
  ["biên bản hội đàm", "biên bản hội đàm"],
  ["chương trình phối hợp", "chương trình phối hợp"],
  ["chương trình liên tịch", "chương trình liên tịch"],
  ["chương trình hợp tác", "chương trình hợp tác"],
  ["quy chế phối hợp", "quy chế phối hợp"],
  ["kế hoạch phối hợp", "kế hoạch phối hợp"],
  ["kế hoạch liên tịch", "kế hoạch liên tịch"],
  ["nghị quyết liên tịch", "nghị quyết liên tịch"],
  ["thỏa thuận hợp tác", "thỏa thuận hợp tác"],
  ["thỏa thuận phối hợp", "thỏa thuận phối hợp"],
  ["thỏa thuận", "thỏa thuận hợp tác"],
  ["giao ước thi đua", "giao ước thi đua"],
];
const KIND_KEYS = KINDS.map(([w, k]) => ({ words: w.split(" "), kind: k }));

/** Verbs that report a signing; and words that make it planned or generic. */
const NOT_DONE = new Set([
  "sẽ",
  "dự kiến",
  "chuẩn bị",
  "tiến tới",
  "hướng tới",
  "xin",
  "đề xuất",
  "chưa",
  "kế hoạch",
]);
const DATE_CUES = new Set(["ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "nay"]);
const COUNT_WORDS: Record<string, number> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
};

interface KindHit {
  first: number;
  last: number;
  kind: string;
  count?: number;
}

function kindAt(ctx: RuleContext, i: number): KindHit | null {
  for (const k of KIND_KEYS) {
    let ok = true;
    for (let n = 0; n < k.words.length; n++) {
      if (ctx.tok(i + n)?.lower !== k.words[n]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const prev = ctx.tok(i - 1)?.lower;
      const count = prev !== undefined ? COUNT_WORDS[prev] : undefined;
      return { first: i, last: i + k.words.length, kind: k.kind, count };
    }
  }
  return null;
}

export interface AgreementAnn {
  kind: string;
  nameFirst: number;
  nameLast: number;
  parties: OrgAnn[];
  signatories: PersonAnn[];
  period?: { from: number; to: number };
  signedOn?: string;
  place?: PlaceAnn;
  subject?: string;
  evidence: number[]; // sentence indices
}

function verbBetween(ctx: RuleContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = ctx.tokens[k]!.lower;
    if (w === "ký" || w === "kí") return k;
    if (w === "thông" && ctx.is(k + 1, "qua")) return k;
  }
  return -1;
}

/** A signing reported as done: no "sẽ", "dự kiến" … in the few words before the verb. */
function reportedDone(ctx: RuleContext, verb: number, sentFirst: number): boolean {
  for (let k = Math.max(sentFirst, verb - 4); k < verb; k++) {
    const w = ctx.tok(k)!.lower;
    if (NOT_DONE.has(w) || NOT_DONE.has(`${w} ${ctx.tok(k + 1)?.lower}`)) return false;
  }
  // Further back, the future ("… sẽ cùng Trường Đại học X ký …") unless a past
  // marker comes after it; a time in the past ("vào tháng trước, A và B đã ký").
  let past = false;
  for (let k = verb - 1; k >= Math.max(sentFirst, verb - 12); k--) {
    const w = ctx.tok(k)!.lower;
    if (w === "đã" || w === "vừa") past = true;
    else if (w === "sẽ") {
      if (!past && k < verb - 4) return false;
    } else if (TIME_FIRST.has(w)) {
      const pair = `${w} ${ctx.tok(k + 1)?.lower}`;
      if ((!past && k < verb - 4 && FUTURE.has(pair)) || EARLIER.has(pair)) return false;
    }
  }
  return !signedYearsAgo(ctx, verb);
}

/** The signing is yet to come ("sẽ", "dự kiến", "chuẩn bị"): further from the verb than NOT_DONE's window. */
const FUTURE = new Set(["sẽ", "dự kiến", "chuẩn bị"]);
/** The signing was in an earlier month or year: recalled, not reported. */
const EARLIER = new Set(["tháng trước", "năm trước", "năm ngoái", "cách đây", "trước đây"]);
/** First words of FUTURE's and EARLIER's pairs. */
const TIME_FIRST = new Set([...FUTURE, ...EARLIER].map((p) => p.split(" ")[0]!));

/**
 * "thỏa thuận mà A và B ký năm 2022" in an article of 2025: a document signed in an
 * earlier year, recalled, not a signing the article reports.
 */
function signedYearsAgo(ctx: RuleContext, verb: number): boolean {
  const year = Number.parseInt((ctx.options.date ?? "").slice(0, 4), 10);
  if (!(year > 0)) return false;
  let k = verb + 1;
  if (ctx.is(k, "kết")) k++;
  if (ctx.is(k, "từ", "vào")) k++;
  if (!ctx.is(k, "năm") || ctx.tok(k + 1)?.kind !== "number") return false;
  const signed = Number.parseInt(ctx.tok(k + 1)!.text, 10);
  return signed >= 1945 && signed < year;
}

/** The body at `first` names a venue: "tại Hội trường Tỉnh ủy", "tại trụ sở UBND tỉnh". */
function isVenue(ctx: RuleContext, first: number): boolean {
  let k = first - 1;
  if (ctx.is(k, "trường") && ctx.is(k - 1, "hội")) k -= 2;
  else if (ctx.is(k, "sở") && ctx.is(k - 1, "trụ")) k -= 2;
  return ctx.is(k, "tại");
}

/** "hai bên", "hai đơn vị", "hai lực lượng" before the verb: the parties, not named. */
function bothSidesBefore(ctx: RuleContext, first: number, verb: number): boolean {
  for (let k = Math.max(first, verb - 6); k < verb; k++)
    if (ctx.is(k, "hai") && ctx.is(k + 1, "bên", "đơn", "lực")) return true;
  return false;
}

/** "Thay mặt các bên", "Đại diện hai đơn vị" before the verb: the signers stand for the parties. */
function onBehalfBefore(ctx: RuleContext, first: number, verb: number): boolean {
  for (let k = Math.max(first, verb - 8); k < verb; k++)
    if ((ctx.is(k, "thay") && ctx.is(k + 1, "mặt")) || (ctx.is(k, "đại") && ctx.is(k + 1, "diện")))
      return true;
  return false;
}

/** Organizations of a sentence that are not inside a person's titles or a document reference. */
function sentenceOrgs(
  ctx: RuleContext,
  first: number,
  last: number,
  roleOrgs: Set<OrgAnn>,
  docSpans: [number, number][],
): OrgAnn[] {
  return ctx.orgs.filter(
    (o) =>
      o.first >= first &&
      o.last <= last &&
      !roleOrgs.has(o) &&
      !docSpans.some(([a, b]) => o.first >= a && o.last <= b),
  );
}

/** Words that may stand between the signing parties and the verb: "A và B đã tổ chức lễ ký kết". */
const BEFORE_VERB = new Set([
  "đã",
  "vừa",
  "cùng",
  "chính",
  "thức",
  "tổ",
  "chức",
  "lễ",
  "hội",
  "nghị",
  "buổi",
  "long",
  "trọng",
  "tiến",
  "hành",
  "thống",
  "nhất",
  "đồng",
  "ý",
  "đại",
  "diện",
  "lãnh",
  "đạo",
  "hai",
  "bên",
  "sẽ",
  "đơn",
  "vị",
  "cơ",
  "quan",
  "tiếp",
  "tục",
  "chiều",
  "sáng",
  "nay",
  "phối",
  "hợp",
  "với",
  "và",
  "cùng",
  "nhau",
  "cũng",
  "để",
]);
const JOINERS = new Set([",", "và", "với", "cùng", "-", "phối hợp với", "cùng với"]);

/**
 * The organizations that sign: walking back from the verb over filler words
 * and joiners, every organization that ends where the walk stands.
 */
function subjectOrgs(ctx: RuleContext, verb: number, sentFirst: number, orgs: OrgAnn[]): OrgAnn[] {
  const byLast = new Map<number, OrgAnn[]>();
  for (const o of orgs) {
    const list = byLast.get(o.last) ?? [];
    list.push(o);
    byLast.set(o.last, list);
  }
  const out: OrgAnn[] = [];
  let j = verb;
  while (j > sentFirst) {
    const found = byLast.get(j);
    // (A venue named by its body is no party: "tại Hội trường Tỉnh ủy, A và B ký".)
    if (found && isVenue(ctx, Math.min(...found.map((o) => o.first)))) break;
    if (found) {
      out.unshift(...found);
      j = Math.min(...found.map((o) => o.first));
      continue;
    }
    // "Cùng dịp, Trường ký biên bản ghi nhớ với …": a body named before, by its kind.
    // (Right before the verb or an auxiliary: the "Hội" of "tổ chức Hội nghị ký kết" is no body.)
    // "A, nhà trường và B đã ký": a two-word reference stands anywhere in the list.
    const back =
      (j === verb || ctx.is(j, "đã", "vừa", "cùng") ? backReference(ctx, j - 1) : undefined) ??
      backReference(ctx, j - 2);
    if (back && back.last === j) {
      out.unshift(back);
      j = back.first;
      continue;
    }
    const w = ctx.tok(j - 1)!.lower;
    if (w === ")") {
      // "A (short name) đã ký kết": skip the bracketed short name.
      let k = j - 2;
      while (k > sentFirst && !ctx.is(k, "(") && j - k < 12) k--;
      if (ctx.is(k, "(")) {
        j = k;
        continue;
      }
    }
    if (BEFORE_VERB.has(w) || JOINERS.has(w) || ctx.tok(j - 1)!.kind === "date") j--;
    else if (ctx.tok(j - 1)!.kind === "word" && !ctx.tok(j - 1)!.upper) {
      // "A, B và các đơn vị liên quan cùng ký": a generic group among the signers.
      let k = j - 1;
      while (
        k > sentFirst &&
        j - k < 8 &&
        !ctx.is(k, "các") &&
        (ctx.isWord(k) || ctx.is(k, "-")) &&
        !ctx.tok(k)!.upper
      )
        k--;
      if (!ctx.is(k, "các")) break;
      j = k;
    } else break;
  }
  return out;
}

/** The organizations listed from token k on: "A, B và C", "gồm A, B và C". */
function listedOrgs(ctx: RuleContext, k: number, orgs: OrgAnn[], stopAtVoi = false): OrgAnn[] {
  const byFirst = new Map<number, OrgAnn[]>();
  for (const o of orgs) {
    const list = byFirst.get(o.first) ?? [];
    list.push(o);
    byFirst.set(o.first, list);
  }
  const out: OrgAnn[] = [];
  let j = k;
  for (let guard = 0; guard < 40 && j < ctx.tokens.length; guard++) {
    const found = byFirst.get(j);
    if (found) {
      out.push(...found);
      j = Math.max(...found.map((o) => o.last));
      continue;
    }
    const w = ctx.tok(j)!.lower;
    if (stopAtVoi && w === "với") break;
    // Skip joiners, a count ("3 sở gồm"), and a bracketed short name.
    if (
      JOINERS.has(w) ||
      w === "gồm" ||
      w === ":" ||
      (out.length === 0 &&
        (ctx.tok(j)!.kind === "number" || /^(hai|ba|bốn|năm|các|sở|ngành|đơn|vị|cơ|quan)$/.test(w)))
    )
      j++;
    else if (w === "(") {
      let m = j + 1;
      while (m < ctx.tokens.length && m - j < 10 && !ctx.is(m, ")")) m++;
      j = m + 1;
    } else break;
  }
  return out;
}

function uniqueByName(orgs: OrgAnn[]): OrgAnn[] {
  const seen = new Set<string>();
  return orgs.filter((o) => {
    const k = orgName(o).toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Phase: agreements. A sentence that names an agreement type and reports it
 * signed ("ký kết", "ký", "thông qua") gives one agreement, or one per partner
 * when it counts several ("ký kết 3 Chương trình phối hợp với …"); its parties
 * are the sentence's organizations before the verb and after "giữa" / "với".
 * The same party set in a later sentence is the same agreement.
 */
export function findAgreements(
  ctx: RuleContext,
  resolveDate: (v: ValueAnn) => string,
): AgreementAnn[] {
  const out: AgreementAnn[] = [];
  const roleOrgs = new Set<OrgAnn>();
  for (const r of ctx.roles) if (r.org) roleOrgs.add(r.org);
  const docSpans = ctx.documents.map((d) => [d.first, d.last] as [number, number]);
  const sentences = ctx.doc.sentences;

  /** A date of the event: after "Ngày", "Sáng", "Chiều nay (", not inside "từ … đến". */
  const signingDate = (si: number): ValueAnn | undefined => {
    const x = sentences[si]!;
    return ctx.values.find((v) => {
      if (v.type !== "DATE" || !v.date || v.first < x.first || v.last > x.last) return false;
      if (ctx.is(v.first - 1, "từ", "đến") || ctx.is(v.first - 2, "từ")) return false;
      return (
        ctx.inSet(v.first - 1, DATE_CUES) ||
        (ctx.is(v.first - 1, "(") && ctx.is(v.first - 2, "nay"))
      );
    });
  };
  /** The signing place: a location after "tại" (and an admin word). */
  const signingPlace = (si: number): PlaceAnn | undefined => {
    const x = sentences[si]!;
    return ctx.places.find((p) => {
      if (p.first < x.first || p.last > x.last) return false;
      let k = p.first - 1;
      for (let m = 1; m <= 2; m++)
        if (ctx.longest(ctx.lex.adminWords, p.first - m)?.last === p.first) k = p.first - m - 1;
      return ctx.is(k, "tại") || venueBefore(k);
    });
  };
  /** "Tại buổi làm việc ở phường Thanh Đức, UBND hai tỉnh đã ký …": "ở" before the verb. */
  const placeBeforeVerb = (si: number, verb: number): PlaceAnn | undefined => {
    const x = sentences[si]!;
    return ctx.places.find((p) => {
      if (p.first < x.first || p.last > verb) return false;
      let k = p.first - 1;
      if (ctx.longest(ctx.lex.adminWords, k)?.last === p.first) k--;
      else if (ctx.longest(ctx.lex.adminWords, k - 1)?.last === p.first) k -= 2;
      return ctx.is(k, "ở");
    });
  };
  /**
   * "tại Trường THCS X (phường Y, …)", "tại trụ sở HUSTA ở phường Y": a venue named
   * by its body, then where it is; k is the token before the place's admin word.
   */
  const venueBefore = (k: number): boolean => {
    if (!ctx.is(k, "(", "ở", ",")) return false;
    const venue = ctx.orgs.find((o) => o.last === k);
    return venue !== undefined && isVenue(ctx, venue.first);
  };
  /** The lead states the event's date and place: the first of the opening sentences that has one. */
  const leadValue = <T>(si: number, f: (si: number) => T | undefined): T | undefined => {
    for (let k = 0; k < Math.min(sentences.length, Math.max(si, 4)); k++) {
      const v = f(k);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  /** "… ký kết 3 chương trình … Cả ba văn bản có thời hạn giai đoạn 2024 - 2026." */
  const nextSentencePeriod = (si: number): { from: number; to: number } | undefined => {
    const x = sentences[si + 1];
    if (!x) return undefined;
    const refers = ctx.tokens
      .slice(x.first, x.last)
      .some((t) => /^(văn|bản|chương|kế|quy|thỏa)$/.test(t.lower) && !t.upper);
    if (!refers) return undefined;
    return ctx.values.find(
      (v) =>
        v.type === "PERIOD" &&
        v.period &&
        v.first >= x.first &&
        v.last <= x.last &&
        ctx.is(v.first - 1, "đoạn", "hạn"),
    )?.period;
  };

  /** The bodies the next sentence lists after "gồm" or ":" (the partners counted before). */
  const listedNext = (si: number): OrgAnn[] => {
    const x = sentences[si + 1];
    if (!x) return [];
    for (let k = x.first; k < x.last && k - x.first < 12; k++) {
      if (!ctx.is(k, "gồm", ":")) continue;
      const orgs = sentenceOrgs(ctx, x.first, x.last, roleOrgs, docSpans);
      return listedOrgs(ctx, ctx.is(k + 1, ":") ? k + 2 : k + 1, orgs);
    }
    return [];
  };

  const headline = ctx.doc.titleLine;
  let headlineCount = 0;
  if (headline) {
    for (let i = headline.first; i < headline.last; i++)
      headlineCount = Math.max(headlineCount, kindAt(ctx, i)?.count ?? 0);
  }

  sentences.forEach((s, si) => {
    const verb = verbBetween(ctx, s.first, s.last);
    if (verb < 0 || !reportedDone(ctx, verb, s.first)) return;
    // The signed document is the one the verb governs: the first named after it
    // ("… tổ chức ký kết Chương trình phối hợp"), else the one before it
    // ("Chương trình phối hợp được ký kết"). A document the sentence only
    // refers to ("Thực hiện Biên bản ghi nhớ giữa …, … ký kết …") is skipped.
    let kind: KindHit | null = null;
    for (let i = verb; i < s.last && !kind; i++) kind = kindAt(ctx, i);
    for (let i = verb - 1; i >= s.first && !kind; i--) kind = kindAt(ctx, i);
    if (!kind) return;
    const all = sentenceOrgs(ctx, s.first, s.last, roleOrgs, docSpans);
    let parties: OrgAnn[] = [];
    let partners: OrgAnn[] = [];
    const giua = (() => {
      for (let k = kind.last; k < s.last; k++) if (ctx.is(k, "giữa")) return k;
      return -1;
    })();
    // "… ký kết X với B", "… ký kết 3 chương trình cùng 3 sở gồm …"
    const voi = (() => {
      for (let k = verb + 1; k < s.last; k++)
        if (ctx.is(k, "với") || (ctx.is(k, "cùng") && k >= kind.last)) return k;
      return -1;
    })();
    const subject = subjectOrgs(ctx, Math.min(verb, kind.first), s.first, all);
    const afterGiua = giua >= 0 ? listedOrgs(ctx, giua + 1, all, true) : [];
    let afterVoi = voi >= 0 ? listedOrgs(ctx, voi + 1, all) : [];
    // "… ký 4 chương trình phối hợp với 4 sở, ngành. Các đơn vị cùng ký gồm: A, B, C
    // và D.": the partners counted, then listed in the next sentence.
    if (afterVoi.length === 0 && voi >= 0 && (kind.count ?? 0) >= 2) afterVoi = listedNext(si);
    if (afterGiua.length > 0) {
      // "giữa A với B, C": A and its partners; "giữa A và B": one party list.
      const last = Math.max(...afterGiua.map((o) => o.last));
      if (ctx.is(last, "với")) {
        parties = afterGiua;
        partners = listedOrgs(ctx, last + 1, all);
      } else parties = afterGiua;
    } else if (afterVoi.length > 0) {
      parties = subject;
      partners = afterVoi;
    } else {
      parties = subject;
    }
    // "… ký kết chương trình hợp tác giữa tỉnh Bến Tre và Trà Vinh": provinces sign
    // through their People's Committees.
    if (parties.length + partners.length < 2 && giua >= 0) {
      const provinces = ctx.places.filter(
        (p) => p.first > giua && p.last <= s.last && p.info.level === "province",
      );
      if (provinces.length >= 2 && provinces[0]!.first <= giua + 3) {
        parties = provinces.map((p) => {
          // The province's government as the article names it elsewhere ("Chính quyền
          // tỉnh Chungcheongbuk" for a Korean province), else its People's Committee.
          const area = `${p.info.adminType ?? "tỉnh"} ${p.info.name}`;
          const named = ctx.orgs.find(
            (o) =>
              o.prefix.length === 0 &&
              (o.head === "Ủy ban nhân dân" || o.head === "Chính quyền") &&
              o.area !== undefined &&
              (o.area.place?.name === p.info.name || o.area.text === area),
          );
          if (named) {
            const o = cloneOrg(named);
            o.first = p.first;
            o.last = p.last;
            return o;
          }
          const o = makeOrg(
            p.first,
            p.last,
            "Ủy ban nhân dân",
            "state",
            [],
            "agreement.province-party",
          );
          o.area = { text: area, place: p.info };
          return o;
        });
        partners = [];
      }
    }
    // "Thay mặt các bên ký chương trình … có ông A, Giám đốc Sở X; bà B, Giám đốc
    // Y …": the parties are the bodies of those who sign (each one's last office).
    if (
      (parties.length + partners.length < 2 ||
        (subject.length === 0 && afterGiua.length === 0 && afterVoi.length === 0)) &&
      onBehalfBefore(ctx, s.first, verb)
    ) {
      const byPerson = new Map<PersonAnn, OrgAnn>();
      for (const r of ctx.roles)
        if (r.org && r.person.first > verb && r.person.last <= s.last)
          byPerson.set(r.person, r.org);
      const bodies = uniqueByName([...byPerson.values()]);
      if (bodies.length >= 2) {
        parties = bodies;
        partners = [];
      }
    }
    // "Kết thúc hội đàm, hai bên ký biên bản …": the two bodies the sentence before
    // named (the first signing of the article; later ones restate it).
    if (
      parties.length + partners.length < 2 &&
      out.length === 0 &&
      bothSidesBefore(ctx, s.first, verb)
    ) {
      const prev = sentences[si - 1];
      const named = prev
        ? uniqueByName(sentenceOrgs(ctx, prev.first, prev.last, roleOrgs, docSpans))
        : [];
      if (named.length === 2) parties = named;
    }
    // "A và B (Lào) tổ chức hội đàm, tổng kết … và ký biên bản …": the sentence's
    // opening list of bodies is the subject when the verb is far from it.
    if (parties.length + partners.length < 2 && all.length >= 2) {
      const opening = listedOrgs(ctx, all[0]!.first, all, true).filter((o) => o.last <= verb);
      if (opening.length >= 2) parties = opening;
    }
    // "UBND hai tỉnh đã ký …": the article's two main provinces' bodies.
    if (parties.some((o) => o.area?.pluralCount))
      parties = parties.flatMap((o) =>
        o.area?.pluralCount ? completeAreas(ctx, [o], ctx.home) : [o],
      );
    parties = uniqueByName(parties);
    partners = uniqueByName(partners);
    // A sentence naming the document but no parties ("Tại hội nghị, hai bên đã ký kết …") confirms the last one.
    // One document per partner only when the article counts several ("ký kết 3 chương
    // trình phối hợp với …", in the sentence or the headline); "giữa A với B và C" is one.
    const bilateral = (kind.count ?? 0) >= 2 || headlineCount >= 2;
    const groups: OrgAnn[][] = [];
    if (partners.length > 0 && parties.length >= 1 && bilateral && parties.length === 1) {
      for (const p of partners) groups.push([parties[0]!, p]);
    } else groups.push(uniqueByName([...parties, ...partners]));
    // The agreement's own period: the first period or "năm YYYY" written after its name
    // ("biên bản hợp tác … năm 2023, và sơ kết … giai đoạn 2022 - 2025" → 2023).
    const periodValue = ctx.values.find(
      (v) =>
        v.first >= kind.last &&
        v.last <= s.last &&
        ((v.type === "PERIOD" && v.period !== undefined) ||
          (v.rule === "date.year" && v.first <= kind.last + 12)),
    );
    const ownPeriod =
      periodValue?.period ??
      (periodValue
        ? { from: Number(periodValue.value), to: Number(periodValue.value) }
        : undefined);
    const date = signingDate(si) ?? leadValue(si, signingDate);
    const place = signingPlace(si) ?? placeBeforeVerb(si, verb) ?? leadValue(si, signingPlace);
    const signatories = ctx.persons.filter((p) => !p.short && p.first >= s.first && p.last <= verb);

    for (const g of groups) {
      if (g.length < 2) {
        // "Hai đơn vị đã thông qua chương trình phối hợp, giai đoạn 2023-2027": the last agreement, restated.
        const last = out[out.length - 1];
        if (last) {
          last.evidence.push(si);
          last.period ??= ownPeriod;
        }
        continue;
      }
      const key = g
        .map((o) => orgName(o).toLowerCase())
        .sort()
        .join("|");
      const same = out.find(
        (a) =>
          a.parties
            .map((o) => orgName(o).toLowerCase())
            .sort()
            .join("|") === key,
      );
      if (same) {
        same.evidence.push(si);
        same.period ??= ownPeriod;
        if (same.signedOn === undefined && date) same.signedOn = resolveDate(date);
        same.place ??= place;
        continue;
      }
      out.push({
        kind: kind.kind,
        nameFirst: kind.first,
        nameLast: kind.last,
        parties: g,
        signatories,
        period: ownPeriod ?? nextSentencePeriod(si),
        signedOn: date ? resolveDate(date) : undefined,
        place,
        evidence: [si],
      });
    }
  });
  return out;
}
