import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'

const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string }
).version

/**
 * An initialised, empty PGlite folder kept in the system temp folder per PGlite version, so
 * the ~10 s first open happens once per machine, not once per server a test starts.
 */
export const PGLITE_TEMPLATE = join(tmpdir(), `tianjin-pglite-template-${PGLITE_VERSION}`)

/**
 * Makes `PGLITE_TEMPLATE` if it is missing (a vitest global setup calls this): created under
 * another name and renamed into place, so a half-made template is never copied, and two runs
 * making it at once both end with one.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  if (existsSync(PGLITE_TEMPLATE)) return PGLITE_TEMPLATE
  const making = mkdtempSync(`${PGLITE_TEMPLATE}-making-`)
  const db = await PGlite.create(join(making, 'pglite'))
  await db.close()
  try {
    renameSync(join(making, 'pglite'), PGLITE_TEMPLATE)
  } catch (error) {
    if (!existsSync(PGLITE_TEMPLATE)) throw error // else another run made it first
  } finally {
    rmSync(making, { recursive: true, force: true })
  }
  return PGLITE_TEMPLATE
}

/**
 * The folder this run's `STATE_DIR`s go in. The test run's global setup (`pglite-setup.ts`)
 * makes one and removes it at the end: test workers are ended without an `exit` event, so
 * a per-process clean-up alone left ~40 MB per server in the temp folder after every run.
 */
export const STATE_ROOT_ENV = 'TIANJIN_TEST_STATE_ROOT'

const made: string[] = []
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/**
 * A new `STATE_DIR` for one server: the template copied in (or empty when there is none yet:
 * the server then initialises it), inside the run's state folder when there is one, and
 * removed when this process exits.
 */
export function freshStateDir(): string {
  const dir = mkdtempSync(join(process.env[STATE_ROOT_ENV] || tmpdir(), 'tianjin-state-'))
  made.push(dir)
  if (existsSync(PGLITE_TEMPLATE)) cpSync(PGLITE_TEMPLATE, join(dir, 'pglite'), { recursive: true })
  return dir
}
