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
import { LocationPrecisionSchema } from './precision.ts'

/** Which layer a hit comes from. */
export const PlaceTypeSchema = z.enum(['site', 'park'])
export type PlaceType = z.infer<typeof PlaceTypeSchema>

/**
 * A site or park an analysis reports, with how well its position is known. A place located
 * better than its district (`exact`, `approximate`) has a `position` — a site's point, a
 * park's anchor (a point park's point, an outline's `@turf/centroid`, a park inside another
 * its parent's) — and, where the analysis measures, `distance_km`: great-circle km
 * (`@turf/distance`). A `district`-level place has `position: null` and
 * `distance_km: null`: it is reported as in its district, never measured from a district
 * point. A park's own member ("in this park") has `distance_km: null` too.
 */
export const PlaceHitSchema = BilingualSchema.extend({
  type: PlaceTypeSchema,
  id: IdSchema,
  sectors: z.array(IdSchema),
  district_code: DistrictCodeSchema,
  location_precision: LocationPrecisionSchema,
  position: PositionSchema.nullable(),
  distance_km: z.number().nonnegative().nullable(),
})
export type PlaceHit = z.infer<typeof PlaceHitSchema>

/** Count of hits per sector (a place tagged with two sectors counts in both). */
export const SectorCountSchema = z.object({
  sector: IdSchema,
  sites: z.number().int().nonnegative(),
  parks: z.number().int().nonnegative(),
})
export type SectorCount = z.infer<typeof SectorCountSchema>

/** A district an analysis names (bilingual). */
export const DistrictRefSchema = BilingualSchema.extend({ code: DistrictCodeSchema })
export type DistrictRef = z.infer<typeof DistrictRefSchema>

/**
 * District-level places an analysis cannot measure, listed apart: in which districts, how
 * many, and each place (`distance_km: null`).
 */
export const DistrictLevelSchema = z.object({
  districts: z.array(DistrictRefSchema),
  total: z.number().int().nonnegative(),
  items: z.array(PlaceHitSchema),
})
export type DistrictLevel = z.infer<typeof DistrictLevelSchema>

/**
 * Result of `sitesWithinRadius`: located places with `distance_km <= radius_km`, nearest
 * first (`total` counts them), and apart from them the district-level places of the districts
 * the radius touches (`district_level`: their distance is unknown).
 */
export const WithinResultSchema = z.object({
  center: PositionSchema,
  radius_km: z.number().positive(),
  sector: IdSchema.nullable(),
  kind: PlaceTypeSchema.nullable(),
  total: z.number().int().nonnegative(),
  items: z.array(PlaceHitSchema),
  /** Per-sector counts of the measured `items`. */
  by_sector: z.array(SectorCountSchema),
  district_level: DistrictLevelSchema,
})
export type WithinResult = z.infer<typeof WithinResultSchema>

/**
 * Result of `nearestBySector`: up to `k` located sites, nearest first, and apart from them
 * the district-level sites of the point's district ("same district, distance unknown").
 */
export const NearestResultSchema = z.object({
  center: PositionSchema,
  sector: IdSchema.nullable(),
  k: z.number().int().positive(),
  items: z.array(PlaceHitSchema),
  district_level: DistrictLevelSchema,
})
export type NearestResult = z.infer<typeof NearestResultSchema>

/** A cluster member: a located site and its precision. */
export const ClusterMemberSchema = BilingualSchema.extend({
  id: IdSchema,
  location_precision: LocationPrecisionSchema,
})

/** One DBSCAN cluster: its convex hull (a Point or LineString when the members are collinear). */
export const ClusterHullFeatureSchema = featureSchema(
  z.union([PolygonSchema, LineStringSchema, PointSchema]),
  z.object({
    cluster_id: z.number().int().nonnegative(),
    sector: IdSchema,
    member_count: z.number().int().positive(),
    member_ids: z.array(IdSchema),
    members: z.array(ClusterMemberSchema),
    /** Mean of the member positions. */
    centroid: PositionSchema,
  }),
)
export type ClusterHullFeature = z.infer<typeof ClusterHullFeatureSchema>

/**
 * Result of `sectorClusters`: hulls of DBSCAN clusters of the located sites of the sector,
 * the DBSCAN parameters, the located sites in no cluster (`noise`), and the district-level
 * sites left out (`district_level`: they have no position to cluster).
 */
export const SectorClustersResultSchema = collectionSchema(ClusterHullFeatureSchema).extend({
  sector: IdSchema,
  eps_km: z.number().positive(),
  min_points: z.number().int().positive(),
  cluster_count: z.number().int().nonnegative(),
  /** Located sites of the sector that belong to no cluster. */
  noise_ids: z.array(IdSchema),
  noise: z.array(PlaceHitSchema),
  district_level: DistrictLevelSchema,
})
export type SectorClustersResult = z.infer<typeof SectorClustersResultSchema>

/**
 * What an analysis is measured from: a point the user gave (`exact`), or a park — located
 * (its anchors: its own, its parent's, or its located parts'), or known only to district level
 * (`centers` empty: nothing is measured from it).
 */
export const AnalysisSubjectSchema = z.object({
  type: z.enum(['point', 'park']),
  park_id: IdSchema.nullable(),
  location_precision: LocationPrecisionSchema,
  centers: z.array(PositionSchema),
  /** Districts the subject lies in (a point's district, a park's and its parts'). */
  districts: z.array(DistrictRefSchema),
})
export type AnalysisSubject = z.infer<typeof AnalysisSubjectSchema>

/** A provider of a chain link, and the link it provides when it is an equivalent one. */
export const ChainProviderSchema = PlaceHitSchema.extend({
  /** The equivalent link (`chain-equivalences.json`) through which it provides; null: directly. */
  via: ChainLinkRefSchema.nullable(),
})
export type ChainProvider = z.infer<typeof ChainProviderSchema>

/**
 * Status of one chain link for the subject: `present` when a located provider lies within the
 * radius of a subject centre (`providers`, nearest first), or — for a park — a member of the
 * park (a site whose park is it or one of its parts, or the park or a part itself) provides it
 * (`members`, "in this park", no distance). District-level providers of the subject's
 * districts are listed apart (`same_district`: distance unknown) and do not count.
 */
export const ChainLinkStatusSchema = BilingualSchema.extend({
  id: IdSchema,
  ref: ChainLinkRefSchema,
  order: z.number().int().positive(),
  present: z.boolean(),
  providers: z.array(ChainProviderSchema),
  members: z.array(ChainProviderSchema),
  same_district: z.array(ChainProviderSchema),
  /** Nearest located provider anywhere (null when none exists or the subject is not located). */
  nearest: ChainProviderSchema.nullable(),
})
export type ChainLinkStatus = z.infer<typeof ChainLinkStatusSchema>

/** Result of `chainCompleteness`: `score = present_links / total_links`. */
export const ChainCompletenessResultSchema = z.object({
  chain_id: IdSchema,
  chain_name_zh: z.string(),
  chain_name_en: z.string(),
  subject: AnalysisSubjectSchema,
  /** The first subject centre (null when the subject is known only to district level). */
  center: PositionSchema.nullable(),
  radius_km: z.number().positive(),
  park_id: IdSchema.nullable(),
  present_links: z.number().int().nonnegative(),
  total_links: z.number().int().positive(),
  score: z.number().min(0).max(1),
  links: z.array(ChainLinkStatusSchema),
})
export type ChainCompletenessResult = z.infer<typeof ChainCompletenessResultSchema>

/** An infrastructure feature with its precision and distance (polygons measured from their centroid). */
export const InfrastructureHitSchema = BilingualSchema.extend({
  id: IdSchema,
  kind: InfrastructureKindSchema,
  location_precision: LocationPrecisionSchema,
  position: PositionSchema,
  distance_km: z.number().nonnegative(),
})
export type InfrastructureHit = z.infer<typeof InfrastructureHitSchema>

/** A park whose outline contains the point. */
export const InsideParkSchema = BilingualSchema.extend({
  id: IdSchema,
  location_precision: LocationPrecisionSchema,
})

/**
 * Result of `accessDistances`: from the subject (a point, or a located park's nearest
 * centre) to the nearest port, airport, rail station and located park. A subject known only to
 * district level gets no distances (every hit `null`) and only its districts.
 */
export const AccessResultSchema = z.object({
  subject: AnalysisSubjectSchema,
  /** The first subject centre (null when the subject is known only to district level). */
  center: PositionSchema.nullable(),
  sector: IdSchema.nullable(),
  /** Nearest feature of kind `port` or `port-area` (Tianjin Port). */
  port: InfrastructureHitSchema.nullable(),
  airport: InfrastructureHitSchema.nullable(),
  rail_station: InfrastructureHitSchema.nullable(),
  /** Nearest located park (of `sector` when given), other than the subject's own family. */
  park: PlaceHitSchema.nullable(),
  /** District whose polygon contains the point, if any (a park subject: its district). */
  district: DistrictRefSchema.nullable(),
  /** Parks whose outline contains the point. */
  inside_parks: z.array(InsideParkSchema),
})
export type AccessResult = z.infer<typeof AccessResultSchema>
