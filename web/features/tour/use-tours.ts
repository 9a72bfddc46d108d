import { useQuery } from '@tanstack/react-query'
import type { Tour } from '../../../api/domain/index.ts'
import { tourListQuery } from '../../lib/queries/tours.ts'

/** The guided tours (`GET /api/tours`), in menu order; empty until they have loaded. */
export function useTours(): readonly Tour[] {
  return useQuery(tourListQuery()).data ?? NO_TOURS
}

const NO_TOURS: readonly Tour[] = []

/**
 * The stop number (1-based) within the tour's bounds.
 *
 * @example clampStop({ stops: [a, b, c] }, 9) // 3
 */
export function clampStop(tour: Pick<Tour, 'stops'>, stop: number): number {
  return Math.min(tour.stops.length, Math.max(1, Math.round(stop)))
}
