import type { UrlPart } from '../../lib/url/url-part.ts'

/** At most this many parks side by side. */
export const MAX_COMPARE = 3

/** Parks side by side (`cmp=a,b,c`) and the chain whose completeness is compared (`cmpchain`). */
export interface CompareView {
  parks: readonly string[]
  chain: string | null
}

export const COMPARE_PARAMS = ['cmp', 'cmpchain'] as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Reads the comparison; null when no valid park id is given. Duplicates are dropped and the
 * list is cut to `MAX_COMPARE`.
 *
 * @example parseCompareParams(new URLSearchParams('cmp=teda,teda,x y'))?.parks // ['teda']
 */
export function parseCompareParams(params: URLSearchParams): CompareView | null {
  const ids = (params.get('cmp') ?? '').split(',').filter((id) => ID.test(id))
  const parks = [...new Set(ids)].slice(0, MAX_COMPARE)
  if (parks.length === 0) return null
  const chain = params.get('cmpchain')
  return { parks, chain: chain && ID.test(chain) ? chain : null }
}

/** Writes the comparison into `params` (removing its parameters first). */
export function writeCompareParams(params: URLSearchParams, view: CompareView | null | undefined) {
  for (const name of COMPARE_PARAMS) params.delete(name)
  if (!view || view.parks.length === 0) return
  params.set('cmp', view.parks.join(','))
  if (view.chain) params.set('cmpchain', view.chain)
}

declare module '../../lib/url/url-part.ts' {
  interface ViewParts {
    /** Parks compared side by side. */
    compare: CompareView
  }
}

/** The comparison's part of the view URL. */
export const COMPARE_URL: UrlPart<'compare'> = {
  key: 'compare',
  params: COMPARE_PARAMS,
  parse: parseCompareParams,
  write: writeCompareParams,
}
