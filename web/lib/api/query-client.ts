import { QueryClient } from '@tanstack/react-query'

/**
 * The data is static between deployments, so nothing goes stale while the page is open;
 * a failed request is retried once before the error state shows.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Number.POSITIVE_INFINITY, retry: 1, refetchOnWindowFocus: false },
    },
  })
}
