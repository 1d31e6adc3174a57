import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { selectCity, selectField } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { FieldEmblem } from './FieldEmblem'
import { Loc } from './Loc'
import { Poster } from './Poster'
import { RouteLink } from './RouteLink'
import { useCountryName } from './useCountryName'

export interface CityCardProps {
  cityId: string
}

export function CityCard({ cityId }: CityCardProps) {
  const { t } = useTranslation()
  const city = useExpo((s) => selectCity(s, cityId))
  const field = useExpo((s) => selectField(s, city?.field))
  const language = useExpo((s) => s.language)
  const countryName = useCountryName()
  if (!city) return null
  const first = city.initiatives[0]
  return (
    <RouteLink place={{ name: 'city', cityId }} className={`city-card field--${city.field}`}>
      <span className="city-card-art" aria-hidden="true">
        {first ? <Poster initiativeId={first.id} /> : null}
      </span>
      <span className="city-card-body">
        <span className="city-card-field">
          <FieldEmblem field={city.field} size={18} />
          {field ? (
            <span lang={localize(field.name, language).lang}>
              {localize(field.name, language).text}
            </span>
          ) : null}
        </span>
        <strong className="city-card-name">
          <Loc text={city.name} />
        </strong>
        <span className="city-card-meta">
          {countryName(city.country)} ·{' '}
          {t('ground.exhibitCount', { count: city.initiatives.length })}
        </span>
      </span>
    </RouteLink>
  )
}
