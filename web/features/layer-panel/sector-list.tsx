import { useEffect, useRef } from 'react'
import type { Sector } from '../../../api/domain/index.ts'
import { sectorTree as buildTree } from '../../../api/domain/sector-tree.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useView, useViewActions } from '../../lib/url/view-context.tsx'
import { LAYER_PANEL_MESSAGES } from './layer-panel-messages.ts'
import { type CheckState, checkState, toggleOwn, toggleSector } from './sector-check-state.ts'
import { type SectorGroup, sectorTree } from './sector-tree.ts'

interface Props {
  sectors: readonly Sector[]
  counts: ReadonlyMap<string, number>
}

/**
 * Sector toggles grouped by plan, as a tree of checkboxes: a parent (e.g. New energy) is
 * ticked, unticked or mixed from the sectors below it and switches them all; each sub-sector
 * switches alone, and the parent's own sites have a row of their own. Counts are live.
 */
export function SectorList({ sectors, counts }: Props) {
  const { t, name } = useI18n(LAYER_PANEL_MESSAGES)
  const { hiddenSectors } = useView()
  const { setHiddenSectors } = useViewActions()
  const tree = buildTree(sectors)
  const countOf = (id: string) =>
    [...tree.descendants(id)].reduce((sum, s) => sum + (counts.get(s) ?? 0), 0)
  const row = (sector: Sector, child: boolean) => (
    <SectorRow
      key={sector.id}
      testId={sector.id}
      label={name(sector)}
      color={sector.color}
      state={checkState(tree, hiddenSectors, sector.id)}
      child={child}
      count={countOf(sector.id)}
      onToggle={() => setHiddenSectors(toggleSector(tree, hiddenSectors, sector.id))}
    />
  )
  return (
    <div className="sector-list">
      {sectorTree(sectors).map((group: SectorGroup) => (
        <fieldset key={group.group} className="sector-group">
          <legend>{t(`group.${group.group}`)}</legend>
          {group.nodes.map(({ sector, children }) => (
            <div key={sector.id} role={children.length > 0 ? 'group' : undefined}>
              {row(sector, false)}
              {children.map((c) => row(c, true))}
              {children.length > 0 && (
                <SectorRow
                  testId={`${sector.id}-own`}
                  label={t('layers.ownSites', { name: name(sector) })}
                  color={sector.color}
                  state={hiddenSectors.includes(sector.id) ? 'off' : 'on'}
                  child
                  count={counts.get(sector.id) ?? 0}
                  onToggle={() => setHiddenSectors(toggleOwn(hiddenSectors, sector.id))}
                />
              )}
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  )
}

interface RowProps {
  testId: string
  label: string
  color: string
  state: CheckState
  child: boolean
  count: number
  onToggle: () => void
}

function SectorRow({ testId, label, color, state, child, count, onToggle }: RowProps) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (box.current) box.current.indeterminate = state === 'mixed'
  }, [state])
  const classes = ['sector-row', child && 'sector-row--child', state === 'off' && 'sector-row--off']
  return (
    <label className={classes.filter(Boolean).join(' ')}>
      <input
        ref={box}
        type="checkbox"
        data-testid={`sector-toggle-${testId}`}
        data-state={state}
        checked={state === 'on'}
        onChange={onToggle}
      />
      <span className="sector-swatch" style={{ background: color }} aria-hidden="true" />
      <span className="sector-name">{label}</span>
      <span className="sector-count" data-testid={`sector-count-${testId}`}>
        {count}
      </span>
    </label>
  )
}
