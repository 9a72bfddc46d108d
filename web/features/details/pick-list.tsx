import { useQuery } from '@tanstack/react-query'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import type { Picked } from '../../lib/stores/pick-store.ts'
import { DistrictSites } from './district-sites.tsx'
import { PickItem } from './pick-item.tsx'
import { useSectorColor } from './use-sector-color.ts'
import './pick-list.css'

/**
 * Places to choose one from: the sites of a clicked cluster, or the places of a district
 * known only by district (a clicked district badge), with what that means. On a tiled map the
 * badge's sites come from the server a page at a time (`DistrictSites`).
 */
export function PickList(props: { picked: Picked }) {
  const { t, name } = useI18n()
  const places = usePlaceIndex()
  const colorOf = useSectorColor()
  const sites = useQuery(siteListQuery()).data?.features
  const items = props.picked.keys.flatMap((key) => {
    const place = places?.get(key)
    return place ? [{ key, place }] : []
  })
  const siteOf = (id: string) => sites?.find((s) => s.properties.id === id)?.properties
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
      <ul>
        {items.map(({ key, place }) => (
          <PickItem
            key={key}
            kind={place.kind}
            id={place.id}
            names={place}
            color={place.kind === 'site' ? colorOf(siteOf(place.id)) : undefined}
          />
        ))}
      </ul>
      {props.picked.district && unlisted > 0 && (
        <DistrictSites district={props.picked.district} count={unlisted} />
      )}
    </div>
  )
}
