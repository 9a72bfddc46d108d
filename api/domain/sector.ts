import { z } from 'zod'
import { BilingualSchema, ClauseIdSchema, ColorSchema, IdSchema } from './ids.ts'

/**
 * A sector: one of the five new-energy fields of the 2018 plan (`group: "ne-field"`), or an
 * industry of the 2021 "1+3+4" system (`group: "1" | "3" | "4"`), or a traditional industry
 * the 2021 plan upgrades (`group: "traditional"`).
 */
export const SectorSchema = BilingualSchema.extend({
  id: IdSchema,
  group: z.enum(['ne-field', '1', '3', '4', 'traditional']),
  /** Parent sector id, e.g. the new-energy fields sit under `new-energy`. */
  parent_id: IdSchema.nullable(),
  color: ColorSchema,
  citations: z.array(ClauseIdSchema).min(1),
})
export type Sector = z.infer<typeof SectorSchema>
