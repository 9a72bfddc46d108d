/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional online basemap style URL; the offline basemap is used when unset. */
  readonly VITE_BASEMAP_STYLE_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
