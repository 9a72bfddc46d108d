import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Sector } from '../../../api/domain/index.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'

/** Sectors by id (name and colour), and the list in catalogue order. */
export function useSectors() {
  const sectors = useQuery(sectorListQuery()).data
  return useMemo(() => {
    const list: readonly Sector[] = sectors ?? []
    return { list, byId: new Map(list.map((s) => [s.id, s])) }
  }, [sectors])
}

/** A sector `<select>` (optionally with “any sector”). */
export function SectorSelect(props: {
  value: string | null
  onChange: (sector: string | null) => void
  label: string
  anyLabel?: string
  testId?: string
}) {
  const { list } = useSectors()
  const { name } = useSectorName()
  return (
    <label className="analysis-field">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
      >
        {props.anyLabel && <option value="">{props.anyLabel}</option>}
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {name(s.id)}
          </option>
        ))}
      </select>
    </label>
  )
}

import { useI18n } from '../../lib/i18n/use-i18n.ts'

/** A sector's name in the UI language (its id when unknown). */
export function useSectorName() {
  const { byId } = useSectors()
  const { name: nameOf } = useI18n()
  return useMemo(
    () => ({
      name: (id: string) => {
        const sector = byId.get(id)
        return sector ? nameOf(sector) : id
      },
      color: (id: string) => byId.get(id)?.color ?? '#6b7280',
    }),
    [byId, nameOf],
  )
}
