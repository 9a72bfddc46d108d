import { UI } from './theme.ts'

/** Publishes the `UI` tokens as CSS custom properties (`--color-surface`, …) on `:root`. */
export function applyThemeCss(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(UI)) {
    const cssName = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    root.style.setProperty(`--color-${cssName}`, value)
  }
}
