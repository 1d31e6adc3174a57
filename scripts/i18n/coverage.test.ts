import { describe, expect, it } from 'vitest'
import { checkLocales, usedKeys } from './coverage.ts'

const en = {
  app: { title: 'Expo', count_one: '{{count}} city', count_other: '{{count}} cities' },
  view: { '2d': 'Pages', '3d': 'Ground' },
}
const code = [
  { file: 'src/A.tsx', code: 't(\'app.title\'); t("app.count", { count })' },
  { file: 'src/B.tsx', code: 't(`view.${mode}`)' },
]
const fileOf = (lang: string) => `${lang}.json`
const check = (locales: Record<string, unknown>, sources = code) =>
  checkLocales({ locales: { en, ...locales }, sources, fileOf })

describe('i18n coverage', () => {
  it('accepts complete locales with each language’s own plural categories', () => {
    const report = check({
      fr: {
        app: {
          title: 'Expo',
          count_one: '{{count}} ville',
          count_many: '{{count}} de villes',
          count_other: '{{count}} villes',
        },
        view: { '2d': 'Pages', '3d': 'Terrain' },
      },
      zh: {
        app: { title: '博览会', count_other: '{{count}} 座城市' },
        view: { '2d': '页', '3d': '场' },
      },
      ar: {
        app: {
          title: 'معرض',
          count_zero: 'لا مدن',
          count_one: 'مدينة',
          count_two: 'مدينتان',
          count_few: '{{count}} مدن',
          count_many: '{{count}} مدينة',
          count_other: '{{count}} مدينة',
        },
        view: { '2d': 'صفحات', '3d': 'ساحة' },
      },
    })
    expect(report.problems).toEqual([])
    expect(report.summary).toEqual([
      'en: 4/4 keys, 1 plural groups (_one _other), ok',
      'ar: 4/4 keys, 1 plural groups (_zero _one _two _few _many _other), ok',
      'fr: 4/4 keys, 1 plural groups (_one _many _other), ok',
      'zh: 4/4 keys, 1 plural groups (_other), ok',
    ])
  })

  it('reports missing and unknown keys, missing and extra plural forms, one line each', () => {
    const report = check({
      ar: {
        app: { title: 'معرض', count_one: 'مدينة', count_other: '{{count}} مدينة' },
        view: { '2d': 'صفحات' },
        extra: 'x',
      },
      zh: {
        app: { title: 1, count_one: '{{count}} 座城市', count_other: '{{count}} 座城市' },
        view: { '2d': '页', '3d': '场' },
      },
      ru: {
        app: { title: 'Экспо', count: 'города' },
        view: { '2d': 'Страницы', '3d': 'Площадка' },
      },
    })
    expect(report.problems).toEqual([
      'ar.json: view.3d: missing (present in en)',
      'ar.json: extra: not in en.json',
      'ar.json: app.count: missing plural forms _zero _two _few _many (ar has _zero _one _two _few _many _other)',
      'ru.json: app.count: must be a plural group like in en',
      'zh.json: app.title: must be a string',
      'zh.json: app.count: plural forms _one are not used in zh (it has _other)',
    ])
    expect(report.summary.find((line) => line.startsWith('ar:'))).toBe(
      'ar: 3/4 keys, 1 plural groups (_zero _one _two _few _many _other), 3 problems',
    )
  })

  it('reports en keys no code uses, and keys the code uses that en lacks', () => {
    const report = check({}, [{ file: 'src/A.tsx', code: "t('app.title'); t('app.gone')" }])
    expect(report.problems).toEqual([
      'en.json: app.count: not used in src/',
      'en.json: view.2d: not used in src/',
      'en.json: view.3d: not used in src/',
      'src/A.tsx: app.gone: used but not in en.json',
    ])
    expect(report.summary).toEqual(['en: 4/4 keys, 1 plural groups (_one _other), 4 problems'])
  })

  it('reads exact keys, template prefixes and i18nKey props from code', () => {
    const { exact, prefixes } = usedKeys([
      {
        file: 'x.tsx',
        code: [
          "t('a.b')",
          't("c.d", { count: 2 })',
          't(`e.f`)',
          't(`practice.${id}`)',
          '<Trans i18nKey="g.h" />',
          "<Trans i18nKey={'i.j'} />",
          'format(x)',
        ].join('\n'),
      },
    ])
    expect([...exact.keys()]).toEqual(['a.b', 'c.d', 'e.f', 'g.h', 'i.j'])
    expect([...prefixes]).toEqual(['practice.'])
  })
})
