/**
 * The commune trie is filled one first syllable at a time, as texts ask
 * (CommuneTrie in src/gazetteer/lexicon.ts). It must answer every question as the
 * whole trie would, however many of its syllables were filled before.
 */
import { describe, expect, it } from "vitest";
import { bundledDictionaries } from "../src/gazetteer/data.js";
import { compileLexicon, type PlaceInfo, phraseKeys } from "../src/gazetteer/lexicon.js";
import { packSources, unpackSources } from "../src/gazetteer/pack.js";
import { TokenTrie } from "../src/gazetteer/trie.js";
import { normalizeText } from "../src/normalize/index.js";
import { tokenizeNormalized } from "../src/tokenize/index.js";

const files = bundledDictionaries();

/** Every commune added at once, as the trie was compiled before it filled lazily. */
function wholeTrie(): TokenTrie<PlaceInfo> {
  const trie = new TokenTrie<PlaceInfo>();
  for (const c of files.communes.entries) {
    const k = phraseKeys(c.name);
    trie.add(k.fold, k.lower, {
      name: c.name,
      level: "commune",
      code: c.code,
      adminType: c.type,
      province: c.province,
      current: { name: c.name, code: c.code },
      since2025: true,
    });
  }
  return trie;
}

/** Each commune's name on a line of its own, plus words no commune starts with. */
function tokens() {
  const text = [
    ...files.communes.entries.map((c) => `xã ${c.name} và`),
    "Hội Nông dân tỉnh Điện Biên",
  ].join("\n");
  const n = normalizeText(text);
  return tokenizeNormalized(n.text, n.lower, n.fold);
}

describe("commune trie", () => {
  const toks = tokens();
  const whole = wholeTrie();

  it.each([
    ["from src", files],
    ["packed", unpackSources(packSources(files))],
  ])("%s: answers at every token as the whole trie", (_label, d) => {
    const lazy = compileLexicon(d).communes();
    for (let i = 0; i < toks.length; i++) {
      const fold = toks[i]!.fold;
      expect(lazy.hasFirst(fold), fold).toBe(whole.hasFirst(fold));
      expect(lazy.matchAt(toks, i), `token ${i} ${fold}`).toStrictEqual(whole.matchAt(toks, i));
    }
    // Filled by now: the same first syllables, each with the same subtree.
    const got = new Map(lazy.firstSyllables());
    const want = new Map(whole.firstSyllables());
    expect([...got.keys()].sort()).toStrictEqual([...want.keys()].sort());
    for (const [s, node] of want) expect(got.get(s), s).toStrictEqual(node);
  });

  it("filled whole at once, keeps the whole trie's order of first syllables", () => {
    const lazy = compileLexicon(files).communes();
    expect([...lazy.firstSyllables()].map(([s]) => s)).toStrictEqual(
      [...whole.firstSyllables()].map(([s]) => s),
    );
    const i = toks.findIndex((t) => lazy.hasFirst(t.fold));
    const first = new Map(lazy.firstSyllables()).get(toks[i]!.fold)!;
    // The walk by syllable numbers: each distinct folded syllable numbered from 1.
    const number = new Map<string, number>();
    const idOf = (s: string): number => {
      let id = number.get(s);
      if (id === undefined) number.set(s, (id = number.size + 1));
      return id;
    };
    const ids = Int32Array.from(toks, (t) => idOf(t.fold));
    const lines = Uint8Array.from(toks, (t) => (t.lineStart ? 1 : 0));
    expect(lazy.matchIds(toks, ids, lines, 1, idOf, i, first)).toStrictEqual(
      whole.matchAt(toks, i),
    );
  });

  it("overrides every read of TokenTrie, so that none sees it unfilled", () => {
    const lazy = compileLexicon(files).communes();
    const own = new Set(Object.getOwnPropertyNames(Object.getPrototypeOf(lazy)));
    // add() fills; push() is TokenTrie's helper behind matchAt / matchIds.
    const notReads = new Set(["constructor", "add", "push"]);
    const missed = Object.getOwnPropertyNames(TokenTrie.prototype).filter(
      (m) => !notReads.has(m) && !own.has(m),
    );
    expect(missed, "TokenTrie methods CommuneTrie must fill before").toStrictEqual([]);
  });
});
