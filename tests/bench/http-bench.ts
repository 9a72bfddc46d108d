import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, stopServers } from '../api/server-process.ts'
import { ensureWebBuild, ROOT } from '../e2e/web-build.ts'
import { ensurePgliteTemplate } from '../support/pglite-template.ts'
import { type LoadFigures, loadRun } from './load-run.ts'
import { median } from './quantile.ts'

/** The routes measured, with the goal ratio (app ÷ raw req/s) of each kind. */
export const HTTP_ROUTES = [
  { url: '/api/sites', goal: 0.9 },
  { url: '/api/analysis/within?lng=117.2&lat=39.13&radius_km=10', goal: 0.5 },
  { url: '/api/analysis/nearest?lng=117.71&lat=39.05&k=5', goal: 0.5 },
  { url: '/api/analysis/clusters?sector=li-battery&eps_km=5&min_points=2', goal: 0.5 },
  { url: '/', goal: 0.9 },
]
/** Headers node:http writes itself, per connection or per response. */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])
/** Seconds per server and route, measured in 1 s slices alternating raw and app. */
const SLICES = 5
const CONNECTIONS = 50

export interface HttpRow {
  url: string
  goal: number
  raw: LoadFigures
  app: LoadFigures
}

/** Slices of one server merged: mean req/s, median of the slices' p50 and p99. */
function merge(slices: LoadFigures[]): LoadFigures {
  return {
    rps: slices.reduce((sum, s) => sum + s.rps, 0) / slices.length,
    p50Ms: median(slices.map((s) => s.p50Ms)),
    p99Ms: median(slices.map((s) => s.p99Ms)),
    ok: slices.reduce((sum, s) => sum + s.ok, 0),
    failures: slices.reduce((sum, s) => sum + s.failures, 0),
  }
}

/**
 * Raw and app alternately in 1 s slices (after a 1 s warm-up of each), so load from other
 * processes on a shared machine falls on both alike.
 */
async function compare(rawUrl: string, appUrl: string) {
  const slice = (url: string) => loadRun(url, { seconds: 1, connections: CONNECTIONS })
  await slice(rawUrl)
  await slice(appUrl)
  const raw: LoadFigures[] = []
  const app: LoadFigures[] = []
  for (let i = 0; i < SLICES; i++) {
    raw.push(await slice(rawUrl))
    app.push(await slice(appUrl))
  }
  const figures = { raw: merge(raw), app: merge(app) }
  for (const [name, f] of Object.entries(figures)) {
    if (f.failures > 0 || f.rps < 100) throw new Error(`${name} ${appUrl}: ${JSON.stringify(f)}`)
  }
  return figures
}

function startRawServer(manifest: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/raw-server.ts', manifest],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /listening on (\d+)/.exec(chunk.toString())
      if (match) resolve({ port: Number(match[1]), stop: () => child.kill('SIGTERM') })
    })
    child.on('exit', (code) => reject(new Error(`raw server exited with ${code}`)))
  })
}

/**
 * The HTTP bench: the real server (`api/server.ts` on the shipped data and `dist/web`) against
 * a trivial node:http server returning the same bytes from memory, both on loopback, driven in
 * the same run by autocannon (50 connections; per route 5 s on each server in alternating 1 s
 * slices after a 1 s warm-up).
 * Requests carry no `Accept-Encoding`, and the raw server replays the app's headers, so both
 * send the same bytes and the ratio measures the server alone.
 */
export async function runHttpBench(): Promise<HttpRow[]> {
  await Promise.all([ensureWebBuild(), ensurePgliteTemplate()])
  const tmp = await mkdtemp(join(tmpdir(), 'tianjin-bench-'))
  const server = startServer({})
  try {
    const app = `http://127.0.0.1:${await server.listening}`
    const manifest: Record<string, { file: string; headers: Record<string, string> }> = {}
    for (const [i, { url }] of HTTP_ROUTES.entries()) {
      const res = await fetch(`${app}${url}`, { headers: { 'accept-encoding': 'identity' } })
      if (!res.ok) throw new Error(`${url}: ${res.status}`)
      const file = join(tmp, `body-${i}`)
      await writeFile(file, Buffer.from(await res.arrayBuffer()))
      const headers = Object.fromEntries(
        [...res.headers].filter(([name]) => !PER_CONNECTION.has(name)),
      )
      manifest[url] = { file, headers }
    }
    await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest))
    const raw = await startRawServer(join(tmp, 'manifest.json'))
    const rawBase = `http://127.0.0.1:${raw.port}`
    try {
      const rows: HttpRow[] = []
      for (const { url, goal } of HTTP_ROUTES) {
        rows.push({ url, goal, ...(await compare(`${rawBase}${url}`, `${app}${url}`)) })
        console.error(`bench: ${url} done`)
      }
      return rows
    } finally {
      raw.stop()
    }
  } finally {
    await stopServers()
    await rm(tmp, { recursive: true, force: true })
  }
}
