/**
 * The bundled dictionaries. JSON imports are inlined by the bundler, so the
 * library needs no file system or network access at run time.
 */
import abbreviations from "../../dictionaries/abbreviations.json";
import communes from "../../dictionaries/communes.json";
import districts from "../../dictionaries/districts.json";
import honorifics from "../../dictionaries/honorifics.json";
import orgHeads from "../../dictionaries/org-heads.json";
import places from "../../dictionaries/places.json";
import provinces from "../../dictionaries/provinces.json";
import surnames from "../../dictionaries/surnames.json";
import titles from "../../dictionaries/titles.json";
import type {
  AbbreviationsFile,
  CommunesFile,
  DistrictsFile,
  HonorificsFile,
  OrgHeadsFile,
  PlacesFile,
  ProvincesFile,
  SurnamesFile,
  TitlesFile,
} from "./schema.js";

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
}

/**
 * The bundle imports each file as JSON text (see tsup.config.ts), tests and tsx as
 * parsed objects; either way the value here is the parsed file. Validated by the
 * zod schemas in the test suite, not at run time (cold start).
 */
function load<T>(file: unknown): T {
  return (typeof file === "string" ? JSON.parse(file) : file) as T;
}

let cached: Dictionaries | undefined;

/** Parsed on first use, so importing the library stays cheap. */
export function bundledDictionaries(): Dictionaries {
  cached ??= {
    provinces: load<ProvincesFile>(provinces),
    districts: load<DistrictsFile>(districts),
    communes: load<CommunesFile>(communes),
    places: load<PlacesFile>(places),
    titles: load<TitlesFile>(titles),
    orgHeads: load<OrgHeadsFile>(orgHeads),
    abbreviations: load<AbbreviationsFile>(abbreviations),
    surnames: load<SurnamesFile>(surnames),
    honorifics: load<HonorificsFile>(honorifics),
  };
  return cached;
}
