import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../lib/i18n/use-i18n.ts'
import type { SnapshotMapProps } from './map-view-props.ts'
import { DeclarationContext } from './overlay/map-declarations.tsx'
import { useDeclarationStore, useOverlay } from './overlay/use-overlay.ts'
import { guardPrintEdges, labelsOnEdge } from './print-edge.ts'
import { useSourceData } from './sources/use-source-data.ts'
import { useMapInstance } from './use-map-instance.ts'
import { useSelectionState } from './use-selection-state.ts'

/**
 * `<MapView>` in `snapshot` mode: MapLibre draws the map once, off-screen, with its data and
 * declared overlays; once everything is drawn the canvas becomes an `<img>` (stable in print
 * and in PDFs) and the map is removed.
 */
export function SnapshotMap(props: SnapshotMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const { lang } = useI18n()
  const declarationStore = useDeclarationStore()
  const declarations = declarationStore.use()
  const [image, setImage] = useState<{ url: string; labelsOnEdge: number } | null>(null)
  const report = useRef(props.onSnapshot)
  report.current = props.onSnapshot
  const map = useMapInstance(
    container,
    {
      mode: 'snapshot',
      lang,
      initial: { bounds: props.bounds, paddingPx: props.paddingPx },
      onError: (error) => report.current(error),
    },
    image === null,
  )
  const dataVersion = useSourceData(map, props.sources)
  useSelectionState(map, props.selection, dataVersion, props.places ?? null)
  useOverlay(map, declarations)
  // After the data, selection and overlay effects above: the next idle frame has all of them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-armed when the declared overlay changes, so the image shows it
  useEffect(() => {
    if (!map || dataVersion === 0) return
    guardPrintEdges(map)
    const capture = () =>
      setImage({ url: map.getCanvas().toDataURL('image/png'), labelsOnEdge: labelsOnEdge(map) })
    map.once('idle', capture)
    map.triggerRepaint()
    return () => {
      map.off('idle', capture)
    }
  }, [map, dataVersion, declarations])
  return (
    <DeclarationContext value={declarationStore}>
      {image ? (
        <img
          src={image.url}
          data-labels-on-edge={image.labelsOnEdge}
          alt={props.alt}
          className={props.className}
          data-testid={props.testId}
          onLoad={() => report.current(null)}
        />
      ) : (
        <div ref={container} className={props.className} aria-hidden="true" />
      )}
      {props.children}
    </DeclarationContext>
  )
}
