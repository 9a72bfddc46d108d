/** Escapes text for a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/**
 * The `<iframe>` code that embeds `src`: full width, 480 px high, lazy, fullscreen allowed.
 *
 * @example embedSnippet('https://map.example/embed?lang=en', 'Map')
 * // '<iframe src="https://map.example/embed?lang=en" width="100%" height="480" style="border:0" loading="lazy" title="Map" allow="fullscreen"></iframe>'
 */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" width="100%" height="480" style="border:0" loading="lazy" title="${attribute(title)}" allow="fullscreen"></iframe>`
}
