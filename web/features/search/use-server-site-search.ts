import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { isLocatedSite } from '../../lib/places/place-location.ts'
import { useTiledSites } from '../../lib/queries/config.ts'
import { siteSearchQuery } from '../../lib/queries/sites.ts'
import type { SearchEntry } from './search-entry.ts'

/** Typing pause before the server is asked (one request per pause, not per key). */
const DEBOUNCE_MS = 250
/** Sites asked for per query: as many as the result list can show. */
const SITE_LIMIT = 10

/** `value`, once it has stayed the same for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/**
 * When the browser has no site list (the map draws tiles: a large dataset), the sites whose
 * name contains the typed text, from the server's name index (debounced), as search entries
 * to rank with the rest; otherwise none (the local index already holds every site).
 */
export function useServerSiteSearch(query: string): SearchEntry[] {
  const tiled = useTiledSites()
  const q = useDebounced(query.trim(), DEBOUNCE_MS)
  const found = useQuery({
    ...siteSearchQuery(q, SITE_LIMIT),
    enabled: tiled && q.length > 0,
    placeholderData: keepPreviousData,
  }).data
  return useMemo(
    () =>
      tiled && q.length > 0 && found
        ? found.features.map(
            (site): SearchEntry => ({
              kind: 'site',
              id: site.properties.id,
              name_zh: site.properties.name_zh,
              name_en: site.properties.name_en,
              aliases: [],
              related: [],
              district_code: site.properties.district_code,
              point: isLocatedSite(site)
                ? [site.geometry.coordinates[0] ?? 0, site.geometry.coordinates[1] ?? 0]
                : undefined,
              unlisted: true,
            }),
          )
        : [],
    [tiled, q, found],
  )
}
