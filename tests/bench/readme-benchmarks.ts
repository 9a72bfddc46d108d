/**
 * The README's "## Benchmarks" section with the latest run's sections in place of the last:
 * its heading and introduction stay; everything from its first `###` up to the next `## `
 * heading (or the end) becomes `sections` (their `## ` headings demoted to `###`) and the
 * machine line. Throws when the README has no such section, so a rename cannot go unnoticed.
 */
export function readmeWithBenchmarks(readme: string, sections: string[], machine: string): string {
  const lines = readme.split('\n')
  const start = lines.indexOf('## Benchmarks')
  if (start < 0) throw new Error('README.md has no "## Benchmarks" section')
  const firstTable = lines.findIndex((line, i) => i > start && line.startsWith('### '))
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '))
  const end = next < 0 ? lines.length : next
  const from = firstTable > start && firstTable < end ? firstTable : end
  const body = sections
    .map((section) => section.replace(/^## /gm, '### '))
    .join('\n\n')
    .split('\n')
  return [...lines.slice(0, from), ...body, '', machine, '', ...lines.slice(end)].join('\n')
}
