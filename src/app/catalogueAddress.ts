/**
 * The address of the catalogue's index, as the build wrote it into the page (a meta tag, see
 * scripts/vite-plugin-catalogue.ts). Read by src/main.tsx, to ask for the index beside the app's
 * scripts, and by ./catalogueSource, to load it: kept tiny, since the entry imports it.
 */
export function catalogueAddress(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[name="expo-catalogue"]')?.content
}
