/**
 * Readers for the public NER test sets in ../shared/external/ (see its README).
 * They are research-only: read in place at run time, never copied into the repo.
 *
 * Each sentence becomes the raw text vietner would see (tokens joined by single
 * spaces, "_" of word-segmented tokens turned into spaces, NFC) plus the gold
 * entities as [start, end) UTF-16 offsets into that text.
 */
import { readFileSync } from "node:fs";

export type GoldType = "PERSON" | "LOCATION" | "ORGANIZATION";

export interface GoldEntity {
  type: GoldType;
  start: number;
  end: number;
}

export interface GoldSentence {
  text: string;
  entities: GoldEntity[];
}

/** Builds text and spans from BIO-tagged tokens; tags outside `typeMap` are ignored. */
export function fromBio(
  tokens: readonly string[],
  tags: readonly string[],
  typeMap: Readonly<Record<string, GoldType>>,
): GoldSentence {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = "";
  for (const raw of tokens) {
    const tok = raw.normalize("NFC").replace(/_/g, " ");
    if (text !== "") text += " ";
    starts.push(text.length);
    text += tok;
    ends.push(text.length);
  }
  const entities: GoldEntity[] = [];
  // The entity being read: its label, its type (undefined when ignored), its extent.
  let label: string | null = null;
  let type: GoldType | undefined;
  let start = 0;
  let end = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const m = i < tokens.length ? /^([BI])-(.+)$/.exec(tags[i] ?? "O") : null;
    // An I- that does not continue an entity of its label starts one (conlleval).
    if (m && m[1] === "I" && label !== null && m[2] === label) {
      end = ends[i]!;
      continue;
    }
    if (label !== null && type !== undefined) entities.push({ type, start, end });
    label = m?.[2] ?? null;
    type = label === null ? undefined : typeMap[label];
    start = starts[i] ?? 0;
    end = ends[i] ?? 0;
  }
  return { text, entities };
}

/** VLSP 2016: "token<TAB>tag" lines, CRLF, "IMGID:" lines, blank line between sentences. */
export function readVlsp(path: string): GoldSentence[] {
  const map: Record<string, GoldType> = { PER: "PERSON", LOC: "LOCATION", ORG: "ORGANIZATION" };
  const out: GoldSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (tokens.length > 0) out.push(fromBio(tokens, tags, map));
    tokens = [];
    tags = [];
  };
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    if (line.startsWith("IMGID:")) {
      flush();
      continue;
    }
    const tab = line.lastIndexOf("\t");
    if (tab <= 0) continue;
    tokens.push(line.slice(0, tab));
    tags.push(line.slice(tab + 1).trim());
  }
  flush();
  return out;
}

/** PhoNER_COVID19 syllable level: JSON lines {words, tags}. NAME tags patients and contacts only. */
export function readPhoner(path: string): GoldSentence[] {
  const map: Record<string, GoldType> = {
    NAME: "PERSON",
    LOCATION: "LOCATION",
    ORGANIZATION: "ORGANIZATION",
  };
  const out: GoldSentence[] = [];
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const data: unknown = JSON.parse(line);
    if (typeof data !== "object" || data === null) continue;
    const { words, tags } = data as { words?: unknown; tags?: unknown };
    if (!Array.isArray(words) || !Array.isArray(tags) || words.length !== tags.length) continue;
    if (!words.every((w) => typeof w === "string") || !tags.every((t) => typeof t === "string"))
      continue;
    out.push(fromBio(words as string[], tags as string[], map));
  }
  return out;
}
