import { createContext, type ReactNode, useContext } from 'react'
import type { Lang } from './lang.ts'

const LangContext = createContext<Lang | null>(null)

/** The UI language of everything below (the view store provides it, the brief its own). */
export function LangProvider(props: { lang: Lang; children: ReactNode }) {
  return <LangContext value={props.lang}>{props.children}</LangContext>
}

/** The UI language. */
export function useLang(): Lang {
  const lang = useContext(LangContext)
  if (!lang) throw new Error('useLang needs a <LangProvider>')
  return lang
}
