import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { type Picked, pickStore } from '../../lib/stores/pick-store.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import './pick-list.css'

/**
 * Places to choose one from: the sites of a clicked cluster, or the places of a district
 * known only by district (a clicked district badge), with what that means.
 */
export function PickList(props: { picked: Picked }) {
  const { t, name, altName } = useI18n()
  const { select } = useViewActions()
  const places = usePlaceIndex()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const sites = useQuery(siteListQuery()).data?.features
  const items = props.picked.keys.flatMap((key) => {
    const place = places?.get(key)
    return place ? [{ key, place }] : []
  })
  const colorOf = (id: string) => {
    const site = sites?.find((s) => s.properties.id === id)
    const sector = site && sectors.find((s) => s.id === primarySector(site.properties))
    return sector?.color
  }
  const district = props.picked.district ? places?.get(`district:${props.picked.district}`) : null
  const unlisted = props.picked.unlisted ?? 0
  return (
    <div className="pick-list" data-testid="pick-list" data-district={props.picked.district ?? ''}>
      <h2 className="pick-title">
        {district
          ? t('pick.districtTitle', { count: items.length + unlisted, district: name(district) })
          : t('pick.title', { count: items.length })}
      </h2>
      <p className="muted">{district ? t('pick.districtNote') : t('pick.note')}</p>
      {unlisted > 0 && (
        <p className="muted" data-testid="pick-unlisted">
          {t('pick.unlisted', { count: unlisted })}
        </p>
      )}
      <ul>
        {items.map(({ key, place }) => (
          <li key={key}>
            <button
              type="button"
              className="pick-item"
              data-testid="pick-item"
              data-place={key}
              onClick={() => {
                pickStore.set(null)
                select({ kind: place.kind, id: place.id })
              }}
            >
              <span
                className={`chip-dot${place.kind === 'park' ? ' chip-dot--park' : ''}`}
                style={{ background: place.kind === 'site' ? colorOf(place.id) : undefined }}
                aria-hidden="true"
              />
              <span className="pick-names">
                <span>{name(place)}</span>
                <span className="muted">
                  {place.kind === 'park' ? `${t('kind.park')} · ` : ''}
                  {altName(place)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
