import type { ReactNode } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { INFRASTRUCTURE_ICON_PATHS } from '../../map/style/map-image-ids.ts'

/** What the map's symbols mean, drawn with the map's own colours and icons. */
export function Legend() {
  const { t } = useI18n()
  const park = MAP_COLORS.park
  const site = MAP_COLORS.fallbackSector
  return (
    <ul className="legend">
      <Item label={t('legend.park')}>
        <ParkRect fill={park} />
      </Item>
      <Item label={t('legend.parkApprox')}>
        <pattern
          id="legend-hatch"
          width="4"
          height="4"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="4" stroke={park} strokeOpacity="0.6" strokeWidth="1.4" />
        </pattern>
        <ParkRect fill="url(#legend-hatch)" dashed />
      </Item>
      <Item label={t('legend.cluster')}>
        <circle cx="10" cy="7" r="6" fill={MAP_COLORS.cluster} />
        <text x="10" y="9.6" fontSize="7" fill="#fff" textAnchor="middle" fontWeight="700">
          5
        </text>
      </Item>
      <Item label={t('precision.district')}>
        <circle
          cx="10"
          cy="7"
          r="4.5"
          fill={site}
          fillOpacity="0.3"
          stroke={site}
          strokeWidth="1.5"
        />
      </Item>
      <Item label={t('legend.infrastructure')}>
        <circle cx="10" cy="7" r="6.5" fill={MAP_COLORS.infrastructure} />
        <path
          d={INFRASTRUCTURE_ICON_PATHS.airport}
          fill="#fff"
          transform="translate(4.6 1.6) scale(0.45)"
        />
      </Item>
    </ul>
  )
}

/** A legend row: a 20 × 14 symbol and its meaning. */
function Item(props: { label: string; children: ReactNode }) {
  return (
    <li>
      <svg viewBox="0 0 20 14" aria-hidden="true">
        {props.children}
      </svg>
      {props.label}
    </li>
  )
}

/** A park's outline: solid for a mapped boundary, dashed for an approximate extent. */
function ParkRect(props: { fill: string; dashed?: boolean }) {
  return (
    <rect
      x="1"
      y="1"
      width="18"
      height="12"
      rx="2"
      fill={props.fill}
      fillOpacity={props.dashed ? undefined : '0.2'}
      stroke={MAP_COLORS.park}
      strokeWidth="1.5"
      strokeDasharray={props.dashed ? '3 2' : undefined}
    />
  )
}
