import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldSdgMatrix } from '../../catalogue/collection'
import { localize } from '../../catalogue/localize'
import { selectSdgMap } from '../../state/derived'
import { useExpo } from '../../state/useExpo'
import { FieldEmblem } from '../FieldEmblem'
import { RouteLink } from '../RouteLink'
import { ChartFigure } from './ChartFigure'

/**
 * Which fields answered with which SDG 11 targets: exhibits per cell, as a table (so it reads
 * as one), shaded by count with the number always written; a cell filters the pavilions by both.
 */
export function FieldSdgMatrix() {
  const { t, i18n } = useTranslation()
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo((s) => s.catalogue?.fields)
  const targets = useExpo(selectSdgMap)
  const language = useExpo((s) => s.language)
  const matrix = useMemo(() => fieldSdgMatrix(cities ?? []), [cities])
  const number = new Intl.NumberFormat(i18n.language)
  const max = Math.max(1, ...[...matrix.values()].flatMap((row) => [...row.values()]))
  if (!fields) return null
  return (
    <ChartFigure title={t('about.matrixTitle')} description={t('about.matrixDescription')}>
      <div className="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <td />
              {[...targets.values()].map((target) => (
                <th key={target.id} scope="col" title={localize(target.title, language).text}>
                  <span dir="ltr">{target.id}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const name = localize(field.name, language)
              return (
                <tr key={field.id} className={`field--${field.id}`}>
                  <th scope="row">
                    <FieldEmblem field={field.id} size={18} />
                    <span lang={name.lang}>{name.text}</span>
                  </th>
                  {[...targets.values()].map((target) => {
                    const count = matrix.get(field.id)?.get(target.id) ?? 0
                    return (
                      <td
                        key={target.id}
                        data-k={Math.round((count / max) * 10)}
                        data-strong={count / max > 0.6 || undefined}
                      >
                        {count > 0 ? (
                          <RouteLink
                            place={{ name: 'ground' }}
                            params={{ field: field.id, sdg: target.id }}
                            aria-label={t('about.cell', {
                              count,
                              field: name.text,
                              target: `${target.id} ${localize(target.title, language).text}`,
                            })}
                          >
                            {number.format(count)}
                          </RouteLink>
                        ) : (
                          <span className="matrix-zero">·</span>
                        )}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </ChartFigure>
  )
}
