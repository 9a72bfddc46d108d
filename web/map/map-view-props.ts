import type { ReactNode } from 'react'
import type { PlaceIndex } from '../lib/places/place-index.ts'
import type { Picked } from '../lib/stores/pick-store.ts'
import type { Camera, Filters, Selection } from '../lib/url/view-url.ts'
import type { LiveMode } from './map-mode.ts'
import type { SourceData } from './sources/use-place-sources.ts'

interface CommonProps {
  /** The data of the map's own sources (places and basemap); null until loaded. */
  sources: SourceData | null
  /** The place marked as selected. */
  selection: Selection | null
  /** Declarations of what else to draw and handle: `<MapSource>`, `<MapLayer>`, `<MapClick>`… */
  children?: ReactNode
}

/** The live map of the app (`interactive`) or of the embed (`cooperative`). */
export interface LiveMapProps extends CommonProps {
  mode: LiveMode
  /** The controlled camera (the URL's): followed when it changes, reported after moves. */
  camera: Camera | null
  onCameraChange: (camera: Camera) => void
  onSelect: (selection: Selection | null) => void
  /** Places to choose from (a cluster that never splits, a district badge); null clears. */
  onPick: (picked: Picked | null) => void
  /** Places by `<kind>:<id>`, for camera requests that focus a place. */
  places: PlaceIndex | null
  /**
   * Primary sectors switched off, for a map that draws its sites from tiles (a large dataset;
   * `sources` already holds only the visible sites otherwise). None when absent.
   */
  hiddenSectors?: readonly string[]
  /**
   * The status, plan and district filters, for a map that draws its sites from tiles (the
   * server tiles only the matching sites; `sources` are already filtered otherwise). None
   * when absent.
   */
  siteFilters?: Filters
}

/** The print map: drawn once around `bounds`, then kept as an `<img>`. */
export interface SnapshotMapProps extends CommonProps {
  mode: 'snapshot'
  bounds: [[number, number], [number, number]]
  paddingPx: number
  alt: string
  /** Test id and class of the image (and of the canvas before it). */
  testId: string
  className: string
  /** Called once the image has loaded, or with the error that stopped it. */
  onSnapshot: (error: Error | null) => void
  /** Places by `<kind>:<id>`, to mark the district of a selected place known only by district. */
  places?: PlaceIndex | null
}

export type MapViewProps = LiveMapProps | SnapshotMapProps
