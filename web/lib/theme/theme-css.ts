import { notoSansLatinCss } from './noto-sans-latin.ts'
import { notoSansScSubsetCss } from './noto-sans-sc-subset.ts'
import { UI } from './theme.ts'

/** Publishes the `UI` tokens as CSS custom properties (`--color-surface`, …) on `:root`. */
export function applyThemeCss(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(UI)) {
    const cssName = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    root.style.setProperty(`--color-${cssName}`, value)
  }
}

/**
 * Sets up a page's look: the theme's CSS properties and the self-hosted Noto Sans faces (Latin,
 * and the Noto Sans SC subset; the full font joins only where users type, `full-font-fallback.ts`).
 */
export function applyPageTheme(): void {
  applyThemeCss()
  const fontStyle = document.createElement('style')
  fontStyle.textContent = `${notoSansLatinCss()}\n${notoSansScSubsetCss()}`
  document.head.append(fontStyle)
}
