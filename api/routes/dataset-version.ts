import { createHash } from 'node:crypto'
import type { Dataset } from '../data/dataset.ts'

/**
 * A short content hash of a loaded dataset (every record of every part, in load order): the
 * data version that keys cached representations. Equal data, equal version; any edit gives a
 * new one.
 *
 * @example
 * datasetVersion(await loadDataset('.')) // 'q3Zk0bN5yV1c'
 */
export function datasetVersion(ds: Dataset): string {
  const hash = createHash('sha1')
  for (const [part, value] of Object.entries(ds)) {
    hash.update(`\n${part}\n`)
    if (Array.isArray(value)) for (const item of value) hash.update(JSON.stringify(item))
    else hash.update(JSON.stringify(value))
  }
  return hash.digest('base64url').slice(0, 12)
}
