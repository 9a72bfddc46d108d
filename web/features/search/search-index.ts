import type {
  Alias,
  Chain,
  DistrictFeature,
  InfrastructureFeature,
  ParkFeature,
  Sector,
  SiteFeature,
} from '../../../api/domain/index.ts'
import type { SearchEntry } from './search-entry.ts'

/** Everything search looks through, as the API serves it. */
export interface SearchSources {
  districts: readonly DistrictFeature[]
  parks: readonly ParkFeature[]
  sites: readonly SiteFeature[]
  infrastructure: readonly InfrastructureFeature[]
  sectors: readonly Sector[]
  chains: readonly Chain[]
  aliases: readonly Alias[]
}

type Named = { name_zh: string; name_en: string }

/**
 * The search entries: districts, parks, sites and infrastructure (with their aliases, and the
 * names of their sectors and chain links as related names), sectors, chains and chain links.
 */
export function buildSearchIndex(sources: SearchSources): SearchEntry[] {
  const aliasesOf = new Map(
    sources.aliases.map((a) => [`${a.place.kind}:${a.place.id}`, [...a.zh, ...a.en]]),
  )
  const sectorById = new Map<string, Named>(sources.sectors.map((s) => [s.id, s]))
  const linkByRef = new Map<string, Named>(
    sources.chains.flatMap((c) => c.links.map((l) => [`${c.id}/${l.id}`, l] as const)),
  )
  const related = (sectors: readonly string[], links: readonly string[]) =>
    [...sectors.map((id) => sectorById.get(id)), ...links.map((ref) => linkByRef.get(ref))].filter(
      (n): n is Named => n !== undefined,
    )
  const place = (
    kind: 'district' | 'park' | 'site' | 'infrastructure',
    id: string,
    p: Named & { district_code: string },
    extra: Partial<SearchEntry> = {},
  ): SearchEntry => ({
    kind,
    id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    aliases: aliasesOf.get(`${kind}:${id}`) ?? [],
    related: [],
    district_code: p.district_code,
    ...extra,
  })
  const pointOf = (g: GeoJSON.Geometry): [number, number] | undefined =>
    g.type === 'Point' ? [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0] : undefined
  return [
    ...sources.districts.map((d) =>
      place('district', d.properties.code, { ...d.properties, district_code: d.properties.code }),
    ),
    ...sources.parks.map(({ properties: p }) =>
      place('park', p.id, p, { related: related(p.sectors, p.chain_links) }),
    ),
    ...sources.sites.map(({ properties: p, geometry }) =>
      place('site', p.id, p, {
        related: related(p.sectors, p.chain_links),
        point: pointOf(geometry),
      }),
    ),
    ...sources.infrastructure.map(({ properties: p, geometry }) =>
      place('infrastructure', p.id, p, { point: pointOf(geometry) }),
    ),
    ...sources.sectors.map(
      (s): SearchEntry => ({ kind: 'sector', id: s.id, ...names(s), aliases: [], related: [] }),
    ),
    ...sources.chains.flatMap((c): SearchEntry[] => [
      { kind: 'chain', id: c.id, ...names(c), aliases: [], related: [] },
      ...c.links.map(
        (l): SearchEntry => ({
          kind: 'link',
          id: `${c.id}/${l.id}`,
          ...names(l),
          aliases: [],
          related: [],
          chain: names(c),
        }),
      ),
    ]),
  ]
}

const names = (n: Named): Named => ({ name_zh: n.name_zh, name_en: n.name_en })
