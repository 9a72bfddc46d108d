import { useEffect } from 'react'
import { requestFocus } from '../../map/camera/camera-requests.ts'
import type { TourPlace } from './tours.ts'

/** Flies the map to a tour stop's place whenever the stop changes (via the map's focus bus). */
export function useTourFlight(place: TourPlace | null): void {
  const key = place ? `${place.kind}:${place.id}` : null
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `place` (a new object each render)
  useEffect(() => {
    if (place) requestFocus(place)
  }, [key])
}
