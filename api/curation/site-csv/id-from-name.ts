/**
 * A stable kebab-case id from an English name: accents dropped, anything not a-z/0-9 becomes
 * a dash, at most 60 characters; `""` when nothing usable is left.
 * @example idFromName('Tianjin Lishen Battery (Binhai)') // "tianjin-lishen-battery-binhai"
 */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
}
