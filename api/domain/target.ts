import { z } from 'zod'
import { BilingualSchema, ClauseIdSchema, DocIdSchema, IdSchema } from './ids.ts'

/**
 * A quantitative target of a plan, e.g. new-energy output 1100 亿元 (110 billion CNY) by 2020.
 * `value` is in `unit` exactly as the text states it; `quote` is the exact substring of the
 * clause's normalised text that states it (the data check verifies both).
 */
export const TargetSchema = z.object({
  id: IdSchema,
  doc_id: DocIdSchema,
  clause_id: ClauseIdSchema,
  metric_zh: z.string().min(1),
  metric_en: z.string().min(1),
  kind: z.enum(['level', 'growth-rate', 'share', 'count']),
  value: z.number(),
  /** `cny_100m` (亿元), `percent`, `count`, or another unit named in the text (snake_case). */
  unit: z.string().regex(/^[a-z0-9_]+$/),
  /** `>=` for "超过/以上/不少于", `=` otherwise. */
  comparator: z.enum(['=', '>=', '<=']).default('='),
  year: z.number().int(),
  /**
   * Sector id the target applies to, several joined with `+` (e.g. `wind+solar-pv`), or
   * `all` / `manufacturing` / `industry`.
   */
  scope: z.string().regex(/^[a-z0-9-]+(?:\+[a-z0-9-]+)*$/, 'sector id(s) joined by "+"'),
  quote: z.string().min(1),
})
export type Target = z.infer<typeof TargetSchema>

/** The 2018 plan's three project batches (三、(三) 1–3). */
export const ProjectBatchSchema = BilingualSchema.extend({
  id: IdSchema,
  doc_id: DocIdSchema,
  clause_id: ClauseIdSchema,
  status: z.enum(['in-production', 'under-construction', 'pipeline']),
  project_count: z.number().int().nonnegative(),
  investment_cny_100m: z.number().nonnegative(),
  by_sector: z.array(z.object({ sector: IdSchema, count: z.number().int().nonnegative() })),
  /** Exact substring of the clause that states count and investment. */
  quote: z.string().min(1),
})
export type ProjectBatch = z.infer<typeof ProjectBatchSchema>
