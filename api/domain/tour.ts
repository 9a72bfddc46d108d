import { z } from 'zod'
import { ClauseIdSchema, IdSchema } from './ids.ts'

/** A place a tour stop flies to: a park (its outline is framed) or a site (its point). */
export const TourPlaceSchema = z.object({ kind: z.enum(['park', 'site']), id: IdSchema })
export type TourPlace = z.infer<typeof TourPlaceSchema>

/** One stop of a guided tour: where to fly and what the plan says about it. */
export const TourStopSchema = z.object({
  /** Sector (2018 field) or chain (2021) the stop stands for: its name is the stop's title. */
  subject: z.object({ kind: z.enum(['sector', 'chain']), id: IdSchema }),
  place: TourPlaceSchema,
  /** Clause quoted in the caption. */
  clause_id: ClauseIdSchema,
  /** Exact substring of the clause's normalised text (`check:data` checks it). */
  quote_zh: z.string().min(1),
  /** Caption in both languages: what the stop shows and why this place. */
  caption_zh: z.string().min(1),
  caption_en: z.string().min(1),
  /** Quantitative target named on the stop (`seeds/extracted/targets.json`), if any. */
  target_id: IdSchema.optional(),
})
export type TourStop = z.infer<typeof TourStopSchema>

/** A guided tour through the plans (`geodata/tours.json`), in menu order there. */
export const TourSchema = z.object({
  id: IdSchema,
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  /** The plan clause the tour follows (its overview). */
  clause_id: ClauseIdSchema,
  stops: z.array(TourStopSchema).min(2),
})
export type Tour = z.infer<typeof TourSchema>
