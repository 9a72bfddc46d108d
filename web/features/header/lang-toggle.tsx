import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useViewActions } from '../../lib/url/view-context.tsx'

/** Switches the UI and map labels between Chinese and English (kept in the URL). */
export function LangToggle(props: { className?: string }) {
  const { lang, t } = useI18n()
  const { setLang } = useViewActions()
  const other = lang === 'zh' ? 'en' : 'zh'
  return (
    <button
      type="button"
      className={props.className ? `${props.className} lang-toggle` : 'lang-toggle'}
      data-testid="lang-toggle"
      title={t('lang.switchLabel')}
      onClick={() => setLang(other)}
    >
      <span lang={other === 'zh' ? 'zh-CN' : 'en'}>{t('lang.switchTo')}</span>
      <span className="visually-hidden"> · {t('lang.switchLabel')}</span>
    </button>
  )
}
