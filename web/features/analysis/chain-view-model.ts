import type {
  AnalysisSubject,
  ChainCompletenessResult,
  ChainProvider,
} from '../../../api/domain/index.ts'
import type { PlaceLookup } from './place-facts.ts'
import { type ResultRow, toResultRow } from './within-view-model.ts'

/** A provider row, and the equivalent link it provides through (null: directly). */
export type ProviderRow = ResultRow & { via: string | null }

export interface ChainLinkRow {
  id: string
  name_zh: string
  name_en: string
  present: boolean
  /** Located providers within the radius, nearest first. */
  providers: ProviderRow[]
  /** The park's own firms providing it ("in this park", no distance). */
  members: ProviderRow[]
  /** Providers of the subject's districts known only by district (distance unknown). */
  sameDistrict: ProviderRow[]
  /** For a missing link: the nearest located provider outside the radius (null: none). */
  nearest: ProviderRow | null
}

export interface ChainViewModel {
  chainId: string
  chain_name_zh: string
  chain_name_en: string
  subject: AnalysisSubject
  radiusKm: number
  presentLinks: number
  totalLinks: number
  /** present / total, 0–1. */
  score: number
  present: ChainLinkRow[]
  missing: ChainLinkRow[]
}

const row = (hit: ChainProvider, lookup: PlaceLookup): ProviderRow => ({
  ...toResultRow(hit, lookup),
  via: hit.via,
})

/**
 * What the chain tab shows: present links with their providers in range or the park's own
 * firms, then missing links with the nearest located provider outside the radius — the
 * investment-promotion target list — and, apart, the same-district providers whose distance
 * is unknown.
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
      providers: link.providers.map((hit) => row(hit, lookup)),
      members: link.members.map((hit) => row(hit, lookup)),
      sameDistrict: link.same_district.map((hit) => row(hit, lookup)),
      nearest: link.present || !link.nearest ? null : row(link.nearest, lookup),
    }),
  )
  return {
    chainId: result.chain_id,
    chain_name_zh: result.chain_name_zh,
    chain_name_en: result.chain_name_en,
    subject: result.subject,
    radiusKm: result.radius_km,
    presentLinks: result.present_links,
    totalLinks: result.total_links,
    score: result.score,
    present: links.filter((l) => l.present),
    missing: links.filter((l) => !l.present),
  }
}
