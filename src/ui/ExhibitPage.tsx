import { useTranslation } from 'react-i18next'
import type { CompiledCity } from '../catalogue/compiled'
import { localize } from '../catalogue/localize'
import { selectNetworkMap, selectSdgMap } from '../state/derived'
import { useExpo, usePart } from '../state/useExpo'
import { Loc } from './Loc'
import { NotFound } from './NotFound'
import { Period } from './Period'
import { Picture } from './Picture'
import { Poster } from './Poster'
import { RouteLink } from './RouteLink'
import { SdgBadge } from './SdgBadge'

export interface ExhibitPageProps {
  city: CompiledCity
  initiativeId: string
}

/** One exhibit, read like a good museum label. */
export function ExhibitPage({ city, initiativeId }: ExhibitPageProps) {
  const { t } = useTranslation()
  const language = useExpo((s) => s.language)
  const sdg11 = useExpo(selectSdgMap)
  const network = useExpo(selectNetworkMap)
  // Other cities are named from the network's list.
  usePart(
    'network',
    Boolean(city.initiatives.find((i) => i.id === initiativeId)?.otherCities?.length),
  )
  const cities = useExpo((s) => s.catalogue?.cities)
  const catalogueIds = new Set((cities ?? []).map((c) => c.id))
  const index = city.initiatives.findIndex((i) => i.id === initiativeId)
  const initiative = city.initiatives[index]
  if (!initiative) return <NotFound message={t('exhibit.notFound', { id: initiativeId })} />
  const previous = city.initiatives[index - 1]
  const next = city.initiatives[index + 1]
  const cityName = localize(city.name, language).text

  return (
    <article className={`exhibit field--${city.field}`}>
      <nav className="breadcrumb">
        <RouteLink place={{ name: 'city', cityId: city.id }}>
          {t('exhibit.backToCity', { name: cityName })}
        </RouteLink>
      </nav>
      <div className="exhibit-layout">
        <figure className="exhibit-figure">
          <Poster
            initiativeId={initiative.id}
            alt={localize(initiative.title, language).text}
            width={480}
          />
        </figure>
        <div className="exhibit-text">
          <p className="eyebrow">
            <Loc text={city.name} />
            {initiative.period ? (
              <>
                {' · '}
                <Period value={initiative.period} />
              </>
            ) : null}
          </p>
          <h1>
            <Loc text={initiative.title} />
          </h1>
          <p className="lede">
            <Loc text={initiative.summary} tag />
          </p>
          {initiative.body ? (
            <p>
              <Loc text={initiative.body} tag />
            </p>
          ) : null}
          {initiative.media?.map((item, i) =>
            item.type === 'image' ? <Picture key={`${i}:${item.src}`} image={item} /> : null,
          )}
          {initiative.media?.some((item) => item.type !== 'image') ? (
            <ul className="media-links">
              {initiative.media.map((item, i) =>
                item.type === 'image' ? null : (
                  <li key={`${i}:${item.url}`}>
                    <a href={item.url} target="_blank" rel="noopener noreferrer">
                      <span className="media-kind">
                        {item.type === 'video' ? t('exhibit.video') : t('exhibit.webPage')}
                      </span>{' '}
                      <Loc text={item.title} />
                      <span className="visually-hidden"> {t('embed.newTab')}</span>
                    </a>
                  </li>
                ),
              )}
            </ul>
          ) : null}
          <dl className="facts">
            <dt>{t('exhibit.sdg')}</dt>
            <dd>
              <ul className="tags">
                {initiative.sdg11.map((id) => {
                  const target = sdg11.get(id)
                  return (
                    <li key={id}>
                      <RouteLink
                        place={{ name: 'ground' }}
                        params={{ sdg: id }}
                        className="tag tag--sdg"
                      >
                        <SdgBadge target={id} />
                        <b>{id}</b> {target ? <Loc text={target.title} /> : null}
                      </RouteLink>
                    </li>
                  )
                })}
              </ul>
              <p className="fact-note">{t('exhibit.sdgNote')}</p>
            </dd>
            <dt>{t('exhibit.practices')}</dt>
            <dd>
              <ul className="tags">
                {initiative.practices.map((practice) => (
                  <li key={practice}>
                    <RouteLink place={{ name: 'ground' }} params={{ practice }} className="tag">
                      {t(`practice.${practice}`)}
                    </RouteLink>
                  </li>
                ))}
              </ul>
            </dd>
            {initiative.otherCities?.length ? (
              <>
                <dt>{t('exhibit.otherCities')}</dt>
                <dd>
                  <ul className="tags">
                    {initiative.otherCities.map((id) => {
                      const name = network.get(id)?.name ?? id
                      return (
                        <li key={id}>
                          {catalogueIds.has(id) ? (
                            <RouteLink place={{ name: 'city', cityId: id }} className="tag">
                              {name}
                            </RouteLink>
                          ) : (
                            <span className="tag tag--plain">{name}</span>
                          )}
                        </li>
                      )
                    })}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          <section className="city-note">
            <h2>{t('exhibit.aboutCity', { name: cityName })}</h2>
            <p>
              <Loc text={city.introduction} tag />
            </p>
          </section>
          <section className="sources">
            <h2>{t('exhibit.sources')}</h2>
            <ul>
              {initiative.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer external" target="_blank">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          <nav className="exhibit-nav">
            {previous ? (
              <RouteLink
                place={{ name: 'initiative', cityId: city.id, initiativeId: previous.id }}
                rel="prev"
              >
                {t('exhibit.previous')}
              </RouteLink>
            ) : (
              <span />
            )}
            {next ? (
              <RouteLink
                place={{ name: 'initiative', cityId: city.id, initiativeId: next.id }}
                rel="next"
              >
                {t('exhibit.next')}
              </RouteLink>
            ) : null}
          </nav>
        </div>
      </div>
    </article>
  )
}
