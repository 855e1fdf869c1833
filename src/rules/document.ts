import { type DocumentAnn, type RuleContext, UPPER, type ValueAnn } from "./context.js";
import { isoDate } from "./temporal.js";

/** Types of legal and Party documents, longest first by construction of the matcher. */
const TYPES = [
  "Chỉ thị",
  "Nghị quyết liên tịch",
  "Nghị quyết",
  "Kết luận",
  "Quyết định",
  "Chương trình hành động",
  "Kế hoạch",
  "Thông tư liên tịch",
  "Thông tư",
  "Nghị định",
  "Luật",
  "Công văn",
  "Hướng dẫn",
  "Đề án",
  "Quy định",
  "Thông báo",
  "Thông tri",
  "Pháp lệnh",
  "Chỉ thị liên tịch",
  "Quy chế",
  "Chương trình",
  "Lệnh",
  "Công điện",
  "Tờ trình",
  "Báo cáo",
];
const TYPE_KEYS = TYPES.map((t) => t.toLowerCase().split(" ")).sort((a, b) => b.length - a.length);

const TYPE_FIRST = new Set(TYPE_KEYS.map((k) => k[0]!));

function typeAt(ctx: RuleContext, i: number): number {
  if (!ctx.inSet(i, TYPE_FIRST)) return 0;
  for (const key of TYPE_KEYS) {
    let ok = true;
    for (let k = 0; k < key.length; k++) {
      if (ctx.tok(i + k)?.lower !== key[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return key.length;
  }
  return 0;
}

/**
 * The date written at token k. (A function of its own: a closure over the loop's
 * variables would make every iteration of the phase's token loop allocate a scope.)
 */
function dateAt(ctx: RuleContext, k: number): ValueAnn | undefined {
  for (const x of ctx.values) if (x.first === k && x.type === "DATE" && x.date) return x;
  return undefined;
}

/**
 * Phase: "Chỉ thị số 12-CT/TW ngày 4/5/2022 của Bộ Chính trị",
 * "Nghị quyết số 24/2021/QH15", "Đề án số 02 - ĐA/TU", "Chỉ thị số 22 của Ban Bí thư".
 * A number is required: a type word alone is only a common noun.
 */
export function findDocuments(ctx: RuleContext): void {
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    if ((ctx.flags[i]! & UPPER) === 0) continue;
    const len = typeAt(ctx, i);
    if (len === 0) continue;
    let j = i + len;
    const hasSo = ctx.is(j, "số");
    if (hasSo) j++;
    const numTok = toks[j];
    if (!numTok) continue;
    let number: string | undefined;
    let last = j;
    if (numTok.kind === "docnum") {
      number = numTok.text;
      last = j + 1;
    } else if (numTok.kind === "number" && (hasSo || /^\d{1,4}$/.test(numTok.text))) {
      number = numTok.text;
      last = j + 1;
      // "02 - ĐA/TU": a number, a dash and the code written apart.
      if (
        ctx.is(last, "-") &&
        (toks[last + 1]?.kind === "abbr" ||
          toks[last + 1]?.kind === "docnum" ||
          /\//.test(toks[last + 1]?.text ?? ""))
      ) {
        number = `${number}-${toks[last + 1]!.text}`;
        last += 2;
      }
      // A year alone after the type ("Luật 2016") is not a document number.
      if (!hasSo && /^(19|20)\d\d$/.test(numTok.text)) continue;
    } else continue;
    const doc: DocumentAnn = {
      first: i,
      last,
      type: toks
        .slice(i, i + len)
        .map((t) => t.text)
        .join(" "),
      number,
      rule: "document.numbered",
    };
    doc.type = doc.type[0]!.toUpperCase() + doc.type.slice(1);
    // "ngày 23/6/2021"
    if (ctx.is(last, "ngày")) {
      const v = dateAt(ctx, last + 1);
      if (v?.date) {
        doc.issuedOn = isoDate(ctx, v.date);
        last = v.last;
      }
    }
    // "của Ban Bí thư Trung ương Đảng"
    if (ctx.is(last, "của")) {
      const org = ctx.orgAt.get(last + 1)?.[0];
      if (org) {
        doc.issuer = org;
        last = org.last;
      }
    }
    doc.last = last;
    ctx.documents.push(doc);
    i = last - 1;
  }
}
