import type { PlaceInfo } from "../gazetteer/lexicon.js";
import { type AgreementAnn, findAgreements } from "./agreement.js";
import type { OrgAnn, RuleContext } from "./context.js";
import { findDocuments } from "./document.js";
import { resolveHome } from "./home.js";
import { findLocations } from "./location.js";
import { findOrganizations } from "./organization.js";
import { findPersons } from "./person.js";
import { findValues, isoDate } from "./temporal.js";

/**
 * The cascade, in order. Each phase reads the annotations of the ones before it
 * and only adds its own:
 *   organizations (gazetteer heads + areas) → persons and their titles (which may
 *   take organizations found before) → locations outside those names → dates,
 *   periods, money → legal documents (numbers, dates, issuers) → agreements
 *   (signing sentences over all of the above).
 */
export const PHASES = [
  { id: "organization", reads: ["tokens", "gazetteer"], writes: ["orgs"], run: findOrganizations },
  {
    id: "person",
    reads: ["tokens", "gazetteer", "orgs"],
    writes: ["persons", "roles"],
    run: findPersons,
  },
  {
    id: "location",
    reads: ["tokens", "gazetteer", "orgs", "persons"],
    writes: ["places"],
    run: findLocations,
  },
  { id: "value", reads: ["tokens"], writes: ["values"], run: findValues },
  {
    id: "document",
    reads: ["tokens", "values", "orgs"],
    writes: ["documents"],
    run: findDocuments,
  },
] as const;

/**
 * Overlap filter: "Phó Chủ tịch Thường trực UBND tỉnh X" was read by the
 * organization phase as "Thường trực UBND tỉnh X" before the title phase saw the
 * longer title. An organization that starts inside a title's words loses.
 */
function dropOrgsInsideTitles(ctx: RuleContext): void {
  if (ctx.titleSpans.length === 0) return;
  const inTitle = new Uint8Array(ctx.tokens.length);
  for (const [a, b] of ctx.titleSpans) inTitle.fill(1, a + 1, b);
  const roleOrgs = new Set(ctx.roles.map((r) => r.org));
  // A role may read its body differently from the scan ("Ủy viên Trung ương Đảng"
  // → Ban Chấp hành Trung ương Đảng): the role's reading replaces the scan's.
  // Spans keyed by a number (first × (n + 1) + last), not by a string built per org.
  const width = ctx.tokens.length + 1;
  const bySpan = new Map<number, OrgAnn>();
  for (const r of ctx.roles) if (r.org) bySpan.set(r.org.first * width + r.org.last, r.org);
  // A scanned body inside the span of a role's longer body is a piece of that name
  // ("Quốc hội" in "Trưởng đoàn Đại biểu Quốc hội tỉnh", read from a lower-case head).
  const inRoleOrg = new Uint8Array(ctx.tokens.length);
  for (const o of roleOrgs) if (o) inRoleOrg.fill(1, o.first, o.last);
  const keep = ctx.orgs
    .map((o) => (roleOrgs.has(o) ? o : (bySpan.get(o.first * width + o.last) ?? o)))
    .filter(
      (o) =>
        roleOrgs.has(o) ||
        (!inTitle[o.first] && !(inRoleOrg[o.first] && !bySpan.has(o.first * width + o.last))),
    );
  ctx.orgs.length = 0;
  ctx.orgs.push(...keep);
}

export function runPhases(ctx: RuleContext): {
  agreements: AgreementAnn[];
  home: PlaceInfo | undefined;
} {
  for (const phase of PHASES) phase.run(ctx);
  dropOrgsInsideTitles(ctx);
  const home = resolveHome(ctx);
  ctx.home = home;
  const agreements = findAgreements(ctx, (v) => (v.date ? isoDate(ctx, v.date) : String(v.value)));
  return { agreements, home };
}
