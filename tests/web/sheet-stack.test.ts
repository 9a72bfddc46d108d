import { beforeEach, describe, expect, it } from 'vitest'
import { lowerSheet, raiseSheet, sheetStack } from '../../web/lib/stores/sheet-stack.ts'

describe('the phone sheet stack (one sheet shown at a time)', () => {
  beforeEach(() => {
    for (const sheet of sheetStack.get()) lowerSheet(sheet)
  })

  it('closes the layers sheet when search results open over it', () => {
    raiseSheet('layers')
    raiseSheet('search')
    expect(sheetStack.get()).toEqual(['search'])
  })

  it('keeps the analysis underneath the details, and shows it again when the details close', () => {
    raiseSheet('analysis')
    raiseSheet('details')
    expect(sheetStack.get()).toEqual(['analysis', 'details'])
    lowerSheet('details')
    expect(sheetStack.get().at(-1)).toBe('analysis')
  })

  it('brings a sheet already open back on top instead of listing it twice', () => {
    raiseSheet('details')
    raiseSheet('analysis')
    raiseSheet('details')
    expect(sheetStack.get()).toEqual(['analysis', 'details'])
  })

  it('ignores lowering a sheet that is not open', () => {
    raiseSheet('details')
    lowerSheet('layers')
    expect(sheetStack.get()).toEqual(['details'])
  })
})
