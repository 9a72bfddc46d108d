const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const CHINESE_BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 }

const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/g
const CHINESE = /[〇零一二两三四五六七八九十百千万亿]+/g

/**
 * The numbers written in a piece of text, as written: Arabic numerals (`1100`, `5.5`,
 * `1,100`) and Chinese numerals (`十` → 10, `三百五十` → 350, `两` → 2). A multiplier after
 * an Arabic number is not applied (`1.1万亿` → 1.1): values are recorded in the unit the text
 * states, so the check compares the written number only.
 * @example writtenNumbers('工业总产值达1100亿元') // [1100]
 */
export function writtenNumbers(text: string): number[] {
  const arabic = [...text.matchAll(ARABIC)].map((m) => Number(m[0].replaceAll(',', '')))
  const chinese = [...text.matchAll(CHINESE)]
    .map((m) => parseChineseNumeral(m[0]))
    .filter((n): n is number => n !== undefined)
  return [...arabic, ...chinese]
}

/** `三百五十` → 350, `一万二千` → 12000; a run with no digit or 十/百/千 (e.g. `亿`) → undefined. */
export function parseChineseNumeral(run: string): number | undefined {
  if (![...run].some((ch) => ch in CHINESE_DIGITS || ch in CHINESE_UNITS)) return undefined
  let total = 0
  let section = 0
  let digit = 0
  for (const ch of run) {
    const d = CHINESE_DIGITS[ch]
    const unit = CHINESE_UNITS[ch]
    const big = CHINESE_BIG_UNITS[ch]
    if (d !== undefined) digit = d
    else if (unit !== undefined) {
      section += (digit || 1) * unit
      digit = 0
    } else if (big !== undefined) {
      total = (total + section + digit) * big
      section = 0
      digit = 0
    }
  }
  return total + section + digit
}

/** Whether `text` writes the number `value` (see `writtenNumbers`). */
export function statesNumber(text: string, value: number): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(value))
  return writtenNumbers(text).some((n) => Math.abs(n - value) <= tolerance)
}
