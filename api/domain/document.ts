import { z } from 'zod'
import { DocIdSchema } from './ids.ts'

/** One seed document (a plan) as received, with its normalised copy. */
export const PlanDocumentSchema = z.object({
  id: DocIdSchema,
  /** File name in `seeds/` exactly as received. */
  seed_file: z.string().min(1),
  /** File name of the normalised copy in `seeds/normalised/`. */
  normalised_file: z.string().min(1),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  issuer_zh: z.string().min(1),
  issuer_en: z.string().min(1),
  /** Publication date, ISO `YYYY-MM-DD`. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  period_start: z.number().int(),
  period_end: z.number().int(),
  /** Document number or a note about provenance of the copy. */
  note: z.string().optional(),
})
export type PlanDocument = z.infer<typeof PlanDocumentSchema>
