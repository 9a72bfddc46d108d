import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensurePgliteTemplate, STATE_ROOT_ENV } from './pglite-template.ts'

/**
 * Vitest global setup: the PGlite template every test server's `STATE_DIR` starts from, and
 * one folder for this run's `STATE_DIR`s (workers inherit it through the environment),
 * removed when the run ends. Several projects share this setup: the first one makes the
 * folder and removes it.
 */
export default async function setup() {
  await ensurePgliteTemplate()
  if (process.env[STATE_ROOT_ENV]) return
  const root = mkdtempSync(join(tmpdir(), 'tianjin-test-run-'))
  process.env[STATE_ROOT_ENV] = root
  return () => {
    rmSync(root, { recursive: true, force: true })
    delete process.env[STATE_ROOT_ENV]
  }
}
