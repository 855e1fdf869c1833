/**
 * The bundled dictionaries. They are inlined by the bundler (see sources.ts), so
 * the library needs no file system or network access at run time.
 */
import type { PrecompiledKeys } from "./lexicon.js";
import { unpackSources } from "./pack.js";
import type {
  AbbreviationsFile,
  CommuneEntry,
  CommunesFile,
  DistrictsFile,
  HonorificsFile,
  NameWordsFile,
  OrgHeadsFile,
  PlacesFile,
  ProvincesFile,
  SurnamesFile,
  TitlesFile,
} from "./schema.js";
import { packedSources, type RawSources, rawSources } from "./sources.js";

export interface Dictionaries {
  provinces: ProvincesFile;
  districts: DistrictsFile;
  communes: CommunesFile;
  places: PlacesFile;
  titles: TitlesFile;
  orgHeads: OrgHeadsFile;
  abbreviations: AbbreviationsFile;
  surnames: SurnamesFile;
  honorifics: HonorificsFile;
  nameWords: NameWordsFile;
  /** The keys of every phrase of these files, when the build computed them (see lexicon.ts). */
  keys?: PrecompiledKeys;
  /**
   * Commune i of `communes.entries` (an equal object), read on its own from a packed
   * file (pack.ts), without unpacking the 3,321: the commune trie fills as texts ask.
   */
  communeAt?: (i: number) => CommuneEntry;
}

/**
 * A file imported from src is a parsed object; a bundle that imported the files
 * themselves (tsup's text loader) would give their text. Validated by the zod
 * schemas in the test suite, not at run time (cold start).
 */
function load<T>(file: unknown): T {
  return (typeof file === "string" ? JSON.parse(file) : file) as T;
}

function fromFiles(raw: RawSources): Dictionaries {
  let communes: CommunesFile | undefined;
  return {
    provinces: load<ProvincesFile>(raw.provinces),
    districts: load<DistrictsFile>(raw.districts),
    // The largest file (3,321 communes), read only by the commune trie, which is
    // compiled when a text first needs it: parsed then, not at the first extract().
    get communes(): CommunesFile {
      communes ??= load<CommunesFile>(raw.communes);
      return communes;
    },
    places: load<PlacesFile>(raw.places),
    titles: load<TitlesFile>(raw.titles),
    orgHeads: load<OrgHeadsFile>(raw.orgHeads),
    abbreviations: load<AbbreviationsFile>(raw.abbreviations),
    surnames: load<SurnamesFile>(raw.surnames),
    honorifics: load<HonorificsFile>(raw.honorifics),
    nameWords: load<NameWordsFile>(raw.nameWords),
  };
}

let cached: Dictionaries | undefined;

/** Parsed on first use, so importing the library stays cheap. */
export function bundledDictionaries(): Dictionaries {
  if (cached) return cached;
  if (packedSources !== undefined) cached = unpackSources(packedSources);
  else if (rawSources !== undefined) cached = fromFiles(rawSources);
  else throw new Error("vietner: no bundled dictionaries");
  return cached;
}
