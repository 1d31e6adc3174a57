/** Country and region names by ISO code, written at build time (scripts/vite-plugin-regions.ts). */
declare module 'virtual:expo-regions/*' {
  const names: Record<string, string>
  export default names
}
