import { Attribution } from '../../features/attribution/attribution.tsx'
import { LangToggle } from '../../features/header/lang-toggle.tsx'
import '../../lib/ui/float-button.css'
import { useEffect, useRef } from 'react'
import { LoadStatus } from '../../features/status/load-status.tsx'
import { useDocumentLang } from '../../lib/i18n/use-document-lang.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { fullMapUrl } from '../../lib/url/embed-url.ts'
import { useView } from '../../lib/url/view-context.tsx'
import { MapProvider, useMap } from '../../map/map-provider.tsx'
import { ViewMap } from '../../map/view-map.tsx'
import { EmbedLegend } from './embed-legend.tsx'
import { EMBED_MESSAGES } from './embed-messages.ts'
import { PlaceCard } from './place-card.tsx'
import { PlaceTable } from './place-table.tsx'
import { useEmbedMode } from './use-embed-mode.ts'

/**
 * The public embed: the map with minimal chrome (title, list/map switch, link to the full
 * map, legend, attribution), or — in list mode — a table of the same places. Read-only.
 */
export function EmbedApp() {
  return (
    <MapProvider>
      <EmbedLayout />
    </MapProvider>
  )
}

/**
 * The embed's layout. By keyboard: choosing a row of the list moves focus into the place's
 * card; Esc closes the card and returns to the row; "Show on map" focuses the map region.
 */
function EmbedLayout() {
  useDocumentLang()
  const [mode, setMode] = useEmbedMode()
  const view = useView()
  const { t } = useI18n(EMBED_MESSAGES)
  const listMode = mode === 'list'
  const list = useRef<HTMLElement>(null)
  const focusMap = useFocusMapAfterSwitch(mode)
  const returnToRow = (place: string) =>
    list.current?.querySelector<HTMLElement>(`button[data-place="${place}"]`)?.focus()
  return (
    <div className="embed" data-testid="embed" data-mode={mode}>
      <div className="embed-map" inert={listMode} aria-hidden={listMode}>
        <ViewMap mode="cooperative" />
      </div>
      <header className="embed-bar">
        <h1 className="embed-title">
          <span className="embed-mark" aria-hidden="true" />
          {t('embed.title')}
        </h1>
        <nav className="embed-actions" aria-label={t('embed.toolbar')}>
          <button
            type="button"
            className="float-button embed-chip"
            data-testid="embed-view-toggle"
            onClick={() => setMode(listMode ? 'map' : 'list')}
          >
            {listMode ? t('embed.showMap') : t('embed.showList')}
          </button>
          <LangToggle className="float-button embed-chip" />
          <a
            className="float-button embed-chip embed-chip--link"
            data-testid="embed-full-map"
            href={fullMapUrl(window.location.origin, view)}
            target="_blank"
            rel="noopener"
          >
            {t('embed.fullMap')}
            <span aria-hidden="true"> ↗</span>
            <span className="visually-hidden"> {t('embed.newWindow')}</span>
          </a>
        </nav>
      </header>
      {listMode ? <PlaceTable ref={list} /> : <EmbedLegend />}
      <PlaceCard
        onShowOnMap={
          listMode
            ? () => {
                focusMap()
                setMode('map')
              }
            : null
        }
        onClosed={listMode ? returnToRow : undefined}
        takeFocus={listMode}
      />
      <LoadStatus />
      <Attribution />
    </div>
  )
}

/** Returns a request to focus the map once the embed has switched to its map view. */
function useFocusMapAfterSwitch(mode: string): () => void {
  const map = useMap()
  const pending = useRef(false)
  useEffect(() => {
    if (mode !== 'map' || !pending.current || !map) return
    pending.current = false
    map.focus()
  }, [mode, map])
  return () => {
    pending.current = true
  }
}
