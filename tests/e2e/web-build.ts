import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = new URL('../../', import.meta.url).pathname
const INDEX_HTML = join(ROOT, 'dist/web/index.html')
const LOCK_DIR = join(ROOT, 'dist/.web-build-lock')

/** The latest modification time of `path` or anything below it, ms. */
export function newestMtimeMs(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))))
}

/** Whether `dist/web` is missing or older than any source it is built from. */
export function webBuildIsStale(): boolean {
  if (!existsSync(INDEX_HTML)) return true
  const built = statSync(INDEX_HTML).mtimeMs
  const sources = ['web', 'api/domain', 'scripts', 'vite.config.ts'].map((p) => join(ROOT, p))
  return sources.some((source) => existsSync(source) && newestMtimeMs(source) > built)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Builds the web app (`vite build` → `dist/web`) when it is stale, so the browser tests always
 * run against the current sources. A lock directory keeps parallel test files from building at
 * the same time.
 */
export async function ensureWebBuild(): Promise<void> {
  mkdirSync(join(ROOT, 'dist'), { recursive: true })
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(LOCK_DIR)
      break
    } catch {
      if (waited > 180_000) throw new Error(`${LOCK_DIR} held for 3 minutes; remove it if stale`)
      await sleep(500)
    }
  }
  try {
    if (!webBuildIsStale()) return
    const vite = join(ROOT, 'node_modules/vite/bin/vite.js')
    const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: ROOT,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would give the build React's development bundles.
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (result.status !== 0) throw new Error(`vite build failed:\n${result.stderr}${result.stdout}`)
  } finally {
    rmdirSync(LOCK_DIR)
  }
}
