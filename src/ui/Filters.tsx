import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { PRACTICES, REGIONS } from '../catalogue/vocabulary'
import { useExpo, useExpoStore } from '../state/useExpo'
import { FilterSelect } from './FilterSelect'

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
      <FilterSelect
        label={t('filter.field')}
        value={params.field}
        onChange={(field) => set({ field })}
        options={catalogue.fields.map((f) => ({
          value: f.id,
          name: localize(f.name, language).text,
        }))}
      />
      <FilterSelect
        label={t('filter.sdg')}
        value={params.sdg}
        onChange={(sdg) => set({ sdg })}
        options={catalogue.sdg11.map((target) => ({
          value: target.id,
          // Isolated, so "11.b" keeps its order inside right-to-left text.
          name: `\u2066${target.id}\u2069 · ${localize(target.title, language).text}`,
        }))}
      />
      <FilterSelect
        label={t('filter.practice')}
        value={params.practice}
        onChange={(practice) => set({ practice })}
        options={PRACTICES.map((p) => ({ value: p, name: t(`practice.${p}`) }))}
      />
      <FilterSelect
        label={t('filter.region')}
        value={params.region}
        onChange={(region) => set({ region })}
        options={REGIONS.map((r) => ({ value: r, name: t(`region.${r}`) }))}
      />
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
