import { createHash } from 'node:crypto'
import { knownDigest } from '../data/content-digest.ts'
import type { Dataset } from '../data/dataset.ts'

/**
 * A short content hash of a loaded dataset (every record of every part, in load order): the
 * data version that keys cached representations. Equal data, equal version; any edit gives a
 * new one. Parts the loader streamed (the sites) enter by the digest of their bytes.
 *
 * @example
 * datasetVersion(await loadDataset('.')) // 'q3Zk0bN5yV1c'
 */
export function datasetVersion(ds: Dataset): string {
  const hash = createHash('sha1')
  for (const [part, value] of Object.entries(ds)) {
    hash.update(`\n${part}\n`)
    const digest = Array.isArray(value) ? knownDigest(value) : undefined
    if (digest !== undefined) hash.update(`digest ${digest}`)
    else if (Array.isArray(value)) for (const item of value) hash.update(JSON.stringify(item))
    else hash.update(JSON.stringify(value))
  }
  return hash.digest('base64url').slice(0, 12)
}
