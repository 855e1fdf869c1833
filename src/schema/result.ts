import { z } from "zod";

/** Half-open UTF-16 offsets into the ORIGINAL input: input.slice(start, end) === text. */
export const spanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

export const mentionTypeSchema = z.enum([
  "PERSON",
  "ORGANIZATION",
  "LOCATION",
  "TITLE",
  "DATE",
  "PERIOD",
  "DOCUMENT",
  "MONEY",
]);

export const mentionSchema = spanSchema.extend({
  type: mentionTypeSchema,
  entity: z.string().optional(),
  value: z.union([z.string(), z.number()]).optional(),
  rule: z.string().optional(),
});

export const roleSchema = z.strictObject({
  title: z.string().min(1),
  organization: z.string().optional(),
  former: z.boolean().optional(),
  span: spanSchema,
});

export const personSchema = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  gender: z.enum(["male", "female"]).optional(),
  roles: z.array(roleSchema),
  mentions: z.array(spanSchema),
});

export const organizationKindSchema = z.enum([
  "front",
  "party",
  "state",
  "mass",
  "military",
  "police",
  "education",
  "business",
  "international",
  "other",
]);

export const organizationSchema = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: organizationKindSchema,
  location: z.string().optional(),
  mentions: z.array(spanSchema),
});

export const locationLevelSchema = z.enum([
  "country",
  "region",
  "province",
  "district",
  "commune",
  "other",
]);

export const locationSchema = z.strictObject({
  id: z.string(),
  name: z.string().min(1),
  level: locationLevelSchema,
  code: z.string().optional(),
  current: z.strictObject({ name: z.string(), code: z.string().optional() }).optional(),
  mentions: z.array(spanSchema),
});

export const agreementSchema = z.strictObject({
  id: z.string(),
  kind: z.string().min(1),
  name: spanSchema,
  subject: z.string().optional(),
  parties: z.array(z.string()),
  signatories: z.array(z.string()),
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  signedOn: z.string().optional(),
  place: z.string().optional(),
  evidence: z.array(spanSchema),
});

export const legalDocumentSchema = z.strictObject({
  id: z.string(),
  type: z.string().min(1),
  number: z.string().optional(),
  issuedOn: z.string().optional(),
  issuer: z.string().optional(),
  span: spanSchema,
});

export const extractionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  title: z.string().optional(),
  mentions: z.array(mentionSchema),
  persons: z.array(personSchema),
  organizations: z.array(organizationSchema),
  locations: z.array(locationSchema),
  agreements: z.array(agreementSchema),
  documents: z.array(legalDocumentSchema),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof spanSchema>;
export type MentionType = z.infer<typeof mentionTypeSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Person = z.infer<typeof personSchema>;
export type OrganizationKind = z.infer<typeof organizationKindSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type LocationLevel = z.infer<typeof locationLevelSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
export type Extraction = z.infer<typeof extractionSchema>;
