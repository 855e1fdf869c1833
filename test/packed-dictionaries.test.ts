/**
 * A build ships the dictionaries packed, with the lexicon's phrase keys computed
 * ahead (src/gazetteer/pack.ts, tsup.config.ts); everything else runs from the JSON
 * files and splits the phrases at run time. Both must compile the same lexicon:
 * the same phrases added to the same tries, in the same order, with equal payloads,
 * and equal maps.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bundledDictionaries, type Dictionaries } from "../src/gazetteer/data.js";
import { compileLexicon, type Lexicon } from "../src/gazetteer/lexicon.js";
import { packedSourcesModule, packSources, unpackSources } from "../src/gazetteer/pack.js";
import { TokenTrie } from "../src/gazetteer/trie.js";

const files = bundledDictionaries();
const packed = unpackSources(packSources(files));

const FILE_NAMES: Record<Exclude<keyof Dictionaries, "keys" | "communeAt">, string> = {
  provinces: "provinces.json",
  districts: "districts.json",
  communes: "communes.json",
  places: "places.json",
  titles: "titles.json",
  orgHeads: "org-heads.json",
  abbreviations: "abbreviations.json",
  surnames: "surnames.json",
  honorifics: "honorifics.json",
  nameWords: "name-words.json",
};

interface AddCall {
  /** Which trie, by the order in which the compile first added to it. */
  trie: number;
  fold: readonly string[];
  lower: readonly string[];
  payload: unknown;
}

/** Compile, and record every phrase added to a trie (communes included). */
function compileRecorded(d: Dictionaries): { lex: Lexicon; calls: AddCall[] } {
  const calls: AddCall[] = [];
  const tries = new Map<unknown, number>();
  const add = TokenTrie.prototype.add;
  const spy = vi.spyOn(TokenTrie.prototype, "add").mockImplementation(function (
    this: TokenTrie<unknown>,
    fold,
    lower,
    payload,
  ) {
    if (!tries.has(this)) tries.set(this, tries.size);
    calls.push({ trie: tries.get(this)!, fold: [...fold], lower: [...lower], payload });
    add.call(this, fold, lower, payload);
  });
  try {
    const lex = compileLexicon(d);
    // The commune trie fills as texts ask; reading its first syllables fills it whole.
    [...lex.communes().firstSyllables()];
    return { lex, calls };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("packed dictionaries", () => {
  it.each(Object.entries(FILE_NAMES))("unpack gives back %s as the file holds it", (key, file) => {
    const onDisk = JSON.parse(
      readFileSync(new URL(`../dictionaries/${file}`, import.meta.url), "utf8"),
    ) as unknown;
    expect(packed[key as keyof typeof FILE_NAMES]).toEqual(onDisk);
  });

  it("reads each commune on its own as unpacked with the others", () => {
    expect(files.communeAt).toBeUndefined();
    const one = files.communes.entries.map((_c, i) => packed.communeAt?.(i));
    expect(one).toStrictEqual(files.communes.entries);
  });

  it("carries the phrase keys; the files from src do not", () => {
    expect(files.keys).toBeUndefined();
    expect(packed.keys?.main.length).toBeGreaterThan(0);
    const communes = JSON.parse(packed.keys?.communes ?? "{}") as { keys: unknown[] };
    expect(communes.keys).toHaveLength(files.communes.entries.length);
  });

  it("compiles the same lexicon as the files", () => {
    const fromFiles = compileRecorded(files);
    const fromPacked = compileRecorded(packed);
    expect(fromPacked.calls.length).toBeGreaterThan(6000);
    expect(fromPacked.calls).toStrictEqual(fromFiles.calls);
    const a = fromFiles.lex;
    const b = fromPacked.lex;
    expect(b.surnames).toEqual(a.surnames);
    expect(b.provinceByFold).toEqual(a.provinceByFold);
    expect(b.provinceAfter).toEqual(a.provinceAfter);
    expect(b.orgHeadByFold).toEqual(a.orgHeadByFold);
    expect(b.abbreviations).toEqual(a.abbreviations);
    expect(b.fuzzyPlaces).toEqual(a.fuzzyPlaces);
    // Map equality ignores order; the lookups that iterate a bucket do not.
    expect([...b.fuzzyPlaces]).toEqual([...a.fuzzyPlaces]);
  });

  it("the module a build inlines holds the packed texts", async () => {
    const module = packedSourcesModule(files);
    expect(module).not.toContain("'");
    const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(module)}`;
    const loaded = (await import(/* @vite-ignore */ url)) as {
      rawSources: unknown;
      packedSources: { main: string; communeKeys: string };
    };
    expect(loaded.rawSources).toBeUndefined();
    const p = packSources(files);
    expect(JSON.parse(loaded.packedSources.main)).toStrictEqual(JSON.parse(p.main));
    expect(JSON.parse(loaded.packedSources.communeKeys)).toStrictEqual(JSON.parse(p.communeKeys));
  });
});
