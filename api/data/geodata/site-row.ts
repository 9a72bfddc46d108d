import { z } from 'zod'
import { PositionSchema } from '../../domain/geometry.ts'
import { ChainLinkRefSchema } from '../../domain/ids.ts'
import { SitePropertiesSchema } from '../../domain/site.ts'

/**
 * One row of a curated site table (`site-table-ne18.ts`, `site-table-mfg21.ts`): the site's
 * properties plus its position `[lng, lat]` (WGS84). Each table module exports its rows as
 * `export const SITE_ROWS: SiteRow[]`; `build-sites.ts` merges the tables into
 * `geodata/sites.geojson` (duplicate ids fail the build).
 *
 * `location_precision: 'district'` rows must sit exactly at the district's representative point
 * (`@turf/point-on-feature` of the district in `geodata/districts.geojson`, 6 decimals); the
 * build checks this, so several sites of one district share that point.
 *
 * Capacity units are snake_case with the unit in the name, e.g. `gwh_per_year`,
 * `10k_t_per_year`, `units_per_year`, `mw`; `quote` is the exact text from the cited clause.
 *
 * @example
 * const row: SiteRow = {
 *   id: 'tianjin-lishen-battery', name_zh: '天津力神电池股份有限公司', name_en: 'Tianjin Lishen Battery',
 *   kind: 'company', district_code: '120116', sectors: ['li-battery'],
 *   chain_links: ['li-battery/cells'], plans: ['ne18'], citations: ['ne18-2.2'],
 *   status: null, park_id: 'binhai-hi-tech-zone', investment_cny_100m: null, capacity: null,
 *   location_precision: 'approximate', location_source: '…', position: [117.1, 39.1],
 * }
 */
export const SiteRowSchema = SitePropertiesSchema.extend({
  chain_links: z.array(ChainLinkRefSchema),
  position: PositionSchema,
})
export type SiteRow = z.input<typeof SiteRowSchema>
