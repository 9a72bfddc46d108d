import { describe, expect, it } from 'vitest'
import { sectorTree } from '../../api/domain/sector-tree.ts'

const node = (id: string, parent_id: string | null = null) => ({ id, parent_id })
/** new-energy ⊃ {li-battery ⊃ {cells}, wind}; biomedicine alone; stray has an unknown parent. */
const SECTORS = [
  node('new-energy'),
  node('li-battery', 'new-energy'),
  node('wind', 'new-energy'),
  node('cells', 'li-battery'),
  node('biomedicine'),
  node('stray', 'no-such-sector'),
]

describe('sectorTree', () => {
  const tree = sectorTree(SECTORS)

  it('lists as roots the sectors without a parent in the list, in list order', () => {
    expect(tree.roots.map((s) => s.id)).toEqual(['new-energy', 'biomedicine', 'stray'])
  })

  it('gives the direct children of a sector', () => {
    expect(tree.children('new-energy').map((s) => s.id)).toEqual(['li-battery', 'wind'])
    expect(tree.children('wind')).toEqual([])
  })

  it('finds descendants at every depth, the sector itself included', () => {
    expect([...tree.descendants('new-energy')].sort()).toEqual([
      'cells',
      'li-battery',
      'new-energy',
      'wind',
    ])
  })

  it('lists ancestors nearest first', () => {
    expect(tree.ancestors('cells')).toEqual(['li-battery', 'new-energy'])
    expect(tree.ancestors('stray')).toEqual([])
  })

  it('says a sector is in itself and in every ancestor, and in nothing else', () => {
    expect(tree.isInSector('cells', 'cells')).toBe(true)
    expect(tree.isInSector('cells', 'new-energy')).toBe(true)
    expect(tree.isInSector('new-energy', 'cells')).toBe(false)
    expect(tree.isInSector('wind', 'li-battery')).toBe(false)
  })

  it('stops on a parent cycle instead of looping', () => {
    const looped = sectorTree([node('a', 'b'), node('b', 'a')])
    expect(looped.ancestors('a')).toEqual(['b'])
    expect([...looped.descendants('a')].sort()).toEqual(['a', 'b'])
  })
})
