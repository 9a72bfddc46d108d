import type { UrlPart } from '../../lib/url/url-part.ts'

/** The running tour: which one, which stop (1-based) and whether it is presented full-screen. */
export interface TourView {
  id: string
  stop: number
  presenting: boolean
}

export const TOUR_PARAMS = ['tour', 'stop', 'present'] as const

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Reads `tour=<id>&stop=<n>&present=1`; null without a valid tour id. The stop defaults to 1
 * (it is clamped to the tour's length where the tour is known).
 *
 * @example parseTourParams(new URLSearchParams('tour=ne18-fields&stop=3'))?.stop // 3
 */
export function parseTourParams(params: URLSearchParams): TourView | null {
  const id = params.get('tour')
  if (!id || !ID.test(id)) return null
  const stop = Number(params.get('stop'))
  return {
    id,
    stop: Number.isInteger(stop) && stop >= 1 && stop <= 99 ? stop : 1,
    presenting: params.get('present') === '1',
  }
}

/** Writes the tour into `params` (removing its parameters first). */
export function writeTourParams(params: URLSearchParams, view: TourView | null | undefined) {
  for (const name of TOUR_PARAMS) params.delete(name)
  if (!view) return
  params.set('tour', view.id)
  params.set('stop', String(view.stop))
  if (view.presenting) params.set('present', '1')
}

declare module '../../lib/url/url-part.ts' {
  interface ViewParts {
    /** The running guided tour. */
    tour: TourView
  }
}

/** The tour's part of the view URL. */
export const TOUR_URL: UrlPart<'tour'> = {
  key: 'tour',
  params: TOUR_PARAMS,
  parse: parseTourParams,
  write: writeTourParams,
}
