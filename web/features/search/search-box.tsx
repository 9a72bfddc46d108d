import { useEffect, useId, useMemo, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { lowerSheet, raiseSheet } from '../../lib/stores/sheet-stack.ts'
import { addFullFontFallback } from '../../lib/theme/full-font-fallback.ts'
import './search-box.css'
import { parseCoordinates } from './parse-coordinates.ts'
import type { SearchOption } from './search-choice.ts'
import { markPoint } from './search-marker.ts'
import { SEARCH_MESSAGES } from './search-messages.ts'
import { searchEntries } from './search-places.ts'
import { SearchResults } from './search-results.tsx'
import { usePointDistrict } from './use-point-district.ts'
import { type SearchActions, useSearchChoose } from './use-search-choose.ts'
import { useSearchIndex } from './use-search-index.ts'
import { useServerSiteSearch } from './use-server-site-search.ts'

/**
 * Search over places (districts, parks, sites, infrastructure, with their aliases), sectors,
 * chains and chain links, or typed WGS84 coordinates, as a combobox: arrows move, Enter
 * chooses, Escape closes (then clears). Focus adds the full font behind the subset for typed
 * text. What a choice does: `use-search-choose.ts`.
 */
export function SearchBox(props: SearchActions) {
  const { t } = useI18n(SEARCH_MESSAGES)
  const index = useSearchIndex()
  const pointDistrict = usePointDistrict()
  const choose = useSearchChoose(props)
  const listId = useId()
  const [query, setQuery] = useState('')
  const serverSites = useServerSiteSearch(query)
  const [open, setOpen] = useState(false)
  /** Highlighted result; -1 until the arrows move (Enter then takes the first). */
  const [active, setActive] = useState(-1)
  const options = useMemo((): SearchOption[] => {
    const at = parseCoordinates(query)
    if (at) return [{ kind: 'point', at, ...pointDistrict.locate(at) }]
    if (!index) return []
    const entries = serverSites.length > 0 ? [...index, ...serverSites] : index
    return searchEntries(entries, query).map((hit) => ({ ...hit, kind: 'entry' }))
  }, [index, serverSites, query, pointDistrict])
  // Until the lists have loaded there is nothing to say (not "nothing matches"), unless the
  // query is a point.
  const showList = open && query.trim().length > 0 && (index !== null || options.length > 0)
  // The results are a sheet of their own on phones: showing them closes the layer sheet.
  useEffect(() => (showList ? raiseSheet('search') : lowerSheet('search')), [showList])

  const pick = (option: SearchOption | undefined) => {
    if (!option || (option.kind === 'point' && !option.inMap)) return
    choose(option)
    setOpen(false)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const step = event.key === 'ArrowDown' ? 1 : -1
      const n = options.length
      // Positions -1 (the input) … n-1 cycle: shift by one, step, wrap, shift back.
      setActive((i) => (n ? ((i + 1 + step + n + 1) % (n + 1)) - 1 : -1))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      pick(options[Math.max(active, 0)])
    } else if (event.key === 'Escape') {
      if (showList) setOpen(false)
      else {
        setQuery('')
        markPoint(undefined)
      }
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
        aria-activedescendant={showList && options[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.hint')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onFocus={() => {
          setOpen(true)
          // Typed text may hold characters outside the subset the page is drawn with.
          void addFullFontFallback()
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <SearchResults
          id={listId}
          query={query}
          options={options}
          active={active}
          districtName={pointDistrict.name}
          onHover={setActive}
          onChoose={pick}
        />
      )}
    </div>
  )
}
