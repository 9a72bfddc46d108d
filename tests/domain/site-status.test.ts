import { describe, expect, it } from 'vitest'
import { isSiteStatus, SITE_STATUSES, SiteStatusSchema } from '../../api/domain/index.ts'

describe('site statuses', () => {
  it('are the one list the site schema accepts', () => {
    expect(SiteStatusSchema.options).toEqual([...SITE_STATUSES])
  })

  it('recognise a status and reject anything else', () => {
    expect(isSiteStatus('under-construction')).toBe(true)
    expect(isSiteStatus('built')).toBe(false)
    expect(isSiteStatus(null)).toBe(false)
  })
})
