import { distance } from "fastest-levenshtein";
import type { PlaceInfo } from "../gazetteer/lexicon.js";
import { foldDiacritics } from "../normalize/fold.js";
import { type AreaRef, allCaps, type RuleContext } from "./context.js";

/** Number words before a plural administrative word: "hai tỉnh", "7 tỉnh, thành phố". */
/** A Map, not an object: looked up with every word after a head, most of them misses. */
const COUNT_WORDS = new Map<string, number>([
  ["hai", 2],
  ["ba", 3],
  ["bốn", 4],
  ["năm", 5],
  ["sáu", 6],
  ["bảy", 7],
  ["tám", 8],
  ["chín", 9],
  ["mười", 10],
]);

/** Words that are never the start of a place name written after an admin word. */
const NOT_A_NAME = new Set([
  "các",
  "cấp",
  "này",
  "đó",
  "nhà",
  "và",
  "với",
  "trong",
  "về",
  "của",
  "theo",
  "tại",
  "sau",
  "ngày",
  "sáng",
  "chiều",
  "tối",
  "đây",
  "hiện",
  "năm",
  "đến",
  "từ",
  "qua",
  "cùng",
  "những",
  "trên",
  "dưới",
  "để",
  "khi",
  // Verbs that open a sentence, met capitalised after an admin word when a caption
  // runs into the next sentence without its full stop ("… tỉnh Tham gia cùng đoàn").
  "tham",
  "thay",
  "dự",
  "phát",
  "tiếp",
  "được",
  "đã",
  "sẽ",
  "là",
  "có",
  "cũng",
  "chúc",
  "tặng",
  "trao",
  "nhằm",
]);

const COMMUNE_WORDS = new Set(["xã", "phường", "thị trấn", "đặc khu"]);

function levelFits(word: string, place: PlaceInfo): boolean {
  switch (word) {
    case "tỉnh":
    case "thủ đô":
      return place.level === "province";
    case "thành phố":
      // "thành phố Cần Thơ" is the province; "thành phố Lào Cai" the city of tỉnh Lào Cai.
      return (
        (place.level === "province" && place.adminType === "thành phố") ||
        place.level === "district" ||
        (place.level === "province" && place.country !== undefined)
      );
    case "huyện":
    case "quận":
    case "thị xã":
      return place.level === "district";
    case "xã":
    case "phường":
    case "thị trấn":
    case "đặc khu":
      return place.level === "commune" || place.level === "district";
    default:
      return false;
  }
}

/**
 * The name as the article writes it, when that is a real name of the unit ("Huế"
 * for Thừa Thiên Huế, "Sài Gòn"); the dictionary's name for abbreviations
 * ("TP.HCM"), for written forms without diacritics, for mere spelling variants
 * ("Thừa Thiên - Huế") and for a country's formal name.
 */
function asWritten(ctx: RuleContext, first: number, last: number, place: PlaceInfo): PlaceInfo {
  const tokens = ctx.tokens;
  let written = "";
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return place;
    written = k === first ? t.text : `${written} ${t.text}`;
  }
  // Written as the dictionary spells it (the common case): nothing to compare.
  if (written === place.name) return place;
  // Spelling variants ("Thừa Thiên - Huế", "Sê Kong" for Sê Kông) keep the dictionary's spelling.
  if (spellingKey(written) === spellingKey(place.name)) return place;
  // A state's formal name ("Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Campuchia") is
  // the country under its common name; a short other name ("Hoa Kỳ") is kept.
  if (place.level === "country" && last - first > place.name.split(" ").length + 1) return place;
  const toks = tokens.slice(first, last);
  if (
    ctx.asciiMode ||
    // A Vietnamese name without its marks is a typo; a foreign one ("Sekong") is a spelling.
    // (A country's name in another language, "Australia", is kept as written.)
    (toks.every((t) => t.fold === t.lower) &&
      (place.country === undefined || place.country === "Việt Nam") &&
      (place.level !== "country" || spellingKey(written) === spellingKey(place.name))) ||
    toks.some((t) => t.text.length > 1 && allCaps(t.text))
  ) {
    return place;
  }
  return { ...place, name: written };
}

const spellingKeys = new Map<string, string>();

/** Comparison key of a place name's spelling (cached: the same names recur in every article). */
function spellingKey(s: string): string {
  let k = spellingKeys.get(s);
  if (k === undefined) {
    k = foldDiacritics(s)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    if (spellingKeys.size > 20_000) spellingKeys.clear();
    spellingKeys.set(s, k);
  }
  return k;
}

/** A dictionary place at token i whose level fits the admin word (or any, when word is null). */
export function placeAt(
  ctx: RuleContext,
  i: number,
  word: string | null,
): { last: number; place: PlaceInfo } | null {
  const found = placeAtRaw(ctx, i, word);
  return found ? { last: found.last, place: asWritten(ctx, i, found.last, found.place) } : null;
}

function placeAtRaw(
  ctx: RuleContext,
  i: number,
  word: string | null,
): { last: number; place: PlaceInfo } | null {
  if (!ctx.isCapWord(i) && !(ctx.asciiMode && ctx.isWord(i))) return null;
  // After "xã", "phường": a commune of the 2025 map first, then an older unit of that name.
  if (word !== null && COMMUNE_WORDS.has(word)) {
    const hs = ctx.hits(ctx.lex.communes(), i);
    if (hs.length > 0)
      return {
        last: hs[0]!.last,
        place: choose(
          ctx,
          hs.filter((h) => h.last === hs[0]!.last).map((h) => h.payload),
          word,
          hs[0]!.last,
        ),
      };
  }
  let hs = ctx.hits(ctx.lex.places, i).filter((h) => word === null || levelFits(word, h.payload));
  // "thành phố Huế": no city of that name, so the province (Thừa Thiên Huế became a city).
  if (hs.length === 0 && word === "thành phố")
    hs = ctx.hits(ctx.lex.places, i).filter((h) => h.payload.level === "province");
  if (hs.length === 0) return null;
  const last = hs[0]!.last;
  return {
    last,
    place: choose(
      ctx,
      hs.filter((h) => h.last === last).map((h) => h.payload),
      word,
      last,
    ),
  };
}

/**
 * Several units share a name (eight districts are called Châu Thành). The written
 * admin word decides first ("thị xã" vs "quận"; "thành phố Lào Cai" is the city,
 * not the tỉnh), then a province written after it ("…, tỉnh Long An", "(Long An)"),
 * then the article's own provinces; else the dictionary's first entry.
 */
function choose(
  ctx: RuleContext,
  cands: PlaceInfo[],
  word: string | null,
  after: number,
): PlaceInfo {
  let cs = cands;
  if (cs.length > 1 && word !== null) {
    const typed = cs.filter((c) => c.adminType === word);
    if (typed.length > 0) cs = typed;
  }
  // Written bare ("hai tỉnh Hà Giang và Cao Bằng", "Sơn La"), a name means its province.
  if (cs.length > 1 && (word === null || word === "tỉnh")) {
    const provinces = cs.filter((c) => c.level === "province");
    if (provinces.length > 0) cs = provinces;
  }
  if (cs.length === 1) return postReform(ctx, cs[0]!);
  for (let k = after; k < after + 5 && k < ctx.tokens.length; k++) {
    const p = ctx.hits(ctx.lex.places, k).find((h) => h.payload.level === "province")?.payload;
    if (p) {
      const inIt = cs.filter((c) => c.province === p.code || c.current?.code === p.current?.code);
      if (inIt.length > 0) return postReform(ctx, inIt[0]!);
    }
  }
  const known = new Set(ctx.orgs.map((o) => o.area?.place?.code).filter((c) => c !== undefined));
  const local = cs.find((c) => c.province !== undefined && known.has(c.province));
  return postReform(ctx, local ?? cs[0]!);
}

/** After 1 July 2025 (by the `date` option) a province named as before is the new unit. */
function postReform(ctx: RuleContext, p: PlaceInfo): PlaceInfo {
  if (p.level !== "province" || p.since2025 || !ctx.postReform) return p;
  return ctx.lex.provinceAfter.get(p.name) ?? p;
}

/** Capitalised words after an admin word that the dictionary does not know (new communes, foreign units). */
/** Nouns that count things: a number before one is a quantity, not a unit's name. */
const COUNTED = new Set([
  "suất",
  "hộ",
  "người",
  "căn",
  "triệu",
  "tỷ",
  "nghìn",
  "ngàn",
  "chiếc",
  "con",
  "điểm",
  "lần",
  "km",
  "ha",
  "tấn",
  "cái",
  "xuất",
  "gói",
  "món",
  "lượt",
]);
const COUNTED_FOLDED = new Set([...COUNTED].map(foldDiacritics));

export function countedAfter(ctx: RuleContext, k: number): boolean {
  const t = ctx.tok(k);
  if (t === undefined || t.kind !== "word" || t.upper) return false;
  return ctx.asciiMode ? COUNTED_FOLDED.has(t.fold) : COUNTED.has(t.lower);
}

export function unknownName(ctx: RuleContext, i: number, level: string): number {
  // Every Vietnamese province is in the dictionary, and a family name starts a person:
  // "Bí thư Tỉnh ủy Hoàng Văn A" names no place "Hoàng Văn A".
  const t0 = ctx.tok(i);
  if (t0 && ctx.isSurname(i) && (level === "province" || ctx.isCapWord(i + 2))) return i;
  let k = i;
  while (k < ctx.tokens.length && k - i < 4) {
    const t = ctx.tokens[k]!;
    if (t.lineStart) break;
    // "quận 1", "phường 12"; not a count of things given to the unit ("tặng phường 50 suất
    // học bổng", "bình quân 50 triệu đồng" read without marks).
    if (t.kind === "number" && k === i)
      return (level === "district" || level === "commune") && !countedAfter(ctx, k + 1) ? k + 1 : k;
    if (!(t.kind === "word" && t.upper) || (k === i && NOT_A_NAME.has(t.lower))) break;
    // A title or an organization head starts after the name: "xã Bảo Nhai Nguyễn Văn A" is rare, "tỉnh Chủ tịch" never.
    if (
      k > i &&
      (ctx.longest(ctx.lex.titles, k) ||
        ctx.longest(ctx.lex.orgs, k) ||
        ctx.longest(ctx.lex.adminWords, k))
    )
      break;
    k++;
  }
  return k;
}

/** One-edit fuzzy match of a written name against dictionary names of the same shape. */
function fuzzyPlace(
  ctx: RuleContext,
  i: number,
  last: number,
  word: string,
): PlaceInfo | undefined {
  const fold = ctx.tokens
    .slice(i, last)
    .map((t) => t.fold)
    .join(" ");
  if (fold.length < 6) return undefined;
  const bucket = ctx.lex.fuzzyPlaces.get(`${last - i}:${fold[0]}`);
  if (!bucket) return undefined;
  let best: PlaceInfo | undefined;
  for (const c of bucket) {
    if (
      Math.abs(c.fold.length - fold.length) <= 1 &&
      levelFits(word, c.info) &&
      distance(c.fold, fold) <= 1
    ) {
      if (best) return undefined; // ambiguous: two candidates at one edit
      best = c.info;
    }
  }
  return best;
}

function areaText(word: string, name: string): string {
  return `${word} ${name}`;
}

/** Area texts of the dictionary's places, by admin word then name (see placeAreaText). */
const placeAreaTexts = new Map<string, Map<string, string>>();

/**
 * areaText of a gazetteer place: one string per admin word and place, made once per
 * process. Organization records are keyed by their area text, and hashing a new
 * concatenation at every mention cost more than these two lookups of dictionary
 * strings (bounded: the words and names all come from the dictionaries).
 */
function placeAreaText(word: string, name: string): string {
  let byName = placeAreaTexts.get(word);
  if (byName === undefined) placeAreaTexts.set(word, (byName = new Map()));
  let text = byName.get(name);
  if (text === undefined) byName.set(name, (text = areaText(word, name)));
  return text;
}

/** "tỉnh Thanh Hóa, Hà Tĩnh và Quảng Bình": one area per named unit, each with its own admin word. */
function namedAreas(list: { last: number; places: PlaceInfo[] }, word: string): AreaParse {
  return {
    last: list.last,
    areas: list.places.map((p) => ({ text: placeAreaText(p.adminType ?? word, p.name), place: p })),
  };
}

export interface AreaParse {
  last: number;
  areas: AreaRef[];
}

/** Place names of a list: "Lào Cai và Yên Bái", "Lào Cai, Yên Bái", ": A, B, … và G". */
function placeList(
  ctx: RuleContext,
  i: number,
  word: string | null,
): { last: number; places: PlaceInfo[] } {
  const places: PlaceInfo[] = [];
  let last = i;
  // Each place is read once: the look-ahead that decides whether the list goes on
  // is the next item.
  let p = placeAt(ctx, i, word);
  while (p) {
    places.push(p.place);
    last = p.last;
    if (ctx.is(p.last, ",", "và") || ctx.is(p.last, ";")) {
      const next = placeAt(ctx, p.last + 1, word);
      // (Not the first words of a body's name: "phường Xuân Hòa, Liên hiệp các Hội …".)
      const body = next ? ctx.longest(ctx.lex.orgs, p.last + 1) : undefined;
      if (next && !(body && body.last > next.last)) {
        p = next;
        continue;
      }
    }
    // "tỉnh Salavan và tỉnh Sekong": the admin word written again.
    if (word !== null && ctx.is(p.last, ",", "và")) {
      const aw = ctx.longest(ctx.lex.adminWords, p.last + 1);
      if (aw?.payload.word === word) {
        p = placeAt(ctx, aw.last, word);
        continue;
      }
    }
    break;
  }
  return { last, places };
}

/**
 * The area after an organization head, at token i: "tỉnh Lào Cai", "TP Cần Thơ",
 * "TP.HCM", "hai tỉnh Lào Cai và Yên Bái", "7 tỉnh, thành phố gồm: …", a bare
 * "tỉnh", or (when `bare`) a place name alone: "Tỉnh ủy Lào Cai".
 */
export function parseArea(
  ctx: RuleContext,
  i: number,
  bare: "none" | "province" | "any",
): AreaParse | null {
  const t = ctx.tok(i);
  if (!t) return null;
  // Plural: "hai tỉnh …", "2 tỉnh", "7 tỉnh, thành phố gồm: …".
  // "các tỉnh Thanh Hóa, Hà Tĩnh và Quảng Bình": named provinces after "các".
  const count =
    t.lower === "các"
      ? 0
      : t.kind === "number"
        ? Number.parseInt(t.text, 10)
        : COUNT_WORDS.get(t.lower);
  if (count !== undefined && count <= 20) {
    const aw = ctx.longest(ctx.lex.adminWords, i + 1);
    // "UBND các huyện Lập Thạch, Sông Lô", "hai xã Tả Phìn và Tả Van": lower units
    // only with their names, each read at the level the admin word gives.
    if (aw && (aw.payload.level === "district" || aw.payload.level === "commune")) {
      // ("5 huyện: A, B, …", "các xã gồm A, B")
      let at = aw.last;
      if (ctx.is(at, "gồm", "là")) at++;
      if (ctx.is(at, ":")) at++;
      const list = placeList(ctx, at, aw.payload.word);
      if (list.places.length >= 2) return namedAreas(list, aw.payload.word);
    }
  }
  if (count === 0) {
    const aw = ctx.longest(ctx.lex.adminWords, i + 1);
    if (aw && aw.payload.level === "province") {
      const list = placeList(ctx, aw.last, null);
      if (list.places.length >= 2) {
        return namedAreas(list, aw.payload.word);
      }
    }
  }
  if (count !== undefined && count >= 2 && count <= 20) {
    const aw = ctx.longest(ctx.lex.adminWords, i + 1);
    if (aw && aw.payload.level === "province") {
      let k = aw.last;
      // "tỉnh, thành phố"
      if (ctx.is(k, ",") && ctx.longest(ctx.lex.adminWords, k + 1)?.payload.level === "province") {
        k = ctx.longest(ctx.lex.adminWords, k + 1)!.last;
      }
      let listStart = k;
      if (ctx.is(listStart, "gồm", "là")) listStart++;
      if (ctx.is(listStart, ":")) listStart++;
      const list = placeList(ctx, listStart, null);
      if (list.places.length >= 2) {
        return namedAreas(list, aw.payload.word);
      }
      return {
        last: k,
        areas: [
          {
            text: aw.payload.word,
            pluralCount: count,
            implicit: { word: aw.payload.word, level: "province" },
          },
        ],
      };
    }
  }
  // An abbreviation that is a whole area: "TP.HCM", "TPHCM".
  if (t.kind === "abbr" || t.kind === "word") {
    const p = placeAt(ctx, i, null);
    if (p && p.place.level === "province" && /^tp/i.test(t.text)) {
      return {
        last: p.last,
        areas: [
          { text: placeAreaText(p.place.adminType ?? "thành phố", p.place.name), place: p.place },
        ],
      };
    }
  }
  const aw = ctx.longest(ctx.lex.adminWords, i);
  if (aw) {
    const word = aw.payload.word;
    const j = aw.last;
    const list = placeList(ctx, j, word);
    if (list.places.length >= 1) {
      return {
        last: list.last,
        areas: list.places.map((p) => ({
          text: placeAreaText(word === "thủ đô" ? "thành phố" : word, p.name),
          place: p,
        })),
      };
    }
    const end = unknownName(ctx, j, aw.payload.level);
    if (end > j) {
      const fuzzy = fuzzyPlace(ctx, j, end, word);
      const name =
        fuzzy?.name ??
        ctx.tokens
          .slice(j, end)
          .map((x) => x.text)
          .join(" ");
      return { last: end, areas: [{ text: areaText(word, name), place: fuzzy }] };
    }
    if (
      aw.payload.level === "province" ||
      aw.payload.level === "district" ||
      aw.payload.level === "commune"
    ) {
      return { last: j, areas: [{ text: word, implicit: { word, level: aw.payload.level } }] };
    }
    return null;
  }
  if (bare === "province") {
    // "Công an Hà Tĩnh", "Sở Y tế Hà Nội": the official name has the admin word.
    const p = placeAt(ctx, i, null);
    if (p && p.place.level === "province") {
      return {
        last: p.last,
        areas: [{ text: placeAreaText(p.place.adminType ?? "tỉnh", p.place.name), place: p.place }],
      };
    }
  }
  if (bare === "any") {
    const list = placeList(ctx, i, null);
    const ps = list.places.filter((p) => p.level !== "country" && p.level !== "region");
    if (ps.length === list.places.length && ps.length > 0) {
      return { last: list.last, areas: ps.map((p) => ({ text: p.name, place: p, bare: true })) };
    }
    // Foreign or unknown units after "Tỉnh ủy": capitalised words.
    const end = unknownName(ctx, i, "province");
    if (end > i && ctx.tokens[i]!.kind === "word") {
      return {
        last: end,
        areas: [
          {
            text: ctx.tokens
              .slice(i, end)
              .map((x) => x.text)
              .join(" "),
            bare: true,
          },
        ],
      };
    }
  }
  return null;
}
