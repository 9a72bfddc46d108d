/**
 * A site's primary sector: the first it lists. Sites are coloured, toggled and counted by it.
 *
 * @example primarySector({ sectors: ['wind', 'new-energy'] }) // 'wind'
 */
export function primarySector(site: { sectors: readonly string[] }): string | undefined {
  return site.sectors[0]
}
