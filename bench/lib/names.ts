/**
 * Name comparison of SPEC §4: NFC, official tone placement, lower case, and white
 * space, dashes and punctuation folded ("Lao động – Thương binh" = "Lao động - Thương binh").
 */
import { fixTonePlacement } from "../../src/normalize/index.js";

export function normalizeName(name: string): string {
  return fixTonePlacement(name.normalize("NFC"))
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
