import { useExpo } from '../state/useExpo'

export interface PeriodProps {
  /** A year, month or day, or two joined by "/" (content schema). */
  value: string
}

function parts(text: string): { date: Date; options: Intl.DateTimeFormatOptions } {
  const [y, m, d] = text.split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 2020, (m ?? 1) - 1, d ?? 1))
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' }
  if (m) options.month = 'long'
  if (d) options.day = 'numeric'
  return { date, options }
}

/** A period in the visitor's locale, through Intl (dates and numerals follow the language). */
export function Period({ value }: PeriodProps) {
  const language = useExpo((s) => s.language)
  const [start = value, end] = value.split('/')
  const from = parts(start)
  if (!end)
    return (
      <time dateTime={start}>
        {new Intl.DateTimeFormat(language, from.options).format(from.date)}
      </time>
    )
  const to = parts(end)
  const format = new Intl.DateTimeFormat(language, { ...from.options, ...to.options })
  // A range is two dates, so two <time> elements ("April – June 2020": the shared year stays
  // outside both): a <time> holds one date, never an interval.
  const runs: { source: string; text: string }[] = []
  for (const part of format.formatRangeToParts(from.date, to.date)) {
    const last = runs[runs.length - 1]
    if (last && last.source === part.source) last.text += part.value
    else runs.push({ source: part.source, text: part.value })
  }
  return (
    <span className="period">
      {runs.map((run, i) =>
        run.source === 'shared' ? (
          run.text
        ) : (
          <time key={i} dateTime={run.source === 'startRange' ? start : end}>
            {run.text}
          </time>
        ),
      )}
    </span>
  )
}
