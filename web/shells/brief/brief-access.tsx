import type { BriefI18n } from './brief-context.ts'
import type { AccessData } from './use-brief-data.ts'

type Hit = { name_zh: string; name_en: string; distance_km: number } | null

/** Distances to the port, the airport, the nearest railway station and (for sites/points) park. */
export function BriefAccess(props: {
  i18n: BriefI18n
  access: AccessData | null
  withPark: boolean
}) {
  const { bt, name, km } = props.i18n
  const access = props.access
  if (!access) return null
  const rows: Array<[string, Hit]> = [
    [bt('brief.port'), access.port],
    [bt('brief.airport'), access.airport],
    [bt('brief.rail'), access.rail_station],
  ]
  if (props.withPark) rows.push([bt('brief.park'), access.park])
  return (
    <section
      className="brief-access"
      aria-labelledby="brief-access-title"
      data-testid="brief-access"
    >
      <h2 id="brief-access-title">{bt('brief.access')}</h2>
      <ul>
        {rows.map(([label, hit]) =>
          hit ? (
            <li key={label}>
              <span className="brief-access-km">{km(hit.distance_km)}</span>
              <span className="brief-access-label">{label}</span>
              <span className="brief-access-name">{name(hit)}</span>
            </li>
          ) : null,
        )}
      </ul>
    </section>
  )
}
