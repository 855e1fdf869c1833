/**
 * The first-syllable index (src/rules/firsts.ts): the automaton that finds a token's
 * entry without hashing must answer exactly what the map of syllables answers.
 */
import { describe, expect, it } from "vitest";
import { bundledDictionaries } from "../src/gazetteer/data.js";
import { compileLexicon } from "../src/gazetteer/lexicon.js";
import { foldSameLength } from "../src/normalize/fold.js";
import { firstIndex, NO_SYLLABLE, SLOTS, syllableOf } from "../src/rules/firsts.js";

const lex = compileLexicon(bundledDictionaries());
const index = firstIndex(lex);

describe("first-syllable index", () => {
  it("finds every syllable of the map through the automaton", () => {
    expect(index.syllables.size).toBeGreaterThan(500);
    for (const [s, entry] of index.syllables) expect(syllableOf(index, s)).toBe(entry);
  });

  it("answers like the map for words that start no phrase, prefixes and extensions", () => {
    const probes = new Set<string>();
    for (const s of index.syllables.keys()) {
      probes.add(s.slice(0, -1));
      probes.add(`${s}a`);
      probes.add(`${s}1`);
      probes.add(`${s}-`);
    }
    for (const w of ["hội", "nghị", "được", "tổ", "chức", "2025", "x", "", "đ", "ʼa", "qu"])
      probes.add(foldSameLength(w));
    for (const p of probes) expect(syllableOf(index, p)).toBe(index.syllables.get(p));
  });

  it("gives every entry one node per indexed trie", () => {
    expect(NO_SYLLABLE.nodes).toHaveLength(SLOTS);
    for (const e of index.syllables.values()) expect(e.nodes).toHaveLength(SLOTS);
    // Organization heads start with "ủy", "sở", "hội": their syllables carry the organization bit.
    const orgSlot = index.slotOfTrie[lex.orgs.id]!;
    for (const w of ["ủy", "sở", "hội"])
      expect(syllableOf(index, foldSameLength(w))!.mask & (1 << orgSlot)).not.toBe(0);
  });
});
