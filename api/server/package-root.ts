import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The nearest folder at or above `start` holding a `package.json`: the repository root,
 * whether the server runs from its sources (`api/`) or compiled (`dist/server/api/`).
 *
 * @example
 * packageRoot(dirname(fileURLToPath(import.meta.url)))
 */
export function packageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`no package.json at or above ${start}`)
  }
}
