import { quantile } from './quantile.ts'

/** A name search soon after start-up, while the server builds its name index in the background. */
export interface EarlySearch {
  /** The first `q` search, `afterMs` after the server answered /api/health. */
  firstSearchMs: number
  /** When /api/health first said the index was built (s after it answered), null: not by then. */
  indexReadyS: number | null
  /** The build time /api/health reported (without the pauses for requests). */
  buildMs: number | null
  /** /api/health latencies over that window, polled every 100 ms: p50 and max. */
  healthP50Ms: number
  healthMaxMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Polls /api/health for `afterMs` from the moment the server first answered (its latency shows
 * whether the background build holds requests up), then times the first name search.
 */
export async function earlySearch(baseUrl: string, afterMs: number): Promise<EarlySearch> {
  const started = performance.now()
  const healthMs: number[] = []
  let indexReadyS: number | null = null
  let buildMs: number | null = null
  while (performance.now() - started < afterMs) {
    const asked = performance.now()
    const res = await fetch(`${baseUrl}/api/health`)
    const state = (
      (await res.json()) as { site_search_index: { built: boolean; build_ms: number } }
    ).site_search_index
    healthMs.push(performance.now() - asked)
    if (indexReadyS === null && state.built) {
      indexReadyS = (performance.now() - started) / 1000
      buildMs = state.build_ms
    }
    await sleep(100)
  }
  const asked = performance.now()
  const res = await fetch(`${baseUrl}/api/sites?limit=10&q=${encodeURIComponent('site 4242')}`)
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`first search: ${res.status}`)
  const firstSearchMs = performance.now() - asked
  const healthP50Ms = quantile(healthMs, 0.5)
  return { firstSearchMs, indexReadyS, buildMs, healthP50Ms, healthMaxMs: quantile(healthMs, 1) }
}
