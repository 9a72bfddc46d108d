import { describe, expect, it } from 'vitest'
import {
  parseChineseNumeral,
  statesNumber,
  writtenNumbers,
} from '../../../api/data/checks/written-numbers.ts'

describe('writtenNumbers', () => {
  it('reads Arabic integers and decimals as written', () => {
    expect(writtenNumbers('到2020年,增速达5.5%,总产值达1100亿元')).toEqual([2020, 5.5, 1100])
  })

  it('reads thousands separators as one number', () => {
    expect(writtenNumbers('产能1,100万辆')).toEqual([1100])
  })

  it('keeps the written number before 万/亿 without applying the multiplier', () => {
    expect(writtenNumbers('产值突破1.1万亿元')).toEqual([1.1])
  })

  it('reads Chinese numerals', () => {
    expect(writtenNumbers('打造十大产业链和三百五十个项目')).toEqual([10, 350])
  })
})

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['二十', 20],
    ['十二', 12],
    ['两', 2],
    ['一百零五', 105],
    ['一万二千', 12000],
    ['三亿', 300_000_000],
  ])('reads %s as %d', (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value)
  })

  it('reads a bare multiplier as no number', () => {
    expect(parseChineseNumeral('亿')).toBeUndefined()
  })
})

describe('statesNumber', () => {
  it('does not match a number inside a longer one', () => {
    expect(statesNumber('总投资100亿元', 10)).toBe(false)
  })

  it('matches a decimal value exactly', () => {
    expect(statesNumber('增长5.5%', 5.5)).toBe(true)
  })
})
