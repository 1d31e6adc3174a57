/** The query of `embed.html` for a view (SPEC §7): shared by the app's share dialog and embed.js. */
export const EMBED_PARAMS = [
  'city',
  'initiative',
  'lang',
  'field',
  'sdg',
  'view',
  'tour',
  'controls',
] as const
export type EmbedParams = Partial<Record<(typeof EMBED_PARAMS)[number], string>>

export function embedQuery(params: EmbedParams): string {
  const query = new URLSearchParams()
  for (const key of EMBED_PARAMS) {
    const value = params[key]
    if (value) query.set(key, value)
  }
  return query.toString()
}
