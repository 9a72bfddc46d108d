import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import type { ParkFeature } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { PARK_CHAIN_RADIUS_KM } from '../../lib/places/main-chain.ts'
import { chainListQuery } from '../../lib/queries/chains.ts'
import { SectorChips } from '../../lib/ui/facts.tsx'
import { formatKm } from '../../lib/ui/format-km.ts'
import { COMPARE_MESSAGES, type CompareKey } from './compare-messages.ts'
import {
  bestInRow,
  COMPARE_ROWS,
  type CompareRowId,
  differingRows,
  type ParkColumn,
} from './compare-rows.ts'
import { useCompareActions } from './use-compare.ts'

type Links = readonly ({ present: number; total: number } | undefined)[]

/** What a row measures, under its label (rows not listed need no qualifier). */
const QUALIFIERS: Partial<Record<CompareRowId, CompareKey>> = {
  extent: 'compare.qual.extent',
  sites: 'compare.qual.sites',
  chain: 'compare.qual.chain',
  port: 'compare.qual.distance',
  airport: 'compare.qual.distance',
  rail: 'compare.qual.distance',
  precision: 'compare.qual.precision',
}

/** The comparison grid: one column per park, one row per measure; differing rows marked. */
export function CompareTable(props: {
  features: readonly ParkFeature[]
  columns: readonly ParkColumn[]
  links: Links
  /** Opens a park's profile (the column's "Profile" link; absent without it). */
  onOpenProfile?: ((parkId: string) => void) | undefined
}) {
  const { t, name } = useI18n(COMPARE_MESSAGES)
  const { remove } = useCompareActions()
  const differs = differingRows(props.columns)
  const cell = useCellText(props.links)
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <td />
          {props.features.map((f) => (
            <th key={f.properties.id} scope="col" data-park-id={f.properties.id}>
              <span className="compare-park-name">{name(f.properties)}</span>
              <span className="compare-park-actions">
                {props.onOpenProfile ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onOpenProfile?.(f.properties.id)}
                  >
                    {t('compare.profile')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="link-button compare-remove"
                  data-testid="compare-remove"
                  aria-label={t('compare.removeLabel', { name: name(f.properties) })}
                  onClick={() => remove(f.properties.id)}
                >
                  {t('compare.remove')}
                </button>
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {COMPARE_ROWS.map((row) => {
          const best = bestInRow(props.columns, row)
          const qualifier = QUALIFIERS[row]
          return (
            <tr
              key={row}
              data-row={row}
              data-differs={differs.has(row) ? 'true' : 'false'}
              className={differs.has(row) ? 'differs' : undefined}
            >
              <th scope="row">
                {t(`compare.row.${row}`)}
                {qualifier && (
                  <span className="compare-qualifier" data-testid="compare-qualifier">
                    {t(qualifier, { radiusKm: PARK_CHAIN_RADIUS_KM })}
                  </span>
                )}
                {differs.has(row) && <span className="differs-tag">≠ {t('compare.differs')}</span>}
              </th>
              {props.columns.map((column, i) => (
                <td key={column.id} className={best.includes(column.id) ? 'best' : undefined}>
                  {cell(column, row, i)}
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function useCellText(links: Links) {
  const { t, lang, name } = useI18n(COMPARE_MESSAGES)
  const chains = useQuery(chainListQuery()).data
  const distance = (value: number | null | undefined, measured: boolean | undefined) =>
    value === undefined ? (
      <span className="spinner" aria-hidden="true" />
    ) : measured === false ? (
      <span className="muted" data-testid="compare-distance-unknown">
        {formatKm(null, lang)}
      </span>
    ) : value === null ? (
      <span className="muted">{t('compare.distanceUnknown')}</span>
    ) : (
      formatKm(value, lang, 1)
    )
  return (column: ParkColumn, row: CompareRowId, index: number): ReactNode => {
    switch (row) {
      case 'district':
        return column.district
      case 'kind':
        return t(`parkKind.${column.kind}`)
      case 'level':
        return column.level ? (
          t(`level.${column.level}`)
        ) : (
          <span className="muted">{t('compare.notStated')}</span>
        )
      case 'extent':
        return column.extent
      case 'sectors':
        return <SectorChips ids={column.sectors} />
      case 'sites':
        return column.siteCount ?? <span className="spinner" aria-hidden="true" />
      case 'chain': {
        if (column.chainScore === null) return <span className="muted">{t('compare.noChain')}</span>
        const count = links[index]
        if (column.chainScore === undefined || !count)
          return <span className="spinner" aria-hidden="true" />
        const chain = chains?.find((c) => c.id === column.chainId)
        return (
          <>
            <span
              className="compare-score"
              data-testid="compare-chain-score"
              data-chain-id={column.chainId}
            >
              <meter min={0} max={1} value={column.chainScore} aria-hidden="true" />
              {t('compare.linksPresent', count)}
            </span>
            {chain && <span className="compare-chain-name">{name(chain)}</span>}
          </>
        )
      }
      case 'port':
        return distance(column.portKm, column.measured)
      case 'airport':
        return distance(column.airportKm, column.measured)
      case 'rail':
        return distance(column.railKm, column.measured)
      case 'precision':
        return (
          <span className={`precision precision--${column.precision}`}>
            {t(`precision.${column.precision}`)}
          </span>
        )
    }
  }
}
