import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { newestMtimeMs, ROOT } from '../e2e/web-build.ts'

const COMPILED = join(ROOT, 'dist/server/api/server.js')

/**
 * Compiles the server (`bin/build-server.mjs`: tsc → `dist/server` and the migrations, as
 * `npm run build` does) when the output is missing or older than `api/`, so `npm run serve`
 * runs the current sources.
 */
export function ensureServerBuild(): void {
  if (existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= newestMtimeMs(join(ROOT, 'api'))) return
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/build-server.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`the server build failed:\n${result.stdout}${result.stderr}`)
}
