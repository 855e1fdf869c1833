import type { Doc } from "./document.js";
import { VietnerError } from "./errors.js";
import { bundledDictionaries } from "./gazetteer/data.js";
import { compileLexicon, type Lexicon } from "./gazetteer/lexicon.js";
import { softLineBreaks } from "./layout.js";
import { looksLikeHtml } from "./normalize/html.js";
import { normalizeText } from "./normalize/index.js";
import { buildRecords } from "./records/build.js";
import { RuleContext } from "./rules/context.js";
import { runPhases } from "./rules/index.js";
import {
  DEFAULT_MAX_LENGTH,
  type ExtractOptions,
  type ExtractorConfig,
  extractOptionsSchema,
  extractorConfigSchema,
} from "./schema/options.js";
import type { Extraction } from "./schema/result.js";
import { findClutter, splitSentences, tokenizeNormalized } from "./tokenize/index.js";

export interface Extractor {
  /** Extract from one text; `options` override the extractor's defaults. */
  extract(text: string, options?: ExtractOptions): Extraction;
}

function emptyResult(warnings: string[] = []): Extraction {
  return {
    schemaVersion: 1,
    mentions: [],
    persons: [],
    organizations: [],
    locations: [],
    agreements: [],
    documents: [],
    warnings,
  };
}

function parseOptions(
  schema: typeof extractOptionsSchema,
  value: unknown,
  what: string,
): ExtractOptions {
  const parsed = schema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join(".") : what;
    throw new VietnerError("INVALID_OPTIONS", `invalid ${what}: ${where}: ${issue.message}`);
  }
  return parsed.data;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No lone surrogate: the engine's own check where it has one (Node 20 does), a regex elsewhere. */
const isWellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
    ? (s) => (s as string & { isWellFormed(): boolean }).isWellFormed()
    : (s) => !LONE_SURROGATE.test(s);
// UTF-8 read as Latin-1 / Windows-1252: "Viá»‡t", "Ã¡", "Ä‘".
const MOJIBAKE = /á»[\u0080-\u00BF\u2018-\u203A]|Ã[\u0080-\u00BF]|Ä[\u0080-\u0091]|Æ°/;

/** What the caller should know about the input: nothing is changed, only reported. */
function inputWarnings(text: string, doc: Doc): string[] {
  const out: string[] = [];
  if (!isWellFormed(text))
    out.push("lone surrogates in the input were read as U+FFFD (offsets unchanged)");
  if (MOJIBAKE.test(text))
    out.push(
      "the input looks double-encoded (UTF-8 read as Latin-1); names in it will not be found",
    );
  if (looksLikeHtml(text)) out.push("HTML markup was read as a web page: tags and scripts skipped");
  if (doc.clutter.length > 0)
    out.push(
      `${doc.clutter.length} line(s) of web clutter skipped (counters, share bars, listings)`,
    );
  return out;
}

/** Normalize, find clutter, tokenize, split sentences. */
export function prepare(text: string, stripBoilerplate: boolean): Doc {
  const norm = normalizeText(text);
  const clutter = stripBoilerplate ? findClutter(norm.lower) : [];
  const wraps = softLineBreaks(norm.text);
  // The tokenizer steps over the clutter and reads soft line breaks as spaces: no
  // copies of the three views with the clutter blanked and the lines joined.
  // No folded view: tokens fold their own lower case when asked (most never are).
  const tokens = tokenizeNormalized(norm.text, norm.lower, undefined, clutter, wraps);
  const sentences = splitSentences(tokens);
  const first = sentences[0];
  const titleLine =
    first && !/[.:;!?]$/.test(tokens[first.last - 1]!.text) && first.last - first.first <= 60
      ? { first: first.first, last: first.last }
      : undefined;
  return { norm, tokens, sentences, clutter, titleLine };
}

export function createExtractor(config?: ExtractorConfig): Extractor {
  const defaults = parseOptions(extractorConfigSchema, config, "extractor config");
  lexicon ??= compileLexicon(bundledDictionaries());
  const lex = lexicon;
  return {
    extract(text: string, options?: ExtractOptions): Extraction {
      if (typeof text !== "string") {
        throw new VietnerError(
          "INVALID_INPUT",
          `extract() expects a string, got ${text === null ? "null" : typeof text}`,
        );
      }
      const opts = { ...defaults, ...parseOptions(extractOptionsSchema, options, "options") };
      const maxLength = opts.maxLength ?? DEFAULT_MAX_LENGTH;
      if (text.length > maxLength) {
        throw new VietnerError(
          "INPUT_TOO_LONG",
          `input is ${text.length} characters, over maxLength ${maxLength}; split it or raise maxLength`,
        );
      }
      if (text.trim().length === 0) return emptyResult();
      const doc = prepare(text, opts.stripBoilerplate ?? true);
      const result = emptyResult(inputWarnings(text, doc));
      if (doc.titleLine) {
        const t = doc.tokens;
        const o = doc.norm.map.toOriginal(
          t[doc.titleLine.first]!.start,
          t[doc.titleLine.last - 1]!.end,
        );
        result.title = text.slice(o.start, o.end);
      }
      const ctx = new RuleContext(doc, lex, opts);
      const { agreements, home } = runPhases(ctx);
      buildRecords(ctx, agreements, home, result);
      return result;
    },
  };
}

/** The bundled dictionaries compile once per process; every extractor shares them. */
let lexicon: Lexicon | undefined;
let shared: Extractor | undefined;

/** Extract with a shared default extractor (its gazetteers are compiled once). */
export function extract(text: string, options?: ExtractOptions): Extraction {
  shared ??= createExtractor();
  return shared.extract(text, options);
}
