import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { geoEqualEarth, geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import land110 from 'world-atlas/land-110m.json'
import { localize } from '../../catalogue/localize'
import { regionOf } from '../../catalogue/regions'
import { REGIONS } from '../../catalogue/vocabulary'
import { selectCityMap, selectFieldMap } from '../../state/derived'
import { useExpo, usePart } from '../../state/useExpo'
import { RouteLink } from '../RouteLink'
import { useCountryName } from '../useCountryName'
import { ChartFigure } from './ChartFigure'

const WIDTH = 960
const HEIGHT = 470
const topology = land110 as unknown as Topology<{ land: GeometryCollection }>
const land = feature(topology, topology.objects.land)
const projection = geoEqualEarth().fitExtent(
  [
    [8, 8],
    [WIDTH - 8, HEIGHT - 8],
  ],
  land,
)
// Coordinates to a hundredth of a pixel: the page is drawn in Node at build time and again in the
// browser, whose floating-point results can differ in the last digits (hydration compares them).
const LAND_PATH = geoPath(projection).digits(2)(land) ?? ''
const at = (lon: number, lat: number): [number, number] | null => {
  const point = projection([lon, lat])
  return point ? [Math.round(point[0] * 100) / 100, Math.round(point[1] * 100) / 100] : null
}

/**
 * Where the responses come from: the network's members in 2020 (Natural Earth coastlines, Equal
 * Earth projection, no tiles), pavilion cities emphasised; focus or hover names one, a click opens
 * its pavilion. The table lists the pavilions by region.
 */
export function NetworkMap() {
  const { t } = useTranslation()
  usePart('network')
  const network = useExpo((s) => s.catalogue?.network)
  const pavilions = useExpo(selectCityMap)
  const fields = useExpo(selectFieldMap)
  const language = useExpo((s) => s.language)
  const countryName = useCountryName()
  const [named, setNamed] = useState<string | null>(null)
  const members = useMemo(
    () =>
      (network ?? [])
        .filter((c) => c.member2020 && !pavilions.has(c.id))
        .map((c) => ({ id: c.id, at: at(c.location.lon, c.location.lat) })),
    [network, pavilions],
  )
  const cities = useMemo(
    () =>
      [...pavilions.values()].map((c) => ({
        city: c,
        at: at(c.location.lon, c.location.lat),
      })),
    [pavilions],
  )
  const label = (id: string) => {
    const city = pavilions.get(id)
    if (!city) return ''
    const field = fields.get(city.field)
    return t('about.mapCity', {
      name: localize(city.name, language).text,
      country: countryName(city.country),
      field: field ? localize(field.name, language).text : city.field,
      count: city.initiatives.length,
    })
  }
  const shown = named && pavilions.has(named) ? named : undefined
  return (
    <ChartFigure
      title={t('about.mapTitle')}
      description={t('about.mapDescription', {
        members: members.length + cities.length,
        pavilions: cities.length,
      })}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('filter.region')}</th>
              <th scope="col">{t('search.pavilions')}</th>
            </tr>
          </thead>
          <tbody>
            {REGIONS.map((region) => {
              const here = cities.filter((c) => regionOf(c.city.country) === region)
              return (
                <tr key={region}>
                  <th scope="row">{t(`region.${region}`)}</th>
                  <td>
                    {here.map((c, i) => (
                      <span key={c.city.id}>
                        {i > 0 ? ', ' : null}
                        <RouteLink place={{ name: 'city', cityId: c.city.id }}>
                          {localize(c.city.name, language).text}
                        </RouteLink>
                      </span>
                    ))}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      }
    >
      <div className="map">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={t('about.mapTitle')}>
          <path d={LAND_PATH} className="map-land" />
          <g className="map-members" aria-hidden="true">
            {members.map((m) =>
              m.at ? <circle key={m.id} cx={m.at[0]} cy={m.at[1]} r={2.2} /> : null,
            )}
          </g>
          {cities.map(({ city, at }) =>
            at ? (
              <RouteLink
                key={city.id}
                place={{ name: 'city', cityId: city.id }}
                aria-label={label(city.id)}
                className={`map-city field--${city.field}`}
                onFocus={() => setNamed(city.id)}
                onBlur={() => setNamed(null)}
                onMouseEnter={() => setNamed(city.id)}
                onMouseLeave={() => setNamed(null)}
              >
                <circle cx={at[0]} cy={at[1]} r={5} />
              </RouteLink>
            ) : null,
          )}
        </svg>
        <p className="map-name" aria-hidden="true">
          {shown ? label(shown) : t('about.mapHint')}
        </p>
      </div>
      <p className="map-legend">
        <span className="map-key map-key--pavilion" aria-hidden="true" />
        {t('about.legendPavilion')}
        <span className="map-key map-key--member" aria-hidden="true" />
        {t('about.legendMember')}
      </p>
    </ChartFigure>
  )
}
