export { type ClutterRange, findClutter } from "./boilerplate.js";
export { type Sentence, splitSentences } from "./sentences.js";
export { type Token, type TokenKind, tokenize as tokenizeNormalized } from "./tokens.js";

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
    return {
      start: o.start,
      end: o.end,
      text: input.slice(o.start, o.end),
      normalized: t.text,
      kind: t.kind,
    };
  });
}
