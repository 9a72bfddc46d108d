import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { freshStateDir } from '../support/pglite-template.ts'
import { ensureWebBuild, ROOT } from './web-build.ts'

/** The production server entry (override with `E2E_SERVER_ENTRY`, relative to the repo root). */
const SERVER_ENTRY = process.env.E2E_SERVER_ENTRY ?? 'api/server.ts'

export interface RunningServer {
  /** e.g. `http://127.0.0.1:41234` */
  baseUrl: string
  /** The server process (to read its memory). */
  pid: number | undefined
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

async function waitUntilServing(
  baseUrl: string,
  child: ChildProcess,
  log: () => string,
  startMs: number,
) {
  const deadline = Date.now() + startMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`)
    try {
      const [health, page] = await Promise.all([
        fetch(`${baseUrl}/api/health`),
        fetch(`${baseUrl}/`),
      ])
      if (health.ok && page.ok && (page.headers.get('content-type') ?? '').includes('html')) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`server did not serve ${baseUrl} within ${startMs / 1000} s:\n${log()}`)
}

/**
 * Starts the production server (`node --import tsx api/server.ts`) on a free port (with extra
 * environment variables `env`), serving the freshly built `dist/web`, and resolves once both
 * the API and the page answer. Its edit database is `env.STATE_DIR` (or `env.DATABASE_URL`),
 * by default a fresh embedded one. It must serve within `startMs` (default 60 s).
 */
export async function startServer(
  env: Record<string, string> = {},
  startMs = 60_000,
): Promise<RunningServer> {
  await ensureWebBuild()
  const port = await freePort()
  // the young-generation size `npm run serve` gives the server (a million sites load ~1.5× faster)
  const node = ['--max-semi-space-size=64', '--import', 'tsx']
  const child = spawn(process.execPath, [...node, join(ROOT, SERVER_ENTRY)], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...(env.DATABASE_URL ? {} : { STATE_DIR: freshStateDir() }),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const baseUrl = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.kill('SIGTERM')
    })
  try {
    await waitUntilServing(baseUrl, child, () => output, startMs)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, pid: child.pid, stop }
}
