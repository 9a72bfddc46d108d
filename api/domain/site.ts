import { z } from 'zod'
import { collectionSchema, featureSchema, PointSchema } from './geometry.ts'
import { IdSchema } from './ids.ts'
import { PlacePropertiesSchema } from './place.ts'
import { SITE_STATUSES } from './site-status.ts'

export const SiteKindSchema = z.enum(['company', 'institution', 'project', 'platform'])
export type SiteKind = z.infer<typeof SiteKindSchema>

/** Project status as the plans state it (`SITE_STATUSES`). */
export const SiteStatusSchema = z.enum(SITE_STATUSES)

/**
 * How a site's point was placed:
 * - `source`: its own position from a named source, or a named reference near it;
 * - `park`: inside its located park (spread so members are never stacked), taking the park's
 *   precision, because the park is known and the site's own address is not;
 * - `district`: the district's representative point — only the district is known.
 */
export const SitePlacementSchema = z.enum(['source', 'park', 'district'])
export type SitePlacement = z.infer<typeof SitePlacementSchema>

export const SitePropertiesSchema = PlacePropertiesSchema.extend({
  kind: SiteKindSchema,
  placement: SitePlacementSchema,
  /** Status where the text gives one, else null. */
  status: SiteStatusSchema.nullable(),
  /** Park the site lies in, when known. */
  park_id: IdSchema.nullable(),
  /** Investment in 亿元 (100 million CNY) where the text gives it. */
  investment_cny_100m: z.number().nonnegative().nullable(),
  /**
   * The words the plan uses for this site where they differ from its name, e.g.
   * `"力神百亿瓦时动力电池扩产"`: every clause the site cites contains them (whitespace ignored).
   */
  plan_term_zh: z.string().min(1).optional(),
  /** Capacity where the text gives it, e.g. `{ value: 10, unit: "gwh", quote: "百亿瓦时" }`. */
  capacity: z
    .object({ value: z.number().nonnegative(), unit: z.string().min(1), quote: z.string().min(1) })
    .nullable(),
})
export type SiteProperties = z.infer<typeof SitePropertiesSchema>

export const SiteFeatureSchema = featureSchema(PointSchema, SitePropertiesSchema)
export type SiteFeature = z.infer<typeof SiteFeatureSchema>
export const SiteCollectionSchema = collectionSchema(SiteFeatureSchema)
