import { z } from 'zod'
import {
  collectionSchema,
  featureSchema,
  LineStringSchema,
  PointSchema,
  PolygonSchema,
  PositionSchema,
} from './geometry.ts'
import { BilingualSchema, ChainLinkRefSchema, DistrictCodeSchema, IdSchema } from './ids.ts'
import { InfrastructureKindSchema } from './infrastructure.ts'

/** Which layer a hit comes from. */
export const PlaceTypeSchema = z.enum(['site', 'park'])
export type PlaceType = z.infer<typeof PlaceTypeSchema>

/**
 * A site or park found by an analysis, with its geodesic distance from the query point.
 * `position` is the site's point, or for a park its anchor: the `@turf/centroid` of its
 * polygon (mean of its vertices). All distances are great-circle (haversine) km as
 * computed by `@turf/distance` with `units: 'kilometers'`.
 */
export const PlaceHitSchema = BilingualSchema.extend({
  type: PlaceTypeSchema,
  id: IdSchema,
  sectors: z.array(IdSchema),
  district_code: DistrictCodeSchema,
  position: PositionSchema,
  distance_km: z.number().nonnegative(),
})
export type PlaceHit = z.infer<typeof PlaceHitSchema>

/** Count of hits per sector (a place tagged with two sectors counts in both). */
export const SectorCountSchema = z.object({
  sector: IdSchema,
  sites: z.number().int().nonnegative(),
  parks: z.number().int().nonnegative(),
})
export type SectorCount = z.infer<typeof SectorCountSchema>

/** Result of `sitesWithinRadius`: hits with `distance_km <= radius_km`, nearest first. */
export const WithinResultSchema = z.object({
  center: PositionSchema,
  radius_km: z.number().positive(),
  sector: IdSchema.nullable(),
  kind: PlaceTypeSchema.nullable(),
  total: z.number().int().nonnegative(),
  items: z.array(PlaceHitSchema),
  by_sector: z.array(SectorCountSchema),
})
export type WithinResult = z.infer<typeof WithinResultSchema>

/** Result of `nearestBySector`: up to `k` sites, nearest first. */
export const NearestResultSchema = z.object({
  center: PositionSchema,
  sector: IdSchema.nullable(),
  k: z.number().int().positive(),
  items: z.array(PlaceHitSchema),
})
export type NearestResult = z.infer<typeof NearestResultSchema>

/** One DBSCAN cluster: its convex hull (a Point or LineString when the members are collinear). */
export const ClusterHullFeatureSchema = featureSchema(
  z.union([PolygonSchema, LineStringSchema, PointSchema]),
  z.object({
    cluster_id: z.number().int().nonnegative(),
    sector: IdSchema,
    member_count: z.number().int().positive(),
    member_ids: z.array(IdSchema),
    /** Mean of the member positions. */
    centroid: PositionSchema,
  }),
)
export type ClusterHullFeature = z.infer<typeof ClusterHullFeatureSchema>

/** Result of `sectorClusters`: a FeatureCollection of hulls plus the DBSCAN parameters. */
export const SectorClustersResultSchema = collectionSchema(ClusterHullFeatureSchema).extend({
  sector: IdSchema,
  eps_km: z.number().positive(),
  min_points: z.number().int().positive(),
  cluster_count: z.number().int().nonnegative(),
  /** Sites of the sector that belong to no cluster. */
  noise_ids: z.array(IdSchema),
})
export type SectorClustersResult = z.infer<typeof SectorClustersResultSchema>

/** Status of one chain link around the query point. */
export const ChainLinkStatusSchema = BilingualSchema.extend({
  id: IdSchema,
  ref: ChainLinkRefSchema,
  order: z.number().int().positive(),
  present: z.boolean(),
  /** Providers within the radius, nearest first. */
  providers: z.array(PlaceHitSchema),
  /** Nearest provider anywhere (null when no place in the data provides the link). */
  nearest: PlaceHitSchema.nullable(),
})
export type ChainLinkStatus = z.infer<typeof ChainLinkStatusSchema>

/** Result of `chainCompleteness`: `score = present_links / total_links`. */
export const ChainCompletenessResultSchema = z.object({
  chain_id: IdSchema,
  chain_name_zh: z.string(),
  chain_name_en: z.string(),
  center: PositionSchema,
  radius_km: z.number().positive(),
  park_id: IdSchema.nullable(),
  present_links: z.number().int().nonnegative(),
  total_links: z.number().int().positive(),
  score: z.number().min(0).max(1),
  links: z.array(ChainLinkStatusSchema),
})
export type ChainCompletenessResult = z.infer<typeof ChainCompletenessResultSchema>

/** An infrastructure feature with its distance (polygons measured from their centroid). */
export const InfrastructureHitSchema = BilingualSchema.extend({
  id: IdSchema,
  kind: InfrastructureKindSchema,
  position: PositionSchema,
  distance_km: z.number().nonnegative(),
})
export type InfrastructureHit = z.infer<typeof InfrastructureHitSchema>

/** Result of `accessDistances`. */
export const AccessResultSchema = z.object({
  center: PositionSchema,
  sector: IdSchema.nullable(),
  /** Nearest feature of kind `port` or `port-area` (Tianjin Port). */
  port: InfrastructureHitSchema.nullable(),
  airport: InfrastructureHitSchema.nullable(),
  rail_station: InfrastructureHitSchema.nullable(),
  /** Nearest park (of `sector` when given). */
  park: PlaceHitSchema.nullable(),
  /** District whose polygon contains the point, if any. */
  district: BilingualSchema.extend({ code: DistrictCodeSchema }).nullable(),
  /** Parks whose polygon contains the point. */
  inside_parks: z.array(BilingualSchema.extend({ id: IdSchema })),
})
export type AccessResult = z.infer<typeof AccessResultSchema>
