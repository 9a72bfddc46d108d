import { z } from 'zod'

/**
 * A source a position, an outline or a stated area rests on, as users see it cited:
 * `title` as the source itself gives it (a page title, an article headline), optionally the
 * publisher, the `url`, the publication `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and the
 * `licence` under which it is used (coordinates are facts; say e.g. "CC BY 4.0" where the
 * source asks for attribution).
 */
export const LocationRefSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  url: z.url().optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date as YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  licence: z.string().min(1).optional(),
})
export type LocationRef = z.infer<typeof LocationRefSchema>

/**
 * What users read about how a place was positioned, in both languages, and the sources named.
 * `location_source` (English, for editors) keeps the technical record the checks parse.
 */
export const LocationBasisSchema = z.object({
  /** For users, in Chinese: what the position rests on (no file, library or id names). */
  location_basis_zh: z.string().min(1),
  /** The same in English. */
  location_basis_en: z.string().min(1),
  /** The sources named in the basis. */
  location_refs: z.array(LocationRefSchema).default([]),
})
