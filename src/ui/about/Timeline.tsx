import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { packRows, timeline, TIMELINE_MONTHS, TIMELINE_START } from '../../catalogue/collection'
import { localize } from '../../catalogue/localize'
import { selectInitiativeMap } from '../../state/derived'
import { useExpo } from '../../state/useExpo'
import { FieldEmblem } from '../FieldEmblem'
import { ChartFigure } from './ChartFigure'

/**
 * How the responses unfolded over 2020 and 2021: each exhibit's period as a bar in its field's
 * lane (solid when the months are known, hatched when only the year is). Time runs in the
 * reading direction (right to left in Arabic). The table counts exhibits per field and quarter.
 */
export function Timeline() {
  const { t, i18n } = useTranslation()
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo((s) => s.catalogue?.fields)
  const initiatives = useExpo(selectInitiativeMap)
  const language = useExpo((s) => s.language)
  const spans = useMemo(() => timeline(cities ?? []), [cities])
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'narrow', timeZone: 'UTC' })
  const quarters = Array.from({ length: TIMELINE_MONTHS / 3 }, (_, q) => q)
  if (!fields) return null
  return (
    <ChartFigure
      title={t('about.timelineTitle')}
      description={t('about.timelineDescription', { count: spans.length })}
      table={
        <table>
          <thead>
            <tr>
              <td />
              {quarters.map((q) => (
                <th key={q} scope="col">
                  {t('about.quarter', { q: (q % 4) + 1, year: TIMELINE_START + Math.floor(q / 4) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field.id}>
                <th scope="row">{localize(field.name, language).text}</th>
                {quarters.map((q) => (
                  <td key={q}>
                    {
                      spans.filter(
                        (s) => s.field === field.id && s.from <= q * 3 + 2 && s.to >= q * 3,
                      ).length
                    }
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="timeline">
        <div className="timeline-axis" aria-hidden="true">
          <span />
          <div className="timeline-months">
            {Array.from({ length: TIMELINE_MONTHS }, (_, m) => (
              <span key={m} data-year-start={m % 12 === 0 || undefined}>
                {m % 12 === 0
                  ? TIMELINE_START + m / 12
                  : monthName.format(Date.UTC(TIMELINE_START, m % 12, 1))}
              </span>
            ))}
          </div>
        </div>
        {fields.map((field) => {
          const rows = packRows(spans.filter((s) => s.field === field.id))
          const name = localize(field.name, language)
          return (
            <div key={field.id} className={`timeline-lane field--${field.id}`}>
              <span className="timeline-label">
                <FieldEmblem field={field.id} size={16} />
                <span lang={name.lang}>{name.text}</span>
              </span>
              <div className="timeline-track" aria-hidden="true">
                {rows.map((row, r) =>
                  row.map((span) => {
                    const title = initiatives.get(span.initiativeId)?.initiative.title
                    return (
                      <span
                        key={span.initiativeId}
                        className="timeline-bar"
                        data-precise={span.precise || undefined}
                        data-from={span.from}
                        data-span={span.to - span.from + 1}
                        data-row={Math.min(r, 29)}
                        title={title ? localize(title, language).text : span.initiativeId}
                      />
                    )
                  }),
                )}
                <span
                  className="timeline-rows"
                  data-rows={Math.min(Math.max(rows.length, 1), 30)}
                />
              </div>
            </div>
          )
        })}
      </div>
    </ChartFigure>
  )
}
