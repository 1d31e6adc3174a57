import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { FIELDS, PRACTICES, REGIONS, SDG11_TARGETS } from '../catalogue/vocabulary'
import { useExpo, useExpoStore } from '../state/useExpo'

function pick<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined
}

export function Filters() {
  const { t } = useTranslation()
  const id = useId()
  const store = useExpoStore()
  const params = useExpo((s) => s.route.params)
  const catalogue = useExpo((s) => s.catalogue)
  const language = useExpo((s) => s.language)
  if (!catalogue) return null
  const set = store.getState().setParams
  const active = Boolean(params.field ?? params.sdg ?? params.practice ?? params.region ?? params.q)
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="filter">
        <label htmlFor={`${id}-q`}>{t('filter.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={params.q ?? ''}
          placeholder={t('filter.searchPlaceholder')}
          onChange={(event) => set({ q: event.target.value || undefined })}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-field`}>{t('filter.field')}</label>
        <select
          id={`${id}-field`}
          value={params.field ?? ''}
          onChange={(event) => set({ field: pick(FIELDS, event.target.value) })}
        >
          <option value="">{t('filter.any')}</option>
          {catalogue.fields.map((field) => (
            <option key={field.id} value={field.id}>
              {localize(field.name, language).text}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-sdg`}>{t('filter.sdg')}</label>
        <select
          id={`${id}-sdg`}
          value={params.sdg ?? ''}
          onChange={(event) => set({ sdg: pick(SDG11_TARGETS, event.target.value) })}
        >
          <option value="">{t('filter.any')}</option>
          {catalogue.sdg11.map((target) => (
            <option key={target.id} value={target.id}>
              {/* Isolated, so "11.b" keeps its order inside right-to-left text. */}
              {`\u2066${target.id}\u2069 · ${localize(target.title, language).text}`}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-practice`}>{t('filter.practice')}</label>
        <select
          id={`${id}-practice`}
          value={params.practice ?? ''}
          onChange={(event) => set({ practice: pick(PRACTICES, event.target.value) })}
        >
          <option value="">{t('filter.any')}</option>
          {PRACTICES.map((practice) => (
            <option key={practice} value={practice}>
              {t(`practice.${practice}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={`${id}-region`}>{t('filter.region')}</label>
        <select
          id={`${id}-region`}
          value={params.region ?? ''}
          onChange={(event) => set({ region: pick(REGIONS, event.target.value) })}
        >
          <option value="">{t('filter.any')}</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`region.${region}`)}
            </option>
          ))}
        </select>
      </div>
      {active ? (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            set({
              field: undefined,
              sdg: undefined,
              practice: undefined,
              region: undefined,
              q: undefined,
            })
          }
        >
          {t('filter.clear')}
        </button>
      ) : null}
    </form>
  )
}
