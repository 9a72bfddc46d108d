import { describe, expect, it } from 'vitest'
import { sectorTree } from '../../api/domain/sector-tree.ts'
import {
  checkState,
  toggleOwn,
  toggleSector,
} from '../../web/features/layer-panel/sector-check-state.ts'

const node = (id: string, parent_id: string | null = null) => ({ id, parent_id })
const TREE = sectorTree([
  node('new-energy'),
  node('wind', 'new-energy'),
  node('hydrogen', 'new-energy'),
  node('biomedicine'),
])
const ALL = ['new-energy', 'wind', 'hydrogen', 'biomedicine']

describe('the sector tree of the layer panel', () => {
  it('ticks a parent when it and all its sub-sectors are on, and unticks it when all are off', () => {
    expect(checkState(TREE, [], 'new-energy')).toBe('on')
    expect(checkState(TREE, ['new-energy', 'wind', 'hydrogen'], 'new-energy')).toBe('off')
  })

  it('shows a parent as mixed when only some of the sectors below it are on', () => {
    expect(checkState(TREE, ['wind'], 'new-energy')).toBe('mixed')
    expect(checkState(TREE, ['new-energy'], 'new-energy')).toBe('mixed')
    expect(checkState(TREE, ['new-energy', 'wind'], 'new-energy')).toBe('mixed')
  })

  it('after None, ticking one sub-sector shows it alone and leaves its parent mixed', () => {
    const hidden = toggleSector(TREE, ALL, 'hydrogen')
    expect(hidden).toEqual(['new-energy', 'wind', 'biomedicine'])
    expect(checkState(TREE, hidden, 'hydrogen')).toBe('on')
    expect(checkState(TREE, hidden, 'new-energy')).toBe('mixed')
  })

  it('switches a ticked parent off together with every sector below it', () => {
    expect(toggleSector(TREE, ['biomedicine'], 'new-energy')).toEqual([
      'biomedicine',
      'new-energy',
      'wind',
      'hydrogen',
    ])
  })

  it('switches a mixed or unticked parent on together with every sector below it', () => {
    expect(toggleSector(TREE, ['wind', 'biomedicine'], 'new-energy')).toEqual(['biomedicine'])
    expect(toggleSector(TREE, ALL, 'new-energy')).toEqual(['biomedicine'])
  })

  it('switches the parent’s own sites alone, never its sub-sectors', () => {
    expect(toggleOwn([], 'new-energy')).toEqual(['new-energy'])
    expect(toggleOwn(['new-energy', 'wind'], 'new-energy')).toEqual(['wind'])
  })
})
