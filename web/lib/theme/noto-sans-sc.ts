/// <reference types="vite/client" />
import UNICODE_RANGES from '@fontsource/noto-sans-sc/unicode.json'
import { type FontFile, fontFaceCss } from './font-faces.ts'

/**
 * The full self-hosted Noto Sans SC (OFL-1.1) from `@fontsource/noto-sans-sc`: Vite copies every
 * slice into the build, and each is fetched from our own origin only when a character it covers
 * is drawn. Only the fallback where users type text (see `full-font-fallback.ts`); the map and
 * the page draw from the build's subset (`noto-sans-sc-subset.ts`).
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

/** `@font-face` rules of the full font for the page (the fallback behind the subset). */
export function notoSansScCss(): string {
  return fontFaceCss('Noto Sans SC', NOTO_SANS_SC_FILES)
}
