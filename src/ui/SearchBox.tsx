/**
 * The search box (ARIA combobox with a grouped listbox): typing narrows both views through the
 * address's `q`; the list shows the ranked exhibits and pavilions with the matched words marked.
 * `/` focuses it from anywhere, ↑/↓ move, Enter goes to the result, Escape closes then clears.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SearchResult } from '../catalogue/search'
import { selectSearchOutcome } from '../state/derived'
import { useExpo, useExpoStore } from '../state/useExpo'
import { SearchResultItem } from './SearchResultItem'

const EMPTY: SearchResult[] = []

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return Boolean(
    element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)),
  )
}

export function SearchBox() {
  const { t } = useTranslation()
  const id = useId()
  const store = useExpoStore()
  const q = useExpo((s) => s.route.params.q ?? '')
  const status = useExpo((s) => s.searchStatus)
  const results = useExpo((s) => selectSearchOutcome(s)?.results ?? EMPTY)
  const input = useRef<HTMLInputElement>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      if (typing(event.target)) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const prepare = () => {
    if (store.getState().searchStatus === 'idle') store.getState().setSearch('wanted')
  }
  const choose = (result: SearchResult) => {
    setOpen(false)
    const { initiativeId, cityId } = result
    store
      .getState()
      .goTo(initiativeId ? { name: 'initiative', cityId, initiativeId } : { name: 'city', cityId })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (count) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : count - 1) + count) % count)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      const result = results[active] ?? (open ? results[0] : undefined)
      if (result) choose(result)
    } else if (event.key === 'Escape') {
      if (open) setOpen(false)
      else store.getState().setParams({ q: undefined })
    }
  }

  const listId = `${id}-list`
  const shown = open && q.trim() !== ''
  const optionId = (i: number) => `${id}-option-${i}`
  const firstPavilion = results.findIndex((r) => !r.initiativeId)
  const firstExhibit = results.findIndex((r) => r.initiativeId)
  return (
    <div className="search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        inputMode="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && results[active] ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search.placeholder')}
        value={q}
        onFocus={() => {
          prepare()
          setOpen(true)
        }}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setActive(-1)
          setOpen(true)
          store.getState().setParams({ q: event.target.value || undefined })
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      <div className="search-panel" hidden={!shown}>
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="search-list">
          {results.map((result, i) => (
            <li
              key={`${result.cityId}/${result.initiativeId ?? ''}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // Keep the input focused: choose on mouse down, before the blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(result)
              }}
              onMouseMove={() => setActive(i)}
            >
              {i === firstExhibit || i === firstPavilion ? (
                <span className="search-group" aria-hidden="true">
                  {result.initiativeId ? t('search.exhibits') : t('search.pavilions')}
                </span>
              ) : null}
              <SearchResultItem result={result} />
            </li>
          ))}
        </ul>
        <p className="search-status" role="status">
          {status === 'loading' || status === 'wanted'
            ? t('search.loading')
            : status === 'failed'
              ? t('search.failed')
              : results.length === 0
                ? t('search.none', { q })
                : t('search.count', { count: results.length })}
        </p>
      </div>
    </div>
  )
}
