/**
 * Hard-wrapped text: some pages (PDF exports, e-mailed releases) break lines
 * inside sentences ("Ủy ban MTTQ Việt\nNam xã"). Every later phase treats a line
 * break as a boundary, so inside such paragraphs the tokenizer reads the breaks as spaces.
 */

// A module constant, not a literal at the use: the bundler rewrites a literal with a
// Unicode property escape into `new RegExp(…)`, compiled again at every call.
const LOWER_START = /^\p{Ll}/u;

/** Offsets of the line breaks that only wrap a sentence. */
export function softLineBreaks(text: string): number[] {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    lines.push({ start: pos, end: nl });
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  const candidates: number[] = [];
  const certain: number[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const line = text.slice(lines[k]!.start, lines[k]!.end).trimEnd();
    const next = text.slice(lines[k + 1]!.start, lines[k + 1]!.end).trimStart();
    // A wrapped line is long, ends mid-sentence, and is followed by more text.
    if (line.length >= 50 && next.length > 0 && !/[.!?:;…"”)]$/.test(line)) {
      candidates.push(lines[k]!.end);
      // The next line going on in lower case ("… tỉnh Điện Biên và\nsở …") leaves no doubt.
      if (LOWER_START.test(next) || /\s(và|của|với|tại|cho|các|những|là)$/u.test(line))
        certain.push(lines[k]!.end);
    }
  }
  // One long unpunctuated line is a headline; a wrapped paragraph has several.
  const longLines = lines.filter((l) => l.end - l.start >= 50).length;
  if (candidates.length >= 3 && candidates.length * 3 >= longLines) return candidates;
  return certain;
}
