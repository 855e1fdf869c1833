import * as z from "zod/mini";

/** ISO date, full or partial: "2024-03-18", "2024-03", "2024". */
const isoDate = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected an ISO date such as "2024-03-18", "2024-03" or "2024"',
  }),
);

export const DEFAULT_MAX_LENGTH = 5_000_000;

export const extractOptionsSchema = z.strictObject({
  /** Publication date; resolves "Ngày 13/10" to a full date. */
  date: z.optional(isoDate),
  /** Skip view counters, share bars, image names and related-headline lists (default true). */
  stripBoilerplate: z.optional(z.boolean()),
  /** Longer input is rejected with a typed error, never silently cut. */
  maxLength: z.optional(z.number().check(z.int(), z.positive())),
  /** The outlet's province, used when the text says only "tỉnh" / "Tỉnh ủy". */
  context: z.optional(z.string().check(z.minLength(1))),
});

export type ExtractOptions = z.infer<typeof extractOptionsSchema>;

/** createExtractor() takes the same options as defaults for every call. */
export const extractorConfigSchema = extractOptionsSchema;
export type ExtractorConfig = z.infer<typeof extractorConfigSchema>;
