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

/** Validated by the zod schemas in the test suite; typed here without a run-time parse (cold start). */
export const bundledDictionaries: Dictionaries = {
  provinces: provinces as ProvincesFile,
  districts: districts as DistrictsFile,
  communes: communes as CommunesFile,
  places: places as PlacesFile,
  titles: titles as TitlesFile,
  orgHeads: orgHeads as OrgHeadsFile,
  abbreviations: abbreviations as AbbreviationsFile,
  surnames: surnames as SurnamesFile,
  honorifics: honorifics as HonorificsFile,
};
