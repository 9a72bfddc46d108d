import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { apiClient } from '../api/api-client.ts'
import { healthKeys } from './health.ts'
import { sessionKeys } from './session.ts'

/** How often an open page asks whether the data changed (paused while the tab is hidden). */
export const DATA_VERSION_POLL_MS = 5000

/**
 * Keeps an open page's data current while editors work: asks `/api/health` for the data
 * version every `DATA_VERSION_POLL_MS` and, when it changes (an edit, on this server or another
 * one sharing its database), refetches every data query, so the map shows a save without a
 * reload. The responses revalidate by ETag, so only changed data travels.
 */
export function useDataVersionRefresh(pollMs = DATA_VERSION_POLL_MS): void {
  const queryClient = useQueryClient()
  const version = useQuery({
    queryKey: healthKeys.all,
    queryFn: () => apiClient.health(),
    refetchInterval: pollMs,
    staleTime: 0,
  }).data?.data_version
  const seen = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (!version) return
    if (seen.current !== undefined && seen.current !== version) {
      const own = new Set<unknown>([healthKeys.all[0], sessionKeys.all[0]])
      void queryClient.invalidateQueries({ predicate: (query) => !own.has(query.queryKey[0]) })
    }
    seen.current = version
  }, [version, queryClient])
}
