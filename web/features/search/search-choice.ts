import type { TypedPoint } from './parse-coordinates.ts'
import type { SearchEntry } from './search-entry.ts'

/** A row of the result list: a found entry, or the point typed as coordinates. */
export type SearchOption =
  | { kind: 'entry'; entry: SearchEntry; via?: { name_zh: string; name_en: string } }
  | { kind: 'point'; at: TypedPoint; districtCode: string | null; inMap: boolean }

/** The `data-place` of an option (`<kind>:<id>`, `point:<lng>,<lat>`), for tests and keys. */
export function optionKey(option: SearchOption): string {
  return option.kind === 'point'
    ? `point:${option.at[0]},${option.at[1]}`
    : `${option.entry.kind}:${option.entry.id}`
}
