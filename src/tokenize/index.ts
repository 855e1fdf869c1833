export { findClutter, type ClutterRange } from "./boilerplate.js";
export { splitSentences, type Sentence } from "./sentences.js";
export { tokenize as tokenizeNormalized, type Token, type TokenKind } from "./tokens.js";

import { normalizeText } from "../normalize/index.js";
import { tokenize as tokenizeNormalized } from "./tokens.js";

/** A token of the public helper: offsets into the ORIGINAL input. */
export interface PublicToken {
  start: number;
  end: number;
  text: string;
  normalized: string;
  kind: import("./tokens.js").TokenKind;
}

/** Tokenize any input; offsets and `text` refer to the original string. */
export function tokenize(input: string): PublicToken[] {
  const norm = normalizeText(input);
  return tokenizeNormalized(norm.text, norm.lower, norm.fold).map((t) => {
    const o = norm.map.toOriginal(t.start, t.end);
    return { start: o.start, end: o.end, text: input.slice(o.start, o.end), normalized: t.text, kind: t.kind };
  });
}
