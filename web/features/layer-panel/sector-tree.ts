import type { Sector } from '../../../api/domain/index.ts'
import { sectorTree as buildSectorTree } from '../../../api/domain/sector-tree.ts'

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
  const tree = buildSectorTree(sectors)
  return GROUP_ORDER.map((group) => ({
    group,
    nodes: tree.roots
      .filter((s) => s.group === group)
      .map((sector) => ({ sector, children: [...tree.children(sector.id)] })),
  })).filter((g) => g.nodes.length > 0)
}
