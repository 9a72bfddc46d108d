import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXTRACTED_FILES } from '../../api/data/data-files.ts'
import {
  ChainSchema,
  ClauseSchema,
  SectorSchema,
  UnplacedEntitySchema,
} from '../../api/domain/index.ts'

const ROOT = join(import.meta.dirname, '../..')
const readJson = (file: string): unknown[] => JSON.parse(readFileSync(join(ROOT, file), 'utf8'))

const sectors = readJson(EXTRACTED_FILES.sectors).map((s) => SectorSchema.parse(s))
const chains = readJson(EXTRACTED_FILES.chains).map((c) => ChainSchema.parse(c))
const unplaced = readJson(EXTRACTED_FILES.unplaced).map((u) => UnplacedEntitySchema.parse(u))
/** Read inside the tests: a missing clauses.json must fail them, not skip them. */
const readClauses = () => readJson(EXTRACTED_FILES.clauses).map((c) => ClauseSchema.parse(c))

/** Sector ids and groups fixed by the team brief. */
const NE_FIELDS = ['nev', 'li-battery', 'wind', 'solar-pv', 'hydrogen']
const SECTOR_GROUPS: Record<string, string> = {
  ...Object.fromEntries(NE_FIELDS.map((id) => [id, 'ne-field'])),
  'intelligent-tech': '1',
  biomedicine: '3',
  'new-energy': '3',
  'new-materials': '3',
  equipment: '4',
  automotive: '4',
  petrochemical: '4',
  aerospace: '4',
  metallurgy: 'traditional',
  'light-textile': 'traditional',
}
const KEY_CHAINS = {
  strong: [
    'chain-it-innovation',
    'chain-biomedicine',
    'chain-new-energy',
    'chain-high-end-equipment',
    'chain-auto-nev',
  ],
  new: ['chain-connected-vehicles', 'chain-new-materials'],
  short: ['chain-integrated-circuits', 'chain-green-petrochem', 'chain-aerospace'],
}
/**
 * Link ids of the field chains fixed by the brief. `li-battery/electrolyte` is left out on
 * purpose: neither plan names electrolyte (电解液/电解质), and every link must cite a clause
 * that names it.
 */
const FIXED_FIELD_LINKS: Record<string, string[]> = {
  'li-battery': [
    'materials',
    'cathode',
    'anode',
    'separator',
    'cells',
    'packs-systems',
    'vehicles',
    'testing',
    'recycling',
  ],
  nev: [
    'drive-motors',
    'electric-drive',
    'batteries',
    'passenger-vehicles',
    'buses',
    'special-vehicles',
    'charging',
    'testing',
  ],
  wind: [
    'castings-forgings',
    'gearboxes',
    'generators',
    'blades',
    'converters-control',
    'turbines',
    'wind-farms-power-stations',
  ],
  'solar-pv': [
    'silicon-material',
    'ingots-wafers',
    'cells',
    'modules',
    'inverters-bos',
    'testing-equipment',
    'power-stations',
  ],
  hydrogen: [
    'production',
    'storage-transport',
    'refuelling',
    'membranes-catalysts',
    'stacks',
    'fuel-cell-systems',
    'fcev',
  ],
}

/** Every clause id cited anywhere in the three files, with where it is cited. */
function citationsWithSource(): { id: string; from: string }[] {
  return [
    ...sectors.flatMap((s) => s.citations.map((id) => ({ id, from: `sector ${s.id}` }))),
    ...chains.flatMap((c) => [
      ...c.citations.map((id) => ({ id, from: `chain ${c.id}` })),
      ...c.links.flatMap((l) => l.citations.map((id) => ({ id, from: `link ${c.id}/${l.id}` }))),
    ]),
    ...unplaced.flatMap((u) => u.citations.map((id) => ({ id, from: `unplaced ${u.id}` }))),
  ]
}

describe('sectors.json', () => {
  it('holds exactly the sector ids of the brief', () => {
    expect(sectors.map((s) => s.id).sort()).toEqual(Object.keys(SECTOR_GROUPS).sort())
  })

  it('puts every sector in the group the brief gives it', () => {
    for (const s of sectors) expect(s.group, s.id).toBe(SECTOR_GROUPS[s.id])
  })

  it('hangs the five new-energy fields under new-energy and nothing else under a parent', () => {
    for (const s of sectors)
      expect(s.parent_id, s.id).toBe(NE_FIELDS.includes(s.id) ? 'new-energy' : null)
  })

  it('gives every sector its own colour', () => {
    const colours = sectors.map((s) => s.color.toLowerCase())
    expect(new Set(colours).size).toBe(colours.length)
  })
})

describe('chains.json', () => {
  it('holds the ten key chains of 2021 with 5 strong, 2 new and 3 short', () => {
    for (const [tier, ids] of Object.entries(KEY_CHAINS)) {
      const inTier = chains.filter((c) => c.tier === tier).map((c) => c.id)
      expect(inTier.sort(), tier).toEqual([...ids].sort())
    }
  })

  it('holds one field chain per new-energy field, with the sector id as chain id', () => {
    const fieldChains = chains.filter((c) => c.tier === 'field')
    expect(fieldChains.map((c) => c.id).sort()).toEqual([...NE_FIELDS].sort())
    for (const c of fieldChains) expect(c.sectors, c.id).toContain(c.id)
  })

  it('numbers the links of every chain 1..n upstream first, without gaps', () => {
    for (const c of chains)
      expect(
        c.links.map((l) => l.order),
        c.id,
      ).toEqual(c.links.map((_, i) => i + 1))
  })

  it('never repeats a link id within a chain', () => {
    for (const c of chains) {
      const ids = c.links.map((l) => l.id)
      expect(new Set(ids).size, c.id).toBe(ids.length)
    }
  })

  it('keeps every fixed field-chain link id the plans name', () => {
    for (const [chainId, linkIds] of Object.entries(FIXED_FIELD_LINKS)) {
      const links = chains.find((c) => c.id === chainId)?.links.map((l) => l.id) ?? []
      expect(links, chainId).toEqual(expect.arrayContaining(linkIds))
    }
  })

  it('refers only to sectors of sectors.json', () => {
    const sectorIds = new Set(sectors.map((s) => s.id))
    for (const c of chains)
      for (const s of c.sectors) expect(sectorIds.has(s), `${c.id}: ${s}`).toBe(true)
  })
})

describe('unplaced.json', () => {
  it('never repeats an id', () => {
    const ids = unplaced.map((u) => u.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('citations of sectors, chains and unplaced entities', () => {
  it('all name clauses that exist in clauses.json', () => {
    const clauseIds = new Set(readClauses().map((c) => c.id))
    const missing = citationsWithSource().filter((c) => !clauseIds.has(c.id))
    expect(missing).toEqual([])
  })

  it('all point at leaf clauses, not at headings with sub-clauses', () => {
    const parentIds = new Set(readClauses().map((c) => c.parent_id))
    const headings = citationsWithSource().filter((c) => parentIds.has(c.id))
    expect(headings).toEqual([])
  })
})
