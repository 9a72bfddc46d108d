import { useMemo } from 'react'
import type { Tour } from '../../../api/domain/index.ts'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'
import type { TourView } from './tour-url.ts'
import { clampStop, useTours } from './use-tours.ts'

/**
 * The running tour with its stop (clamped to the tour), or null (none, an unknown id, or the
 * tours still loading).
 */
export function useTour(): { tour: Tour; stop: number; presenting: boolean } | null {
  const view = useView().tour
  const tours = useTours()
  if (!view) return null
  const tour = tours.find((t) => t.id === view.id)
  if (!tour) return null
  return { tour, stop: clampStop(tour, view.stop), presenting: view.presenting }
}

/**
 * Starts, steps and ends tours. Starting or ending adds a history entry; stepping and
 * presentation replace it (so Back leaves the tour rather than stepping through it).
 */
export function useTourActions() {
  const store = useViewStore()
  const tours = useTours()
  return useMemo(() => {
    const step = (change: (tour: TourView) => TourView) =>
      store.update((v) => (v.tour ? { ...v, tour: change(v.tour) } : v), 'replace')
    const move = (by: number) =>
      step((t) => {
        const tour = tours.find((candidate) => candidate.id === t.id)
        return tour ? { ...t, stop: clampStop(tour, clampStop(tour, t.stop) + by) } : t
      })
    return {
      start: (id: string) =>
        store.update((v) => ({ ...v, tour: { id, stop: 1, presenting: false } }), 'push'),
      next: () => move(1),
      previous: () => move(-1),
      goTo: (stop: number) => step((t) => ({ ...t, stop })),
      setPresenting: (presenting: boolean) => step((t) => ({ ...t, presenting })),
      end: () => store.update((v) => ({ ...v, tour: null }), 'push'),
    }
  }, [store, tours])
}
