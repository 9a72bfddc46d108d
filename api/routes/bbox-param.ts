import type { Bbox } from '../analysis/box-index.ts'
import { bounded, describeAllowed } from './params.ts'

/** One coordinate: a plain decimal (unambiguous, so linear; see params.ts). */
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/
const NUMBER_SOURCE = NUMBER.source.slice(1, -1)
/** The documented pattern of the whole value (also linear). */
const BBOX_PATTERN = `^${NUMBER_SOURCE},${NUMBER_SOURCE},${NUMBER_SOURCE},${NUMBER_SOURCE}$`

const isFourNumbers = (s: string) => {
  const parts = s.split(',')
  return parts.length === 4 && parts.every((part) => NUMBER.test(part))
}

/**
 * `bbox=minLng,minLat,maxLng,maxLat` (WGS84 degrees, min ≤ max, in range) parsed to a
 * `Bbox` tuple.
 */
export const bboxParam = describeAllowed(
  bounded(200)
    .refine(isFourNumbers, { error: 'must be four comma-separated decimal numbers', abort: true })
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
    .openapi({ type: 'string', pattern: BBOX_PATTERN }),
  'minLng,minLat,maxLng,maxLat in WGS84 degrees, min ≤ max',
  { description: 'Bounding box `minLng,minLat,maxLng,maxLat`', example: '117.0,38.9,117.8,39.3' },
)
