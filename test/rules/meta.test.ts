/**
 * Meta-test of the rule phases (STYLE.md): rule ids are readable slugs, and every
 * rule id written in src/rules/*.ts fires on at least one example of
 * test/rules/examples.ts, so no rule is left without an example that shows it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { orgScopeSchema } from "../../src/gazetteer/schema.js";
import { extract } from "../../src/index.js";
import { EXAMPLES } from "./examples.js";
import { checkPositive, type PositiveExample } from "./harness.js";

/**
 * The id scheme of src/rules: dot-separated lower-case words with hyphens
 * ("person.full-name", "location.admin-word"), chained with ">" when a rule wraps
 * the result of another ("org.unit>org.bare-area").
 */
const SLUG = /^[a-z]+\.[a-z]+(-[a-z]+)*$/;
const isRuleId = (id: string) => id.split(">").every((part) => SLUG.test(part));

/** The prefixes of the mention-producing rules (agreements produce no mentions). */
const PREFIXES = [
  "org.",
  "person.",
  "role.",
  "title.",
  "location.",
  "date.",
  "period.",
  "money.",
  "document.",
];

const rulesDir = new URL("../../src/rules/", import.meta.url);

/**
 * Rule ids written in src/rules as string literals. Template literals are
 * expanded where their hole is an enum the code names: `org.${info.scope}` takes
 * every organization scope of org-heads.json; a chain (`org.unit>${o.rule}`) is
 * made of ids counted on their own.
 */
function declaredRuleIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(rulesDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const src = readFileSync(new URL(file, rulesDir), "utf8");
    for (const m of src.matchAll(/"([a-z]+\.[a-z.>-]+)"|'([a-z]+\.[a-z.>-]+)'/g)) {
      const id = m[1] ?? m[2]!;
      if (PREFIXES.some((p) => id.startsWith(p)) && !ids.has(id)) ids.set(id, file);
    }
    for (const m of src.matchAll(/`([a-z]+\.)\$\{info\.scope\}`/g)) {
      for (const scope of orgScopeSchema.options) {
        const id = `${m[1]}${scope}`;
        if (!ids.has(id)) ids.set(id, file);
      }
    }
  }
  return ids;
}

/** Every input of the example files, as the example files run them (no variants: the rules are the same). */
function exampleRuns() {
  return Object.entries(EXAMPLES).flatMap(([phase, ex]) =>
    [...ex.positive, ...ex.negative].map((e) => ({
      phase,
      id: e.id,
      input: e.input,
      options: e.options,
    })),
  );
}

/** Rule id → the examples whose mentions carry it. */
function firedRuleIds(): Map<string, string[]> {
  const fired = new Map<string, string[]>();
  for (const run of exampleRuns()) {
    for (const m of extract(run.input, run.options).mentions) {
      const id = m.rule ?? "<no rule>";
      const list = fired.get(id) ?? [];
      list.push(`${run.phase}/${run.id}`);
      fired.set(id, list);
    }
  }
  return fired;
}

const declared = declaredRuleIds();
const fired = firedRuleIds();
/** A chained id fires each of its parts: "org.unit>org.area" shows org.unit and org.area at work. */
const firedParts = new Set([...fired.keys()].flatMap((id) => [id, ...id.split(">")]));

/**
 * Ids that the rules compute but the result never carries: records/build.ts puts
 * the role rule ("role.apposition", "role.title-before-name") on TITLE mentions,
 * so the id of the title parse itself (role.ts `TitleParse.rule`) is dropped.
 * Kept as it.fails: they turn red once the result records them.
 */
const NOT_IN_RESULTS: Record<string, string> = {};

describe("rule ids", () => {
  it("finds the rule ids of src/rules", () => {
    expect(declared.size).toBeGreaterThan(15);
    for (const id of [
      "org.area",
      "person.honorific",
      "location.admin-word",
      "date.numeric",
      "money.vnd",
    ]) {
      expect([...declared.keys()]).toContain(id);
    }
  });

  it("are readable slugs in the code", () => {
    expect([...declared.keys()].filter((id) => !isRuleId(id))).toEqual([]);
  });

  it("are readable slugs on every mention of every example", () => {
    const bad = [...fired.entries()]
      .filter(([id]) => !isRuleId(id))
      .map(([id, where]) => `${id} (${where[0]})`);
    expect(bad).toEqual([]);
  });

  it("on mentions are all declared in src/rules", () => {
    const unknown = [...firedParts].filter(
      (id) => id.includes(".") && !id.includes(">") && !declared.has(id),
    );
    expect(unknown).toEqual([]);
  });

  it("prints which rule fires on how many examples", () => {
    const lines = [...declared.keys()].sort().map((id) => {
      const n = [...fired.entries()]
        .filter(([f]) => f === id || f.split(">").includes(id))
        .flatMap(([, w]) => w);
      return `${n.length > 0 ? "  " : "✗ "}${id.padEnd(26)} ${String(n.length).padStart(3)}  ${declared.get(id)}${n[0] ? `  e.g. ${n[0]}` : ""}`;
    });
    console.log(`rule ids of src/rules and the examples they fire on:\n${lines.join("\n")}`);
    expect(lines.length).toBe(declared.size);
  });
});

describe("every rule of src/rules fires on an example", () => {
  for (const [id, file] of [...declared.entries()].sort()) {
    const reason = NOT_IN_RESULTS[id];
    if (reason)
      it.fails(`${id} (${file}) — known gap: ${reason}`, () => expect(firedParts).toContain(id));
    else it(`${id} (${file})`, () => expect(firedParts, `no example fires ${id}`).toContain(id));
  }
});

describe("the example harness", () => {
  const base: PositiveExample = {
    id: "harness-self-check",
    input: "Chiều 5/3, UBND tỉnh Quảng Ngãi tổ chức hội nghị.",
    mentions: [{ type: "ORGANIZATION", text: "UBND tỉnh Quảng Ngãi" }],
    organizations: ["Ủy ban nhân dân tỉnh Quảng Ngãi"],
  };
  it("passes a right example", () => {
    expect(() => checkPositive(base, "as written")).not.toThrow();
    expect(() => checkPositive(base, "NBSP")).not.toThrow();
  });
  it("fails a wrong span, value or name", () => {
    expect(() =>
      checkPositive(
        { ...base, mentions: [{ type: "ORGANIZATION", text: "tỉnh Quảng Ngãi" }] },
        "as written",
      ),
    ).toThrow();
    expect(() =>
      checkPositive(
        { ...base, mentions: [{ type: "DATE", text: "5/3", value: "2024-03-05" }] },
        "as written",
      ),
    ).toThrow();
    expect(() =>
      checkPositive({ ...base, organizations: ["Ủy ban nhân dân tỉnh Quảng Nam"] }, "NFD"),
    ).toThrow();
  });
});
