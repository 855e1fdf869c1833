/**
 * The form the bundled dictionaries take inside a build (see sources.ts and
 * tsup.config.ts). Importing the library scans every byte of the bundle, so the
 * data is packed: the files minified, the 3,321 communes in columns rather than
 * 3,321 objects with their keys spelt out (the file is over half of all the data),
 * and the phrase keys of the lexicon computed once, here, instead of at each cold
 * start. unpackSources() gives back exactly what the files hold.
 */
import type { Dictionaries } from "./data.js";
import { type KeyRecord, precompileKeys } from "./lexicon.js";
import type { CommuneEntry, CommunesFile } from "./schema.js";

/** communes.json in columns: fixed-width codes, names joined, one digit per type. */
interface PackedCommunes {
  /** Five digits per commune. */
  readonly codes: string;
  /** Joined by NAME_SEPARATOR. */
  readonly names: string;
  /** Index into COMMUNE_TYPES, one digit per commune. */
  readonly types: string;
  /** Two digits per commune: the post-2025 province code. */
  readonly provinces: string;
}

/**
 * What a build inlines: two JSON texts, so that the second is parsed only when the
 * commune trie is first compiled (many texts never need it).
 */
export interface PackedSources {
  /** PackedMain: the files (the communes in columns) and the phrase keys of all but the communes. */
  readonly main: string;
  /** The communes' phrase keys: KeyRecord[]. */
  readonly communeKeys: string;
}

interface PackedMain {
  readonly files: Omit<Dictionaries, "communes" | "keys" | "communeAt">;
  readonly communes: PackedCommunes;
  readonly keys: readonly KeyRecord[];
}

const COMMUNE_TYPES: readonly CommuneEntry["type"][] = ["xã", "phường", "đặc khu"];
const NAME_SEPARATOR = "|";

function packCommunes(file: CommunesFile): PackedCommunes {
  let codes = "";
  let types = "";
  let provinces = "";
  const names: string[] = [];
  for (const c of file.entries) {
    const type = COMMUNE_TYPES.indexOf(c.type);
    // The columns are fixed-width: anything else would shift every later commune.
    if (!/^\d{5}$/.test(c.code) || !/^\d{2}$/.test(c.province) || type < 0)
      throw new Error(`commune ${c.code} ${c.name}: cannot be packed`);
    if (c.name.includes(NAME_SEPARATOR))
      throw new Error(`commune ${c.code}: "${NAME_SEPARATOR}" in its name`);
    codes += c.code;
    types += String(type);
    provinces += c.province;
    names.push(c.name);
  }
  return { codes, names: names.join(NAME_SEPARATOR), types, provinces };
}

/** Commune i of the columns; `names` is p.names split. */
function communeAt(p: PackedCommunes, names: readonly string[], i: number): CommuneEntry {
  return {
    code: p.codes.slice(i * 5, i * 5 + 5),
    name: names[i]!,
    type: COMMUNE_TYPES[p.types.charCodeAt(i) - 0x30]!,
    province: p.provinces.slice(i * 2, i * 2 + 2),
  };
}

function unpackCommunes(p: PackedCommunes): CommunesFile {
  const names = p.names.split(NAME_SEPARATOR);
  const entries: CommuneEntry[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) entries[i] = communeAt(p, names, i);
  return { version: 1, entries };
}

/** Build time: the dictionaries and their phrase keys. */
export function packSources(d: Dictionaries): PackedSources {
  const { communes, keys: _keys, communeAt: _communeAt, ...files } = d;
  const keys = precompileKeys(d);
  const main: PackedMain = { files, communes: packCommunes(communes), keys: keys.main };
  return { main: JSON.stringify(main), communeKeys: keys.communes };
}

/** Run time: the dictionaries of packSources(); the communes are unpacked on first use. */
export function unpackSources(p: PackedSources): Dictionaries {
  const packed = JSON.parse(p.main) as PackedMain;
  let communes: CommunesFile | undefined;
  let names: string[] | undefined;
  return {
    ...packed.files,
    get communes(): CommunesFile {
      communes ??= unpackCommunes(packed.communes);
      return communes;
    },
    keys: { main: packed.keys, communes: p.communeKeys },
    communeAt: (i) => {
      names ??= packed.communes.names.split(NAME_SEPARATOR);
      return communeAt(packed.communes, names, i);
    },
  };
}

/**
 * `json` as a JavaScript string literal. esbuild prints every string in the quotes
 * that need the fewest escapes, and with no apostrophe left (JSON lets a string
 * spell it \u0027; the names have a few: "H'Mông") that is a single-quoted string,
 * which V8 scans at import in about two thirds of the time a template literal
 * takes (measured on this data): only single quotes avoid escaping all the
 * double ones.
 */
function stringLiteral(json: string): string {
  return JSON.stringify(json.replaceAll("'", "\\u0027"));
}

/** Build time: the module that replaces sources.ts in the bundle (tsup.config.ts). */
export function packedSourcesModule(d: Dictionaries): string {
  const p = packSources(d);
  return (
    "export const rawSources = undefined;\n" +
    `export const packedSources = {\n  main: ${stringLiteral(p.main)},\n` +
    `  communeKeys: ${stringLiteral(p.communeKeys)},\n};\n`
  );
}
