import { z } from 'zod'
import { ClauseIdSchema, DocIdSchema } from './ids.ts'

/**
 * A clause of a seed document. `start`/`end` are JavaScript string indices (UTF-16 code
 * units, end exclusive) into the document's normalised text; the clause text is
 * `normalised.slice(start, end)`.
 */
export const ClauseSchema = z.object({
  id: ClauseIdSchema,
  doc_id: DocIdSchema,
  parent_id: ClauseIdSchema.nullable(),
  /** Numbering label as printed, e.g. "三、(四) 2." or "新能源产业". */
  label_zh: z.string(),
  heading_zh: z.string(),
  heading_en: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
})
export type Clause = z.infer<typeof ClauseSchema>

/** A clause with its text resolved (API responses). */
export const ResolvedClauseSchema = ClauseSchema.extend({ text_zh: z.string() })
export type ResolvedClause = z.infer<typeof ResolvedClauseSchema>
