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

const made: string[] = []
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/**
 * A new `STATE_DIR` for one server: the template copied in (or empty when there is none yet:
 * the server then initialises it), removed when this test process exits.
 */
export function freshStateDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tianjin-state-'))
  made.push(dir)
  if (existsSync(PGLITE_TEMPLATE)) cpSync(PGLITE_TEMPLATE, join(dir, 'pglite'), { recursive: true })
  return dir
}
