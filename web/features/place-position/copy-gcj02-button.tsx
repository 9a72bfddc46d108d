import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { gcj02Text } from '../../../api/analysis/convert-crs.ts'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { parkDetailQuery } from '../../lib/queries/parks.ts'
import { siteDetailQuery } from '../../lib/queries/sites.ts'
import { PLACE_POSITION_MESSAGES } from './place-position-messages.ts'

interface Located {
  geometry: { type: string; coordinates: unknown } | null
  properties: { location_precision: string }
}

/**
 * "Copy for Chinese map apps": puts the place's position on the clipboard as GCJ-02
 * `lng,lat` (converted from the stored WGS84), for pasting into Amap or Tencent Maps. Offered
 * only for a place with a located point: a district-level place has no position to copy.
 */
export function CopyGcj02Button(props: { kind: 'site' | 'park'; id: string }) {
  const { t } = useI18n(PLACE_POSITION_MESSAGES)
  const site = useQuery({ ...siteDetailQuery(props.id), enabled: props.kind === 'site' })
  const park = useQuery({ ...parkDetailQuery(props.id), enabled: props.kind === 'park' })
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const feature = (props.kind === 'site' ? site.data?.feature : park.data?.feature) as
    | Located
    | undefined
  const point = feature?.geometry?.type === 'Point' ? feature.geometry.coordinates : null
  if (!point || feature?.properties.location_precision === 'district') return null
  const text = gcj02Text(point as [number, number])
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setStatus({ ok: true, text })
    } catch {
      setStatus({ ok: false, text })
    }
  }
  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="copy-gcj02"
        title={t('position.copyGcj02Hint')}
        onClick={copy}
      >
        {t('position.copyGcj02')}
      </button>
      <span className="visually-hidden">{t('position.copyGcj02Hint')}</span>
      <output className="copy-gcj02-status" data-testid="copy-gcj02-status" aria-live="polite">
        {status ? t(status.ok ? 'position.copied' : 'position.copyFailed', { text }) : ''}
      </output>
    </>
  )
}
