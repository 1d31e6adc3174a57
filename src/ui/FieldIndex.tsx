import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'
import { FieldEmblem } from './FieldEmblem'
import { Loc } from './Loc'
import { RouteLink } from './RouteLink'

/** The seven fields as a visual index; each link filters the pavilions. */
export function FieldIndex() {
  const { t } = useTranslation()
  const fields = useExpo((s) => s.catalogue?.fields)
  const cities = useExpo((s) => s.catalogue?.cities)
  const current = useExpo((s) => s.route.params.field)
  if (!fields || !cities) return null
  return (
    <nav className="field-index" aria-labelledby="fields-heading">
      <h2 id="fields-heading">{t('ground.fieldsHeading')}</h2>
      <ul>
        {fields.map((field) => {
          const count = cities.filter((c) => c.field === field.id).length
          return (
            <li key={field.id}>
              <RouteLink
                place={{ name: 'ground' }}
                params={{ field: current === field.id ? undefined : field.id }}
                className={`field-chip field--${field.id}`}
                aria-current={current === field.id ? 'true' : undefined}
              >
                <FieldEmblem field={field.id} size={28} />
                <span className="field-name">
                  <Loc text={field.name} />
                </span>
                <span className="field-count">{t('ground.cityCount', { count })}</span>
              </RouteLink>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
