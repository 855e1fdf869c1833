import type { Token } from "./tokens.js";

export interface Sentence {
  /** Normalized-text offsets. */
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last). */
  readonly first: number;
  readonly last: number;
}

// Checked on the code unit: every punctuation token would otherwise have its string
// hashed for a Set lookup. All of them are one code unit long.
/** . ! ? … */
function isEnder(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** " ' ) ] » ” */
function isCloser(t: Token): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  return c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb || c === 0x201d;
}

/**
 * Sentences: a line break always ends one (headlines and captions have no final
 * dot); ".", "!", "?", "…" end one when the next token starts a new sentence.
 * Dots inside abbreviations and numbers never reach here: the tokenizer keeps
 * them inside their token ("TP.", "PGS.TS.", "3,7", "127.600").
 */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last > first) {
      out.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, first, last });
    }
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > first && t.lineStart) close(i);
    if (t.kind === "punct" && isEnder(t)) {
      let j = i + 1;
      while (
        j < tokens.length &&
        tokens[j]!.kind === "punct" &&
        (isCloser(tokens[j]!) || isEnder(tokens[j]!)) &&
        !tokens[j]!.lineStart
      )
        j++;
      const next = tokens[j];
      // A lower-case word after the dot continues the sentence ("v.v. và …").
      if (!next || next.lineStart || next.upper || next.kind !== "word") {
        close(j);
        i = j - 1;
      }
    }
  }
  close(tokens.length);
  return out;
}
