import type { LocationPrecision, LocationRef } from '../../domain/index.ts'

/** What users read about an imported site's position, and the source it names. */
export interface ImportedBasis {
  location_basis_zh: string
  location_basis_en: string
  location_refs: LocationRef[]
}

/**
 * The user-facing basis of a site imported from CSV when the row gives none
 * (`location_basis_zh` / `location_basis_en` blank): what its precision means, naming the
 * row's `source_url` by its host. The row's `location_source` stays the editors' record.
 */
export function importedBasis(precision: string, sourceUrl: string): ImportedBasis {
  const host = hostOf(sourceUrl)
  const refs: LocationRef[] = host ? [{ title: host, url: sourceUrl }] : []
  const from = { zh: host ? `（${host}）` : '', en: host ? ` (${host})` : '' }
  const text: Record<LocationPrecision, { zh: string; en: string }> = {
    exact: {
      zh: `位置取自导入时给出的来源${from.zh}。`,
      en: `Position from the source given on import${from.en}.`,
    },
    approximate: {
      zh: `大致位置，取自导入时给出的来源${from.zh}。`,
      en: `Approximate position from the source given on import${from.en}.`,
    },
    district: {
      zh: `只知道所在区${from.zh}；地图按区计数，不标具体位置。`,
      en: `Only the district is known${from.en}; the map counts it in its district and shows no position.`,
    },
  }
  const chosen = text[precision as LocationPrecision] ?? text.district
  return { location_basis_zh: chosen.zh, location_basis_en: chosen.en, location_refs: refs }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null
  } catch {
    return null
  }
}
