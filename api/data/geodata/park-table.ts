import type { ParkRow } from './park-row.ts'
import { PARK_ROWS_MFG21 } from './park-rows-mfg21.ts'
import { PARK_ROWS_MFG21_MORE } from './park-rows-mfg21-more.ts'
import { PARK_ROWS_NE18 } from './park-rows-ne18.ts'
import { PARK_ROWS_NE18_MORE } from './park-rows-ne18-more.ts'

/**
 * The hand-curated park table: every park, base, zone and pilot area the two plans name that
 * can be placed at least at district level. `build-parks.ts` turns it into
 * `geodata/parks.geojson`. Entities the plans name but that cannot be placed are listed in
 * `geodata/README.md` (section "Named but not placed").
 */
export const PARK_TABLE: ParkRow[] = [
  ...PARK_ROWS_NE18,
  ...PARK_ROWS_NE18_MORE,
  ...PARK_ROWS_MFG21,
  ...PARK_ROWS_MFG21_MORE,
]
