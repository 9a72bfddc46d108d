import { notoSansLatinCss } from './noto-sans-latin.ts'
import { notoSansScCss } from './noto-sans-sc.ts'
import { UI } from './theme.ts'

/** Publishes the `UI` tokens as CSS custom properties (`--color-surface`, …) on `:root`. */
export function applyThemeCss(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(UI)) {
    const cssName = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    root.style.setProperty(`--color-${cssName}`, value)
  }
}

/** Sets up a page's look: the theme's CSS properties and the self-hosted Noto Sans SC faces. */
export function applyPageTheme(): void {
  applyThemeCss()
  const fontStyle = document.createElement('style')
  fontStyle.textContent = `${notoSansLatinCss()}\n${notoSansScCss()}`
  document.head.append(fontStyle)
}
