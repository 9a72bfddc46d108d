import { useI18n } from '../../lib/i18n/use-i18n.ts'
import type { PlaceEntry, PlaceIndex } from '../../lib/places/place-index.ts'

interface Props {
  id: string
  query: string
  results: PlaceEntry[]
  active: number
  index: PlaceIndex | null
  onHover: (i: number) => void
  onChoose: (entry: PlaceEntry) => void
}

/** The listbox of search results (or the "nothing matches" line). */
export function SearchResults({ id, query, results, active, index, onHover, onChoose }: Props) {
  const { t, name, altName } = useI18n()
  if (results.length === 0) {
    return (
      <div className="search-results search-empty" id={id} role="status">
        {t('search.noResults', { query: query.trim() })}
      </div>
    )
  }
  return (
    <div className="search-results" id={id} role="listbox" aria-label={t('search.resultsLabel')}>
      {results.map((entry, i) => {
        const district = index?.get(`district:${entry.district_code}`)
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input (aria-activedescendant pattern)
          <div
            key={`${entry.kind}:${entry.id}`}
            tabIndex={-1}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            data-testid="search-result"
            data-place={`${entry.kind}:${entry.id}`}
            className="search-result"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(i)}
            onClick={() => onChoose(entry)}
          >
            <span className={`kind-badge kind-badge--${entry.kind}`}>
              {t(`kind.${entry.kind}`)}
            </span>
            <span className="search-result-names">
              <span className="search-result-name">{name(entry)}</span>
              <span className="search-result-alt">
                {altName(entry)}
                {district && entry.kind !== 'district' ? ` · ${name(district)}` : ''}
              </span>
            </span>
          </div>
        )
      })}
    </div>
  )
}
