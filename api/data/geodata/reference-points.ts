import type { LngLat } from '../../domain/geometry.ts'

/**
 * A named place with a citable WGS84 coordinate, used to place parks and sites that a source
 * puts IN that place (then `approximate`, the place being within ~5 km) — never copied from
 * Chinese web maps (GCJ-02/BD-09).
 */
export interface ReferencePoint {
  id: string
  name_zh: string
  name_en: string
  /** `[lng, lat]`, WGS84, 6 decimals. */
  position: LngLat
  /** Article or dataset the coordinate comes from, and what it says. */
  source: string
  /** True when the source's coordinate is WGS84 (Wikipedia/OurAirports); all entries must be. */
  wgs84: true
}

export const REFERENCE_POINTS = {
  'goldin-finance-117': {
    id: 'goldin-finance-117',
    name_zh: '高银金融117大厦(华苑产业区)',
    name_en: 'Goldin Finance 117 (Huayuan Science Park)',
    position: [117.080226, 39.089068],
    source:
      'en.wikipedia "Goldin Finance 117": 39°05′21″N 117°04′49″E; the tower stands in the Huayuan Science Park of the Binhai Hi-tech Zone, west of the Outer Ring Road (Xiqing District polygon)',
    wgs84: true,
  },
  'teda-soccer-stadium': {
    id: 'teda-soccer-stadium',
    name_zh: '泰达足球场(天津开发区东区)',
    name_en: 'TEDA Soccer Stadium (TEDA East Area)',
    position: [117.719, 39.030519],
    source:
      'en.wikipedia "TEDA Soccer Stadium": 39°1′49.87″N 117°43′8.40″E, in the original East Area of TEDA (about 33 km², de.wikipedia "Tianjin Economic and Technological Development Area")',
    wgs84: true,
  },
  'sino-singapore-eco-city': {
    id: 'sino-singapore-eco-city',
    name_zh: '中新天津生态城',
    name_en: 'Sino-Singapore Tianjin Eco-city',
    position: [117.78352, 39.15314],
    source:
      'en.wikipedia "Sino-Singapore Tianjin Eco-city" (infobox, copy at review.clateway.com): 39°09′11″N 117°47′01″E; the eco-city covers 30 km² of Binhai New Area',
    wgs84: true,
  },
  'binhai-airport-arp': {
    id: 'binhai-airport-arp',
    name_zh: '天津滨海国际机场',
    name_en: 'Tianjin Binhai International Airport (reference point)',
    position: [117.346001, 39.124401],
    source: 'OurAirports airport id 3368 (ZBTJ): 39.124401, 117.346001',
    wgs84: true,
  },
  'nankai-balitai-campus': {
    id: 'nankai-balitai-campus',
    name_zh: '南开大学八里台校区',
    name_en: 'Nankai University, Balitai campus',
    position: [117.16472, 39.10111],
    source: 'en.wikipedia "Nankai University": 39°06′04″N 117°09′53″E (Balitai main campus)',
    wgs84: true,
  },
} as const satisfies Record<string, ReferencePoint>

export type ReferencePointId = keyof typeof REFERENCE_POINTS

/**
 * Location fields of a place a source puts inside the area of a reference point (~5 km).
 * @example nearReference('teda-soccer-stadium', 'address 第七大街与北海路交口 (…)')
 */
export function nearReference(id: ReferencePointId, evidence: string) {
  const ref: ReferencePoint = REFERENCE_POINTS[id]
  return {
    position: [ref.position[0], ref.position[1]] as LngLat,
    location_precision: 'approximate' as const,
    location_source: `Approximate (~5 km): ${evidence}. Placed at the reference point ${ref.name_en} — ${ref.source}.`,
  }
}
