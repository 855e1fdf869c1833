/**
 * Deterministic generator of real-shaped Vietnamese news articles for the speed
 * benchmark: headline, lead, title chains, signings, legal document references,
 * amounts, quotes, bylines and web clutter, composed from our own templates with
 * varied names, provinces, organizations and dates. Same seed, same corpus.
 *
 * Not a gold corpus: nothing here is annotated, it only has to look like the genre
 * (length, vocabulary, punctuation, abbreviations, encodings) so throughput and
 * latency are measured on the kind of text the library reads.
 */
import { existsSync, readFileSync } from "node:fs";

export interface GeneratedArticle {
  id: string;
  text: string;
  /** Publication date, passed as the `date` option (about half of the articles). */
  date?: string;
}

export interface Province {
  name: string;
  /** Centrally-run city: "thành phố X", "Thành ủy X". */
  city: boolean;
  code?: string;
}

/** A district- or commune-level unit: "huyện Bát Xát", "xã Tả Phìn". */
export interface Place {
  name: string;
  type: string;
  province?: string;
}

/** The place names the generator draws from. */
export interface Places {
  provinces: Province[];
  districts: Place[];
  communes: Place[];
  /** Where they came from, for the report. */
  source: string;
}

// ------------------------------------------------------------------ PRNG

/** mulberry32: small, fast, good enough to vary text; identical across platforms. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** k distinct items (k clipped to the list length). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length > 0)
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

// ------------------------------------------------------------------ lexicon

const CITIES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

const BUILTIN_PROVINCES = [
  "An Giang",
  "Bà Rịa – Vũng Tàu",
  "Bắc Giang",
  "Bắc Kạn",
  "Bạc Liêu",
  "Bắc Ninh",
  "Bến Tre",
  "Bình Định",
  "Bình Dương",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Cao Bằng",
  "Đắk Lắk",
  "Đắk Nông",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Giang",
  "Hà Nam",
  "Hà Tĩnh",
  "Hải Dương",
  "Hậu Giang",
  "Hòa Bình",
  "Hưng Yên",
  "Khánh Hòa",
  "Kiên Giang",
  "Kon Tum",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Long An",
  "Nam Định",
  "Nghệ An",
  "Ninh Bình",
  "Ninh Thuận",
  "Phú Thọ",
  "Phú Yên",
  "Quảng Bình",
  "Quảng Nam",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sóc Trăng",
  "Sơn La",
  "Tây Ninh",
  "Thái Bình",
  "Thái Nguyên",
  "Thanh Hóa",
  "Tiền Giang",
  "Trà Vinh",
  "Tuyên Quang",
  "Vĩnh Long",
  "Vĩnh Phúc",
  "Yên Bái",
  "Hà Nội",
  "Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Cần Thơ",
  "Huế",
];

const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Giàng",
  "Lò",
  "Đinh",
  "Mai",
  "Trịnh",
  "Lương",
  "Hà",
  "Tạ",
  "Vương",
  "Thào",
  "Sùng",
  "Quàng",
  "Cầm",
  "Triệu",
  "Đoàn",
  "Chu",
  "Lục",
  "Nông",
  "Y",
  "Kiều",
];
const MIDDLE_MALE = [
  "Văn",
  "Đức",
  "Minh",
  "Quốc",
  "Hữu",
  "Công",
  "Xuân",
  "Thanh",
  "Trung",
  "Ngọc",
  "Seo",
  "A",
  "Bá",
  "Đình",
  "Quang",
  "Mạnh",
  "Tiến",
  "Văn Minh",
  "Hoàng",
  "Duy",
  "Anh",
];
const MIDDLE_FEMALE = [
  "Thị",
  "Thị Thanh",
  "Thị Thu",
  "Ngọc",
  "Thị Hồng",
  "Thị Minh",
  "Kim",
  "Thùy",
  "Thị Kim",
  "Thị Ngọc",
  "Hồng",
  "Thu",
  "Thị Mai",
];
const GIVEN_MALE = [
  "Hùng",
  "Dũng",
  "Nam",
  "Cường",
  "Tuấn",
  "Thắng",
  "Hải",
  "Sơn",
  "Long",
  "Vần",
  "Tông",
  "Nhân",
  "Triều",
  "Phúc",
  "Khải",
  "Bình",
  "Toàn",
  "Thành",
  "Quân",
  "Hiếu",
  "Lâm",
  "Trọng",
  "Việt",
  "Tùng",
  "Kiên",
  "Định",
  "Chiến",
  "Lợi",
  "Khoa",
  "Cương",
  "Huy",
  "Đạt",
  "Vinh",
  "Tâm",
  "Phong",
];
const GIVEN_FEMALE = [
  "Lan",
  "Hương",
  "Hoa",
  "Mai",
  "Giang",
  "Vinh",
  "Hằng",
  "Nga",
  "Thảo",
  "Liên",
  "Huyền",
  "Hạnh",
  "Yến",
  "Trang",
  "Thủy",
  "Hòa",
  "Loan",
  "Phượng",
  "Dung",
  "Oanh",
  "Nhung",
  "Vân",
  "Hiền",
];

const SYL_A = [
  "Tân",
  "Hòa",
  "Phú",
  "Bình",
  "An",
  "Thạnh",
  "Long",
  "Đông",
  "Tây",
  "Nam",
  "Bắc",
  "Yên",
  "Minh",
  "Quang",
  "Xuân",
  "Hưng",
  "Thuận",
  "Vĩnh",
  "Mỹ",
  "Tam",
  "Mường",
  "Tả",
  "Nậm",
  "Sơn",
  "Kim",
];
const SYL_B = [
  "Lợi",
  "Hiệp",
  "Phước",
  "Thịnh",
  "Hòa",
  "An",
  "Sơn",
  "Lộc",
  "Phú",
  "Trung",
  "Tiến",
  "Thành",
  "Hưng",
  "Bình",
  "Đức",
  "Khánh",
  "Phìn",
  "Khương",
  "Xát",
  "Chải",
  "Lương",
  "Mô",
  "Thượng",
];

const HONORIFIC_MALE = [
  "đồng chí",
  "ông",
  "ông",
  "đồng chí",
  "Đại tá",
  "Thượng tá",
  "TS.",
  "PGS.TS.",
];
const HONORIFIC_FEMALE = ["đồng chí", "bà", "bà", "đồng chí", "ThS.", "TS."];

const AGREEMENT_KINDS = [
  "chương trình phối hợp",
  "quy chế phối hợp",
  "kế hoạch phối hợp",
  "chương trình hợp tác",
  "thỏa thuận hợp tác",
  "biên bản thỏa thuận hợp tác",
  "biên bản ghi nhớ",
  "nghị quyết liên tịch",
];
const SUBJECTS = [
  "công tác đối ngoại nhân dân",
  "giảm nghèo bền vững",
  "tuyên truyền, phổ biến, giáo dục pháp luật",
  "bảo đảm an ninh, trật tự ở cơ sở",
  "xây dựng nông thôn mới và đô thị văn minh",
  "vận động nhân dân tham gia bảo hiểm xã hội, bảo hiểm y tế",
  "chăm sóc, bảo vệ trẻ em",
  "phòng, chống tội phạm ma túy",
  "hỗ trợ hội viên phát triển kinh tế",
  "giám sát và phản biện xã hội",
  "chuyển đổi số trong cơ quan nhà nước",
  "bảo vệ môi trường và ứng phó với biến đổi khí hậu",
  "xây dựng khối đại đoàn kết toàn dân tộc",
  "đào tạo nguồn nhân lực chất lượng cao",
  "phát triển du lịch cộng đồng",
];
const CAMPAIGNS = [
  "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
  "phong trào “Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau”",
  "Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
  "phong trào thi đua “Dân vận khéo”",
  "Quỹ “Vì người nghèo”",
  "chương trình “Mỗi xã một sản phẩm” (OCOP)",
];
const FOREIGN = [
  { unit: "tỉnh Xiêng Khoảng", country: "Lào" },
  { unit: "tỉnh Hủa Phăn", country: "Lào" },
  { unit: "tỉnh Vân Nam", country: "Trung Quốc" },
  { unit: "tỉnh Kampong Cham", country: "Campuchia" },
  { unit: "tỉnh Chungcheong Bắc", country: "Hàn Quốc" },
];

// ------------------------------------------------------------------ places

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function readJson(file: string): Json | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Json;
  } catch {
    return undefined;
  }
}

/** Objects with a string `name` anywhere in arrays of `value` (the dictionary shapes are not fixed). */
function namedObjects(
  value: Json | undefined,
  out: { [k: string]: Json }[] = [],
): { [k: string]: Json }[] {
  if (Array.isArray(value)) for (const v of value) namedObjects(v, out);
  else if (value !== null && typeof value === "object") {
    if (typeof value.name === "string") out.push(value);
    else for (const v of Object.values(value)) if (Array.isArray(v)) namedObjects(v, out);
  }
  return out;
}

const str = (v: Json | undefined): string | undefined => (typeof v === "string" ? v : undefined);

function placesFrom(file: string, defaultType: string): Place[] {
  const out: Place[] = [];
  for (const o of namedObjects(readJson(file))) {
    if (o.abolished === true) continue;
    const place: Place = { name: str(o.name)!, type: str(o.type) ?? defaultType };
    const province = str(o.province);
    if (province !== undefined) place.province = province;
    out.push(place);
  }
  return out;
}

/**
 * Place names from `dictionaries/{provinces,districts,communes}.json` when they exist
 * (any shape with objects that have `name`, optional `type`, `code`, `province`),
 * else built-in provinces and syllable-made district and commune names.
 */
export function loadPlaces(dictionaryDir: string): Places {
  const sources: string[] = [];
  let provinces: Province[] = [];
  for (const o of namedObjects(readJson(`${dictionaryDir}/provinces.json`))) {
    const name = str(o.name)!;
    const type = str(o.type) ?? "";
    const p: Province = { name, city: type === "thành phố" || CITIES.includes(name) };
    const code = str(o.code);
    if (code !== undefined) p.code = code;
    provinces.push(p);
  }
  provinces = [...new Map(provinces.map((p) => [p.name, p])).values()];
  if (provinces.length >= 10) sources.push("provinces.json");
  else {
    provinces = BUILTIN_PROVINCES.map((name) => ({ name, city: CITIES.includes(name) }));
    sources.push("built-in provinces");
  }
  const districts = placesFrom(`${dictionaryDir}/districts.json`, "huyện");
  sources.push(districts.length > 0 ? "districts.json" : "made-up districts");
  const communes = placesFrom(`${dictionaryDir}/communes.json`, "xã");
  sources.push(communes.length > 0 ? "communes.json" : "made-up communes");
  return { provinces, districts, communes, source: sources.join(", ") };
}

/** A unit of the province when the dictionary links them, else any, else a made-up name. */
function placeIn(rng: Rng, places: readonly Place[], p: Province, fallbackType: string): Place {
  if (places.length === 0) return { name: placeName(rng), type: fallbackType };
  if (p.code !== undefined && rng.chance(0.9)) {
    for (let tries = 0; tries < 30; tries++) {
      const c = rng.pick(places);
      if (c.province === p.code) return c;
    }
  }
  return rng.pick(places);
}

// ------------------------------------------------------------------ article parts

interface Person {
  name: string;
  female: boolean;
  short: string;
  honorific: string;
}

interface Ctx {
  rng: Rng;
  p: Province;
  p2: Province;
  district: Place;
  commune: Place;
  day: number;
  month: number;
  year: number;
  persons: Person[];
}

const area = (p: Province, abbreviate = false): string =>
  p.city ? (abbreviate ? `TP. ${p.name}` : `thành phố ${p.name}`) : `tỉnh ${p.name}`;
const committee = (p: Province): string => (p.city ? `Thành ủy ${p.name}` : `Tỉnh ủy ${p.name}`);
const committeeWord = (p: Province): string => (p.city ? "Thành ủy" : "Tỉnh ủy");
const youth = (p: Province): string => (p.city ? `Thành đoàn ${p.name}` : `Tỉnh đoàn ${p.name}`);

const unit = (p: Place): string => `${p.type} ${p.name}`;

function placeName(rng: Rng): string {
  return `${rng.pick(SYL_A)} ${rng.pick(SYL_B)}`;
}

function makePerson(rng: Rng): Person {
  const female = rng.chance(0.35);
  const surname = rng.pick(SURNAMES);
  const middle = rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
  const name = rng.chance(0.1) ? `${surname} ${given}` : `${surname} ${middle} ${given}`;
  return {
    name,
    female,
    short: given,
    honorific: rng.pick(female ? HONORIFIC_FEMALE : HONORIFIC_MALE),
  };
}

/** A front / party / state / mass organization of a province, as written (abbreviations varied). */
function provinceOrg(c: Ctx, p: Province): string {
  const r = c.rng;
  const a = area(p, r.chance(0.3));
  return r.pick([
    `Ủy ban MTTQ Việt Nam ${a}`,
    `Ủy ban Mặt trận Tổ quốc Việt Nam ${a}`,
    `UBMTTQVN ${a}`,
    `Ủy ban MTTQ ${a}`,
    `Hội Nông dân ${a}`,
    `Hội Liên hiệp Phụ nữ ${a}`,
    `Hội LHPN ${a}`,
    `Hội Cựu chiến binh ${a}`,
    `Liên đoàn Lao động ${a}`,
    `Hội Chữ thập đỏ ${a}`,
    `Liên hiệp các tổ chức hữu nghị ${a}`,
    youth(p),
    `Sở Tư pháp ${a}`,
    `Sở Giáo dục và Đào tạo ${a}`,
    `Sở Y tế ${a}`,
    `Sở LĐTB&XH ${a}`,
    `Sở Lao động – Thương binh và Xã hội ${a}`,
    `Sở Nông nghiệp và Môi trường ${a}`,
    `BHXH ${a}`,
    `Bảo hiểm xã hội ${a}`,
    `Công an ${a}`,
    `Bộ Chỉ huy Quân sự ${a}`,
    `Bộ Chỉ huy Bộ đội Biên phòng ${a}`,
    `Ban Dân vận ${committee(p)}`,
    `Ban Tuyên giáo ${committee(p)}`,
    `UBND ${a}`,
    `Ủy ban nhân dân ${a}`,
    `HĐND ${a}`,
    `Ngân hàng Chính sách xã hội chi nhánh ${a}`,
    `Trường Chính trị ${a}`,
    `Báo ${p.name}`,
    `Đài Phát thanh và Truyền hình ${p.name}`,
  ]);
}

const NATIONAL_ORGS = [
  "Ủy ban Trung ương MTTQ Việt Nam",
  "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
  "Trung ương Hội Nông dân Việt Nam",
  "Hội Liên hiệp Phụ nữ Việt Nam",
  "Trung ương Đoàn TNCS Hồ Chí Minh",
  "Tổng Liên đoàn Lao động Việt Nam",
  "Bảo hiểm xã hội Việt Nam",
  "Bộ Nông nghiệp và Phát triển nông thôn",
  "Bộ Lao động – Thương binh và Xã hội",
  "Bộ Công an",
  "Bộ Quốc phòng",
  "Bộ Tư pháp",
  "Bộ Giáo dục và Đào tạo",
  "Ban Dân vận Trung ương",
  "Liên hiệp các tổ chức hữu nghị Việt Nam",
  "Ngân hàng Nhà nước Việt Nam",
  "Tập đoàn Công nghiệp – Viễn thông Quân đội (Viettel)",
];

/** One position as written, with the organization attached (province-level or national). */
function titlePhrase(c: Ctx, p: Province): string {
  const r = c.rng;
  const a = area(p, r.chance(0.2));
  const cw = committeeWord(p);
  const bare = r.chance(0.35); // "Tỉnh ủy" without the name: the area comes from context
  const cm = bare ? cw : committee(p);
  return r.pick([
    `Ủy viên Ban Thường vụ ${cm}`,
    `UVTV ${cm}`,
    `${cw} viên`,
    `Phó Bí thư Thường trực ${cm}`,
    `Phó Bí thư ${cm}`,
    `Bí thư ${committee(p)}`,
    `Chủ tịch Ủy ban MTTQ Việt Nam ${a}`,
    `Chủ tịch UBMTTQVN ${a}`,
    `Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam ${bare ? (p.city ? "thành phố" : "tỉnh") : a}`,
    `Phó Chủ tịch Ủy ban MTTQ ${a}`,
    `Chủ tịch UBND ${a}`,
    `Phó Chủ tịch UBND ${a}`,
    `Phó Chủ tịch Ủy ban nhân dân ${a}`,
    `Chủ tịch HĐND ${a}`,
    `Trưởng Ban Dân vận ${cm}`,
    `Trưởng Ban Tuyên giáo ${cm}`,
    `Trưởng Ban Tổ chức ${cm}`,
    `Chủ nhiệm Ủy ban Kiểm tra ${cm}`,
    `Giám đốc Sở Tư pháp ${a}`,
    `Giám đốc Sở LĐTB&XH ${a}`,
    `Giám đốc BHXH ${a}`,
    `Giám đốc Công an ${a}`,
    `Chỉ huy trưởng Bộ Chỉ huy Quân sự ${a}`,
    `Chủ tịch Hội Nông dân ${a}`,
    `Chủ tịch Hội LHPN ${a}`,
    `Chủ tịch Liên đoàn Lao động ${a}`,
    `Bí thư ${youth(p)}`,
    `Trưởng Đoàn đại biểu Quốc hội ${a}`,
    "Đại biểu Quốc hội",
    "Ủy viên Trung ương Đảng",
    "Ủy viên Ban Chấp hành Trung ương Đảng",
    "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
    "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
    "Phó Chủ tịch Hội Nông dân Việt Nam",
    `nguyên Chủ tịch UBND ${a}`,
    `Bí thư ${c.district.type === "huyện" ? "Huyện ủy" : c.district.type === "quận" ? "Quận ủy" : c.district.type === "thị xã" ? "Thị ủy" : "Thành ủy"} ${c.district.name}`,
    `Chủ tịch UBND ${unit(c.district)}`,
    `Chủ tịch Ủy ban MTTQ Việt Nam ${unit(c.commune)}`,
    `Bí thư Đảng ủy ${unit(c.commune)}`,
  ]);
}

/** An honorific, a name and one to three titles, or the titles first and the name after. */
function personWithTitles(c: Ctx, who: Person, p: Province = c.p): string {
  const r = c.rng;
  const titles = Array.from({ length: r.int(1, 3) }, () => titlePhrase(c, p));
  const uniq = [...new Set(titles)];
  if (r.chance(0.3)) return `${uniq.join(", ")} ${who.name}`;
  return `${who.honorific} ${who.name}, ${uniq.join(", ")}`;
}

function dateText(c: Ctx): string {
  const r = c.rng;
  const d = r.chance(0.4) ? String(c.day).padStart(2, "0") : String(c.day);
  const m = r.chance(0.3) ? String(c.month).padStart(2, "0") : String(c.month);
  const sep = r.chance(0.25) ? "-" : "/";
  const withYear = r.chance(0.35);
  return `${d}${sep}${m}${withYear ? `${sep}${c.year}` : ""}`;
}

function period(c: Ctx): string {
  const r = c.rng;
  const from = c.year - r.int(0, 2);
  const to = from + r.pick([2, 3, 4, 5]);
  const dash = r.pick([" - ", " – ", "-", "–", " đến "]);
  return r.pick([
    `giai đoạn ${from}${dash}${to}`,
    `năm ${c.year}`,
    `nhiệm kỳ ${from}${dash}${from + 5}`,
    `giai đoạn ${from}${dash}${to}`,
  ]);
}

function money(r: Rng): string {
  return r.pick([
    `${r.int(1, 9)},${r.int(1, 9)} tỷ đồng`,
    `hơn ${r.int(2, 950)} triệu đồng`,
    `${r.int(1, 9)}.${r.int(100, 999)}.000.000 đồng`,
    `${r.int(1, 9)}00.000 đồng`,
    `gần ${r.int(10, 99)} tỷ đồng`,
    `${r.int(2, 40)} triệu đồng/căn`,
  ]);
}

function legalDoc(c: Ctx): string {
  const r = c.rng;
  const y = r.int(2008, c.year);
  const d = `ngày ${r.int(1, 28)}/${r.int(1, 12)}/${y}`;
  return r.pick([
    `Chỉ thị số ${String(r.int(1, 45)).padStart(2, "0")}-CT/TW ${d} của Ban Bí thư`,
    `Nghị quyết số ${r.int(1, 60)}-NQ/TW ${d} của Bộ Chính trị`,
    `Kết luận số ${r.int(1, 120)}-KL/TW ${d} của Ban Bí thư`,
    `Nghị quyết số ${r.int(1, 130)}/${y}/QH${r.int(13, 15)} của Quốc hội`,
    `Nghị định số ${r.int(1, 180)}/${y}/NĐ-CP ${d} của Chính phủ`,
    `Quyết định số ${r.int(100, 2500)}/QĐ-TTg ${d} của Thủ tướng Chính phủ`,
    `Quyết định số ${r.int(100, 3500)}/QĐ-UBND ${d} của UBND ${area(c.p)}`,
    `Chương trình hành động số ${r.int(10, 200)}-CTr/TU của ${committee(c.p)}`,
    `Kế hoạch số ${r.int(10, 400)}/KH-UBND ${d}`,
    `Thông tư số ${r.int(1, 40)}/${y}/TT-BTC của Bộ Tài chính`,
    `Luật Mặt trận Tổ quốc Việt Nam năm 2015`,
    `Nghị quyết liên tịch số ${r.int(1, 9)}/${y}/NQLT-CP-ĐCTUBTWMTTQVN`,
  ]);
}

function partiesOf(c: Ctx, n: number): string[] {
  const out = new Set<string>();
  const r = c.rng;
  while (out.size < n) {
    if (r.chance(0.15)) out.add(r.pick(NATIONAL_ORGS));
    else out.add(provinceOrg(c, r.chance(0.25) ? c.p2 : c.p));
  }
  return [...out];
}

const joinParties = (ps: string[]): string =>
  ps.length <= 2 ? ps.join(" và ") : `${ps.slice(0, -1).join(", ")} và ${ps[ps.length - 1]}`;

const cap1 = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function headline(c: Ctx, kind: string, parties: string[], topic: number): string {
  const r = c.rng;
  const cap = cap1;
  switch (topic) {
    case 0:
      return r.pick([
        `Ký kết ${kind} giữa ${joinParties(parties)}`,
        `${cap(parties[0]!)} và ${parties[1]!} ký kết ${kind}`,
        `${cap(kind)} ${period(c)} giữa ${joinParties(parties)}`,
        `Ký ${kind} về ${r.pick(SUBJECTS)}`,
      ]);
    case 1:
      return r.pick([
        `Hội nghị giao ban công tác Mặt trận quý ${r.pick(["I", "II", "III", "IV"])} năm ${c.year}`,
        `${cap(area(c.p))} tổng kết công tác năm ${c.year}, triển khai nhiệm vụ năm ${c.year + 1}`,
        `${cap1(unit(c.district))} tổng kết ${r.int(5, 20)} năm thực hiện ${r.pick(CAMPAIGNS)}`,
      ]);
    case 2:
      return r.pick([
        `Trao ${r.int(10, 120)} căn nhà Đại đoàn kết cho hộ nghèo ${unit(c.district)}`,
        `${cap(provinceOrg(c, c.p))} trao quà cho gia đình chính sách dịp Tết`,
        `Hỗ trợ ${money(r)} cho người dân vùng lũ ${area(c.p)}`,
      ]);
    case 3:
      return r.pick([
        `Quán triệt, triển khai ${legalDoc(c)}`,
        `${cap(committee(c.p))} sơ kết ${r.int(3, 10)} năm thực hiện ${legalDoc(c)}`,
      ]);
    default: {
      const f = r.pick(FOREIGN);
      return `Đoàn đại biểu ${f.unit} (${f.country}) thăm và làm việc tại ${area(c.p)}`;
    }
  }
}

function lead(c: Ctx, topic: number, kind: string, parties: string[]): string {
  const r = c.rng;
  const when = `${r.pick(["Ngày", "Sáng", "Chiều", "Sáng ngày", "Chiều ngày", "Ngày"])} ${dateText(c)}`;
  const where = r.pick([
    `tại ${area(c.p)}`,
    `tại Nhà văn hóa ${unit(c.commune)}`,
    `tại ${unit(c.district)}, ${area(c.p)}`,
    `tại Hội trường ${r.pick(["Tỉnh ủy", "UBND tỉnh", "Trung tâm Hội nghị tỉnh"])}`,
    `tại ${unit(c.commune)}, ${unit(c.district)}`,
  ]);
  const who = c.persons[0]!;
  switch (topic) {
    case 0:
      return r.pick([
        `${when}, ${where}, ${joinParties(parties)} tổ chức hội nghị ký kết ${kind} về ${r.pick(SUBJECTS)} ${period(c)}.`,
        `${when}, ${joinParties(parties)} đã ký ${kind} ${period(c)}. Tham dự và chứng kiến lễ ký có ${personWithTitles(c, who)}.`,
        `${when}, ${where}, ${parties[0]!} phối hợp với ${parties[1]!} tổ chức Hội nghị ký kết ${kind} về ${r.pick(SUBJECTS)}.`,
      ]);
    case 1:
      return `${when}, ${where}, ${provinceOrg(c, c.p)} tổ chức hội nghị ${r.pick(["giao ban", "sơ kết", "tổng kết"])} công tác ${r.pick(["Mặt trận", "Hội", "dân vận", "tuyên giáo"])} ${r.pick([`quý ${r.int(1, 4)}`, `6 tháng đầu năm ${c.year}`, `năm ${c.year}`])}. ${cap1(personWithTitles(c, who))} chủ trì hội nghị.`;
    case 2:
      return `${when}, ${personWithTitles(c, who)} cùng đoàn công tác đã đến thăm, trao ${r.int(20, 500)} suất quà cho ${r.pick(["hộ nghèo", "gia đình chính sách", "học sinh có hoàn cảnh khó khăn", "người dân bị ảnh hưởng bởi bão số 3"])} ${where}, mỗi suất trị giá ${money(r)}.`;
    case 3:
      return `${when}, ${where}, ${committee(c.p)} tổ chức hội nghị trực tuyến quán triệt, triển khai ${legalDoc(c)} đến ${r.int(50, 300)} điểm cầu trong toàn tỉnh.`;
    default: {
      const f = r.pick(FOREIGN);
      return `${when}, ${personWithTitles(c, who)} đã tiếp và làm việc với Đoàn đại biểu ${f.unit}, nước ${f.country} do ${makePerson(r).name}, ${r.pick(["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban Mặt trận Lào xây dựng đất nước tỉnh", "Phó Tỉnh trưởng", "Chủ tịch Hội hữu nghị"])} ${f.unit} làm trưởng đoàn.`;
    }
  }
}

/**
 * The body sentence templates of one article. Agreement sentences only where the
 * article is about a signing; the article draws from a shuffled deck, so a template
 * repeats only after all have been used.
 */
function bodyTemplates(
  c: Ctx,
  kind: string,
  parties: string[],
  signing: boolean,
): (() => string)[] {
  const r = c.rng;
  const ref = (): string => {
    const who = r.pick(c.persons);
    return `${who.female ? "bà" : "ông"} ${who.short}`;
  };
  const general: (() => string)[] = [
    () =>
      `Tham dự hội nghị có ${personWithTitles(c, r.pick(c.persons))}; ${personWithTitles(c, r.pick(c.persons))}.`,
    () => `Về phía ${area(c.p2)} có ${personWithTitles(c, r.pick(c.persons), c.p2)}.`,
    () =>
      `Phát biểu tại hội nghị, ${personWithTitles(c, r.pick(c.persons))} đánh giá cao kết quả phối hợp giữa hai đơn vị trong thời gian qua.`,
    () =>
      `${cap1(ref())} đề nghị các cấp, các ngành tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, địa bàn dân cư.`,
    () =>
      `Theo ${ref()}, năm ${c.year} toàn tỉnh đã vận động được ${money(r)} ủng hộ ${r.pick(CAMPAIGNS)}.`,
    () =>
      `Thực hiện ${legalDoc(c)}, ${provinceOrg(c, c.p)} đã chủ động tham mưu ban hành ${r.int(2, 15)} văn bản hướng dẫn, triển khai đến ${r.int(50, 200)} xã, phường, thị trấn.`,
    () =>
      `Năm ${c.year}, từ nguồn Quỹ “Vì người nghèo” các cấp, tỉnh đã hỗ trợ xây mới và sửa chữa ${r.int(50, 900)} nhà Đại đoàn kết với tổng kinh phí ${money(r)}.`,
    () =>
      `Tổng kinh phí thực hiện chương trình ước đạt ${money(r)}, trong đó ngân sách nhà nước chiếm ${r.int(20, 80)}%.`,
    () =>
      `Trong ${r.int(5, 10)} năm qua, toàn tỉnh có ${r.int(1, 99)}.${r.int(100, 999)} hộ thoát nghèo; tỷ lệ hộ nghèo giảm còn ${r.int(1, 20)},${r.int(1, 9)}%.`,
    () =>
      `Dịp này, ${provinceOrg(c, c.p)} đã trao ${r.int(5, 60)} Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong ${r.pick(CAMPAIGNS)}.`,
    () =>
      `Các đại biểu đã tập trung thảo luận, chia sẻ kinh nghiệm trong công tác ${r.pick(SUBJECTS)}, đồng thời kiến nghị, đề xuất nhiều giải pháp thiết thực.`,
    () =>
      `“Chúng tôi mong muốn hai bên tiếp tục tăng cường trao đổi thông tin, phối hợp chặt chẽ trong ${r.pick(SUBJECTS)}”, ${ref()} nhấn mạnh.`,
    () =>
      `Đoàn đã đến thăm, tặng quà Mẹ Việt Nam Anh hùng ${makePerson(r).name} tại ${unit(c.commune)}, ${unit(c.district)}.`,
    () =>
      `Cùng ngày, đoàn công tác đã dâng hương tại Đền thờ Chủ tịch Hồ Chí Minh và thăm mô hình kinh tế hộ gia đình ở thôn ${placeName(r)}.`,
    () =>
      `Theo báo cáo của ${provinceOrg(c, c.p)}, ${r.int(60, 99)},${r.int(0, 9)}% khu dân cư được công nhận đạt chuẩn văn hóa.`,
    () =>
      `Lực lượng chức năng đã xử lý ${r.int(3, 80)} vụ vi phạm, thu giữ tang vật trị giá ${money(r)}.`,
    () =>
      `Trước đó, ngày ${r.int(1, 28)}/${r.int(1, 12)}, ${provinceOrg(c, c.p2)} đã tổ chức đoàn công tác sang trao đổi kinh nghiệm tại ${area(c.p)}.`,
    () =>
      `Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: nguồn lực còn hạn chế, công tác phối hợp có lúc chưa thường xuyên, nhất là ở cấp xã.`,
    () =>
      `Ban Thường trực ${provinceOrg(c, c.p)} đề nghị Ủy ban MTTQ các huyện, thị xã, thành phố tập trung chỉ đạo, hướng dẫn Ban công tác Mặt trận ở khu dân cư tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm ${c.year}.`,
    () =>
      `Phát biểu chỉ đạo, ${personWithTitles(c, r.pick(c.persons))} yêu cầu các cơ quan, đơn vị bám sát nhiệm vụ được giao, tổ chức thực hiện hiệu quả ${legalDoc(c)}.`,
    () =>
      `Theo thống kê, năm ${c.year}, ${unit(c.district)} có ${r.int(5, 40)}.${r.int(100, 999)} hộ gia đình được công nhận “Gia đình văn hóa”.`,
    () =>
      `Ngay sau hội nghị, các đại biểu đã tham quan ${r.pick(["Khu di tích lịch sử", "mô hình trồng chè", "Hợp tác xã nông nghiệp", "cửa khẩu quốc tế", "làng nghề truyền thống"])} ${placeName(r)} tại ${unit(c.commune)}.`,
    () =>
      `Đến nay, ${provinceOrg(c, c.p)} đã kết nạp thêm ${r.int(100, 3000)} hội viên mới, nâng tổng số hội viên lên ${r.int(10, 300)}.${r.int(100, 999)} người.`,
    () =>
      `Hội nghị được kết nối trực tuyến đến ${r.int(5, 15)} điểm cầu cấp huyện và ${r.int(50, 250)} điểm cầu cấp xã.`,
    () =>
      `Theo kế hoạch, từ nay đến cuối năm ${c.year}, các đơn vị sẽ tổ chức ${r.int(3, 30)} lớp tập huấn cho hơn ${r.int(200, 3000)} cán bộ ${r.pick(["Mặt trận", "Hội", "Đoàn", "dân vận"])} cơ sở.`,
    () => {
      const who = r.pick(c.persons);
      return `“Kết quả này là nền tảng quan trọng để ${area(c.p)} hoàn thành các mục tiêu ${period(c)}”, ${who.honorific} ${who.name} khẳng định.`;
    },
    () =>
      `Dự kiến đến năm ${c.year + r.int(1, 5)}, tỉnh phấn đấu có ${r.int(50, 100)}% số xã đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt ${r.int(40, 120)} triệu đồng/năm.`,
  ];
  const agreement: (() => string)[] = [
    () =>
      `Theo ${kind} đã ký, hai bên thống nhất phối hợp thực hiện ${r.int(3, 8)} nội dung trọng tâm, trong đó có ${r.pick(SUBJECTS)} và ${r.pick(SUBJECTS)}.`,
    () =>
      `Hằng năm, ${parties[0] ?? provinceOrg(c, c.p)} và ${parties[1] ?? provinceOrg(c, c.p2)} luân phiên tổ chức hội nghị sơ kết, đánh giá kết quả thực hiện ${kind}.`,
    () => `Hội nghị đã thông qua dự thảo ${kind} và các đại biểu nhất trí cao với nội dung đề ra.`,
    () => `${cap1(kind)} có hiệu lực từ ngày ký đến hết năm ${c.year + r.int(1, 4)}.`,
  ];
  return signing ? [...general, ...agreement] : general;
}

/** Draw from `templates` without repeats until the deck is used up. */
function deck(rng: Rng, templates: (() => string)[]): () => string {
  let pile: (() => string)[] = [];
  return () => {
    if (pile.length === 0) pile = rng.sample(templates, templates.length);
    return pile.pop()!();
  };
}

const CLUTTER_TOP = [
  "Trang chủ > Tin tức > Chính trị",
  "Thứ hai, 14/10/2024 08:15 (GMT+7)",
  "Cỡ chữ: A A A",
  "Đăng nhập | Đăng ký",
  "Nghe đọc bài viết",
  "Chia sẻ",
];

function clutterBottom(c: Ctx): string[] {
  const r = c.rng;
  const lines: string[] = [];
  if (r.chance(0.5)) lines.push(`Lượt xem: ${r.int(1, 99)}.${r.int(100, 999)}`);
  if (r.chance(0.4))
    lines.push(`IMG_${r.int(1000, 9999)}.jpg`, `anh-${r.int(1, 20)}-${r.int(10000, 99999)}.jpg`);
  if (r.chance(0.4)) lines.push("Chia sẻ: Facebook Twitter Zalo In bài");
  if (r.chance(0.5)) {
    lines.push(r.pick(["Tin cùng chuyên mục", "Tin liên quan", "Xem thêm", "Các tin khác"]));
    for (let i = r.int(3, 7); i > 0; i--) {
      const parties = partiesOf(c, 2);
      lines.push(headline(c, r.pick(AGREEMENT_KINDS), parties, r.int(0, 4)));
    }
  }
  if (r.chance(0.3))
    lines.push(
      `Thống kê truy cập: Đang truy cập ${r.int(10, 999)} – Tổng ${r.int(1, 9)}.${r.int(100, 999)}.${r.int(100, 999)}`,
    );
  return lines;
}

function byline(c: Ctx): string {
  const r = c.rng;
  const p = makePerson(r);
  const short = p.name.split(" ").slice(-2).join(" ");
  return r.pick([
    short,
    `${short} (${r.pick(["Mặt trận", "Báo " + c.p.name, "TTXVN"])})`,
    `Tác giả: ${short}`,
    `Theo Báo ${c.p.name}`,
    `${short} - ${makePerson(r).name.split(" ").slice(-2).join(" ")}`,
    `Ảnh: ${short}`,
  ]);
}

/** Old-style tone placement, as many sites still write it. */
function oldTones(s: string): string {
  return s
    .replace(/Ủy/g, "Uỷ")
    .replace(/ủy/g, "uỷ")
    .replace(/òa/g, "oà")
    .replace(/úy/g, "uý")
    .replace(/ụy/g, "uỵ");
}

function composeArticle(rng: Rng, places: Places, index: number): GeneratedArticle {
  const year = rng.int(2009, 2026);
  const p = rng.pick(places.provinces);
  const c: Ctx = {
    rng,
    p,
    p2: rng.pick(places.provinces),
    district: placeIn(rng, places.districts, p, "huyện"),
    commune: placeIn(rng, places.communes, p, "xã"),
    day: rng.int(1, 28),
    month: rng.int(1, 12),
    year,
    persons: Array.from({ length: rng.int(2, 7) }, () => makePerson(rng)),
  };
  const topic = rng.chance(0.45) ? 0 : rng.int(1, 4);
  const kind = rng.pick(AGREEMENT_KINDS);
  const parties = partiesOf(c, rng.chance(0.8) ? 2 : rng.int(3, 4));

  const sentence = deck(rng, bodyTemplates(c, kind, parties, topic === 0));

  const lines: string[] = [];
  if (rng.chance(0.3)) lines.push(...rng.sample(CLUTTER_TOP, rng.int(1, 3)));
  lines.push(headline(c, kind, parties, topic));
  if (rng.chance(0.4))
    lines.push(
      `(${rng.pick(["Mặt trận", "MTTQ", "Dân vận", "TTXVN", `Báo ${c.p.name}`])}) - ${lead(c, topic, kind, parties)}`,
    );
  else lines.push(lead(c, topic, kind, parties));

  // Paragraphs of 1-4 sentences; long articles exist, most are 2-6 KB.
  const paragraphs = rng.chance(0.1) ? rng.int(12, 30) : rng.int(3, 10);
  for (let i = 0; i < paragraphs; i++) {
    const n = rng.int(1, 4);
    lines.push(Array.from({ length: n }, sentence).join(" "));
    if (rng.chance(0.12))
      lines.push(`${cap1(c.persons[0]!.honorific)} ${c.persons[0]!.name} phát biểu tại hội nghị.`);
  }
  lines.push(byline(c));
  lines.push(...clutterBottom(c));

  let text = lines.join("\n");
  // Encodings and habits of real pages, each on a share of the articles.
  if (rng.chance(0.12)) text = oldTones(text);
  if (rng.chance(0.05)) text = text.replace(/ (ông|bà|đồng chí) /g, "\u00a0$1\u00a0");
  if (rng.chance(0.04)) text = text.replace(/"/g, "&quot;").replace(/ – /g, " &ndash; ");
  if (rng.chance(0.03)) text = text.normalize("NFD");
  if (rng.chance(0.08)) text = text.replace(/\n/g, "\r\n");
  if (rng.chance(0.1)) text = text.replace(/\n/g, "\n\n");

  const article: GeneratedArticle = { id: `gen-${String(index).padStart(5, "0")}`, text };
  if (rng.chance(0.5)) {
    article.date = `${year}-${String(c.month).padStart(2, "0")}-${String(c.day).padStart(2, "0")}`;
  }
  return article;
}

/** Articles until their UTF-8 size reaches `targetBytes`. */
export function generateArticles(opts: {
  seed: number;
  targetBytes: number;
  places: Places;
}): GeneratedArticle[] {
  const rng = new Rng(opts.seed);
  const out: GeneratedArticle[] = [];
  let bytes = 0;
  while (bytes < opts.targetBytes) {
    const a = composeArticle(rng, opts.places, out.length);
    bytes += Buffer.byteLength(a.text, "utf8");
    out.push(a);
  }
  return out;
}
