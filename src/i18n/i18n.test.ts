import { describe, expect, it } from 'vitest'
import ar from './locales/ar.json'
import en from './locales/en.json'
import fr from './locales/fr.json'
import zh from './locales/zh.json'
import { createFormatter, createI18n } from './i18n'

const counts: Record<string, Record<string, string>> = {
  en: en.ground,
  fr: fr.ground,
  zh: zh.ground,
  ar: ar.ground,
}

/** What `ground.cityCount` must read for `n`: the locale's own plural form, Intl's numerals. */
function expected(language: string, n: number): string {
  const form = new Intl.PluralRules(language).select(n)
  const template =
    counts[language]?.[`cityCount_${n === 0 ? 'zero' : form}`] ??
    counts[language]?.[`cityCount_${form}`]
  return (template ?? '').replace('{{count}}', new Intl.NumberFormat(language).format(n))
}

describe('interface strings', () => {
  it.each([
    ['en', 1],
    ['en', 12345],
    ['fr', 12345],
    ['zh', 12345],
    ['ar', 0],
    ['ar', 2],
    ['ar', 5],
    ['ar', 11],
    ['ar', 1234],
  ] as const)(
    '%s with count %i: plural form of the language, number written by Intl',
    async (language, n) => {
      const i18n = await createI18n(language)
      expect(i18n.t('ground.cityCount', { count: n })).toBe(expected(language, n))
    },
  )

  it('writes every interpolated number in the language, leaves other values alone', () => {
    const { format } = createFormatter()
    expect(format(1234567.5, undefined, 'ar')).toBe(new Intl.NumberFormat('ar').format(1234567.5))
    expect(format(1234567.5, undefined, 'fr')).toBe(new Intl.NumberFormat('fr').format(1234567.5))
    expect(format('2014', undefined, 'ar')).toBe('2014')
    expect(format(['a', 'b'], 'list', 'fr')).toBe('a et b')
  })

  it('loads a locale only when asked, and no English beside it', async () => {
    const i18n = await createI18n('ru')
    expect(Object.keys(i18n.store.data).sort()).toEqual(['ru'])
  })
})
