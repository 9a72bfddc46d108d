import type { PlaceKind } from './curation-port.ts'

/**
 * The ETag of a place's detail (`GET /api/sites/{id}`, `/api/parks/{id}`): kind, id, the
 * place's edit version and the data version, e.g. `"site:nankai-university:3:Xk2p0.7"`. It
 * changes whenever the body may (any data change), and `If-Match` on a write is checked by
 * the place version alone, so an edit elsewhere never makes an editor's copy stale.
 */
export function placeEtag(kind: PlaceKind, id: string, version: number, dataVersion: string) {
  return `"${kind}:${id}:${version}:${dataVersion}"`
}

/**
 * The version of `kind:id` that an `If-Match` header names: `'missing'` without one (or `*`,
 * which names no version), `'other'` when no listed tag is this place's (malformed, or
 * another place's). Compressed variants' `-br`/`-gz` tags and `W/` count as the same.
 */
export function ifMatchVersion(
  header: string | undefined,
  kind: PlaceKind,
  id: string,
): number | 'missing' | 'other' {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return 'missing'
  for (const tag of header.slice(0, 2048).split(',')) {
    // a compressed variant's -br/-gz suffix lands on the data version, which is not read
    const bare = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '')
    const [tagKind, tagId, version] = bare.split(':')
    if (tagKind === kind && tagId === id && version && /^\d{1,9}$/.test(version)) {
      return Number(version)
    }
  }
  return 'other'
}
