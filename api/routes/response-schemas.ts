import { z } from '@hono/zod-openapi'
import {
  ChainLinkSchema,
  ChainSchema,
  DistrictFeatureSchema,
  InfrastructureFeatureSchema,
  LocationPrecisionSchema,
  ParkFeatureSchema,
  PlanDocumentSchema,
  ProjectBatchSchema,
  ResolvedClauseSchema,
  SectorSchema,
  SiteFeatureSchema,
  TargetSchema,
  UnplacedEntitySchema,
} from '../domain/index.ts'

/**
 * Names a domain object schema as an OpenAPI component. A domain schema may have been created
 * before `@hono/zod-openapi` extended zod (zod 4 copies methods onto each instance when it is
 * created), so it is re-created with `extend({})` first; the copy has `.openapi`.
 */
export function component<S extends z.ZodObject>(schema: S, name: string): S {
  return schema.extend({}).openapi(name) as unknown as S
}

export const DistrictFeature = component(DistrictFeatureSchema, 'DistrictFeature')
export const ParkFeature = component(ParkFeatureSchema, 'ParkFeature')
export const SiteFeature = component(SiteFeatureSchema, 'SiteFeature')
export const InfrastructureFeature = component(InfrastructureFeatureSchema, 'InfrastructureFeature')

/** A FeatureCollection page with the `total` number of matches as a foreign member. */
export function pageSchema<F extends z.ZodType>(feature: F, name: string) {
  return z
    .object({
      type: z.literal('FeatureCollection'),
      features: z.array(feature),
      total: z.number().int().nonnegative().openapi({
        description: 'Number of matching features before limit/offset (also X-Total-Count)',
      }),
      next_cursor: z.string().nullable().openapi({
        description:
          'Pass as `cursor` for the next page (also a `Link: rel="next"` header); null on the last page',
      }),
    })
    .openapi(name)
}

/** A clause with its text and the title of its document. */
export const CitedClause = ResolvedClauseSchema.extend({
  doc_title_zh: z.string(),
  doc_title_en: z.string(),
}).openapi('CitedClause')

/** Short reference to a park or site (ids, names, sectors, kind, how well it is located). */
export const PlaceSummary = z
  .object({
    id: z.string(),
    name_zh: z.string(),
    name_en: z.string(),
    kind: z.string(),
    sectors: z.array(z.string()),
    location_precision: LocationPrecisionSchema,
  })
  .openapi('PlaceSummary')

export const DistrictRef = z
  .object({ code: z.string(), name_zh: z.string(), name_en: z.string() })
  .openapi('DistrictRef')

export const SectorWithCounts = SectorSchema.extend({
  site_count: z.number().int().nonnegative(),
  park_count: z.number().int().nonnegative(),
}).openapi('SectorWithCounts')

export const ChainWithCounts = ChainSchema.extend({
  links: z.array(
    ChainLinkSchema.extend({
      site_count: z.number().int().nonnegative(),
      park_count: z.number().int().nonnegative(),
    }),
  ),
}).openapi('ChainWithCounts')

export const PlansResponse = z
  .object({
    documents: z.array(PlanDocumentSchema),
    targets: z.array(TargetSchema),
    project_batches: z.array(ProjectBatchSchema),
    unplaced: z.array(UnplacedEntitySchema),
  })
  .openapi('Plans')

/** Any GeoJSON FeatureCollection (basemap context layers). */
export const LooseFeatureCollection = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.looseObject({
        type: z.literal('Feature'),
        geometry: z.looseObject({ type: z.string() }).nullable(),
        properties: z.record(z.string(), z.unknown()).nullable(),
      }),
    ),
  })
  .openapi('BasemapLayer')
