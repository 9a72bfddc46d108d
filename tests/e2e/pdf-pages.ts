/**
 * Pages of a PDF as Chromium writes it: the number of `/Type /Page` objects, checked against
 * the page tree's `/Count`. Throws when the two disagree (e.g. a compressed object stream
 * hides the objects), so a count is never guessed.
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1')
  const pageObjects = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
    Number(m[1]),
  )
  const counted = [...text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
    Number(m[1]),
  )
  const treeCount = Math.max(0, ...counts, ...counted)
  if (pageObjects !== treeCount) {
    throw new Error(`PDF page count unclear: ${pageObjects} page objects, /Count ${treeCount}`)
  }
  return pageObjects
}

/** Page sizes in points from each page's `/MediaBox` (A4 ≈ 595 × 842). */
export function pdfMediaBoxes(pdf: Buffer): Array<[number, number]> {
  const text = pdf.toString('latin1')
  return [...text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ])
}
