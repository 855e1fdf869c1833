/**
 * Where the bundled dictionaries come from. Run from src (tests, tsx), these are
 * the JSON files of /dictionaries themselves. A build replaces this whole module
 * (see tsup.config.ts) with `packedSources`: the same files as packSources()
 * writes them, with their phrase keys, so that the bundle holds the data once and
 * compactly and the first extract() need not split ~6,000 phrases.
 */
import abbreviations from "../../dictionaries/abbreviations.json";
import communes from "../../dictionaries/communes.json";
import districts from "../../dictionaries/districts.json";
import honorifics from "../../dictionaries/honorifics.json";
import nameWords from "../../dictionaries/name-words.json";
import orgHeads from "../../dictionaries/org-heads.json";
import places from "../../dictionaries/places.json";
import provinces from "../../dictionaries/provinces.json";
import surnames from "../../dictionaries/surnames.json";
import titles from "../../dictionaries/titles.json";
import type { PackedSources } from "./pack.js";

/** Each dictionary file as imported: a parsed object (tsx, vitest) or its JSON text. */
export interface RawSources {
  readonly provinces: unknown;
  readonly districts: unknown;
  readonly communes: unknown;
  readonly places: unknown;
  readonly titles: unknown;
  readonly orgHeads: unknown;
  readonly abbreviations: unknown;
  readonly surnames: unknown;
  readonly honorifics: unknown;
  readonly nameWords: unknown;
}

export const rawSources: RawSources | undefined = {
  provinces,
  districts,
  communes,
  places,
  titles,
  orgHeads,
  abbreviations,
  surnames,
  honorifics,
  nameWords,
};

/** What packSources() made, in a build; never here. */
export const packedSources: PackedSources | undefined = undefined;
