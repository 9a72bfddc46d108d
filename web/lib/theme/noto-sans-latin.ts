/// <reference types="vite/client" />
import UNICODE_RANGES from '@fontsource/noto-sans/unicode.json'
import type { FontFacesSpecification } from 'maplibre-gl'
import type { Lang } from '../i18n/lang.ts'
import { type FontFile, fontFaceCss, mapFontFaces } from './font-faces.ts'
import { MAP_FONTS } from './theme.ts'

/**
 * Self-hosted Noto Sans (OFL-1.1, `@fontsource/noto-sans`), Latin and Latin-extended subsets,
 * for English text. Noto Sans SC draws ’ “ ” as full-width CJK punctuation ("Lishen’ s");
 * putting this font first for English (page and map labels) gives them their Latin shapes.
 * Chinese text keeps Noto Sans SC alone, where full-width quotes are right.
 */
const FILES = import.meta.glob<string>(
  '../../../node_modules/@fontsource/noto-sans/files/noto-sans-latin{,-ext}-{400,700}-normal.woff2',
  { query: '?url', import: 'default', eager: true },
)

/** The family name the page's English font stack starts with (see `lib/ui/base.css`). */
export const LATIN_FAMILY = 'Noto Sans Latin'

const LATIN_FILES: readonly FontFile[] = Object.entries(FILES).flatMap(([path, url]) => {
  const m = /noto-sans-(latin(?:-ext)?)-(400|700)-normal\.woff2$/.exec(path)
  const ranges = m ? (UNICODE_RANGES as Record<string, string>)[m[1] ?? ''] : undefined
  return m && ranges ? [{ weight: Number(m[2]) as 400 | 700, url, ranges: ranges.split(',') }] : []
})

/** `@font-face` rules of the Latin family for the page. */
export function notoSansLatinCss(): string {
  return fontFaceCss(LATIN_FAMILY, LATIN_FILES)
}

/** The map style's `font-faces` of the Latin fonts (added to Noto Sans SC's). */
export function notoSansLatinFontFaces(baseUrl: string): FontFacesSpecification {
  const names = { 400: MAP_FONTS.latinRegular, 700: MAP_FONTS.latinBold }
  return mapFontFaces(LATIN_FILES, names, baseUrl)
}

/**
 * The `text-font` stack of map labels in `lang`: English labels try the Latin font first
 * (Latin punctuation), Chinese labels use Noto Sans SC only (full-width punctuation).
 *
 * @example labelFont('en', 'bold') // ['Noto Sans Latin Bold', 'Noto Sans SC Bold']
 */
export function labelFont(lang: Lang, weight: 'regular' | 'bold' = 'regular'): string[] {
  const cjk = weight === 'bold' ? MAP_FONTS.bold : MAP_FONTS.regular
  if (lang === 'zh') return [cjk]
  return [weight === 'bold' ? MAP_FONTS.latinBold : MAP_FONTS.latinRegular, cjk]
}
