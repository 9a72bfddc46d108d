import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query'
import { apiClient } from '../api/api-client.ts'

export const configKeys = { all: ['config'] as const }

type Config = Awaited<ReturnType<typeof apiClient.config>>

let inFlight: Promise<Config> | null = null

/** One request for the settings at a time, shared by every caller until it settles. */
function fetchConfig(): Promise<Config> {
  inFlight ??= apiClient.config().finally(() => {
    inFlight = null
  })
  return inFlight
}

/** The server's run-time settings for the web app (an operator's basemap style, if any). */
export const configQuery = () =>
  queryOptions({ queryKey: configKeys.all, queryFn: fetchConfig, staleTime: Infinity })

/**
 * Whether the map draws the sites from tiles (the server's `site_tiles`: too many to list), so
 * the browser has no site list; false until the settings have arrived.
 */
export function useTiledSites(): boolean {
  return useQuery(configQuery()).data?.site_tiles === true
}

/**
 * The settings for another query's fetch (the site list depends on them): the cached ones, else
 * the request in flight or a new one, cached for everyone. It does not wait on the settings
 * query itself: waiting inside one query on another's retries left the site list stuck after
 * the API came back and Retry was pressed.
 */
export async function settingsFor(client: QueryClient): Promise<Config> {
  const cached = client.getQueryData<Config>(configKeys.all)
  if (cached) return cached
  const config = await fetchConfig()
  client.setQueryData(configKeys.all, config)
  return config
}
