import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

export interface ChartFigureProps {
  title: string
  description: string
  /** The same numbers as a table, behind "Show as table". */
  table?: ReactNode
  children: ReactNode
}

/** A chart with its title and description (its accessible name), and a table alternative. */
export function ChartFigure({ title, description, table, children }: ChartFigureProps) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`} className="chart-description">
        {description}
      </p>
      {children}
      {table ? (
        <details className="chart-table">
          <summary>{t('about.showTable')}</summary>
          {table}
        </details>
      ) : null}
    </figure>
  )
}
