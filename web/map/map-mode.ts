/**
 * How a `<MapView>` behaves:
 * - `interactive`: the main app's map (hover, click, fly to places, camera in the URL);
 * - `cooperative`: the same inside a host page (Ctrl/⌘ + wheel or two fingers move it, so
 *   the page keeps its scroll; camera jumps instead of flying);
 * - `snapshot`: drawn once, off-screen, then kept as an image (print).
 */
export type MapMode = 'interactive' | 'cooperative' | 'snapshot'

/** The modes with a live, interactive map. */
export type LiveMode = Exclude<MapMode, 'snapshot'>
