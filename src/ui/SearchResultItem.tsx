import { localize } from '../catalogue/localize'
import type { SearchResult } from '../catalogue/search'
import { snippet } from '../catalogue/searchText'
import { selectCity, selectField, selectInitiativeMap } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { FieldEmblem } from './FieldEmblem'
import { Loc } from './Loc'
import { useCountryName } from './useCountryName'

export interface SearchResultItemProps {
  result: SearchResult
}

/** One search result: its name, where it is, and the words that matched in context. */
export function SearchResultItem({ result }: SearchResultItemProps) {
  const language = useExpo((s) => s.language)
  const city = useExpo((s) => selectCity(s, result.cityId))
  const field = useExpo((s) => selectField(s, city?.field))
  const initiative = useExpo((s) =>
    result.initiativeId ? selectInitiativeMap(s).get(result.initiativeId)?.initiative : undefined,
  )
  const doc = useExpo((s) =>
    s.searchEngine?.doc(result.initiativeId ? `i:${result.initiativeId}` : `c:${result.cityId}`),
  )
  const countryName = useCountryName()
  if (!city) return null
  const cut = doc ? snippet(doc, result.terms, language) : null
  const fieldName = field ? localize(field.name, language) : null
  return (
    <span className="search-result">
      <FieldEmblem field={city.field} size={20} />
      <span className="search-result-text">
        <strong className="search-result-name">
          <Loc
            text={result.initiativeId ? (initiative?.title ?? doc?.name ?? city.name) : city.name}
          />
        </strong>
        <span className="search-result-where">
          {initiative ? <Loc text={city.name} /> : countryName(city.country)}
          {fieldName ? (
            <>
              {' · '}
              <span lang={fieldName.lang}>{fieldName.text}</span>
            </>
          ) : null}
        </span>
        {cut ? (
          <span className="search-result-snippet" lang={cut.lang} dir="auto">
            {cut.parts.map((part, i) =>
              part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
            )}
          </span>
        ) : null}
      </span>
    </span>
  )
}
