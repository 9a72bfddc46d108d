/** UI languages. */
export const LANGS = ['zh', 'en'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en'
}

/**
 * The language to start in when the URL names none: Chinese when the browser's preferred
 * language is Chinese, English otherwise.
 *
 * @example detectLang(['zh-CN', 'en']) // 'zh'
 */
export function detectLang(preferred: readonly string[]): Lang {
  const first = preferred[0]?.toLowerCase() ?? 'en'
  return first.startsWith('zh') ? 'zh' : 'en'
}
