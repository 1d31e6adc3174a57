import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CitySummary } from '../catalogue/compiled'
import { localize } from '../catalogue/localize'
import { selectField } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { FieldEmblem } from './FieldEmblem'
import { Loc } from './Loc'
import { RouteLink } from './RouteLink'
import { useCountryName } from './useCountryName'

export interface CityHeadProps {
  city: Pick<CitySummary, 'field' | 'designated' | 'name' | 'country'>
  /** Below the country: the city's introduction, when its file is there. */
  children?: ReactNode
}

/** A pavilion page's top: the way back, the field and year of designation, name and country. */
export function CityHead({ city, children }: CityHeadProps) {
  const { t } = useTranslation()
  const field = useExpo((s) => selectField(s, city.field))
  const language = useExpo((s) => s.language)
  const countryName = useCountryName()
  const title = field ? localize(field.cityTitle, language).text : ''
  return (
    <>
      <nav className="breadcrumb">
        <RouteLink place={{ name: 'ground' }}>{t('city.back')}</RouteLink>
      </nav>
      <header className="city-head">
        <p className="eyebrow">
          <FieldEmblem field={city.field} size={20} />
          {t('city.designated', {
            title,
            year: new Intl.NumberFormat(language, { useGrouping: false }).format(city.designated),
          })}
        </p>
        <h1>
          <Loc text={city.name} />
        </h1>
        <p className="muted">{countryName(city.country)}</p>
        {children}
      </header>
    </>
  )
}
