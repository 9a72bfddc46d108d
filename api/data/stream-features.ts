import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { DataError } from './data-error.ts'
import { type ReadOptions, statDataFile } from './read-data-file.ts'

/** Largest streamed feature file (sites): read feature by feature, so never held whole. */
export const DEFAULT_MAX_STREAMED_FILE_BYTES = 2 * 1024 * 1024 * 1024
/** Largest single feature of a streamed file. */
export const MAX_STREAMED_FEATURE_BYTES = 4 * 1024 * 1024

const QUOTE = 0x22
const BACKSLASH = 0x5c
const FEATURES_KEY = /"features"\s*:\s*$/

/**
 * Reads a GeoJSON FeatureCollection file in chunks and hands each element of its `features`
 * array to `onFeature` as soon as it is complete (parsed on its own, so no file-sized string
 * exists: V8 strings stop at 512 MB, and a million sites are ~900 MB). Returns the rest of the
 * file parsed, with `features: []`, for the caller to check `type`, and the sha1 of the bytes. Bad JSON is a `DataError`
 * naming the file (and the feature number); the size limit is `maxStreamedFileBytes`, else
 * `maxFileBytes`, else 2 GB. The scanner jumps from quote to quote with `indexOf`, so most bytes are never visited.
 */
export async function streamFeatures(
  dataDir: string,
  file: string,
  options: ReadOptions,
  onFeature: (input: unknown, index: number) => void,
): Promise<{ skeleton: unknown; digest: string }> {
  const limit =
    options.maxStreamedFileBytes ?? options.maxFileBytes ?? DEFAULT_MAX_STREAMED_FILE_BYTES
  const absolutePath = await statDataFile(dataDir, file, limit)
  const skeleton: Buffer[] = []
  let buf = Buffer.alloc(0)
  let pos = 0
  let depth = 0
  let inString = false
  let arrayDepth = -1 // depth inside the features array, -1 outside it
  let elementStart = -1 // start of the current feature in buf, -1 when between features
  let skeletonStart = 0 // start of text outside the features array not yet kept
  let count = 0
  let first = true
  const hash = createHash('sha1')

  const emit = (end: number) => {
    const text = buf.toString('utf8', elementStart, end).trim()
    elementStart = -1
    if (text === '') return
    let input: unknown
    try {
      input = JSON.parse(text)
    } catch (error) {
      throw new DataError(
        `${file}: invalid JSON in feature #${count} (${(error as Error).message})`,
      )
    }
    onFeature(input, count)
    count += 1
  }

  for await (const chunk of createReadStream(absolutePath, { highWaterMark: 1 << 22 })) {
    if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      throw new DataError(
        `${file}: starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM`,
      )
    }
    first = false
    hash.update(chunk as Buffer)
    // keep the unfinished feature (or skeleton text) and scan on from where we stopped
    const keepFrom = elementStart >= 0 ? elementStart : arrayDepth >= 0 ? pos : skeletonStart
    if (keepFrom < buf.length && buf.length - keepFrom > MAX_STREAMED_FEATURE_BYTES) {
      throw new DataError(
        `${file}: feature #${count} is over ${MAX_STREAMED_FEATURE_BYTES / 1024 / 1024} MB`,
      )
    }
    buf = Buffer.concat([buf.subarray(keepFrom), chunk as Buffer])
    pos -= keepFrom
    if (elementStart >= 0) elementStart -= keepFrom
    skeletonStart = arrayDepth >= 0 ? 0 : skeletonStart - keepFrom
    let nextQuote = -2
    let nextEscape = -2
    while (pos < buf.length) {
      if (inString) {
        if (nextQuote < pos) nextQuote = buf.indexOf(QUOTE, pos)
        if (nextEscape < pos && nextEscape !== -1) nextEscape = buf.indexOf(BACKSLASH, pos)
        if (nextEscape !== -1 && (nextQuote === -1 || nextEscape < nextQuote)) {
          if (nextEscape + 1 >= buf.length) break // the escaped byte is in the next chunk
          pos = nextEscape + 2
          continue
        }
        if (nextQuote === -1) {
          pos = buf.length
          break
        }
        inString = false
        pos = nextQuote + 1
        continue
      }
      const byte = buf[pos] as number
      if (byte === QUOTE) {
        inString = true
        if (arrayDepth >= 0 && elementStart < 0 && depth === arrayDepth) elementStart = pos
      } else if (byte === 0x7b || byte === 0x5b) {
        if (arrayDepth >= 0 && elementStart < 0 && depth === arrayDepth) elementStart = pos
        depth += 1
        if (byte === 0x5b && depth === 2 && arrayDepth < 0 && isFeaturesKey()) {
          skeleton.push(buf.subarray(skeletonStart, pos + 1))
          arrayDepth = depth
        }
      } else if (byte === 0x7d || byte === 0x5d) {
        if (arrayDepth >= 0 && depth === arrayDepth) {
          if (elementStart >= 0) emit(pos)
          arrayDepth = -1
          skeletonStart = pos
        }
        depth -= 1
      } else if (byte === 0x2c && arrayDepth >= 0 && depth === arrayDepth) {
        if (elementStart < 0) throw new DataError(`${file}: invalid JSON: empty feature #${count}`)
        emit(pos)
      } else if (arrayDepth >= 0 && elementStart < 0 && depth === arrayDepth && byte > 0x20) {
        elementStart = pos // a number, true, false or null where a feature should be
      }
      pos += 1
    }
  }
  if (arrayDepth < 0) skeleton.push(buf.subarray(skeletonStart))
  const text = Buffer.concat(skeleton).toString('utf8')
  try {
    return { skeleton: JSON.parse(text), digest: hash.digest('base64url') }
  } catch (error) {
    throw new DataError(`${file}: invalid JSON (${(error as Error).message})`)
  }

  function isFeaturesKey(): boolean {
    const from = Math.max(skeletonStart, pos - 64)
    const before = Buffer.concat([...skeleton.slice(-1), buf.subarray(from, pos)]).toString()
    return FEATURES_KEY.test(before)
  }
}
