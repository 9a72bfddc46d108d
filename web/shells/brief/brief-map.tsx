import { useQuery } from '@tanstack/react-query'
import circle from '@turf/circle'
import { useMemo } from 'react'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import type { Selection } from '../../lib/url/view-url.ts'
import { MapView } from '../../map/map-view.tsx'
import { MapLayer, MapSource } from '../../map/overlay/map-declarations.tsx'
import { usePlaceSources } from '../../map/sources/use-place-sources.ts'
import { BRIEF_CENTRE_LAYER, BRIEF_RADIUS_LAYER, BRIEF_SOURCE } from './brief-map-layers.ts'

export interface BriefMapProps {
  /** Centre of the analysis circle; null when the place is known only by district. */
  center: [number, number] | null
  /** What the map shows when there is no centre: the place's parts or district. */
  fallbackBounds: [number, number, number, number] | null
  radiusKm: number
  selected: Selection | null
  alt: string
  caption: string
  /** Called once the image has loaded (or with an error). */
  onDone: (error: Error | null) => void
}

/**
 * The brief's map as an image: the map in snapshot mode, every park and site, the place
 * selected and the analysis circle filling the frame.
 */
export function BriefMap(props: BriefMapProps) {
  const parks = useQuery(parkListQuery()).data
  const sites = useQuery(siteListQuery()).data
  const shown = useMemo(
    () => (parks && sites ? { parks: parks.features, sites: sites.features } : null),
    [parks, sites],
  )
  const selectedSite = props.selected?.kind === 'site' ? props.selected.id : null
  const sources = usePlaceSources(shown, selectedSite)
  const places = usePlaceIndex()
  const [lng, lat] = props.center ?? [Number.NaN, Number.NaN]
  const measured = props.center !== null
  const { radiusKm } = props
  const ring = useMemo(
    () => (measured ? circle([lng, lat], radiusKm, { units: 'kilometers', steps: 128 }) : null),
    [measured, lng, lat, radiusKm],
  )
  const centre = useMemo(
    (): GeoJSON.Point | null => (measured ? { type: 'Point', coordinates: [lng, lat] } : null),
    [measured, lng, lat],
  )
  const [w, s, e, n] = props.fallbackBounds ?? [116.7, 38.55, 118.05, 40.25]
  const bounds: [[number, number], [number, number]] = ring
    ? ringBounds(ring)
    : [
        [w, s],
        [e, n],
      ]
  return (
    <figure className="brief-map">
      <MapView
        mode="snapshot"
        sources={sources}
        selection={props.selected}
        places={places}
        bounds={bounds}
        paddingPx={18}
        alt={props.alt}
        testId="brief-map-image"
        className="brief-map-canvas"
        onSnapshot={props.onDone}
      >
        {ring && centre ? (
          <>
            <MapSource id={BRIEF_SOURCE.radius} data={ring} />
            <MapSource id={BRIEF_SOURCE.centre} data={centre} />
            <MapLayer layer={BRIEF_RADIUS_LAYER} />
            <MapLayer layer={BRIEF_CENTRE_LAYER} />
          </>
        ) : null}
      </MapView>
      <figcaption>{props.caption}</figcaption>
    </figure>
  )
}

/** `[[west, south], [east, north]]` of the ring. */
function ringBounds(ring: GeoJSON.Feature<GeoJSON.Polygon>): [[number, number], [number, number]] {
  const coords = ring.geometry.coordinates[0] ?? []
  const lngs = coords.map((c) => c[0] ?? 0)
  const lats = coords.map((c) => c[1] ?? 0)
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ]
}
