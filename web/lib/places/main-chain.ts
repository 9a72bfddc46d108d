import type { Chain, PlaceProperties } from '../../../api/domain/index.ts'

/**
 * The chain a place is mainly part of: the chain of the first link it provides; else the
 * 2018 field chain named after its first sector (`li-battery`, `wind` …); else the first
 * chain that lists its first sector; else null.
 *
 * @example mainChainId({ chain_links: ['nev/special-vehicles'], sectors: ['nev'] }, chains) // 'nev'
 */
export function mainChainId(
  place: Pick<PlaceProperties, 'chain_links' | 'sectors'>,
  chains: readonly Pick<Chain, 'id' | 'sectors'>[],
): string | null {
  const fromLink = place.chain_links[0]?.split('/')[0]
  if (fromLink && chains.some((c) => c.id === fromLink)) return fromLink
  const sector = place.sectors[0]
  if (!sector) return null
  if (chains.some((c) => c.id === sector)) return sector
  return chains.find((c) => c.sectors.includes(sector))?.id ?? null
}

/** Radius of the chain completeness measured around a park (profile and comparison), km. */
export const PARK_CHAIN_RADIUS_KM = 10
