import type { PlaceInfo } from "../gazetteer/lexicon.js";
import type { LocationLevel } from "../schema/result.js";
import { parseArea, placeAt, unknownName } from "./area.js";
import { type RuleContext, UPPER } from "./context.js";

const COUNTRY_WORDS = new Set([
  "anh hùng",
  "anh em",
  "anh chị",
  "pháp luật",
  "pháp lý",
  "pháp chế",
  "pháp nhân",
  "pháp lệnh",
  "pháp quyền",
  "ý kiến",
  "ý chí",
  "ý thức",
  "ý nghĩa",
  "ý tưởng",
  "đức tin",
  "nhật ký",
  "nhật trình",
  "mỹ thuật",
  "mỹ phẩm",
  "mỹ quan",
  "hàn gắn",
  "hàn lâm",
  "thái độ",
  "thái bình",
  "lào cai",
]);

/** "người Việt Nam", "nhân dân Lào", "tiếng Việt": a people or language, not a place (GUIDE). */
const PEOPLE_BEFORE = new Set([
  "người",
  "nhân dân",
  "dân tộc",
  "đồng bào",
  "tiếng",
  "kiều bào",
  "bạn bè",
  // "Bà mẹ Việt Nam anh hùng": an honorary title, not the country.
  "mẹ",
]);

function peopleBefore(ctx: RuleContext, i: number): boolean {
  const a = ctx.tok(i - 1)?.lower;
  const b = ctx.tok(i - 2)?.lower;
  return (
    (a !== undefined && PEOPLE_BEFORE.has(a)) ||
    (a !== undefined && b !== undefined && PEOPLE_BEFORE.has(`${b} ${a}`))
  );
}

/**
 * "Luật Biên phòng Việt Nam", "Luật Cảnh sát biển Việt Nam": the country ends the
 * law's name (a document), it is not mentioned as a place.
 */
function inLawName(ctx: RuleContext, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== "word" || t.lineStart) return t.lineStart && ctx.is(k, "luật") && t.upper;
    if (t.upper && ctx.is(k, "luật")) return true;
  }
  return false;
}

/**
 * Where the items of "các xã …" start: right away, after ":", or after a short
 * description ending in "như" / "gồm" ("các xã biên giới như A, B").
 */
function listStart(ctx: RuleContext, j: number): number {
  if (ctx.is(j, ":")) return j + 1;
  // "các xã biên giới Ea Súp, Ia Lốp", "các xã vùng cao Y Tý, …": words that say what
  // kind of unit, then the names.
  let described = j;
  while (described < j + 4 && ctx.inSet(described, UNIT_DESCRIPTORS)) described++;
  if (described > j && ctx.isCapWord(described) && !ctx.tokens[described]!.lineStart)
    return described;
  for (let k = j; k < j + 12 && k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.lineStart) break;
    if (ctx.is(k, "như", "gồm", "là", ":")) return k + 1;
    // "xã, phường có đông đồng bào Khmer như …": lower-case words, commas, a people's name.
    if (t.kind === "punct" && t.text !== ",") break;
    if (t.upper && !ctx.is(k - 1, "đồng", "bào", "dân", "người")) break;
  }
  return j;
}

/**
 * The syllables of the words that describe a kind of unit between a plural admin
 * word and its names: "biên giới", "vùng cao", "vùng sâu, vùng xa", "miền núi",
 * "ven biển", "đặc biệt khó khăn", "lân cận", "giáp ranh", "bãi ngang".
 */
const UNIT_DESCRIPTORS = new Set([
  "biên",
  "giới",
  "vùng",
  "cao",
  "sâu",
  "xa",
  "miền",
  "núi",
  "ven",
  "biển",
  "đặc",
  "biệt",
  "khó",
  "khăn",
  "lân",
  "cận",
  "giáp",
  "ranh",
  "bãi",
  "ngang",
]);

/**
 * "các xã: Bản Hồ, Mường Bo, …, Xuân Hòa": every item of a list after a plural
 * admin word is a place of that level, known to the dictionary or not.
 */
function adminList(ctx: RuleContext, j: number, word: string, level: LocationLevel): number {
  let k = j;
  let last = j;
  for (;;) {
    const p = placeAt(ctx, k, word);
    const end = p ? p.last : unknownName(ctx, k, level);
    if (end === k || ctx.isClaimed(k, end)) break;
    const name = ctx.tokens
      .slice(k, end)
      .map((t) => t.text)
      .join(" ");
    ctx.places.push({
      first: k,
      last: end,
      info: p?.place ?? { name, level },
      rule: "location.admin-list",
    });
    last = end;
    let next = end;
    // "Quài Tở, Mường Mùn (Điện Biên) và Co Mạ (Sơn La)": the province in brackets is a place too.
    if (ctx.is(next, "(")) {
      const prov = placeAt(ctx, next + 1, null);
      if (!prov || !ctx.is(prov.last, ")")) break;
      ctx.places.push({
        first: next + 1,
        last: prov.last,
        info: prov.place,
        rule: "location.admin-list",
      });
      next = prov.last + 1;
      last = next;
    }
    if (ctx.is(next, ",", "và") && ctx.isCapWord(next + 1)) k = next + 1;
    else break;
  }
  return last;
}

/** Last words of the place kinds below: the cheap test before the whole phrase is read. */
/**
 * Kinds of named places that no gazetteer lists, written in lower case before the
 * name: border gates and passes, and features of the land and of transport ("sân bay
 * Biên Hòa", "cảng biển Vũng Rô", "cao nguyên Mộc Châu", "cao tốc Nội Bài - Lào Cai").
 * The name alone is the place, as an admin word is left out ("xã Tả Phìn" → "Tả
 * Phìn"), except for the kinds of NAMED_WITH_KIND.
 * (Not "cầu", "động", "bản", "kênh": also words of "yêu cầu", "hoạt động", "văn bản",
 * "qua kênh Hội"; nor "thác", "đỉnh" in "khai thác", "thượng đỉnh".)
 */
const FEATURE_KINDS = new Set([
  "cửa khẩu",
  "cửa khẩu quốc tế",
  "cửa khẩu chính",
  "cửa khẩu phụ",
  "đèo",
  "sân bay",
  "cảng",
  "cảng biển",
  "cao nguyên",
  "sông",
  "suối",
  "núi",
  "đỉnh",
  "đảo",
  "quần đảo",
  "vịnh",
  "đầm",
  "thác",
  "hang",
  "thung lũng",
  "bãi biển",
  "vườn quốc gia",
  "cao tốc",
  "chợ",
  "làng",
  "phố cổ",
]);
/** Kinds that are part of the place's name (a river is "sông Hồng", not "Hồng"). */
const NAMED_WITH_KIND = new Set(["sông", "suối", "núi", "vịnh", "đầm", "thác", "hang"]);
const FEATURE_LAST = new Set([...FEATURE_KINDS].map((k) => k.slice(k.lastIndexOf(" ") + 1)));

/**
 * "cửa khẩu (quốc tế) X", "sân bay X": where a kind of FEATURE_KINDS ending right
 * before i starts (a named place follows, one no gazetteer lists), or -1.
 */
function featureKindBefore(ctx: RuleContext, i: number): number {
  if (!ctx.inSet(i - 1, FEATURE_LAST)) return -1;
  let kind = ctx.tokens[i - 1]!.lower;
  for (let k = i - 1; ; ) {
    if (FEATURE_KINDS.has(kind) && !(k === i - 1 && ctx.is(k - 1, "khai", "thượng"))) return k;
    if (--k < 0 || i - k > 4) return -1;
    kind = `${ctx.tokens[k]!.lower} ${kind}`;
  }
}

export function featureWordBefore(ctx: RuleContext, i: number): boolean {
  return featureKindBefore(ctx, i) >= 0;
}

/**
 * The names after a place kind: one, a pair across a dash ("Mộc Bài – Bavet", the
 * two sides of one crossing) or a list ("A, B và C"). Returns the index after the last.
 */
/** Points of the compass: "cao tốc Bắc - Nam" runs north to south, through no place of that name. */
const DIRECTIONS = new Set(["bắc", "nam", "đông", "tây", "trung"]);

function featureNames(ctx: RuleContext, i: number): number {
  let k = i;
  let last = i;
  for (;;) {
    const end = unknownName(ctx, k, "other");
    if (end === k || ctx.isClaimed(k, end)) break;
    if (end === k + 1 && ctx.inSet(k, DIRECTIONS)) break;
    // A gate named after its town keeps the town's spelling; it is still a place of its own kind.
    const known = placeAt(ctx, k, null);
    const name = known && known.last === end ? known.place.name : nameOf(ctx, k, end);
    ctx.places.push({
      first: k,
      last: end,
      info: { name, level: "other" },
      rule: "location.feature",
    });
    last = end;
    if (ctx.is(end, "-", "–", ",", "và") && ctx.isCapWord(end + 1)) k = end + 1;
    else break;
  }
  return last;
}

function nameOf(ctx: RuleContext, first: number, last: number): string {
  return ctx.tokens
    .slice(first, last)
    .map((t) => t.text)
    .join(" ");
}

/**
 * A region of the gazetteer whose name starts with a lower-case word, at token i:
 * the index after it (the place recorded), or i. Only a region of two or more
 * words, so that a common word alone ("đồng", "châu") is never a place.
 */
function lowerCaseRegion(ctx: RuleContext, i: number): number {
  // The byte test first: this runs for every lower-case token. Then the first words of
  // the gazetteer's lower-case region names ("miền Trung", "châu Á", "đồng bằng …").
  if (!ctx.starts(ctx.lex.places, i) || !ctx.is(i, "miền", "châu", "đồng")) return i;
  for (const h of ctx.hits(ctx.lex.places, i)) {
    if (h.payload.level !== "region" || h.last - i < 2 || ctx.isClaimed(i, h.last)) continue;
    return addPlace(ctx, i, h.last, h.payload, "location.region");
  }
  return i;
}

/**
 * "đường Mai Thúc Loan", "phố Hàng Bạc", "đường 30/4": a street's name after its
 * lower-case kind word, the index after it (the place recorded, without the kind
 * word, as admin words are left out), or i. Not "thành phố", "khu phố".
 */
function streetAt(ctx: RuleContext, i: number): number {
  if (!ctx.is(i, "đường", "phố") || ctx.is(i - 1, "thành", "khu", "dãy")) return i;
  // A street named for a date: "đường 3/2", "đường 30/4".
  let k = ctx.tok(i + 1)?.kind === "date" ? i + 2 : i + 1;
  while (k < ctx.tokens.length && k - i <= 5 && ctx.isCapWord(k) && !ctx.tokens[k]!.lineStart) k++;
  if (k === i + 1 || ctx.isClaimed(i + 1, k)) return i;
  return addPlace(
    ctx,
    i + 1,
    k,
    { name: nameOf(ctx, i + 1, k), level: "other" },
    "location.street",
    i,
  );
}

/** Records the place of tokens [first, last), claims [from, last) (its kind word too), returns last. */
function addPlace(
  ctx: RuleContext,
  first: number,
  last: number,
  info: PlaceInfo,
  rule: string,
  from = first,
): number {
  ctx.places.push({ first, last, info, rule });
  ctx.claim(from, last);
  return last;
}

/** Kind words of landmarks whose capitalised name is a place as a whole. */
const LANDMARKS = new Set([
  "bảo tàng",
  "nhà lưu niệm",
  "khu lưu niệm",
  "khu di tích",
  "nhà tưởng niệm",
  "tượng đài",
  "quảng trường",
  "đền thờ",
  "lăng",
  "nhà hát",
  "sân vận động",
]);

const LANDMARK_FIRST = new Set([...LANDMARKS].map((k) => k.split(" ")[0]!));

/**
 * "Bảo tàng Đại tướng Nguyễn Chí Thanh", "Nhà Lưu niệm Chủ tịch Hồ Chí Minh",
 * "Quảng trường Ba Đình": a capitalised landmark kind and its name (ranks and titles
 * in it included) are one place, as written; the index after it, or i.
 */
function landmarkAt(ctx: RuleContext, i: number): number {
  let j = i + 1;
  let kind = ctx.tokens[i]!.lower;
  while (!LANDMARKS.has(kind) && j < ctx.tokens.length && j - i < 3)
    kind += ` ${ctx.tokens[j++]!.lower}`;
  if (!LANDMARKS.has(kind) || !ctx.isCapWord(j)) return i;
  let k = j;
  while (k < ctx.tokens.length && k - j < 7 && !ctx.tokens[k]!.lineStart) {
    const h = ctx.longest(ctx.lex.honorifics, k) ?? ctx.longest(ctx.lex.titles, k);
    if (h && ctx.isCapWord(k)) k = h.last;
    else if (ctx.isCapWord(k)) k++;
    else break;
  }
  if (ctx.isClaimed(i, k)) return i;
  return addPlace(ctx, i, k, { name: nameOf(ctx, i, k), level: "other" }, "location.landmark");
}

/** Words after which a capitalised name is where something is or goes. */
export const AT_PLACE: ReadonlySet<string> = new Set([
  "tại",
  "ở",
  "về",
  "đến",
  "tới",
  "từ",
  "xuống",
  "lên",
  "ra",
  "vào",
  "qua",
  "quê",
  "thuộc",
  "khắp",
]);

/** ", Hải Dương" after a district of Hải Dương: the district named with its province. */
function inItsProvince(ctx: RuleContext, at: number, place: PlaceInfo): boolean {
  if (!ctx.is(at, ",") || place.province === undefined) return false;
  const next = placeAt(ctx, at + 1, null);
  return next !== null && next.place.level === "province" && next.place.code === place.province;
}

/**
 * Phase: places outside organization and person names. With an admin word
 * ("tỉnh Lào Cai", "xã Tả Phìn") any unit is taken; bare, provinces, countries
 * and regions, and districts where the words around say a place is meant (see
 * below); streets and landmarks by their kind word.
 */
export function findLocations(ctx: RuleContext): void {
  const n = ctx.tokens.length;
  // Where the last bare district or province ended (-1: none), for lists of them.
  let listedAfter = -1;
  const streetWords = [ctx.syllableId("duong"), ctx.syllableId("pho")];
  for (let i = 0; i < n; i++) {
    if (ctx.claimed[i]) continue;
    // Places start at an admin word or a capitalised word, or are regions whose name
    // starts in lower case ("miền Trung", "châu Á", "đồng bằng sông Hồng").
    if ((ctx.flags[i]! & UPPER) === 0) {
      let end = lowerCaseRegion(ctx, i);
      // (The street words by their syllable's number: this runs for every lower-case word.)
      const id = ctx.idAt(i);
      if (end === i && id > 0 && (id === streetWords[0] || id === streetWords[1]))
        end = streetAt(ctx, i);
      if (end > i) {
        i = end - 1;
        continue;
      }
      if (!ctx.starts(ctx.lex.adminWords, i)) continue;
    }
    // Admin word + name(s); also "các xã Tả Van, Tả Phìn". (A capitalised one after a
    // feature's kind is the feature's name: "thác Bản Giốc".)
    const featureAt = featureKindBefore(ctx, i);
    const aw =
      (ctx.flags[i]! & UPPER) !== 0 && featureAt >= 0
        ? undefined
        : ctx.longest(ctx.lex.adminWords, i);
    // Plural admin words: "các xã …", "ba xã …", "một số xã, phường … như …".
    const plural =
      ctx.is(i - 1, "các", "số", "hai", "ba", "bốn") ||
      ctx.is(i - 1, "năm", "những", "nhiều") ||
      ctx.tok(i - 1)?.kind === "number";
    if (aw && (plural || ctx.is(aw.last, ":"))) {
      const end = adminList(ctx, listStart(ctx, aw.last), aw.payload.word, aw.payload.level);
      if (end > aw.last + 1) {
        ctx.claim(i, end);
        i = end - 1;
        continue;
      }
    }
    if (aw && !ctx.claimed[aw.last]) {
      const a = parseArea(ctx, i, "none");
      if (a && !a.areas[0]?.implicit) {
        let k = aw.last;
        for (const area of a.areas) {
          const name = area.place?.name ?? area.text.slice(aw.payload.word.length).trim();
          if (!name) continue;
          const p = placeAt(ctx, k, aw.payload.word === "thủ đô" ? "thành phố" : aw.payload.word);
          const last = p ? p.last : Math.min(a.last, k + name.split(" ").length);
          ctx.places.push({
            first: k,
            last,
            info: area.place ?? { name, level: aw.payload.level },
            rule: "location.admin-word",
          });
          k = last + 1;
        }
        ctx.claim(i, a.last);
        i = a.last - 1;
        continue;
      }
    }
    const t = ctx.tokens[i]!;
    // Bare place names are capitalised even in text without diacritics ("lao dong" is not Lào).
    if (!t.upper) continue;
    const landmark = LANDMARK_FIRST.has(t.lower) ? landmarkAt(ctx, i) : i;
    if (landmark > i) {
      i = landmark - 1;
      continue;
    }
    // ("cửa khẩu Quốc tế Lao Bảo": the capitalised "Quốc tế" is still the kind's.)
    const kindAt = ctx.is(i, "quốc") && ctx.is(i + 1, "tế") ? -1 : featureAt;
    if (kindAt >= 0) {
      // A river, a bay, a mountain is named with its kind word ("sông Hồng", "vịnh Hạ
      // Long", "núi Bà Đen"): the dictionary's entry, or the words as written.
      if (NAMED_WITH_KIND.has(ctx.tokens[i - 1]!.lower)) {
        const whole = ctx.longest(ctx.lex.places, kindAt);
        const end = whole && whole.last > i ? whole.last : unknownName(ctx, i, "other");
        if (end > i && !ctx.isClaimed(i, end)) {
          const info =
            whole && whole.last === end
              ? whole.payload
              : { name: nameOf(ctx, kindAt, end), level: "other" as const };
          i = addPlace(ctx, kindAt, end, info, "location.feature") - 1;
          continue;
        }
      }
      const end = featureNames(ctx, i);
      if (end > i) {
        ctx.claim(i, end);
        i = end - 1;
        continue;
      }
    }
    const p = placeAt(ctx, i, null);
    if (!p || ctx.isClaimed(i, p.last)) continue;
    const level = p.place.level;
    // A one-word place of the "other" kind only abroad ("Tokyo", "Seoul"): at home a
    // single word is too often a word or a name.
    const abroad = p.place.country !== undefined && p.place.country !== "Việt Nam";
    let ok =
      level === "province" ||
      level === "country" ||
      level === "region" ||
      (level === "other" && (p.last - i >= 2 || abroad));
    if (level === "district" && ctx.is(p.last, "(")) ok = true;
    // A district or town of two syllables or more, bare after a word of place
    // ("về Hội An", "tại Chí Linh", "quê ở Đức Thọ") or before its province ("Chí
    // Linh, Hải Dương") or listed after a bare district or province ("về Hội An, Sa Pa
    // và Hạ Long"): at home a capitalised name there is a place, and a district's name
    // is seldom anything else. (One syllable, "về Vinh", is too often a name.)
    if (
      level === "district" &&
      p.last - i >= 2 &&
      ((ctx.is(i - 1, ",", "và") && listedAfter === i - 1) ||
        AT_PLACE.has(ctx.tok(i - 1)?.lower ?? "") ||
        inItsProvince(ctx, p.last, p.place))
    )
      ok = true;
    // A foreign province bare ("Salavan") is known only from the dictionary: take it.
    if (level === "province" && p.place.country && p.place.country !== "Việt Nam") ok = true;
    if (!ok || peopleBefore(ctx, i) || inLawName(ctx, i)) continue;
    // "Anh", "Mỹ", "Nhật", "Bỉ" are also syllables of names ("Quỳnh Anh", "Mỹ Quý"):
    // a one-syllable country next to another capitalised word is part of that name.
    // ("Tổng thống Mỹ Joe Biden": the name after it is already a person's, so "Mỹ" stands alone.)
    const capNext = ctx.isCapWord(i + 1) && !ctx.claimed[i + 1];
    const capPrev = ctx.isCapWord(i - 1) && !ctx.claimed[i - 1] && !ctx.tokens[i]!.lineStart;
    if (level === "country" && p.last - i === 1 && (capNext || capPrev)) continue;
    // "Anh hùng", "Pháp luật", "Ý kiến" capitalised at a sentence start are words, not countries.
    if (
      level === "country" &&
      p.last - i === 1 &&
      COUNTRY_WORDS.has(`${t.lower} ${ctx.tok(i + 1)?.lower ?? ""}`)
    )
      continue;
    // "TP.HCM" is a province written as an abbreviation.
    addPlace(ctx, i, p.last, p.place, "location.bare");
    // "về Hội An, Sa Pa và Hạ Long": the next items of a list of places are places too.
    listedAfter = level === "district" || level === "province" ? p.last : -1;
    i = p.last - 1;
  }
}
