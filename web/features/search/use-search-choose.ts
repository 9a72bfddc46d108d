import { useQuery } from '@tanstack/react-query'
import { useCallback } from 'react'
import { sectorTree } from '../../../api/domain/sector-tree.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import { panelPadding } from '../../map/camera/camera.ts'
import { requestCamera, requestFocus } from '../../map/camera/camera-requests.ts'
import { SITE_FOCUS_ZOOM } from '../../map/sources/sources.ts'
import type { TypedPoint } from './parse-coordinates.ts'
import type { SearchOption } from './search-choice.ts'
import { markPoint } from './search-marker.ts'

/** What other features do with a chosen result (the shell passes them in). */
export interface SearchActions {
  /** A chain or a link of it was chosen: e.g. open the chain's completeness analysis. */
  onChooseChain?: (chainId: string) => void
  /** Coordinates were chosen: e.g. open the analysis around that point. */
  onChoosePoint?: (at: TypedPoint) => void
}

const POINT_ZOOM = 12

function flyToPoint(at: TypedPoint, zoom = POINT_ZOOM): void {
  requestCamera({
    kind: 'fit',
    bounds: [at[0], at[1], at[0], at[1]],
    padding: panelPadding,
    maxZoom: zoom,
    durationMs: 800,
  })
}

/**
 * What choosing a result does: a district, park or site is selected and brought into view;
 * infrastructure and typed points are marked and brought into view; a sector becomes the only
 * one shown (with its sub-sectors); a chain or link, and a point, go to `actions`.
 */
export function useSearchChoose(actions: SearchActions): (option: SearchOption) => void {
  const { select, setHiddenSectors } = useViewActions()
  const sectors = useQuery(sectorListQuery()).data
  const { onChooseChain, onChoosePoint } = actions
  return useCallback(
    (option: SearchOption) => {
      if (option.kind === 'point') {
        markPoint(option.at)
        flyToPoint(option.at)
        onChoosePoint?.(option.at)
        return
      }
      const { entry } = option
      markPoint(undefined)
      if (entry.kind === 'site' && entry.unlisted) {
        // Not among the browser's places (a tiled map): bring its point into view directly.
        select({ kind: 'site', id: entry.id })
        if (entry.point) flyToPoint(entry.point, SITE_FOCUS_ZOOM)
      } else if (entry.kind === 'district' || entry.kind === 'park' || entry.kind === 'site') {
        const target = { kind: entry.kind, id: entry.id }
        select(target)
        requestFocus(target)
      } else if (entry.kind === 'infrastructure' && entry.point) {
        markPoint(entry.point)
        flyToPoint(entry.point)
      } else if (entry.kind === 'sector' && sectors) {
        const shown = sectorTree(sectors).descendants(entry.id)
        setHiddenSectors(sectors.map((s) => s.id).filter((id) => !shown.has(id)))
      } else if (entry.kind === 'chain') {
        onChooseChain?.(entry.id)
      } else if (entry.kind === 'link') {
        onChooseChain?.(entry.id.split('/')[0] ?? entry.id)
      }
    },
    [select, setHiddenSectors, sectors, onChooseChain, onChoosePoint],
  )
}
