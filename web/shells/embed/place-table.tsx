import { useQuery } from '@tanstack/react-query'
import { type Ref, useMemo } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useVisiblePlaces } from '../../lib/places/use-visible-places.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { requestFocus } from '../../map/camera/camera-requests.ts'
import { EMBED_MESSAGES } from './embed-messages.ts'
import { type PlaceRow, placeRows } from './place-rows.ts'

function RowsTable(props: { caption: string; rows: readonly PlaceRow[] }) {
  const { t, name } = useI18n(EMBED_MESSAGES)
  const { selection } = useView()
  const { select } = useViewActions()
  const districts = useQuery(districtListQuery()).data
  const districtName = (code: string) => {
    const district = districts?.features.find((d) => d.properties.code === code)
    return district ? name(district.properties) : code
  }
  if (props.rows.length === 0) return null
  return (
    <table className="place-table">
      <caption>
        {props.caption} <span className="place-table-count">({props.rows.length})</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('embed.colName')}</th>
          <th scope="col">{t('embed.colType')}</th>
          <th scope="col">{t('embed.colSector')}</th>
          <th scope="col">{t('embed.colDistrict')}</th>
          <th scope="col">{t('embed.colPrecision')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => {
          const selected = selection?.kind === row.kind && selection.id === row.id
          return (
            <tr key={row.id} className={selected ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="place-button"
                  data-testid="embed-list-item"
                  data-place={`${row.kind}:${row.id}`}
                  aria-pressed={selected}
                  onClick={() => {
                    select({ kind: row.kind, id: row.id })
                    requestFocus({ kind: row.kind, id: row.id })
                  }}
                >
                  {name(row)}
                </button>
              </th>
              <td>{t(row.typeKey)}</td>
              <td>
                {row.sector ? (
                  <span className="sector-chip">
                    <span
                      className="sector-dot"
                      style={{ background: row.sector.color }}
                      aria-hidden="true"
                    />
                    {name(row.sector)}
                  </span>
                ) : null}
              </td>
              <td>{districtName(row.districtCode)}</td>
              <td>{t(`precisionShort.${row.precision}`)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

/**
 * The list view: every park and site the map shows (same sector and filter settings), as
 * tables of buttons — the way to use the embed without the canvas.
 */
export function PlaceTable(props: { ref?: Ref<HTMLElement> }) {
  const { lang, t } = useI18n(EMBED_MESSAGES)
  const visible = useVisiblePlaces()
  const sectors = useQuery(sectorListQuery()).data
  const rows = useMemo(
    () => (visible && sectors ? placeRows(visible.parks, visible.sites, sectors, lang) : null),
    [visible, sectors, lang],
  )
  return (
    <section
      ref={props.ref}
      className="place-list"
      data-testid="embed-list"
      aria-labelledby="place-list-title"
    >
      <h2 id="place-list-title">{t('embed.listTitle')}</h2>
      {rows ? (
        <>
          <p className="place-list-summary" data-testid="embed-list-summary">
            {/* a tiled map lists no sites: the list holds the parks only, and says so */}
            {visible && visible.sites.length < visible.shownSites
              ? t('embed.listSummaryParksOnly', {
                  parks: rows.parks.length,
                  sites: visible.shownSites,
                })
              : t('embed.listSummary', { parks: rows.parks.length, sites: rows.sites.length })}{' '}
            · {t('embed.selectHint')}
          </p>
          <RowsTable caption={t('embed.parks')} rows={rows.parks} />
          <RowsTable caption={t('embed.sites')} rows={rows.sites} />
        </>
      ) : (
        <p role="status">{t('embed.loading')}</p>
      )}
    </section>
  )
}
