import { useEffect } from 'react'
import { useI18n } from './use-i18n.ts'

/** Keeps `<html lang>` and the page title in the UI language. */
export function useDocumentLang(): void {
  const { lang, t } = useI18n()
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
    document.title = t('app.title')
  }, [lang, t])
}
