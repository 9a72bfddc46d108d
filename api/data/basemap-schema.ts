import { z } from 'zod'

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const

/**
 * A basemap context feature (outline, coastline, sea, neighbours, haihe): any RFC 7946
 * geometry with coordinates; properties are free-form. Served as raw GeoJSON.
 */
export const BasemapFeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  geometry: z.looseObject({
    type: z.enum(GEOMETRY_TYPES),
    coordinates: z.array(z.unknown()).min(1),
  }),
  properties: z.record(z.string(), z.unknown()).nullable(),
})
