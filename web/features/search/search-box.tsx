import { useEffect, useId, useMemo, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import type { PlaceEntry } from '../../lib/places/place-index.ts'
import { lowerSheet, raiseSheet } from '../../lib/stores/sheet-stack.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'
import { requestFocus } from '../../map/camera/camera-requests.ts'
import './search-box.css'
import { usePlaceIndex } from '../../lib/places/use-place-index.ts'
import { searchPlaces } from './search-places.ts'
import { SearchResults } from './search-results.tsx'

/**
 * Search over Chinese and English names of districts, parks and sites, as a combobox:
 * arrows move, Enter chooses, Escape closes (then clears). Choosing flies to the place and
 * opens its details.
 */
export function SearchBox() {
  const { t } = useI18n()
  const { select } = useViewActions()
  const index = usePlaceIndex()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  /** Highlighted result; -1 until the arrows move (Enter then takes the first). */
  const [active, setActive] = useState(-1)
  const results = useMemo(() => (index ? searchPlaces(index, query) : []), [index, query])
  const showList = open && query.trim().length > 0
  // The results are a sheet of their own on phones: showing them closes the layer sheet.
  useEffect(() => (showList ? raiseSheet('search') : lowerSheet('search')), [showList])

  const choose = (entry: PlaceEntry | undefined) => {
    if (!entry) return
    const target = { kind: entry.kind, id: entry.id }
    select(target)
    requestFocus(target)
    setOpen(false)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) =>
        results.length ? ((i + step + results.length + 1) % (results.length + 1)) - 1 : -1,
      )
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(results[Math.max(active, 0)])
    } else if (event.key === 'Escape') {
      if (showList) setOpen(false)
      else setQuery('')
    }
  }

  return (
    <div className="search-box">
      <svg className="search-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M10.5 4a6.5 6.5 0 0 1 5.2 10.4l4.4 4.4-1.4 1.4-4.4-4.4A6.5 6.5 0 1 1 10.5 4zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9z" />
      </svg>
      <input
        type="search"
        data-testid="search-input"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <SearchResults
          id={listId}
          query={query}
          results={results}
          active={active}
          index={index}
          onHover={setActive}
          onChoose={choose}
        />
      )}
    </div>
  )
}
