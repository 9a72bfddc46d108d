/** `/api/stats/sites`: what a client without the site list counts sites from. */

/** Sites of one primary sector by how precisely they are placed. */
export interface SectorSiteCount {
  sector: string
  exact: number
  approximate: number
  /** Known only to their district: not on the map, counted at their district. */
  district: number
}

/** Sites of one primary sector known only to one district (the map's district badges). */
export interface DistrictLevelCount {
  district_code: string
  sector: string
  sites: number
}

export interface SiteCounts {
  /** Sites passing the filters, every sector. */
  total: number
  by_sector: SectorSiteCount[]
  district_level: DistrictLevelCount[]
}
