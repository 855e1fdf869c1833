import { NUMERIC, type RuleContext, type ValueAnn } from "./context.js";

/** Words before a day/month that make "8-12" or "22-3" a date, not a range. */
const DATE_CUES = new Set([
  "ngày",
  "sáng",
  "chiều",
  "tối",
  "trưa",
  "đêm",
  "hôm",
  "nay",
  "từ",
  "đến",
  "(",
  "qua",
]);
const PERIOD_CUES = new Set(["giai đoạn", "nhiệm kỳ", "thời kỳ", "khóa", "niên khóa", "từ năm"]);
const SCALE = new Map<string, number>([
  ["tỷ", 1e9],
  ["tỉ", 1e9],
  ["triệu", 1e6],
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["trăm", 100],
]);
const VND = new Set(["đồng", "vnđ", "vnd", "đ"]);

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "3,7" → 3.7; "127.600" → 127600; "1.200,5" → 1200.5 (Vietnamese separators). */
export function parseVietnameseNumber(s: string): number {
  return Number.parseFloat(s.replace(/\./g, "").replace(",", "."));
}

function isYear(s: string | undefined): boolean {
  return s !== undefined && /^(19|20)\d\d$/.test(s);
}

function yearOf(ctx: RuleContext): number | undefined {
  const d = ctx.options.date;
  return d ? Number.parseInt(d.slice(0, 4), 10) : undefined;
}

/** ISO date, or "--MM-DD" when the year is not known. */
export function isoDate(ctx: RuleContext, d: { y?: number; m: number; d: number }): string {
  const y = d.y ?? yearOf(ctx);
  return y ? `${y}-${pad(d.m)}-${pad(d.d)}` : `--${pad(d.m)}-${pad(d.d)}`;
}

function push(ctx: RuleContext, v: ValueAnn): void {
  ctx.values.push(v);
}

/** Phase: dates, periods and amounts of money. Matching here; resolution with the publication date in isoDate. */
export function findValues(ctx: RuleContext): void {
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    // Every value starts at a number, a date or a range.
    if ((ctx.flags[i]! & NUMERIC) === 0) continue;
    const t = toks[i]!;
    const prev = toks[i - 1]?.lower ?? "";
    // Periods: "giai đoạn 2023 - 2025", "2022-2025", "nhiệm kỳ 2024–2029".
    if (t.kind === "range" && /^\d{4}-\d{4}$/.test(t.text)) {
      const [a, b] = t.text.split("-").map(Number) as [number, number];
      if (isYear(String(a)) && b >= a) {
        push(ctx, {
          first: i,
          last: i + 1,
          type: "PERIOD",
          value: `${a}/${b}`,
          period: { from: a, to: b },
          rule: "period.range",
        });
        continue;
      }
    }
    if (
      t.kind === "number" &&
      isYear(t.text) &&
      toks[i + 1]?.text === "-" &&
      isYear(toks[i + 2]?.text) &&
      toks[i + 2]!.kind === "number"
    ) {
      const a = Number(t.text);
      const b = Number(toks[i + 2]!.text);
      if (b >= a) {
        push(ctx, {
          first: i,
          last: i + 3,
          type: "PERIOD",
          value: `${a}/${b}`,
          period: { from: a, to: b },
          rule:
            PERIOD_CUES.has(prev) || (i >= 2 && PERIOD_CUES.has(`${toks[i - 2]!.lower} ${prev}`))
              ? "period.cue"
              : "period.years",
        });
        i += 2;
        continue;
      }
    }
    // Dates: "13/10", "23/6/2021", "19.5", and "8-12" after a cue word.
    if (
      t.kind === "date" ||
      (t.kind === "range" && DATE_CUES.has(prev) && /^\d{1,2}-\d{1,2}$/.test(t.text))
    ) {
      const parts = t.text.split(/[/.-]/).map((x) => Number.parseInt(x, 10));
      const [d, m] = parts as [number, number];
      let y = parts[2];
      let last = i + 1;
      if (y === undefined && toks[i + 1]?.text === "/" && isYear(toks[i + 2]?.text)) {
        y = Number(toks[i + 2]!.text);
        last = i + 3;
      }
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
        const date = { y, m, d };
        push(ctx, {
          first: i,
          last,
          type: "DATE",
          value: isoDate(ctx, date),
          date,
          rule: "date.numeric",
        });
        i = last - 1;
        continue;
      }
    }
    // "ngày 13 tháng 10 năm 2023"
    if (
      t.kind === "number" &&
      prev === "ngày" &&
      toks[i + 1]?.lower === "tháng" &&
      toks[i + 2]?.kind === "number"
    ) {
      const d = Number(t.text);
      const m = Number(toks[i + 2]!.text);
      let last = i + 3;
      let y: number | undefined;
      if (toks[i + 3]?.lower === "năm" && isYear(toks[i + 4]?.text)) {
        y = Number(toks[i + 4]!.text);
        last = i + 5;
      }
      if (d >= 1 && d <= 31 && m >= 1 && m <= 12) {
        push(ctx, {
          first: i,
          last,
          type: "DATE",
          value: isoDate(ctx, { y, m, d }),
          date: { y, m, d },
          rule: "date.words",
        });
        i = last - 1;
        continue;
      }
    }
    // A year: "năm 2024".
    if (t.kind === "number" && isYear(t.text) && prev === "năm") {
      push(ctx, { first: i - 1, last: i + 1, type: "DATE", value: t.text, rule: "date.year" });
      continue;
    }
    // Money: "3,7 tỷ đồng", "500 triệu đồng", "20.000 đồng".
    if (t.kind === "number") {
      let k = i + 1;
      while (toks[k] && SCALE.has(toks[k]!.lower)) k++;
      // (The number is read only when a currency follows: most numbers are no money.)
      let amount = Number.NaN;
      if (toks[k] && VND.has(toks[k]!.lower)) {
        amount = parseVietnameseNumber(t.text);
        for (let m = i + 1; m < k; m++) amount *= SCALE.get(toks[m]!.lower)!;
      }
      if (Number.isFinite(amount)) {
        push(ctx, {
          first: i,
          last: k + 1,
          type: "MONEY",
          value: Math.round(amount),
          rule: "money.vnd",
        });
        i = k;
      }
    }
  }
}
