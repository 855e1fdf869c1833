import type { NormalizedText } from "./normalize/index.js";
import type { Span } from "./schema/result.js";
import type { ClutterRange, Sentence, Token } from "./tokenize/index.js";

/** One input as the phases see it: normalized views, tokens, sentences, clutter. */
export interface Doc {
  readonly norm: NormalizedText;
  /** Tokens of the article body only (clutter removed), in order. */
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly clutter: readonly ClutterRange[];
  /** The headline: the first body line when it reads like one. */
  readonly titleLine?: { first: number; last: number };
}

/** A span of the ORIGINAL input for the normalized range [start, end). */
export function spanOf(doc: Doc, start: number, end: number): Span {
  const o = doc.norm.map.toOriginal(start, end);
  return { start: o.start, end: o.end, text: doc.norm.original.slice(o.start, o.end) };
}

/** Span covering tokens [first, last). */
export function tokenSpan(doc: Doc, first: number, last: number): Span {
  return spanOf(doc, doc.tokens[first]!.start, doc.tokens[last - 1]!.end);
}
