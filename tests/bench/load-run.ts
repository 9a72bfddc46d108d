import autocannon from 'autocannon'

/** What one autocannon run measured. */
export interface LoadFigures {
  /** Mean requests per second over the run. */
  rps: number
  p50Ms: number
  p99Ms: number
  /** Requests answered 2xx. */
  ok: number
  /** Connection errors, timeouts and non-2xx answers together. */
  failures: number
}

interface LoadOptions {
  seconds?: number
  connections?: number
  headers?: Record<string, string>
  /** Paths each connection requests in turn (default: `url` itself). */
  paths?: string[]
}

/**
 * Drives `url` with autocannon on loopback for `seconds` at `connections` connections
 * (one request in flight per connection) and returns its figures.
 *
 * @example
 * const { rps, p99Ms } = await loadRun('http://127.0.0.1:8787/api/sites', { seconds: 5 })
 */
export async function loadRun(url: string, options: LoadOptions = {}): Promise<LoadFigures> {
  const { seconds = 5, connections = 50, headers = {}, paths } = options
  const requests = paths?.map((path) => ({ method: 'GET', path }))
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    headers,
    ...(requests ? { requests } : {}),
  })
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result['2xx'],
    failures: result.errors + result.timeouts + result.non2xx,
  }
}
