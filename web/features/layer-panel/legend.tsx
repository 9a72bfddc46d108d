import type { ReactNode } from 'react'
import type { CommonKey } from '../../lib/i18n/common-messages.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { isUnlocatedPark } from '../../lib/places/place-location.ts'
import type { VisiblePlaces } from '../../lib/places/use-visible-places.ts'
import { MAP_COLORS } from '../../lib/theme/theme.ts'
import { INFRASTRUCTURE_ICON_PATHS } from '../../map/style/map-image-ids.ts'

/** A legend entry: what it means and its symbol, drawn as the map draws it. */
type Entry = { key: CommonKey; symbol: ReactNode }

const park = MAP_COLORS.park
const site = MAP_COLORS.fallbackSector

/** The park swatch: a filled outline, or (`partial`) hatched and dashed. */
const parkSwatch = (fill: string, partial = false) => (
  <rect
    x="1"
    y="1"
    width="18"
    height="12"
    rx="2"
    fill={fill}
    fillOpacity={partial ? undefined : 0.2}
    stroke={park}
    strokeWidth="1.5"
    strokeDasharray={partial ? '3 2' : undefined}
  />
)

const SYMBOLS = {
  parkOutline: parkSwatch(park),
  parkPartial: (
    <>
      <pattern
        id="legend-hatch"
        width="4"
        height="4"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="4" stroke={park} strokeOpacity="0.6" strokeWidth="1.4" />
      </pattern>
      {parkSwatch('url(#legend-hatch)', true)}
    </>
  ),
  parkPoint: (
    <>
      <circle
        cx="10"
        cy="7"
        r="6.2"
        fill="none"
        stroke={park}
        strokeWidth="1"
        strokeDasharray="1 1.6"
      />
      <circle cx="10" cy="7" r="2.6" fill="#fff" stroke={park} strokeWidth="1.8" />
    </>
  ),
  siteExact: <circle cx="10" cy="7" r="4.5" fill={site} stroke="#fff" strokeWidth="1.5" />,
  siteApproximate: (
    <circle cx="10" cy="7" r="4.5" fill={site} fillOpacity="0.55" stroke={site} strokeWidth="1.5" />
  ),
  districtLevel: (
    <>
      <rect
        x="2"
        y="1.5"
        width="16"
        height="11"
        rx="4"
        fill={MAP_COLORS.districtBadge}
        stroke={MAP_COLORS.districtBadgeLine}
        strokeWidth="1"
        strokeDasharray="2.4 1.4"
      />
      <text
        x="10"
        y="10"
        fontSize="7.5"
        fill={MAP_COLORS.districtBadgeText}
        textAnchor="middle"
        fontWeight="700"
      >
        7
      </text>
    </>
  ),
  cluster: (
    <>
      <circle cx="10" cy="7" r="6" fill={MAP_COLORS.cluster} />
      <text x="10" y="9.6" fontSize="7" fill="#fff" textAnchor="middle" fontWeight="700">
        5
      </text>
    </>
  ),
  infrastructure: (
    <>
      <circle cx="10" cy="7" r="6.5" fill={MAP_COLORS.infrastructure} />
      <path
        d={INFRASTRUCTURE_ICON_PATHS.airport}
        fill="#fff"
        transform="translate(4.6 1.6) scale(0.45)"
      />
    </>
  ),
} as const

/**
 * The legend entries for what the map draws now, and only those: a park outline, a partial
 * outline, a position with its uncertainty ring, exact and approximate sites, the district
 * badges of places known only by district, site groups and infrastructure.
 */
export function legendEntries(shown: VisiblePlaces | null): Entry[] {
  const parks = shown?.parks ?? []
  const sites = shown?.siteCountByPrecision ?? { exact: 0, approximate: 0, district: 0 }
  const has = {
    parkOutline: parks.some((p) => p.properties.extent === 'outline'),
    parkPartial: parks.some((p) => p.properties.extent === 'partial-outline'),
    parkPoint: parks.some((p) => p.properties.extent === 'point'),
    siteExact: sites.exact > 0,
    siteApproximate: sites.approximate > 0,
    districtLevel: sites.district > 0 || parks.some(isUnlocatedPark),
    cluster: sites.exact + sites.approximate > 1,
    infrastructure: true,
  }
  return (Object.keys(SYMBOLS) as (keyof typeof SYMBOLS)[])
    .filter((id) => has[id])
    .map((id) => ({ key: `legend.${id}` as CommonKey, symbol: SYMBOLS[id] }))
}

/** What the map's symbols mean, drawn with the map's own colours and icons. */
export function Legend(props: { shown: VisiblePlaces | null }) {
  const { t } = useI18n()
  return (
    <ul className="legend" data-testid="legend">
      {legendEntries(props.shown).map((entry) => (
        <li
          key={entry.key}
          data-testid="legend-entry"
          data-entry={entry.key.slice('legend.'.length)}
        >
          <svg viewBox="0 0 20 14" aria-hidden="true">
            {entry.symbol}
          </svg>
          {t(entry.key)}
        </li>
      ))}
    </ul>
  )
}
