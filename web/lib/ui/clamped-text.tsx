import { useState } from 'react'
import { useI18n } from '../i18n/use-i18n.ts'

const LIMIT_CHARS = 180

/** Long text cut to its first lines, with a toggle to read it all. */
export function ClampedText(props: { text: string; className?: string }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const long = props.text.length > LIMIT_CHARS
  return (
    <>
      <span className={props.className}>
        {long && !open ? `${props.text.slice(0, LIMIT_CHARS).trimEnd()}…` : props.text}
      </span>
      {long && (
        <button type="button" className="link-button clamp-toggle" onClick={() => setOpen(!open)}>
          {open ? t('details.showLess') : t('details.showMore')}
        </button>
      )}
    </>
  )
}
