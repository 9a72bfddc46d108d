import type { SectorTree } from '../../../api/domain/sector-tree.ts'

/** A tree checkbox: on, off, or mixed (some of the sectors below it on, some off). */
export type CheckState = 'on' | 'off' | 'mixed'

type Tree = Pick<SectorTree<{ id: string; parent_id: string | null }>, 'descendants'>

/**
 * The checkbox state of a sector row: a sector without sub-sectors is on unless hidden; a
 * parent is on when it and every sector below it are on, off when all are off, else mixed.
 *
 * @example checkState(tree, ['wind'], 'new-energy') // 'mixed'
 */
export function checkState(tree: Tree, hidden: readonly string[], id: string): CheckState {
  const ids = [...tree.descendants(id)]
  const off = ids.filter((s) => hidden.includes(s)).length
  if (off === 0) return 'on'
  return off === ids.length ? 'off' : 'mixed'
}

/**
 * The hidden sectors after clicking a row's checkbox: a row that is on switches itself and
 * everything below it off; a row that is off or mixed switches them all on. The order of the
 * list is kept (new ids go last).
 *
 * @example toggleSector(tree, ['new-energy', 'nev', 'wind'], 'new-energy') // [] (mixed → all on)
 */
export function toggleSector(tree: Tree, hidden: readonly string[], id: string): string[] {
  const ids = tree.descendants(id)
  const rest = hidden.filter((h) => !ids.has(h))
  return checkState(tree, hidden, id) === 'on' ? [...rest, ...ids] : rest
}

/**
 * The hidden sectors after clicking the row of a parent's own sites ("New energy, other"):
 * only the parent's id changes, never its sub-sectors.
 */
export function toggleOwn(hidden: readonly string[], id: string): string[] {
  return hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id]
}
