import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useRef } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { parkListQuery } from '../../lib/queries/parks.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { siteListQuery } from '../../lib/queries/sites.ts'
import { pickStore, usePicked } from '../../lib/stores/pick-store.ts'
import { CloseButton } from '../../lib/ui/close-button.tsx'
import { fullMapUrl } from '../../lib/url/embed-url.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { EMBED_MESSAGES } from './embed-messages.ts'
import { findPlace } from './find-place.ts'
import { useCardKeyboard } from './use-card-keyboard.ts'

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <div className="place-card-fact">
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

/** Places to choose from (a clicked cluster or district badge). */
function PickedPlaces(props: { keys: readonly string[] }) {
  const { t, name } = useI18n(EMBED_MESSAGES)
  const { select } = useViewActions()
  const sites = useQuery(siteListQuery()).data?.features ?? []
  const parks = useQuery(parkListQuery()).data?.features ?? []
  return (
    <section className="place-card" data-testid="embed-picked" aria-label={t('embed.sites')}>
      <ul className="place-card-picks">
        {props.keys.map((key) => {
          const [kind, id] = key.split(':') as ['site' | 'park', string]
          const place = (kind === 'park' ? parks : sites).find((f) => f.properties.id === id)
          return place ? (
            <li key={key}>
              <button
                type="button"
                className="place-button"
                onClick={() => {
                  pickStore.set(null)
                  select({ kind, id })
                }}
              >
                {name(place.properties)}
              </button>
            </li>
          ) : null
        })}
      </ul>
    </section>
  )
}

/**
 * A small read-only card about the selected park, site or district. With `takeFocus` (the
 * list view) focus moves into it when it opens; Escape closes it and calls `onClosed` with
 * the place (`kind:id`).
 */
export function PlaceCard(props: {
  onShowOnMap: (() => void) | null
  onClosed?: ((place: string) => void) | undefined
  takeFocus?: boolean
}) {
  const view = useView()
  const { select } = useViewActions()
  const { t, name, altName } = useI18n(EMBED_MESSAGES)
  const picked = usePicked()
  const parks = useQuery(parkListQuery()).data?.features
  const sites = useQuery(siteListQuery()).data?.features
  const districts = useQuery(districtListQuery()).data?.features
  const sectors = useQuery(sectorListQuery()).data
  const heading = useRef<HTMLHeadingElement>(null)
  const key = view.selection ? `${view.selection.kind}:${view.selection.id}` : null
  useCardKeyboard(key, heading, {
    shown: Boolean(parks && sites && districts && sectors),
    takeFocus: props.takeFocus ?? false,
    close: () => select(null),
    onClosed: props.onClosed,
  })
  if (!view.selection && picked) return <PickedPlaces keys={picked.keys} />
  if (!view.selection || !parks || !sites || !districts || !sectors) return null
  const place = findPlace(view.selection, { parks, sites, districts })
  if (!place) return null
  const p = place.properties
  const district = districts.find(
    (d) => d.properties.code === ('district_code' in p ? p.district_code : p.code),
  )
  const sectorNames =
    'sectors' in p
      ? p.sectors.map((id) => {
          const sector = sectors.find((s) => s.id === id)
          return sector ? name(sector) : id
        })
      : []
  return (
    <section
      className="place-card"
      data-testid="embed-detail"
      data-place={`${place.kind}:${view.selection.id}`}
      aria-labelledby="place-card-title"
      aria-live="polite"
    >
      <header className="place-card-head">
        <span className={`kind-badge kind-badge--${place.kind}`}>{t(`kind.${place.kind}`)}</span>
        <CloseButton
          label={t('embed.close')}
          onClick={() => {
            select(null)
            if (key) props.onClosed?.(key)
          }}
          testId="embed-detail-close"
        />
      </header>
      <h2 id="place-card-title" ref={heading} tabIndex={-1}>
        {name(p)}
      </h2>
      <p className="place-card-alt" lang={view.lang === 'zh' ? 'en' : 'zh'}>
        {altName(p)}
      </p>
      <dl className="place-card-facts">
        {place.kind === 'park' ? (
          <Fact label={t('details.kind')}>{t(`parkKind.${place.properties.kind}`)}</Fact>
        ) : null}
        {place.kind === 'site' ? (
          <Fact label={t('details.kind')}>{t(`siteKind.${place.properties.kind}`)}</Fact>
        ) : null}
        {sectorNames.length > 0 ? (
          <Fact label={t('details.sectors')}>{sectorNames.join(' · ')}</Fact>
        ) : null}
        {district && place.kind !== 'district' ? (
          <Fact label={t('details.district')}>{name(district.properties)}</Fact>
        ) : null}
        {'location_precision' in p ? (
          <Fact label={t('details.precision')}>{t(`precision.${p.location_precision}`)}</Fact>
        ) : null}
        {'citations' in p ? (
          <Fact label={t('details.plans')}>
            {t('embed.citations', { count: p.citations.length })}
          </Fact>
        ) : null}
      </dl>
      <div className="place-card-actions">
        {props.onShowOnMap ? (
          <button
            type="button"
            className="button button--primary"
            data-testid="embed-show-on-map"
            onClick={props.onShowOnMap}
          >
            {t('embed.showOnMap')}
          </button>
        ) : null}
        <a
          className="button"
          href={fullMapUrl(window.location.origin, view)}
          target="_blank"
          rel="noopener"
        >
          {t('embed.openInApp')}
          <span className="visually-hidden"> {t('embed.newWindow')}</span>
        </a>
      </div>
    </section>
  )
}
