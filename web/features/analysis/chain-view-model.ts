import type { ChainCompletenessResult, LngLat } from '../../../api/domain/index.ts'
import type { PlaceLookup } from './place-facts.ts'
import { type ResultRow, toResultRow } from './within-view-model.ts'

export interface ChainLinkRow {
  id: string
  name_zh: string
  name_en: string
  present: boolean
  /** Providers within the radius, nearest first (empty for a missing link). */
  providers: ResultRow[]
  /** For a missing link: the nearest provider outside the radius (null: none in the data). */
  nearest: ResultRow | null
}

export interface ChainViewModel {
  chainId: string
  chain_name_zh: string
  chain_name_en: string
  center: LngLat
  radiusKm: number
  presentLinks: number
  totalLinks: number
  /** present / total, 0–1. */
  score: number
  present: ChainLinkRow[]
  missing: ChainLinkRow[]
  /** Places listed (providers or nearest) placed only at a district representative point. */
  districtLevelCount: number
}

/**
 * What the chain tab shows: present links with their providers, then missing links with the
 * nearest provider outside the radius — the target list for investment promotion.
 */
export function chainViewModel(
  result: ChainCompletenessResult,
  lookup: PlaceLookup,
): ChainViewModel {
  const links = result.links.map(
    (link): ChainLinkRow => ({
      id: link.id,
      name_zh: link.name_zh,
      name_en: link.name_en,
      present: link.present,
      providers: link.providers.map((hit) => toResultRow(hit, lookup)),
      nearest: link.present || !link.nearest ? null : toResultRow(link.nearest, lookup),
    }),
  )
  const listed = links.flatMap((l) => [...l.providers, ...(l.nearest ? [l.nearest] : [])])
  return {
    chainId: result.chain_id,
    chain_name_zh: result.chain_name_zh,
    chain_name_en: result.chain_name_en,
    center: result.center,
    radiusKm: result.radius_km,
    presentLinks: result.present_links,
    totalLinks: result.total_links,
    score: result.score,
    present: links.filter((l) => l.present),
    missing: links.filter((l) => !l.present),
    districtLevelCount: new Set(
      listed.filter((r) => r.precision === 'district').map((r) => `${r.type}:${r.id}`),
    ).size,
  }
}
