/// <reference types="vite/client" />
import UNICODE_RANGES from '@fontsource/noto-sans-sc/unicode.json'
import type { FontFacesSpecification } from 'maplibre-gl'
import { MAP_FONTS } from './theme.ts'

/**
 * Self-hosted Noto Sans SC (OFL-1.1) from `@fontsource/noto-sans-sc`: Vite copies every
 * subset file into the build, and each is fetched from our own origin only when a character
 * it covers is drawn. The page (`@font-face`) and the map (`font-faces`) share the files.
 */
const FILES_400 = import.meta.glob<string>(
  [
    '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
    '!../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-*',
  ],
  { query: '?url', import: 'default', eager: true },
)
const FILES_700 = import.meta.glob<string>(
  [
    '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-700-normal.woff2',
    '!../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-*',
  ],
  { query: '?url', import: 'default', eager: true },
)

export interface FontFile {
  weight: 400 | 700
  url: string
  /** CSS `unicode-range` entries, e.g. `U+4e00-4e3f`. */
  ranges: string[]
}

function filesOf(weight: 400 | 700, files: Record<string, string>): FontFile[] {
  return Object.entries(UNICODE_RANGES).flatMap(([subset, ranges]) => {
    const name = subset.replace(/^\[(\d+)\]$/, '$1')
    const path = Object.keys(files).find((p) =>
      p.endsWith(`/noto-sans-sc-${name}-${weight}-normal.woff2`),
    )
    const url = path ? files[path] : undefined
    return url ? [{ weight, url, ranges: ranges.split(',') }] : []
  })
}

export const NOTO_SANS_SC_FILES: readonly FontFile[] = [
  ...filesOf(400, FILES_400),
  ...filesOf(700, FILES_700),
]

/**
 * A style's `font-faces` for self-hosted subset files: map font `names[400]` and
 * `names[700]`, each listing its files with their unicode ranges.
 */
export function mapFontFaces(
  files: readonly FontFile[],
  names: Record<400 | 700, string>,
  baseUrl: string,
): FontFacesSpecification {
  const faces = (weight: 400 | 700) =>
    files
      .filter((f) => f.weight === weight)
      .map((f) => ({ url: new URL(f.url, baseUrl).href, 'unicode-range': f.ranges }))
  return { [names[400]]: faces(400), [names[700]]: faces(700) }
}

/** `@font-face` rules of `family` for the page, over the same files the map uses. */
export function fontFaceCss(family: string, files: readonly FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${f.weight};` +
        `src:url(${f.url}) format('woff2');unicode-range:${f.ranges.join(',')}}`,
    )
    .join('\n')
}

/** The style's `font-faces`: one entry per map font name, listing its subset files. */
export function notoSansScFontFaces(baseUrl: string): FontFacesSpecification {
  return mapFontFaces(NOTO_SANS_SC_FILES, { 400: MAP_FONTS.regular, 700: MAP_FONTS.bold }, baseUrl)
}

/** `@font-face` rules for the page, so the UI uses the same self-hosted files. */
export function notoSansScCss(): string {
  return fontFaceCss('Noto Sans SC', NOTO_SANS_SC_FILES)
}
