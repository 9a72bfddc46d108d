import { DocIdSchema, SiteStatusSchema } from '../domain/index.ts'
import { bboxParam } from './bbox-param.ts'
import {
  enumParam,
  idParam,
  integerParam,
  optional,
  patternParam,
  textParam,
  withDefault,
} from './params.ts'

/** Largest page of features a list route returns (page on with `cursor`). */
export const MAX_LIMIT = 10_000

/** Parameters of every feature list route. */
export const LIST_PARAMS = {
  bbox: optional(bboxParam),
  q: optional(
    textParam(100, {
      description: 'Case-insensitive substring of name_zh or name_en',
      example: 'battery',
    }),
  ),
  limit: withDefault(
    integerParam(0, MAX_LIMIT, { description: `Page size (default and maximum ${MAX_LIMIT})` }),
    MAX_LIMIT,
  ),
  offset: withDefault(
    integerParam(0, 1_000_000, { description: 'Number of matches to skip (default 0)' }),
    0,
  ),
  cursor: optional(
    patternParam(/^[A-Za-z0-9_-]{1,100}$/, 'a next_cursor from a previous page', {
      description:
        'Start after the page that gave this `next_cursor` (pages through any number of matches)',
    }),
  ),
}

export const districtParam = patternParam(/^1201\d{2}$/, 'a Tianjin district code "1201xx"', {
  description: 'GB/T 2260 district code',
  example: '120116',
})

/** Parameters shared by the park and site list routes. */
export const PLACE_PARAMS = {
  sector: optional(
    idParam({ description: 'Sector id (matches its sub-sectors too)', example: 'new-energy' }),
  ),
  chain: optional(idParam({ description: 'Chain id: places providing any of its links' })),
  link: optional(
    patternParam(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a chain-link ref "<chainId>/<linkId>"', {
      description: 'Chain-link ref `<chainId>/<linkId>`',
      example: 'li-battery/cells',
    }),
  ),
  district: optional(districtParam),
  plan: optional(enumParam(DocIdSchema, { description: 'Plan (document) id' })),
}

export const statusParam = optional(enumParam(SiteStatusSchema, { description: 'Project status' }))

/**
 * The site filters of the layer panel besides the sector switches: what the site counts and
 * the site tiles take (status, plan, district), in the order a tile URL lists them.
 */
export const SITE_FILTER_PARAMS = {
  status: statusParam,
  plan: PLACE_PARAMS.plan,
  district: PLACE_PARAMS.district,
}
