import { normaliseSearch } from '../domain/search-text.ts'
import type { ApiContext } from './api-context.ts'
import { badParameter } from './api-http-error.ts'
import type { PlaceFilters } from './place-filters.ts'

/** Query values after schema validation, before checking ids against the data. */
export interface RawFilters extends Omit<PlaceFilters, 'sector' | 'q'> {
  sector?: string
  q?: string
}

const sorted = (keys: Iterable<string>) => [...keys].sort()

/**
 * Checks the ids in a validated query against the data (sector, chain, link, district, park)
 * and builds the filters; an unknown id is a 400 listing the known ones.
 *
 * @example
 * resolveFilters(ctx, { sector: 'wind' }) // { sector: { id: 'wind', ids: Set {…} } }
 */
export function resolveFilters(ctx: ApiContext, raw: RawFilters): PlaceFilters {
  const { lookup } = ctx.index
  const filters: PlaceFilters = { ...raw, sector: undefined, q: undefined }
  if (raw.sector !== undefined) filters.sector = requireSector(ctx, raw.sector)
  if (raw.chain !== undefined && !lookup.chains.has(raw.chain)) {
    throw badParameter(
      'chain',
      raw.chain,
      sorted(lookup.chains.keys()),
      `unknown chain "${raw.chain}"`,
    )
  }
  if (raw.link !== undefined) {
    const [chainId = '', linkId] = raw.link.split('/')
    const chain = lookup.chains.get(chainId)
    if (!chain?.links.some((l) => l.id === linkId)) {
      const allowed = chain
        ? chain.links.map((l) => `${chain.id}/${l.id}`)
        : sorted(lookup.chains.keys()).map((id) => `${id}/<link>`)
      throw badParameter('link', raw.link, allowed, `unknown chain link "${raw.link}"`)
    }
  }
  if (raw.district !== undefined && !lookup.districts.has(raw.district)) {
    const allowed = sorted(lookup.districts.keys())
    throw badParameter('district', raw.district, allowed, `unknown district "${raw.district}"`)
  }
  if (raw.park !== undefined && !lookup.parks.has(raw.park)) {
    throw badParameter('park', raw.park, sorted(lookup.parks.keys()), `unknown park "${raw.park}"`)
  }
  if (raw.q !== undefined && normaliseSearch(raw.q) !== '') filters.q = normaliseSearch(raw.q)
  return filters
}

/**
 * The sector ids of a comma-separated `hidden_sectors` value (each must be known, else a 400
 * naming the parameter and listing the known sectors); undefined when not given.
 *
 * @example resolveHiddenSectors(ctx, 'wind,hydrogen') // Set { 'wind', 'hydrogen' }
 */
export function resolveHiddenSectors(ctx: ApiContext, value: string | undefined) {
  if (value === undefined) return undefined
  const ids = value.split(',')
  for (const id of ids) requireSector(ctx, id, 'hidden_sectors')
  return new Set(ids)
}

/**
 * The sector filter for `sectorId`, or a 400 listing the known sectors.
 *
 * @example
 * requireSector(ctx, 'li-battery').ids // Set { 'li-battery' }
 */
export function requireSector(ctx: ApiContext, sectorId: string, parameter = 'sector') {
  const filter = ctx.index.sectorFilters.get(sectorId)
  if (filter) return filter
  const allowed = sorted(ctx.index.sectorFilters.keys())
  throw badParameter(parameter, sectorId, allowed, `unknown sector "${sectorId}"`)
}
