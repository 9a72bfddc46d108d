import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Font, woff2 } from 'fonteditor-core'

const FONTSOURCE = dirname(
  createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'),
)

/** A `unicode-range` entry (`U+4e00-4e3f`, `U+a5`) as inclusive bounds. */
function parseRange(entry: string): [number, number] {
  const [from = '', to] = entry.trim().replace(/^U\+/i, '').split('-')
  const start = Number.parseInt(from, 16)
  return [start, to === undefined ? start : Number.parseInt(to, 16)]
}

/** Fontsource's slices of Noto Sans SC: file name part and the code points each covers. */
function slices(): { name: string; covers: (point: number) => boolean }[] {
  const ranges = JSON.parse(readFileSync(join(FONTSOURCE, 'unicode.json'), 'utf8')) as Record<
    string,
    string
  >
  return Object.entries(ranges).map(([key, list]) => {
    const bounds = list.split(',').map(parseRange)
    return {
      name: key.replace(/^\[(\d+)\]$/, '$1'),
      covers: (point) => bounds.some(([a, b]) => point >= a && point <= b),
    }
  })
}

/**
 * One WOFF2 font of Noto Sans SC (OFL-1.1, from `@fontsource/noto-sans-sc`) at `weight` holding
 * exactly the glyphs of `codePoints` that the font has: each of Fontsource's slices that
 * covers some of them is cut down to those (fonteditor-core) and the pieces are joined.
 * Returns the font and the code points it maps.
 */
export async function buildFontSubset(
  codePoints: readonly number[],
  weight: 400 | 700,
): Promise<{ font: Uint8Array; mapped: number[] }> {
  await woff2.init()
  const seen = new Set<number>()
  let merged: ReturnType<typeof Font.create> | null = null
  for (const slice of slices()) {
    const mine = codePoints.filter((p) => slice.covers(p) && !seen.has(p))
    if (mine.length === 0) continue
    const file = join(FONTSOURCE, `files/noto-sans-sc-${slice.name}-${weight}-normal.woff2`)
    const piece = Font.create(readFileSync(file), {
      type: 'woff2',
      subset: mine,
      hinting: false,
      compound2simple: true,
    })
    const ttf = piece.get()
    const wanted = new Set(mine)
    // Keep glyph 0 (.notdef) of the first piece only, and each code point once.
    ttf.glyf = ttf.glyf.filter((glyph, i) => {
      glyph.unicode = (glyph.unicode ?? []).filter((p) => wanted.has(p) && !seen.has(p))
      for (const p of glyph.unicode) seen.add(p)
      return glyph.unicode.length > 0 || (i === 0 && merged === null)
    })
    // Glyphs are appended as they are (all slices share one em), not with `Font.merge`, which
    // drops glyphs without contours such as the space.
    if (merged === null) merged = piece
    else merged.get().glyf.push(...ttf.glyf)
  }
  if (merged === null) throw new Error('font subset: none of the code points is in Noto Sans SC')
  const font = merged.write({ type: 'woff2', hinting: false }) as unknown as Uint8Array
  return { font, mapped: [...seen].sort((a, b) => a - b) }
}

/** The code points a WOFF2 font maps to glyphs (its `cmap`). */
export async function mappedCodePoints(font: Uint8Array): Promise<Set<number>> {
  await woff2.init()
  const parsed = Font.create(Buffer.from(font), { type: 'woff2' }).get()
  return new Set(Object.keys(parsed.cmap).map(Number))
}
