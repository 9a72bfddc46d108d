import { z } from 'zod'
import { BilingualSchema, ClauseIdSchema, ColorSchema, IdSchema } from './ids.ts'

/** One link of a supply-chain template, upstream first (`order` 1 = most upstream). */
export const ChainLinkSchema = BilingualSchema.extend({
  id: IdSchema,
  order: z.number().int().positive(),
  /** Clauses that name this link (or the products/activities it stands for). */
  citations: z.array(ClauseIdSchema).min(1),
})
export type ChainLink = z.infer<typeof ChainLinkSchema>

/**
 * A supply chain with its ordered link template. `tier` is the 2021 plan's grouping of its
 * ten key chains (5 strong, 2 new, 3 short); `field` marks the chains of the 2018 plan's
 * new-energy fields (e.g. lithium-ion batteries).
 */
export const ChainSchema = BilingualSchema.extend({
  id: IdSchema,
  tier: z.enum(['strong', 'new', 'short', 'field']),
  /** Sector ids this chain belongs to. */
  sectors: z.array(IdSchema).min(1),
  color: ColorSchema,
  citations: z.array(ClauseIdSchema).min(1),
  links: z.array(ChainLinkSchema).min(2),
})
export type Chain = z.infer<typeof ChainSchema>
