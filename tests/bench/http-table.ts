import type { HttpRow } from './http-bench.ts'
import { markdownTable } from './markdown-table.ts'

const rps = (n: number) => Math.round(n).toLocaleString('en-US')

/** The HTTP bench as a markdown section: req/s and p99 of app and raw, ratio against the goal. */
export function httpSection(rows: HttpRow[]): string {
  const table = markdownTable(
    ['route', 'app req/s', 'raw req/s', 'app ÷ raw', 'goal', 'app p99', 'raw p99'],
    [false, true, true, true, true, true, true],
    rows.map((r) => {
      const ratio = r.app.rps / r.raw.rps
      const p99Goal = r.goal < 0.9 ? ', p99 ≤ 20 ms' : ''
      return [
        `\`${r.url}\``,
        rps(r.app.rps),
        rps(r.raw.rps),
        `${ratio.toFixed(2)}× ${ratio >= r.goal ? '✓' : '✗'}`,
        `≥ ${r.goal}×${p99Goal}`,
        `${r.app.p99Ms} ms`,
        `${r.raw.p99Ms} ms`,
      ]
    }),
  )
  return `## HTTP: the server vs a raw node:http server

The real server (\`api/server.ts\`, shipped data, \`dist/web\`) against a trivial \`node:http\`
server replaying the same bytes (body and headers) from memory, both on loopback, driven in
the same run by autocannon at 50 connections: per route 5 s on each server in alternating 1 s
slices after a 1 s warm-up. req/s is the mean over the slices, p99 the median of the slices'.

${table}`
}
