import { z } from 'zod'
import { ChainLinkRefSchema } from './ids.ts'

/**
 * Chains overlap: a link one chain defines may be the same products as a link of another
 * (the NEV chain's traction batteries are the lithium-ion chain's cells and packs). An
 * equivalence says that `link` is also satisfied by the providers of `also_satisfied_by`,
 * with the reason in both languages. It is directed: cells satisfy "traction batteries", but
 * traction batteries do not satisfy "cells" unless another entry says so.
 */
export const ChainEquivalenceSchema = z.object({
  link: ChainLinkRefSchema,
  also_satisfied_by: z.array(ChainLinkRefSchema).min(1),
  reason_zh: z.string().min(1),
  reason_en: z.string().min(1),
})
export type ChainEquivalence = z.infer<typeof ChainEquivalenceSchema>
