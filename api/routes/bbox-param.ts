import { z } from '@hono/zod-openapi'
import type { Bbox } from '../analysis/box-index.ts'
import { describeAllowed } from './params.ts'

const NUMBER = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)'
const BBOX = new RegExp(`^${NUMBER},${NUMBER},${NUMBER},${NUMBER}$`)

/**
 * `bbox=minLng,minLat,maxLng,maxLat` (WGS84 degrees, min ≤ max, in range) parsed to a
 * `Bbox` tuple.
 */
export const bboxParam = describeAllowed(
  z
    .string()
    .max(200)
    .regex(BBOX, { error: 'must be four comma-separated decimal numbers' })
    .transform((s) => s.split(',').map(Number) as Bbox)
    .refine(([minLng, minLat, maxLng, maxLat]) => minLng <= maxLng && minLat <= maxLat, {
      error: 'min must not exceed max',
    })
    .refine(
      ([minLng, minLat, maxLng, maxLat]) =>
        [minLng, maxLng].every((v) => v >= -180 && v <= 180) &&
        [minLat, maxLat].every((v) => v >= -90 && v <= 90),
      {
        error: 'longitudes must be within ±180 and latitudes within ±90',
      },
    )
    .openapi({ type: 'string', pattern: BBOX.source }),
  'minLng,minLat,maxLng,maxLat in WGS84 degrees, min ≤ max',
  { description: 'Bounding box `minLng,minLat,maxLng,maxLat`', example: '117.0,38.9,117.8,39.3' },
)
