/**
 * The parts of the index (titles, network, narration) and how a loaded one joins the index. No
 * schema here: the first screen imports this, and the validator (./load) is loaded only when a
 * file needs checking (see ./built).
 */
import type { CatalogueIndex, Parts } from './compiled'
import type { LocalizedText } from './schema'

/**
 * What the index leaves to files of their own, loaded when a view needs them: exhibit titles
 * (search results, the about page), the network's members (3D posts, map, other cities) and the
 * tours' narrations (while a tour runs). Each is content-hashed, like the index.
 */
export const PARTS = ['titles', 'network', 'narration'] as const
export type PartName = (typeof PARTS)[number]

/** The index with a loaded part merged in: the views read titles, members and narrations there. */
export function withPart<N extends PartName>(
  index: CatalogueIndex,
  name: N,
  part: Parts[N],
): CatalogueIndex {
  if (name === 'network') return { ...index, network: part as Parts['network'] }
  if (name === 'titles') {
    const titles = part as Parts['titles']
    return {
      ...index,
      cities: index.cities.map((city) => ({
        ...city,
        initiatives: city.initiatives.map((initiative) => {
          const title = titles.get(initiative.id)
          return title ? { ...initiative, title } : initiative
        }),
      })),
    }
  }
  const narration = part as Parts['narration']
  const tours = index.exhibition.tours.map((tour) => {
    const texts = narration.get(tour.id)
    if (!texts) return tour
    const stops = tour.stops.map((stop, i) => {
      const text: LocalizedText | undefined = texts[i]
      return text?.en ? { ...stop, narration: text } : stop
    })
    return { ...tour, stops }
  })
  return { ...index, exhibition: { ...index.exhibition, tours } }
}
