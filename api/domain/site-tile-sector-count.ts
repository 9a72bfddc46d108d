/**
 * The property of a site-tile cluster that counts its sites of primary sector `sectorId`
 * (present only when non-zero). With these a map hides the sites of switched-off sectors from
 * clusters: a cluster's visible sites are `point_count` less its counts of the hidden sectors.
 *
 * @example sectorCountKey('wind') // 'sites:wind'
 */
export function sectorCountKey(sectorId: string): string {
  return `${SECTOR_COUNT_PREFIX}${sectorId}`
}

/** What every per-sector count of a cluster starts with. */
export const SECTOR_COUNT_PREFIX = 'sites:'
