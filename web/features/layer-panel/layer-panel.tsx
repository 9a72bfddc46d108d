import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { hasFilters } from '../../lib/places/place-filter.ts'
import { useVisiblePlaces } from '../../lib/places/use-visible-places.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { NO_FILTERS } from '../../lib/url/view-url.ts'
import { FilterControls } from './filter-controls.tsx'
import './layer-panel.css'
import './sector-list.css'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { LAYER_PANEL_MESSAGES } from './layer-panel-messages.ts'
import { Legend } from './legend.tsx'
import { SectorList } from './sector-list.tsx'

interface Props {
  /** On phones the panel is a bottom sheet that opens and closes; on desktop it always shows. */
  open: boolean
  onClose: () => void
  /** Sections other features add after the filters (the shell passes them in). */
  extra?: ReactNode
}

/** Sector toggles with live counts, filters and legend. */
export function LayerPanel({ open, onClose, extra }: Props) {
  const { t } = useI18n(LAYER_PANEL_MESSAGES)
  const view = useView()
  const { setHiddenSectors, setFilters } = useViewActions()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const visible = useVisiblePlaces()
  const shown = visible?.shownSites ?? 0
  const filtered = hasFilters(view.filters) || view.hiddenSectors.length > 0
  const reset = () => {
    setFilters(NO_FILTERS)
    setHiddenSectors([])
  }
  return (
    <aside
      className="layer-panel card card--sheet"
      data-testid="layer-panel"
      data-open={open}
      aria-label={t('layers.title')}
    >
      <div className="panel-head">
        <h2>{t('layers.title')}</h2>
        <CloseButton label={t('layers.close')} onClick={onClose} className="sheet-only" />
      </div>
      <div className="panel-body">
        {visible && (
          <p className="sites-shown" data-testid="sites-shown" aria-live="polite">
            {t('layers.sitesShown', { count: shown, total: visible.totalSites })}
          </p>
        )}
        {visible && shown === 0 && (
          <div className="empty-note" data-testid="empty-state">
            {t('layers.empty')}
            <button type="button" className="button" onClick={reset}>
              {t('layers.resetFilters')}
            </button>
          </div>
        )}
        <section className="panel-section legend-section">
          <h3>{t('legend.title')}</h3>
          <Legend shown={visible} />
        </section>
        <section className="panel-section">
          <div className="section-head">
            <h3>{t('layers.sectors')}</h3>
            <span className="section-actions">
              <button type="button" className="link-button" onClick={() => setHiddenSectors([])}>
                {t('layers.showAll')}
              </button>
              <button
                type="button"
                className="link-button"
                data-testid="sectors-show-none"
                onClick={() => setHiddenSectors(sectors.map((s) => s.id))}
              >
                {t('layers.showNone')}
              </button>
            </span>
          </div>
          <p className="note" data-testid="groups-explained">
            {t('layers.groupsExplained')}
          </p>
          <SectorList sectors={sectors} counts={visible?.siteCountBySector ?? new Map()} />
          <p className="note">{t('layers.primaryNote')}</p>
        </section>
        <section className="panel-section">
          <div className="section-head">
            <h3>{t('filters.title')}</h3>
            {filtered && (
              <button type="button" className="link-button" onClick={reset}>
                {t('layers.resetFilters')}
              </button>
            )}
          </div>
          <FilterControls />
        </section>
        {extra}
      </div>
    </aside>
  )
}
