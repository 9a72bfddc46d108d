import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { pickStore } from '../../lib/stores/pick-store.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import './pick-list.css'

/** The sites of a clicked stack (sites sharing one point), to choose one from. */
export function PickList(props: { ids: readonly string[] }) {
  const { t, name, altName } = useI18n()
  const { select } = useViewActions()
  const places = usePlaceIndex()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const sites = useQuery(siteListQuery()).data?.features
  const items = props.ids.flatMap((id) => {
    const place = places?.get(`site:${id}`)
    return place ? [place] : []
  })
  const colorOf = (id: string) => {
    const site = sites?.find((s) => s.properties.id === id)
    const sector = site && sectors.find((s) => s.id === primarySector(site.properties))
    return sector?.color
  }
  return (
    <div className="pick-list" data-testid="pick-list">
      <h2 className="pick-title">{t('pick.title', { count: items.length })}</h2>
      <p className="muted">{t('pick.note')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="pick-item"
              data-testid="pick-item"
              data-place={`site:${item.id}`}
              onClick={() => {
                pickStore.set(null)
                select({ kind: 'site', id: item.id })
              }}
            >
              <span
                className="chip-dot"
                style={{ background: colorOf(item.id) }}
                aria-hidden="true"
              />
              <span className="pick-names">
                <span>{name(item)}</span>
                <span className="muted">{altName(item)}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
