import { useEffect, useRef, useState } from 'react'
import type { Lang } from '../../lib/i18n/lang.ts'
import { useBriefMapSources } from './brief-sources.ts'
import { renderStaticMap } from './static-map.ts'

export interface BriefMapProps {
  lang: Lang
  center: [number, number]
  radiusKm: number
  selected: { source: 'parks' | 'sites'; id: string } | null
  alt: string
  caption: string
  /** Called once the image has loaded (or with an error). */
  onDone: (error: Error | null) => void
}

/**
 * The brief's map as an image: MapLibre draws it once off-screen, then its canvas becomes an
 * `<img>` (stable in print and in PDFs).
 */
export function BriefMap(props: BriefMapProps) {
  const host = useRef<HTMLDivElement>(null)
  const [src, setSrc] = useState<string | null>(null)
  const sources = useBriefMapSources(props.selected?.source === 'sites' ? props.selected.id : null)
  const { lang, center, radiusKm, selected, onDone } = props
  const started = useRef(false)
  useEffect(() => {
    const container = host.current
    if (!container || !sources || started.current) return
    started.current = true
    renderStaticMap({ container, lang, sources, selected, center, radiusKm })
      .then(setSrc)
      .catch((error: unknown) => onDone(error instanceof Error ? error : new Error(String(error))))
  }, [sources, lang, center, radiusKm, selected, onDone])
  return (
    <figure className="brief-map">
      {src ? (
        <img src={src} alt={props.alt} data-testid="brief-map-image" onLoad={() => onDone(null)} />
      ) : (
        <div ref={host} className="brief-map-canvas" aria-hidden="true" />
      )}
      <figcaption>{props.caption}</figcaption>
    </figure>
  )
}
