/** Where the site is served from, as built (`npm run build -- --base /expo/`); always ends in `/`. */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`

/** An address of the site, from its canonical path: `/fr/city/x/` → `/expo/fr/city/x/`. */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '')
}
