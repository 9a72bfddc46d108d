import { createStore } from './create-store.ts'

/** The panels that are bottom sheets (or drop over them) on phones. */
export type Sheet = 'layers' | 'search' | 'details' | 'analysis'

/** Sheets that close, rather than wait underneath, when another comes on top. */
const TRANSIENT: ReadonlySet<Sheet> = new Set(['layers', 'search'])

const stack = createStore<readonly Sheet[]>([])

/**
 * The open sheets, last raised on top. Phones show only the top one (the shell hides the
 * others); a transient sheet (layers, search results) is dropped when another is raised, a
 * panel kept in the URL (details, analysis) waits underneath and shows again when the one
 * above it is lowered. Client state only.
 *
 * @example
 * raiseSheet('analysis'); raiseSheet('layers'); raiseSheet('search')
 * sheetStack.get() // ['analysis', 'search']
 */
export const sheetStack = { get: stack.get }

/** Puts `sheet` on top (dropping the transient sheets below it). */
export function raiseSheet(sheet: Sheet): void {
  stack.update((open) => {
    if (open.at(-1) === sheet) return open
    return [...open.filter((s) => s !== sheet && !TRANSIENT.has(s)), sheet]
  })
}

/** Takes `sheet` off the stack (it closed). */
export function lowerSheet(sheet: Sheet): void {
  stack.update((open) => (open.includes(sheet) ? open.filter((s) => s !== sheet) : open))
}

/** The sheet on top, or null when none is open. */
export function useTopSheet(): Sheet | null {
  return stack.use().at(-1) ?? null
}

/** Whether `sheet` is open (anywhere on the stack). */
export function useSheetOpen(sheet: Sheet): boolean {
  return stack.use().includes(sheet)
}
