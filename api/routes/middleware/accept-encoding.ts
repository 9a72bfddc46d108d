/** Content codings the server produces. */
export type ContentEncoding = 'br' | 'gzip'

/**
 * Picks the coding for an `Accept-Encoding` header: the highest q-value among `br` and `gzip`
 * (a `*` entry stands for codings not listed), `br` on ties; `null` when neither is
 * acceptable (missing header, `identity`, or q=0).
 *
 * @example
 * negotiateEncoding('gzip, deflate, br') // 'br'
 * negotiateEncoding('br;q=0, gzip') // 'gzip'
 */
export function negotiateEncoding(header: string | undefined | null): ContentEncoding | null {
  if (!header) return null
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const value = qParam === undefined ? 1 : Number(qParam.slice(2))
    q.set(token.trim(), Number.isFinite(value) ? value : 0)
  }
  const weight = (coding: string) => q.get(coding) ?? q.get('*') ?? 0
  const br = weight('br')
  const gzip = weight('gzip')
  if (br <= 0 && gzip <= 0) return null
  return br >= gzip ? 'br' : 'gzip'
}
