import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../api/data/check-dataset.ts'
import { formatIssue } from '../../api/data/format-issue.ts'
import { createFixtureDataset } from './fixtures/fixture-dataset.ts'

describe('the fixture dataset', () => {
  it('passes every data check, so the tests exercise data the server would accept', () => {
    const issues = checkDataset(createFixtureDataset()).map(formatIssue)
    expect(issues).toEqual([])
  })

  it('resolves every clause span to the excerpt it was built from', () => {
    const ds = createFixtureDataset()
    const clause = ds.clauses.find((c) => c.id === 'ne18-2.2.3')
    expect(clause && ds.texts.ne18?.slice(clause.start, clause.end)).toMatch(
      /^3\.重点研发关键材料。/,
    )
  })
})
