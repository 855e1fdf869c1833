import { describe, expect, it } from "vitest";
import {
  accuracy,
  type GoldArticle,
  prf,
  type ScorableExtraction,
  scoreArticle,
  sumScores,
} from "../bench/lib/score.js";
import { hasSharedCorpus, sharedGold } from "./helpers/shared.js";

const LC = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai";
const YB = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái";
const BTV = "Ban Thường vụ Tỉnh ủy Lào Cai";

function gold(partial: Partial<GoldArticle> = {}): GoldArticle {
  return {
    id: "t",
    text: "",
    persons: [],
    organizations: [],
    locations: [],
    agreements: [],
    ...partial,
  };
}
function sys(partial: Partial<ScorableExtraction> = {}): ScorableExtraction {
  return { persons: [], organizations: [], locations: [], agreements: [], ...partial };
}

/** The gold article written as a system result (ids o1…, l1…), i.e. a perfect answer. */
function asExtraction(g: GoldArticle): ScorableExtraction {
  const idMaker =
    (prefix: string, ids: Map<string, string>) =>
    (name: string): string => {
      const known = ids.get(name);
      if (known) return known;
      const id = `${prefix}${ids.size + 1}`;
      ids.set(name, id);
      return id;
    };
  const orgs = new Map<string, string>();
  const orgId = idMaker("o", orgs);
  g.organizations.forEach(orgId);
  const locs = new Map<string, string>();
  const locId = idMaker("l", locs);
  g.locations.forEach(locId);
  const persons = g.persons.map((p) => ({
    name: p.name,
    roles: (p.roles ?? []).map((r) =>
      r.organization ? { title: r.title, organization: orgId(r.organization) } : { title: r.title },
    ),
  }));
  const agreements = g.agreements.map((a) => ({
    kind: a.kind,
    parties: a.parties.map(orgId),
    ...(a.period ? { period: { from: a.period[0], to: a.period[1] } } : {}),
    ...(a.signedOn ? { signedOn: a.signedOn } : {}),
    ...(a.place ? { place: locId(a.place) } : {}),
  }));
  return {
    persons,
    organizations: [...orgs].map(([name, id]) => ({ id, name })),
    locations: [...locs].map(([name, id]) => ({ id, name })),
    agreements,
  };
}

const sample = gold({
  persons: [
    {
      name: "Giàng Seo Vần",
      roles: [
        { title: "Ủy viên", organization: BTV },
        { title: "Chủ tịch", organization: LC },
      ],
    },
    { name: "Ngọc Lan", roles: [] },
  ],
  organizations: [LC, YB, BTV],
  locations: ["Lào Cai"],
  agreements: [
    {
      kind: "chương trình hợp tác",
      parties: [LC, YB],
      period: [2023, 2025],
      signedOn: "--10-13",
      place: "Lào Cai",
    },
  ],
});

describe("scoreArticle", () => {
  it("gives F1 1 everywhere for a perfect answer", () => {
    const s = scoreArticle(sample, asExtraction(sample));
    for (const c of Object.values(s.counts)) {
      expect(c.fp).toBe(0);
      expect(c.fn).toBe(0);
      expect(prf(c).f1).toBe(1);
    }
    expect(s.counts.persons.tp).toBe(2);
    expect(s.counts.roles.tp).toBe(2);
    expect(s.counts.organizations.tp).toBe(3);
    expect(s.counts.agreements.tp).toBe(1);
    expect(s.misses).toEqual([]);
    expect(s.falseHits).toEqual([]);
    expect(s.fieldErrors).toEqual([]);
    for (const f of Object.values(s.fields)) {
      expect(f).toEqual({ matched: 1, right: 1, goldNonNull: 1, goldNonNullAll: 1 });
      expect(accuracy(f)).toBe(1);
    }
  });

  it("gives F1 0 for an empty answer and lists every miss", () => {
    const s = scoreArticle(sample, sys());
    expect(prf(s.counts.persons)).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(s.counts.roles.fn).toBe(2);
    expect(s.misses.map((m) => m.item)).toContain(`Giàng Seo Vần | Chủ tịch | ${LC}`);
    expect(s.fields.period).toEqual({ matched: 0, right: 0, goldNonNull: 0, goldNonNullAll: 1 });
    expect(accuracy(s.fields.period)).toBeNull();
  });

  it("has nothing to score when both sides are empty", () => {
    const s = scoreArticle(gold(), sys());
    expect(prf(s.counts.organizations)).toEqual({ precision: null, recall: null, f1: null });
  });

  it("folds dashes, tone placement, case, white space and NFD", () => {
    const g = gold({
      persons: [
        {
          name: "Lê Thị Thanh Hòa",
          roles: [
            {
              title: "Giám đốc",
              organization: "Sở Lao động – Thương binh và Xã hội tỉnh Thái Nguyên",
            },
          ],
        },
      ],
      organizations: [
        "Sở Lao động – Thương binh và Xã hội tỉnh Thái Nguyên",
        "Ủy ban nhân dân tỉnh Thái Nguyên",
      ],
      locations: ["Thái Nguyên"],
    });
    const s = scoreArticle(
      g,
      sys({
        persons: [
          { name: "LÊ THỊ  THANH HOÀ", roles: [{ title: "giám đốc", organization: "o1" }] },
        ],
        organizations: [
          { id: "o1", name: "Sở Lao động - Thương binh và Xã hội tỉnh Thái Nguyên" },
          { id: "o2", name: "Uỷ ban nhân dân tỉnh Thái Nguyên".normalize("NFD") },
        ],
        locations: [{ id: "l1", name: " thái  nguyên " }],
      }),
    );
    expect(s.misses).toEqual([]);
    expect(s.falseHits).toEqual([]);
    expect(s.counts.persons.tp).toBe(1);
    expect(s.counts.roles.tp).toBe(1);
    expect(s.counts.organizations.tp).toBe(2);
    expect(s.counts.locations.tp).toBe(1);
  });

  it("counts a role with the wrong organization as both a false hit and a miss", () => {
    const g = gold({
      persons: [{ name: "Giàng Seo Vần", roles: [{ title: "Chủ tịch", organization: LC }] }],
      organizations: [LC, YB],
    });
    const s = scoreArticle(
      g,
      sys({
        persons: [{ name: "Giàng Seo Vần", roles: [{ title: "Chủ tịch", organization: "b" }] }],
        organizations: [
          { id: "a", name: LC },
          { id: "b", name: YB },
        ],
      }),
    );
    expect(s.counts.persons).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.counts.roles).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses).toEqual([{ category: "roles", item: `Giàng Seo Vần | Chủ tịch | ${LC}` }]);
    expect(s.falseHits).toEqual([{ category: "roles", item: `Giàng Seo Vần | Chủ tịch | ${YB}` }]);
  });

  it("tells a role without organization from one with an organization", () => {
    const g = gold({
      persons: [{ name: "Tô Lâm", roles: [{ title: "Chủ tịch nước", organization: null }] }],
    });
    const right = scoreArticle(
      g,
      sys({ persons: [{ name: "Tô Lâm", roles: [{ title: "Chủ tịch nước" }] }] }),
    );
    expect(right.counts.roles).toEqual({ tp: 1, fp: 0, fn: 0 });
    const wrong = scoreArticle(
      g,
      sys({
        persons: [{ name: "Tô Lâm", roles: [{ title: "Chủ tịch nước", organization: "o1" }] }],
        organizations: [{ id: "o1", name: "Nhà nước" }],
      }),
    );
    expect(wrong.counts.roles).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it("counts duplicates once (set-based)", () => {
    const s = scoreArticle(
      gold({ organizations: [LC] }),
      sys({
        organizations: [
          { id: "o1", name: LC },
          { id: "o2", name: LC.toUpperCase() },
        ],
      }),
    );
    expect(s.counts.organizations).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("compares agreement parties as an unordered set, and the kind", () => {
    const orgs = [
      { id: "x", name: YB },
      { id: "y", name: LC },
    ];
    const g = gold({ agreements: [{ kind: "Chương trình hợp tác", parties: [LC, YB] }] });
    const same = scoreArticle(
      g,
      sys({
        organizations: orgs,
        agreements: [{ kind: "chương trình hợp tác", parties: ["x", "y"] }],
      }),
    );
    expect(same.counts.agreements).toEqual({ tp: 1, fp: 0, fn: 0 });

    const otherKind = scoreArticle(
      g,
      sys({ organizations: orgs, agreements: [{ kind: "quy chế phối hợp", parties: ["x", "y"] }] }),
    );
    expect(otherKind.counts.agreements).toEqual({ tp: 0, fp: 1, fn: 1 });

    const missingParty = scoreArticle(
      g,
      sys({ organizations: orgs, agreements: [{ kind: "chương trình hợp tác", parties: ["y"] }] }),
    );
    expect(missingParty.counts.agreements).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(missingParty.falseHits.filter((h) => h.category === "agreements")).toEqual([
      { category: "agreements", item: `chương trình hợp tác: ${LC}` },
    ]);
  });

  it("scores period, signedOn and place of matched agreements as fields", () => {
    const g = gold({
      agreements: [
        {
          kind: "chương trình phối hợp",
          parties: [LC, YB],
          period: [2023, 2025],
          signedOn: "2023-10-13",
          place: "Lào Cai",
        },
        { kind: "quy chế phối hợp", parties: [LC, BTV], period: null, signedOn: null, place: null },
        { kind: "biên bản ghi nhớ", parties: [YB, BTV], period: [2024, 2024] },
      ],
    });
    const s = scoreArticle(
      g,
      sys({
        organizations: [
          { id: "a", name: LC },
          { id: "b", name: YB },
          { id: "c", name: BTV },
        ],
        locations: [{ id: "l1", name: "Lào Cai" }],
        agreements: [
          // period right, date wrong, place right
          {
            kind: "chương trình phối hợp",
            parties: ["b", "a"],
            period: { from: 2023, to: 2025 },
            signedOn: "--10-13",
            place: "l1",
          },
          // all absent on both sides: null == undefined
          { kind: "quy chế phối hợp", parties: ["a", "c"] },
        ],
      }),
    );
    expect(s.counts.agreements).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(s.fields.period).toEqual({ matched: 2, right: 2, goldNonNull: 1, goldNonNullAll: 2 });
    expect(s.fields.signedOn).toEqual({ matched: 2, right: 1, goldNonNull: 1, goldNonNullAll: 1 });
    expect(s.fields.place).toEqual({ matched: 2, right: 2, goldNonNull: 1, goldNonNullAll: 1 });
    expect(accuracy(s.fields.signedOn)).toBe(0.5);
    expect(s.fieldErrors).toEqual([
      {
        agreement: `chương trình phối hợp: ${LC} + ${YB}`,
        field: "signedOn",
        gold: "2023-10-13",
        got: "--10-13",
      },
    ]);
  });

  it("counts a period or place the gold does not have as wrong", () => {
    const g = gold({ agreements: [{ kind: "kế hoạch phối hợp", parties: [LC, YB] }] });
    const s = scoreArticle(
      g,
      sys({
        organizations: [
          { id: "a", name: LC },
          { id: "b", name: YB },
        ],
        locations: [{ id: "l1", name: "Hà Nội" }],
        agreements: [
          {
            kind: "kế hoạch phối hợp",
            parties: ["a", "b"],
            period: { from: 2024, to: 2024 },
            place: "l1",
          },
        ],
      }),
    );
    expect(s.fields.period.right).toBe(0);
    expect(s.fields.place.right).toBe(0);
    expect(s.fields.signedOn.right).toBe(1);
    expect(s.fieldErrors.map((e) => [e.field, e.gold, e.got])).toEqual([
      ["period", "—", "2024–2024"],
      ["place", "—", "Hà Nội"],
    ]);
  });

  it("micro-averages over articles", () => {
    const a = scoreArticle(
      gold({ locations: ["Lào Cai", "Yên Bái"] }),
      sys({ locations: [{ id: "l", name: "Lào Cai" }] }),
    );
    const b = scoreArticle(
      gold({ locations: ["Hà Nội"] }),
      sys({ locations: [{ id: "l", name: "Huế" }] }),
    );
    const { counts } = sumScores([a, b]);
    expect(counts.locations).toEqual({ tp: 1, fp: 1, fn: 2 });
    const p = prf(counts.locations);
    expect(p.precision).toBe(0.5);
    expect(p.recall).toBeCloseTo(1 / 3);
    expect(p.f1).toBeCloseTo(0.4);
  });
});

describe.skipIf(!hasSharedCorpus)("the gold files scored against themselves", () => {
  for (const sub of ["seeds", "dev"] as const) {
    it(`${sub}: F1 1 and every field right`, () => {
      for (const g of sharedGold(sub)) {
        const s = scoreArticle(g, asExtraction(g));
        expect(s.misses, g.id).toEqual([]);
        expect(s.falseHits, g.id).toEqual([]);
        expect(s.fieldErrors, g.id).toEqual([]);
      }
    });
  }
});
