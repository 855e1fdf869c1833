import type { Extraction } from "../schema/result.js";
import { tokenize } from "../tokenize/index.js";

export type OutputFormat = "json" | "jsonl" | "conll" | "html";

const TAG: Record<string, string> = { PERSON: "PER", ORGANIZATION: "ORG", LOCATION: "LOC" };

/** CoNLL: one token a line with its BIO tag (PER / ORG / LOC), a blank line after each file. */
export function toConll(text: string, result: Extraction): string {
  const spans = result.mentions.filter((m) => TAG[m.type] !== undefined);
  const lines: string[] = [];
  let k = 0;
  for (const tok of tokenize(text)) {
    while (k < spans.length && spans[k]!.end <= tok.start) k++;
    const m = spans[k];
    let tag = "O";
    if (m && m.start <= tok.start && tok.end <= m.end)
      tag = `${m.start === tok.start ? "B" : "I"}-${TAG[m.type]}`;
    lines.push(`${tok.text.replace(/\s+/g, "_")}\t${tag}`);
  }
  return `${lines.join("\n")}\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

/** A standalone HTML page with the mentions highlighted. */
export function toHtml(text: string, result: Extraction): string {
  const colors: Record<string, string> = {
    PERSON: "#fde68a",
    ORGANIZATION: "#bfdbfe",
    LOCATION: "#bbf7d0",
    TITLE: "#fbcfe8",
    DATE: "#e9d5ff",
    PERIOD: "#e9d5ff",
    DOCUMENT: "#fed7aa",
    MONEY: "#d9f99d",
  };
  let out = "";
  let pos = 0;
  for (const m of result.mentions) {
    if (m.start < pos) continue; // nested mentions are shown by their outer span
    out += escapeHtml(text.slice(pos, m.start));
    out += `<mark title="${m.type}${m.rule ? ` · ${m.rule}` : ""}" style="background:${colors[m.type] ?? "#eee"}">${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  out += escapeHtml(text.slice(pos));
  return `<!doctype html><meta charset="utf-8"><title>vietner</title><pre style="white-space:pre-wrap;font:15px/1.6 system-ui">${out}</pre>\n`;
}
