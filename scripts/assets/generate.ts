/**
 * Artwork derived from the content (posters now), as files keyed by their path in the site.
 * The catalogue plugin serves them in the dev server and emits them in the build, so nothing
 * generated is written into public/.
 */
import type { Content } from '../content/validate.ts'
import { posterSvg } from './posters.ts'

export const POSTERS = 'assets/generated/posters'

export function generateAssets(content: Content): Map<string, string> {
  const files = new Map<string, string>()
  for (const city of content.cities) {
    const colour = content.fields.fields.find((f) => f.id === city.field)?.colour ?? '#5A5A66'
    for (const initiative of city.initiatives) {
      const year = initiative.period ? initiative.period.slice(0, 4) : String(city.designated)
      files.set(
        `${POSTERS}/${initiative.id}.svg`,
        posterSvg({ id: initiative.id, field: city.field, colour, city: city.name.en, year, sdg11: initiative.sdg11 }),
      )
    }
  }
  return files
}
