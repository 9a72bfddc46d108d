import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DataError } from './data-error.ts'

/** Largest data file read unless the caller says otherwise (the shipped files are < 0.2 MB). */
export const DEFAULT_MAX_DATA_FILE_BYTES = 128 * 1024 * 1024

export interface ReadOptions {
  /** Files over this many bytes are refused before reading (default 128 MB). */
  maxFileBytes?: number
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Reads `<dataDir>/<file>` as UTF-8. A missing, unreadable or over-large file, and a file
 * starting with a UTF-8 byte-order mark, is a `DataError` naming it (relative, as the data
 * layout names it) and what to do.
 */
export async function readDataText(
  dataDir: string,
  file: string,
  options: ReadOptions = {},
): Promise<string> {
  const absolutePath = join(dataDir, file)
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_DATA_FILE_BYTES
  let text: string
  try {
    const { size } = await stat(absolutePath)
    if (size > maxBytes) {
      throw new DataError(
        `${file}: ${mb(size)} is over the ${mb(maxBytes)} limit for one data file (raise it with DATA_MAX_FILE_MB)`,
      )
    }
    text = await readFile(absolutePath, 'utf8')
  } catch (error) {
    if (error instanceof DataError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new DataError(`${file}: file not found (looked for ${absolutePath})`)
    throw new DataError(`${file}: cannot read (${(error as Error).message})`)
  }
  if (text.charCodeAt(0) === 0xfeff) {
    throw new DataError(
      `${file}: starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM`,
    )
  }
  return text
}

/** Reads and parses a JSON (or GeoJSON) data file; bad JSON is a `DataError` naming the file. */
export async function readDataJson(
  dataDir: string,
  file: string,
  options: ReadOptions = {},
): Promise<unknown> {
  const text = await readDataText(dataDir, file, options)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new DataError(`${file}: invalid JSON (${(error as Error).message})`)
  }
}
