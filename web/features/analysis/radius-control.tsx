import { useEffect, useId, useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from './analysis-url.ts'

const clamp = (n: number) => Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, n))

/**
 * Radius slider and number field (0.5–50 km, 0.5 km steps on the slider). The draft follows
 * the input at once; the radius is committed 250 ms after the last change (so a drag runs
 * one analysis, not fifty).
 */
export function RadiusControl(props: { radiusKm: number; onChange: (radiusKm: number) => void }) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const id = useId()
  const [draft, setDraft] = useState(String(props.radiusKm))
  const { radiusKm, onChange } = props
  useEffect(() => setDraft(String(radiusKm)), [radiusKm])
  useEffect(() => {
    const value = Number(draft)
    if (draft === '' || !Number.isFinite(value) || clamp(value) === radiusKm) return
    const timer = setTimeout(() => onChange(clamp(value)), 250)
    return () => clearTimeout(timer)
  }, [draft, radiusKm, onChange])
  return (
    <div className="radius-control">
      <label htmlFor={id}>{t('radius.label')}</label>
      <input
        type="range"
        min={MIN_RADIUS_KM}
        max={MAX_RADIUS_KM}
        step={0.5}
        value={Number(draft) || radiusKm}
        aria-label={t('radius.label')}
        onChange={(e) => setDraft(e.target.value)}
      />
      <span className="radius-field">
        <input
          id={id}
          type="number"
          data-testid="radius-input"
          min={MIN_RADIUS_KM}
          max={MAX_RADIUS_KM}
          step={0.1}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => setDraft(String(clamp(Number(draft) || radiusKm)))}
        />
        {t('radius.km')}
      </span>
    </div>
  )
}
