import { useI18n } from '../../lib/i18n/use-i18n.ts'
import type { SearchOption } from './search-choice.ts'
import { optionKey } from './search-choice.ts'
import { SEARCH_MESSAGES } from './search-messages.ts'

interface Props {
  id: string
  query: string
  options: readonly SearchOption[]
  active: number
  /** Name of a district by code (shown after a place's name). */
  districtName: (code: string) => string | null
  onHover: (i: number) => void
  onChoose: (option: SearchOption) => void
}

/** The listbox of search results, each with its kind and why it matched (or "nothing matches"). */
export function SearchResults(props: Props) {
  const { id, query, options, active, onHover, onChoose } = props
  const { t } = useI18n(SEARCH_MESSAGES)
  if (options.length === 0) {
    return (
      <div className="search-results search-empty" id={id} role="status">
        {t('search.noResults', { query: query.trim() })}
      </div>
    )
  }
  return (
    <div className="search-results" id={id} role="listbox" aria-label={t('search.resultsLabel')}>
      {options.map((option, i) => {
        const disabled = option.kind === 'point' && !option.inMap
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input (aria-activedescendant pattern)
          <div
            key={optionKey(option)}
            tabIndex={-1}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            aria-disabled={disabled || undefined}
            data-testid="search-result"
            data-place={optionKey(option)}
            className="search-result"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(i)}
            onClick={() => (disabled ? undefined : onChoose(option))}
          >
            <ResultText option={option} districtName={props.districtName} />
          </div>
        )
      })}
    </div>
  )
}

function ResultText(props: { option: SearchOption; districtName: Props['districtName'] }) {
  const { t, name, altName } = useI18n(SEARCH_MESSAGES)
  const { option } = props
  const kind = option.kind === 'point' ? 'point' : option.entry.kind
  let title: string
  const notes: string[] = []
  if (option.kind === 'point') {
    title = `${option.at[0].toFixed(5)}, ${option.at[1].toFixed(5)}`
    const district = option.districtCode ? props.districtName(option.districtCode) : null
    notes.push(t('search.point'))
    if (!option.inMap) notes.push(t('search.pointOutside'))
    else if (district) notes.push(t('search.pointIn', { name: district }))
  } else {
    const { entry, via } = option
    title = name(entry)
    notes.push(altName(entry))
    if (via) notes.push(t('search.via', { name: name(via) }))
    if (entry.chain) notes.push(t('search.linkOf', { name: name(entry.chain) }))
    if (entry.kind === 'sector') notes.push(t('search.sectorAction'))
    if (entry.kind === 'chain') notes.push(t('search.chainAction'))
    const district = entry.district_code && props.districtName(entry.district_code)
    if (district && entry.kind !== 'district') notes.push(district)
  }
  return (
    <>
      <span className={`kind-badge kind-badge--${kind}`} data-testid="search-result-kind">
        {t(`kind.${kind}`)}
      </span>
      <span className="search-result-names">
        <span className="search-result-name">{title}</span>
        <span className="search-result-alt">{notes.filter(Boolean).join(' · ')}</span>
      </span>
    </>
  )
}
