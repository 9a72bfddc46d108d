import type { LocationPrecision } from '../../domain/precision.ts'

/** What a README table row needs from a park or site feature's properties. */
export interface PlaceSummary {
  id: string
  name_zh: string
  name_en: string
  district_code: string
  location_precision: LocationPrecision
  /** The basis users read and the sources it names. */
  location_source: string
  kind: string
  /** Park: its extent (`point, ring 5 km`, `outline, 1591.993 km²`); site: placement and park. */
  extra: string
}

const PRECISIONS: LocationPrecision[] = ['exact', 'approximate', 'district']

/** Markers around a generated block: `<!-- <name>:start -->` … `<!-- <name>:end -->`. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` }
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ')
}

/**
 * The counts line of a generated block, e.g.
 * `Precision counts: exact 0 · approximate 5 · district 28 · total 33`.
 */
export function precisionCountsLine(places: Pick<PlaceSummary, 'location_precision'>[]): string {
  const parts = PRECISIONS.map(
    (p) => `${p} ${places.filter((x) => x.location_precision === p).length}`,
  )
  return `Precision counts: ${parts.join(' · ')} · total ${places.length}`
}

/** Reads the counts back from a block written by `precisionCountsLine`. */
export function parsePrecisionCounts(block: string): Record<string, number> | null {
  const match =
    /Precision counts: exact (\d+) · approximate (\d+) · district (\d+) · total (\d+)/.exec(block)
  if (!match) return null
  const [, exact, approximate, district, total] = match.map(Number)
  return {
    exact: exact ?? 0,
    approximate: approximate ?? 0,
    district: district ?? 0,
    total: total ?? 0,
  }
}

/**
 * A Markdown table of places plus the precision counts line. `districtName` maps a district
 * code to its display name; `extraHeader` names the `extra` column.
 */
export function placesTable(
  places: PlaceSummary[],
  districtName: (code: string) => string,
  extraHeader: string,
): string {
  const header = `| id | name_zh | name_en | kind | district | precision | ${extraHeader} | location basis and sources |`
  const rule = '|---|---|---|---|---|---|---|---|'
  const rows = places.map((p) =>
    [
      `\`${p.id}\``,
      p.name_zh,
      p.name_en,
      p.kind,
      `${p.district_code} ${districtName(p.district_code)}`,
      p.location_precision,
      p.extra,
      p.location_source,
    ]
      .map(cell)
      .join(' | '),
  )
  return [precisionCountsLine(places), '', header, rule, ...rows.map((r) => `| ${r} |`)].join('\n')
}

/** Replaces the text between a block's markers (the markers must already be present). */
export function replaceBlock(markdown: string, name: string, content: string): string {
  const { start, end } = markers(name)
  const from = markdown.indexOf(start)
  const to = markdown.indexOf(end)
  if (from === -1 || to === -1 || to < from)
    throw new Error(`README has no ${start} … ${end} block`)
  return `${markdown.slice(0, from + start.length)}\n${content}\n${markdown.slice(to)}`
}

/** The text between a block's markers, or `null` when the markers are missing. */
export function readBlock(markdown: string, name: string): string | null {
  const { start, end } = markers(name)
  const from = markdown.indexOf(start)
  const to = markdown.indexOf(end)
  return from === -1 || to === -1 || to < from ? null : markdown.slice(from + start.length, to)
}
