import type { Sector, Target } from '../../../api/domain/index.ts'
import { sectorTree } from '../../../api/domain/sector-tree.ts'

/** Scopes that name no sector (city-wide targets): never matched to a park. */
const CITY_WIDE = new Set(['all', 'industry', 'manufacturing'])

export interface MatchedTarget {
  target: Target
  /** `sector`: the scope names one of the park's sectors; `parent`: a parent sector of one. */
  match: 'sector' | 'parent'
}

/**
 * The plan targets that apply to a park's sectors. Rule: a target applies when its scope
 * (sector ids joined by `+`) names one of the park's sectors, or a parent sector of one
 * (a `new-energy` target applies to a `li-battery` park). City-wide scopes (`all`,
 * `industry`, `manufacturing`) are left out. Direct matches come first, each group in the
 * plans' order.
 *
 * @example parkTargets(['li-battery'], sectors, targets)[0]?.target.id // 'ne18-output-nev-li-battery-2020'
 */
export function parkTargets(
  parkSectors: readonly string[],
  sectors: readonly Pick<Sector, 'id' | 'parent_id'>[],
  targets: readonly Target[],
): MatchedTarget[] {
  const own = new Set(parkSectors)
  const tree = sectorTree(sectors)
  const parents = new Set(parkSectors.flatMap((id) => tree.ancestors(id)))
  const matched: MatchedTarget[] = []
  for (const target of targets) {
    const scope = target.scope.split('+').filter((id) => !CITY_WIDE.has(id))
    if (scope.some((id) => own.has(id))) matched.push({ target, match: 'sector' })
    else if (scope.some((id) => parents.has(id))) matched.push({ target, match: 'parent' })
  }
  const rank = (m: MatchedTarget) => (m.match === 'sector' ? 0 : 1)
  return matched.sort((a, b) => rank(a) - rank(b))
}
