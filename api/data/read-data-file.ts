import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { DataError } from './data-error.ts'

/** Largest data file read unless the caller says otherwise (the shipped files are < 0.2 MB). */
export const DEFAULT_MAX_DATA_FILE_BYTES = 128 * 1024 * 1024

export interface ReadOptions {
  /** Files over this many bytes are refused before reading (default 128 MB). */
  maxFileBytes?: number
  /** Files read feature by feature (`streamFeatures`: the sites) are refused over this (default `maxFileBytes`, else 2 GB). */
  maxStreamedFileBytes?: number
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
  const absolutePath = await statDataFile(
    dataDir,
    file,
    options.maxFileBytes ?? DEFAULT_MAX_DATA_FILE_BYTES,
  )
  let text: string
  try {
    text = await readFile(absolutePath, 'utf8')
  } catch (error) {
    throw readError(file, absolutePath, error)
  }
  if (text.charCodeAt(0) === 0xfeff) {
    throw new DataError(
      `${file}: starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM`,
    )
  }
  return text
}

/**
 * The absolute path of `<dataDir>/<file>` once it is known to exist and to be at most `maxBytes`;
 * otherwise a `DataError` naming the file and what to do.
 */
export async function statDataFile(
  dataDir: string,
  file: string,
  maxBytes: number,
): Promise<string> {
  const absolutePath = join(dataDir, file)
  let size: number
  try {
    size = (await stat(absolutePath)).size
  } catch (error) {
    throw readError(file, absolutePath, error)
  }
  if (size > maxBytes) {
    throw new DataError(
      `${file}: ${mb(size)} is over the ${mb(maxBytes)} limit for one data file (raise it with DATA_MAX_FILE_MB)`,
    )
  }
  return absolutePath
}

function readError(file: string, absolutePath: string, error: unknown): DataError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT')
    return new DataError(`${file}: file not found (looked for ${absolutePath})`)
  return new DataError(`${file}: cannot read (${(error as Error).message})`)
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
