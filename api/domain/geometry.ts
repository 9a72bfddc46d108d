import { z } from 'zod'

/** `[lng, lat]` in WGS84 degrees (RFC 7946). */
export const PositionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
export type LngLat = z.infer<typeof PositionSchema>

export const PointSchema = z.object({ type: z.literal('Point'), coordinates: PositionSchema })
const RingSchema = z.array(PositionSchema).min(4)
export const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(RingSchema).min(1),
})
export const MultiPolygonSchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(RingSchema).min(1)).min(1),
})
export const LineStringSchema = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(PositionSchema).min(2),
})
export const MultiLineStringSchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(PositionSchema).min(2)).min(1),
})
export const AreaGeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema])

/** A GeoJSON Feature with a typed geometry and typed properties. */
export function featureSchema<G extends z.ZodType, P extends z.ZodType>(
  geometry: G,
  properties: P,
) {
  return z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry,
    properties,
  })
}

/** A GeoJSON FeatureCollection of `feature`. */
export function collectionSchema<F extends z.ZodType>(feature: F) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) })
}
