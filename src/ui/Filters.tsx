import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { FACETS, type Facet } from '../catalogue/select'
import { PRACTICES, REGIONS } from '../catalogue/vocabulary'
import type { RouteParams } from '../routing/route'
import { selectFacetCounts, selectSelection, selectYears } from '../state/derived'
import { useExpo, useExpoStore } from '../state/useExpo'
import { FilterSelect } from './FilterSelect'

const CLEAR: Partial<RouteParams> = Object.fromEntries(
  [...FACETS, 'q'].map((key) => [key, undefined]),
)

/**
 * Field, SDG 11 target, kind of practice, region and year, combinable, each value with its count
 * given the others; a summary of what they select and one "clear all". All in the address.
 */
export function Filters() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const params = useExpo((s) => s.route.params)
  const catalogue = useExpo((s) => s.catalogue)
  const language = useExpo((s) => s.language)
  const counts = useExpo(selectFacetCounts)
  const selection = useExpo(selectSelection)
  const years = useExpo(selectYears)
  if (!catalogue) return null
  const set = store.getState().setParams
  const count = (facet: Facet, value: string) => counts[facet].get(value) ?? 0
  const exhibits = catalogue.cities.reduce((n, c) => n + c.initiatives.length, 0)
  return (
    <div className="filters-block">
      <form
        className="filters"
        aria-label={t('filter.label')}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label={t('filter.field')}
          value={params.field}
          onChange={(field) => set({ field })}
          options={catalogue.fields.map((f) => ({
            value: f.id,
            name: localize(f.name, language).text,
            count: count('field', f.id),
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
            count: count('sdg', target.id),
          }))}
        />
        <FilterSelect
          label={t('filter.practice')}
          value={params.practice}
          onChange={(practice) => set({ practice })}
          options={PRACTICES.map((p) => ({
            value: p,
            name: t(`practice.${p}`),
            count: count('practice', p),
          }))}
        />
        <FilterSelect
          label={t('filter.region')}
          value={params.region}
          onChange={(region) => set({ region })}
          options={REGIONS.map((r) => ({
            value: r,
            name: t(`region.${r}`),
            count: count('region', r),
          }))}
        />
        <FilterSelect
          label={t('filter.year')}
          value={params.year === undefined ? undefined : String(params.year)}
          onChange={(year) => set({ year: year === undefined ? undefined : Number(year) })}
          options={years.map((y) => ({
            value: String(y),
            name: String(y),
            count: count('year', String(y)),
          }))}
        />
      </form>
      <p className="filters-summary" role="status">
        <span>
          {t('filter.pavilionsOf', {
            shown: selection.cities.length,
            count: catalogue.cities.length,
          })}
          {' · '}
          {t('filter.exhibitsOf', { shown: selection.initiatives.length, count: exhibits })}
        </span>
        {selection.narrowed ? (
          <button type="button" className="link-button" onClick={() => set(CLEAR)}>
            {t('filter.clearAll')}
          </button>
        ) : null}
      </p>
    </div>
  )
}
