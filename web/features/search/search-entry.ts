/** What a search result is: a place, a sector, a supply chain or one link of a chain. */
export type SearchKind =
  | 'district'
  | 'park'
  | 'site'
  | 'infrastructure'
  | 'sector'
  | 'chain'
  | 'link'

/** One searchable thing with the names it is found by. */
export interface SearchEntry {
  kind: SearchKind
  /** Place id, district code, sector id, chain id, or `<chain>/<link>` for a link. */
  id: string
  name_zh: string
  name_en: string
  /** Other names (short forms, former names, codes) in either language. */
  aliases: readonly string[]
  /**
   * Names of what the entry belongs to (a place's sectors and chain links), found with less
   * weight: "hydrogen" finds a fuel-cell park through its sector.
   */
  related: ReadonlyArray<{ name_zh: string; name_en: string }>
  /** The chain a link belongs to. */
  chain?: { name_zh: string; name_en: string }
  /** Where the entry is (places only). */
  district_code?: string
  /** `[lng, lat]` of point places (sites, infrastructure). */
  point?: [number, number]
  /** Found by the server, not among the places the browser has (a site of a tiled map). */
  unlisted?: true
}
