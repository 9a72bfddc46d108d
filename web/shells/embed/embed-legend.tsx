import { useQuery } from '@tanstack/react-query'
import { Legend } from '../../features/layer-panel/legend.tsx'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useVisiblePlaces } from '../../lib/places/use-visible-places.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { EMBED_MESSAGES } from './embed-messages.ts'

/**
 * A compact, collapsible legend: the colours of the sectors on the map (with their site
 * counts) and the main app's symbol legend. Open by default where there is room.
 */
export function EmbedLegend() {
  const { t, name } = useI18n(EMBED_MESSAGES)
  const visible = useVisiblePlaces()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const shown = sectors.filter((s) => (visible?.siteCountBySector.get(s.id) ?? 0) > 0)
  const roomy = window.innerWidth >= 720 && window.innerHeight >= 640
  return (
    <details className="embed-legend" data-testid="embed-legend" open={roomy}>
      <summary>{t('embed.legend')}</summary>
      <div className="embed-legend-body">
        <h2>{t('embed.sectors')}</h2>
        <ul className="embed-legend-sectors">
          {shown.map((sector) => (
            <li key={sector.id}>
              <span
                className="sector-dot"
                style={{ background: sector.color }}
                aria-hidden="true"
              />
              {name(sector)}
              <span className="embed-legend-count">
                {visible?.siteCountBySector.get(sector.id)}
              </span>
            </li>
          ))}
        </ul>
        <Legend shown={visible} />
      </div>
    </details>
  )
}
