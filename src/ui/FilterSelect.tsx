import { useId } from 'react'
import { useTranslation } from 'react-i18next'

export interface FilterSelectProps<T extends string> {
  label: string
  /** The allowed values, in order, with their visible names. */
  options: readonly { value: T; name: string }[]
  value: T | undefined
  onChange: (value: T | undefined) => void
}

/** One filter: a labelled select whose first choice is "All". */
export function FilterSelect<T extends string>({
  label,
  options,
  value,
  onChange,
}: FilterSelectProps<T>) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(options.find((o) => o.value === event.target.value)?.value)}
      >
        <option value="">{t('filter.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  )
}
