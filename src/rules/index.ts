import type { PlaceInfo } from "../gazetteer/lexicon.js";
import { type AgreementAnn, findAgreements } from "./agreement.js";
import type { RuleContext } from "./context.js";
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
  { id: "person", reads: ["tokens", "gazetteer", "orgs"], writes: ["persons", "roles"], run: findPersons },
  { id: "location", reads: ["tokens", "gazetteer", "orgs", "persons"], writes: ["places"], run: findLocations },
  { id: "value", reads: ["tokens"], writes: ["values"], run: findValues },
  { id: "document", reads: ["tokens", "values", "orgs"], writes: ["documents"], run: findDocuments },
] as const;

export function runPhases(ctx: RuleContext): { agreements: AgreementAnn[]; home: PlaceInfo | undefined } {
  for (const phase of PHASES) phase.run(ctx);
  const home = resolveHome(ctx);
  ctx.home = home;
  const agreements = findAgreements(ctx, (v) => (v.date ? isoDate(ctx, v.date) : String(v.value)));
  return { agreements, home };
}
