import { z } from 'zod'
import { PositionSchema } from '../../domain/geometry.ts'
import { ChainLinkRefSchema } from '../../domain/ids.ts'
import { ParkPropertiesSchema } from '../../domain/park.ts'

/**
 * How a park's polygon is made:
 * - `circle` around `centre` (`[lng, lat]` WGS84) or around the district's representative point
 *   (`'district-point'`, turf `pointOnFeature` of the district polygon), `radius_km` wide;
 * - `district-boundary`: the district polygon itself (a zone defined as the whole district);
 * - `reclamation-boundary`: one feature of `geodata/binhai-reclamation-additions.geojson`
 *   (by index in the file).
 */
export const ParkPlacementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('circle'),
    centre: z.union([PositionSchema, z.literal('district-point')]),
    radius_km: z.number().positive(),
  }),
  z.object({ kind: z.literal('district-boundary') }),
  z.object({
    kind: z.literal('reclamation-boundary'),
    feature_index: z.number().int().nonnegative(),
  }),
])
export type ParkPlacement = z.infer<typeof ParkPlacementSchema>

/**
 * One row of the curated park table (`park-rows-*.ts`): the park's properties except the
 * ones `build-parks.ts` derives from the drawn polygon (`area_km2`, `geometry_derivation`,
 * `radius_km`), plus how to draw it.
 *
 * @example
 * const row: ParkRow = {
 *   id: 'teda', name_zh: '天津经济技术开发区', name_en: 'Tianjin Economic-Technological Development Area (TEDA)',
 *   kind: 'zone', level: 'national', district_code: '120116', sectors: ['nev'],
 *   chain_links: ['nev/special-vehicles'], plans: ['ne18'], citations: ['ne18-3.4.1'],
 *   location_precision: 'approximate', location_source: '…',
 *   placement: { kind: 'circle', centre: [117.719, 39.030519], radius_km: 3 },
 * }
 */
export const ParkRowSchema = ParkPropertiesSchema.omit({
  area_km2: true,
  geometry_derivation: true,
  radius_km: true,
}).extend({
  chain_links: z.array(ChainLinkRefSchema),
  placement: ParkPlacementSchema,
})
export type ParkRow = z.input<typeof ParkRowSchema>
