import type { Sector } from './sector.ts'

/** What the tree needs of a sector. */
export type SectorNodeInput = Pick<Sector, 'id' | 'parent_id'>

/**
 * The sectors as a tree by `parent_id` (e.g. the five new-energy fields under `new-energy`),
 * at any depth. The one definition of "a sector and its sub-sectors" the API filters, the
 * layer panel, the embed and the park profile share. A sector whose parent is not in the list
 * is a root; a parent cycle (which `check:data` rejects) cannot loop forever.
 */
export interface SectorTree<S extends SectorNodeInput = Sector> {
  /** Sectors with no parent in the list, in list order. */
  roots: readonly S[]
  /** The sector with `id`, or undefined. */
  get(id: string): S | undefined
  /** Direct sub-sectors of `id`, in list order. */
  children(id: string): readonly S[]
  /** Parent, grandparent, … of `id`, nearest first (empty for a root or an unknown id). */
  ancestors(id: string): readonly string[]
  /** `id` and every sector below it, at any depth. */
  descendants(id: string): ReadonlySet<string>
  /** Whether `id` is `ancestorId` or lies below it. */
  isInSector(id: string, ancestorId: string): boolean
}

/**
 * Builds the sector tree of a sector list.
 * @example
 * const tree = sectorTree(sectors)
 * tree.descendants('new-energy') // Set { 'new-energy', 'nev', 'li-battery', … }
 * tree.isInSector('li-battery', 'new-energy') // true
 */
export function sectorTree<S extends SectorNodeInput>(sectors: readonly S[]): SectorTree<S> {
  const byId = new Map(sectors.map((s) => [s.id, s]))
  const parentOf = (id: string) => {
    const parent = byId.get(id)?.parent_id
    return parent && parent !== id && byId.has(parent) ? parent : null
  }
  const childrenOf = new Map<string, S[]>()
  for (const s of sectors) {
    const parent = parentOf(s.id)
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), s])
  }
  const ancestors = (id: string) => {
    const found: string[] = []
    for (let p = parentOf(id); p && p !== id && !found.includes(p); p = parentOf(p)) found.push(p)
    return found
  }
  const descendants = (id: string) => {
    const found = new Set([id])
    for (const current of found) {
      for (const child of childrenOf.get(current) ?? []) found.add(child.id)
    }
    return found
  }
  return {
    roots: sectors.filter((s) => parentOf(s.id) === null),
    get: (id) => byId.get(id),
    children: (id) => childrenOf.get(id) ?? [],
    ancestors,
    descendants,
    isInSector: (id, ancestorId) => id === ancestorId || ancestors(id).includes(ancestorId),
  }
}
