/** HTML entities and tags, recognised at a position of the input. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  deg: "°",
  times: "×",
  shy: "",
  zwj: "",
  zwnj: "",
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/y;

/** Decoded entity at `at` (which holds "&"), or null. */
export function entityAt(input: string, at: number): { text: string; end: number } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(input);
  if (!m) return null;
  let text: string | undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
    // Surrogates and out-of-range code points would corrupt the text: keep them as a mark.
    text =
      cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff)
        ? String.fromCodePoint(cp)
        : "\uFFFD";
  } else {
    text = NAMED_ENTITIES[m[3]!.toLowerCase()];
  }
  if (text === undefined) return null;
  return { text, end: ENTITY.lastIndex };
}

/** Heuristic: only inputs that look like a web page get their tags removed. */
const LOOKS_HTML =
  /<(?:!doctype|html|head|body|div|p|br|span|a|img|li|ul|ol|h[1-6]|table|tr|td|article|section|script|style|meta)\b[^>]*>/i;

export function looksLikeHtml(input: string): boolean {
  return input.includes("<") && LOOKS_HTML.test(input);
}

const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]{0,2000}>|<!--[\s\S]{0,100000}?-->|<![^<>]{0,2000}>/y;
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "td",
  "th",
  "table",
  "article",
  "section",
  "header",
  "footer",
  "nav",
  "aside",
  "title",
  "figure",
  "figcaption",
  "blockquote",
  "main",
  "body",
  "html",
  "head",
  "hr",
  "dd",
  "dt",
  "dl",
  "form",
]);
const SKIPPED_CONTENT = new Set(["script", "style", "noscript", "svg", "template"]);

/**
 * A tag at `at` (which holds "<"): what it stands for in the text ("\n" for block
 * elements, "" otherwise) and where its effect ends (after the closing tag for
 * script and style, whose content is never text).
 */
export function tagAt(input: string, at: number): { text: string; end: number } | null {
  TAG.lastIndex = at;
  const m = TAG.exec(input);
  if (!m) return null;
  const name = m[2]?.toLowerCase();
  let end = TAG.lastIndex;
  if (name && m[1] === "" && SKIPPED_CONTENT.has(name)) {
    const close = input.toLowerCase().indexOf(`</${name}`, end);
    if (close >= 0) {
      const gt = input.indexOf(">", close);
      end = gt >= 0 ? gt + 1 : input.length;
    } else end = input.length;
  }
  return { text: name && BLOCK_TAGS.has(name) ? "\n" : "", end };
}
