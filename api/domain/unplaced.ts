import { z } from 'zod'
import { BilingualSchema, ClauseIdSchema, IdSchema } from './ids.ts'

/**
 * A named entity of the plans that is deliberately not on the map (e.g. a company outside
 * Tianjin invited to invest, a programme with no site), with the reason.
 */
export const UnplacedEntitySchema = BilingualSchema.extend({
  id: IdSchema,
  kind: z.enum(['company', 'institution', 'project', 'platform', 'park', 'programme']),
  citations: z.array(ClauseIdSchema).min(1),
  reason: z.string().min(1),
})
export type UnplacedEntity = z.infer<typeof UnplacedEntitySchema>
