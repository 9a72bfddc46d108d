import type { Sector } from '../../../api/domain/index.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { type SectorGroup, sectorTree } from './sector-tree.ts'

interface Props {
  sectors: readonly Sector[]
  counts: ReadonlyMap<string, number>
}

/** Sector toggles with their colour and live count of visible sites, grouped by plan. */
export function SectorList({ sectors, counts }: Props) {
  const { t } = useI18n()
  const { hiddenSectors } = useView()
  const { setHiddenSectors } = useViewActions()
  const hidden = new Set(hiddenSectors)
  const toggle = (id: string) =>
    setHiddenSectors(
      hidden.has(id) ? hiddenSectors.filter((h) => h !== id) : [...hiddenSectors, id],
    )
  const groups = sectorTree(sectors)
  const row = (sector: Sector, parentOff: boolean, child: boolean) => (
    <SectorRow
      key={sector.id}
      sector={sector}
      on={!hidden.has(sector.id)}
      dimmed={parentOff}
      child={child}
      count={counts.get(sector.id) ?? 0}
      onToggle={() => toggle(sector.id)}
    />
  )
  return (
    <div className="sector-list">
      {groups.map((group: SectorGroup) => (
        <fieldset key={group.group} className="sector-group">
          <legend>{t(`group.${group.group}`)}</legend>
          {group.nodes.map(({ sector, children }) => (
            <div key={sector.id}>
              {row(sector, false, false)}
              {children.map((c) => row(c, hidden.has(sector.id), true))}
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  )
}

interface RowProps {
  sector: Sector
  on: boolean
  dimmed: boolean
  child: boolean
  count: number
  onToggle: () => void
}

function SectorRow({ sector, on, dimmed, child, count, onToggle }: RowProps) {
  const { name } = useI18n()
  const classes = ['sector-row', child && 'sector-row--child', (!on || dimmed) && 'sector-row--off']
  return (
    <label className={classes.filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        data-testid={`sector-toggle-${sector.id}`}
        checked={on}
        onChange={onToggle}
      />
      <span className="sector-swatch" style={{ background: sector.color }} aria-hidden="true" />
      <span className="sector-name">{name(sector)}</span>
      <span className="sector-count" data-testid={`sector-count-${sector.id}`}>
        {count}
      </span>
    </label>
  )
}
