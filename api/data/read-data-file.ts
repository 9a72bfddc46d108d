import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DataError } from './data-error.ts'

/**
 * Reads `<dataDir>/<file>` as UTF-8. A missing or unreadable file is a `DataError` naming it
 * (relative, as the data layout names it) and where it was looked for.
 */
export async function readDataText(dataDir: string, file: string): Promise<string> {
  const absolutePath = join(dataDir, file)
  try {
    return await readFile(absolutePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new DataError(`${file}: file not found (looked for ${absolutePath})`)
    throw new DataError(`${file}: cannot read (${(error as Error).message})`)
  }
}

/** Reads and parses a JSON (or GeoJSON) data file; bad JSON is a `DataError` naming the file. */
export async function readDataJson(dataDir: string, file: string): Promise<unknown> {
  const text = await readDataText(dataDir, file)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new DataError(`${file}: invalid JSON (${(error as Error).message})`)
  }
}
