import type { ChainEquivalence } from '../domain/index.ts'

/** How a place provides a link: directly (`via: null`) or through an equivalent link. */
export interface Provision {
  via: string | null
}

/** Whether a place with `chainLinks` provides the link, and how; `null` when it does not. */
export type ProvidesLink = (chainLinks: readonly string[]) => Provision | null

/**
 * For each link ref, a test of whether a place provides it: its `chain_links` list the ref
 * itself, or a link `chain-equivalences.json` says also satisfies it (the first one listed
 * wins as `via`).
 *
 * @example
 * const provides = chainLinkMatcher(equivalences)('nev/batteries')
 * provides(['li-battery/cells']) // { via: 'li-battery/cells' }
 */
export function chainLinkMatcher(
  equivalences: readonly ChainEquivalence[],
): (ref: string) => ProvidesLink {
  const also = new Map(equivalences.map((e) => [e.link, e.also_satisfied_by]))
  return (ref) => {
    const equivalents = also.get(ref) ?? []
    return (chainLinks) => {
      if (chainLinks.includes(ref)) return { via: null }
      const via = equivalents.find((other) => chainLinks.includes(other))
      return via === undefined ? null : { via }
    }
  }
}
