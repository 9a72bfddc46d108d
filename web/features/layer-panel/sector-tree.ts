import type { Sector } from '../../../api/domain/index.ts'

export interface SectorNode {
  sector: Sector
  children: Sector[]
}

export interface SectorGroup {
  /** `1`, `3`, `4`, `traditional`, or `ne-field` when fields have no parent in the list. */
  group: Sector['group']
  nodes: SectorNode[]
}

const GROUP_ORDER: Sector['group'][] = ['ne-field', '1', '3', '4', 'traditional']

/**
 * Sectors as the panel shows them: top-level sectors grouped by plan group (1, 3, 4,
 * traditional), each with its sub-sectors (the five new-energy fields sit under `new-energy`).
 */
export function sectorTree(sectors: readonly Sector[]): SectorGroup[] {
  const ids = new Set(sectors.map((s) => s.id))
  const isTop = (s: Sector) => !s.parent_id || !ids.has(s.parent_id)
  return GROUP_ORDER.map((group) => ({
    group,
    nodes: sectors
      .filter((s) => isTop(s) && s.group === group)
      .map((sector) => ({ sector, children: sectors.filter((c) => c.parent_id === sector.id) })),
  })).filter((g) => g.nodes.length > 0)
}
