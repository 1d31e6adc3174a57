import { useId } from 'react'
import { useTranslation } from 'react-i18next'

export interface FilterSelectProps<T extends string> {
  label: string
  /** The allowed values, in order, with their visible names and what each would select. */
  options: readonly { value: T; name: string; count: number }[]
  value: T | undefined
  onChange: (value: T | undefined) => void
}

/**
 * One filter: a labelled select whose first choice is "All". Each value says how many exhibits
 * it would show given the other filters; a value that would show none is offered but disabled.
 */
export function FilterSelect<T extends string>({
  label,
  options,
  value,
  onChange,
}: FilterSelectProps<T>) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const number = new Intl.NumberFormat(i18n.language)
  return (
    <div className="filter" data-active={value !== undefined || undefined}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      >
        <option value="">{t('filter.any')}</option>
        {options.map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={option.count === 0 && option.value !== value}
          >
            {t('filter.option', { name: option.name, count: number.format(option.count) })}
          </option>
        ))}
      </select>
    </div>
  )
}
