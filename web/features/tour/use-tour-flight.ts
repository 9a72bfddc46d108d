import { type RefObject, useEffect } from 'react'
import type { TourPlace } from '../../../api/domain/index.ts'
import { panelPadding } from '../../map/camera/camera.ts'
import { requestFocus } from '../../map/camera/camera-requests.ts'
import { captionPadding } from './caption-padding.ts'

/**
 * The closest a tour stop is shown: a park or site with its district and neighbours around
 * it (closer in, a park fills the screen with its hatching and a site sits alone).
 */
export const TOUR_MAX_ZOOM = 10.5

/**
 * Flies the map to a tour stop's place whenever the stop (or presentation) changes, keeping
 * the place clear of the caption `card` (measured when the move starts) and of the header
 * unless presenting.
 */
export function useTourFlight(
  place: TourPlace | null,
  card: RefObject<HTMLElement | null>,
  presenting: boolean,
): void {
  const key = place ? `${place.kind}:${place.id}:${presenting}` : null
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `place` (a new object each render) and `presenting`
  useEffect(() => {
    if (!place) return
    requestFocus(place, {
      maxZoom: TOUR_MAX_ZOOM,
      padding: (width, height) => {
        const box = card.current?.getBoundingClientRect()
        if (!box) return panelPadding(width)
        return captionPadding(box, width, height, presenting ? 0 : panelPadding(width).top)
      },
    })
  }, [key])
}
