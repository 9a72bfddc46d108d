import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { INFRASTRUCTURE_ICON_PATHS } from '../../map/map-image-ids.ts'

/** What the map's symbols mean, drawn with the map's own colours and icons. */
export function Legend() {
  const { t } = useI18n()
  return (
    <ul className="legend">
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="18"
            height="12"
            rx="2"
            fill={MAP_COLORS.park}
            fillOpacity="0.2"
            stroke={MAP_COLORS.park}
            strokeWidth="1.5"
          />
        </svg>
        {t('legend.park')}
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <pattern
            id="legend-hatch"
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="4"
              stroke={MAP_COLORS.park}
              strokeOpacity="0.6"
              strokeWidth="1.4"
            />
          </pattern>
          <rect
            x="1"
            y="1"
            width="18"
            height="12"
            rx="2"
            fill="url(#legend-hatch)"
            stroke={MAP_COLORS.park}
            strokeWidth="1.5"
            strokeDasharray="3 2"
          />
        </svg>
        {t('legend.parkApprox')}
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <circle cx="10" cy="7" r="6" fill={MAP_COLORS.cluster} />
          <text x="10" y="9.6" fontSize="7" fill="#fff" textAnchor="middle" fontWeight="700">
            5
          </text>
        </svg>
        {t('legend.cluster')}
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <circle
            cx="10"
            cy="7"
            r="4.5"
            fill={MAP_COLORS.fallbackSector}
            fillOpacity="0.3"
            stroke={MAP_COLORS.fallbackSector}
            strokeWidth="1.5"
          />
        </svg>
        {t('precision.district')}
      </li>
      <li>
        <svg viewBox="0 0 20 14" aria-hidden="true">
          <circle cx="10" cy="7" r="6.5" fill={MAP_COLORS.infrastructure} />
          <path
            d={INFRASTRUCTURE_ICON_PATHS.airport}
            fill="#fff"
            transform="translate(4.6 1.6) scale(0.45)"
          />
        </svg>
        {t('legend.infrastructure')}
      </li>
    </ul>
  )
}
