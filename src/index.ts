export { VietnerError, type VietnerErrorCode } from "./errors.js";
export { createExtractor, type Extractor, extract } from "./extractor.js";
export { foldDiacritics, type NormalizedText, normalizeText } from "./normalize/index.js";
export {
  type ExtractOptions,
  type ExtractorConfig,
  extractOptionsSchema,
  extractorConfigSchema,
} from "./schema/options.js";
export {
  type Agreement,
  agreementSchema,
  type Extraction,
  extractionSchema,
  type LegalDocument,
  type Location,
  type LocationLevel,
  legalDocumentSchema,
  locationSchema,
  type Mention,
  type MentionType,
  mentionSchema,
  type Organization,
  type OrganizationKind,
  organizationSchema,
  type Person,
  personSchema,
  type Role,
  roleSchema,
  type Span,
  spanSchema,
} from "./schema/result.js";
export { type PublicToken, type TokenKind, tokenize } from "./tokenize/index.js";
