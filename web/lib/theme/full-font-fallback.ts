/**
 * Adds the full Noto Sans SC behind the subset, once: the page's font stack then draws any
 * character a user types (search) that the data and UI never use. Its slices still load only
 * when such a character shows; the list of slices itself is a separate chunk loaded here.
 */
let added: Promise<void> | null = null

export function addFullFontFallback(): Promise<void> {
  added ??= import('./noto-sans-sc.ts').then(({ notoSansScCss }) => {
    const style = document.createElement('style')
    style.textContent = notoSansScCss()
    document.head.append(style)
  })
  return added
}
