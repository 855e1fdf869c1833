export { createExtractor, extract, type Extractor } from "./extractor.js";
export { VietnerError, type VietnerErrorCode } from "./errors.js";
export { foldDiacritics, normalizeText, type NormalizedText } from "./normalize/index.js";
export { tokenize, type PublicToken, type TokenKind } from "./tokenize/index.js";
export {
  extractOptionsSchema,
  extractorConfigSchema,
  type ExtractOptions,
  type ExtractorConfig,
} from "./schema/options.js";
export {
  agreementSchema,
  extractionSchema,
  legalDocumentSchema,
  locationSchema,
  mentionSchema,
  organizationSchema,
  personSchema,
  roleSchema,
  spanSchema,
  type Agreement,
  type Extraction,
  type LegalDocument,
  type Location,
  type LocationLevel,
  type Mention,
  type MentionType,
  type Organization,
  type OrganizationKind,
  type Person,
  type Role,
  type Span,
} from "./schema/result.js";
