import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, must, validDataset } from '../valid-fixture.ts'

describe('clause-spans', () => {
  it('flags a clause whose span runs past the end of the text', async () => {
    const dataset = await validDataset()
    const textLength = must(dataset.texts.ne18, 'ne18 text').length
    const last = { ...fixtureParts(dataset).clause('ne18-3'), id: 'ne18-4', label_zh: '四、' }
    Object.assign(last, { start: textLength - 1, end: textLength + 9 })
    dataset.clauses.push(last)
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/clauses.json · ne18-4 · end: span [${textLength - 1}, ${textLength + 9}) runs past the end of the ne18 text (${textLength} code units) [clause-spans]`,
    ])
  })

  it('flags an empty clause span', async () => {
    const dataset = await validDataset()
    const title = fixtureParts(dataset).clause('ne18-0.p1')
    title.end = title.start
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/clauses.json · ne18-0.p1 · end: span [${title.start}, ${title.start}) is empty or reversed [clause-spans]`,
    ])
  })

  it('flags a child clause that reaches outside its parent', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    const parent = parts.clause('ne18-1')
    const child = parts.clause('ne18-1.3')
    child.start = parent.start - 1
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/clauses.json · ne18-1.3 · start: span [${child.start}, ${child.end}) is not inside parent ne18-1 [${parent.start}, ${parent.end}) [clause-spans]`,
    ])
  })

  it('flags sibling clauses that overlap', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    const first = parts.clause('ne18-3.3.1')
    const second = parts.clause('ne18-3.3.2')
    first.end = second.start + 3
    expect(checkLines(dataset)).toEqual([
      `seeds/extracted/clauses.json · ne18-3.3.2 · start: span [${second.start}, ${second.end}) overlaps sibling ne18-3.3.1 [${first.start}, ${first.end}) [clause-spans]`,
    ])
  })
})
