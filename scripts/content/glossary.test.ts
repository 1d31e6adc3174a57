import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/catalogue/issues.ts'
import type { FieldsFile } from '../../src/catalogue/schema.ts'
import { FIELDS } from '../../src/catalogue/vocabulary.ts'
import {
  checkFields,
  checkGlossary,
  checkIntroductions,
  checkLocale,
  checkTypography,
  glossarySchema,
  titleCore,
  type Glossary,
} from './glossary.ts'

/** The real glossary: the small examples below change one thing in real data. */
const glossary: Glossary = glossarySchema.parse(
  JSON.parse(readFileSync('content/glossary.json', 'utf8')),
)
const literature = glossary.fields.find((f) => f.id === 'literature')!

function fieldsFile(): FieldsFile {
  return {
    fields: glossary.fields.map((f) => ({
      id: f.id,
      name: { ...f.name },
      cityTitle: { ...f.cityTitle },
      colour: '#1F7F7F',
    })),
  }
}

const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem)

describe('the glossary check, on small examples', () => {
  it('accepts fields.json when it copies the glossary', () => {
    expect(checkFields(glossary, fieldsFile())).toEqual([])
  })

  it('names the field and language where fields.json differs from the glossary', () => {
    const file = fieldsFile()
    const index = file.fields.findIndex((f) => f.id === 'literature')
    file.fields[index]!.cityTitle.fr = 'Ville de littérature'
    delete file.fields[index]!.name.ru
    expect(lines(checkFields(glossary, file))).toEqual([
      `content/fields.json: /fields/${index}/name/ru: is null; the glossary says "Литература"`,
      `content/fields.json: /fields/${index}/cityTitle/fr: is "Ville de littérature"; the glossary says "${literature.cityTitle.fr}"`,
    ])
  })

  it('accepts a title string that shows the glossary title once, refuses one that adds UNESCO again', () => {
    const ok = { city: { designated: '{{title}} depuis {{year}}' } }
    const doubled = { city: { designated: '{{title}} de l’UNESCO depuis {{year}}' } }
    expect(checkLocale(glossary, 'fr', ok, 'fr.json')).toEqual([])
    expect(lines(checkLocale(glossary, 'fr', doubled, 'fr.json'))).toEqual([
      'fr.json: /city/designated: names UNESCO again around the title: “Ville créative de l’UNESCO pour l’artisanat et les arts populaires de l’UNESCO depuis 2004”',
    ])
    expect(lines(checkLocale(glossary, 'fr', {}, 'fr.json'))).toEqual([
      'fr.json: /city/designated: missing: the string that states a city’s title',
    ])
  })

  it('refuses another interface string that writes the formula in its own words', () => {
    const locale = {
      city: { designated: '{{title}} since {{year}}' },
      about: { intro: 'A UNESCO Creative City of Music' },
    }
    expect(lines(checkLocale(glossary, 'en', locale, 'en.json'))).toEqual([
      'en.json: /about/intro: states the title formula, but not as the glossary writes it: “A UNESCO Creative City of Music”',
    ])
  })

  it('lets Arabic and Russian decline the head noun of the title', () => {
    expect(titleCore('ru', literature.cityTitle.ru)).toBe('ЮНЕСКО в области литературы')
    expect(titleCore('ar', literature.cityTitle.ar)).toBe('اليونسكو المبدعة في مجال الأدب')
    expect(titleCore('en', literature.cityTitle.en)).toBe(literature.cityTitle.en)
    const city = {
      file: 'content/cities/x-literature.json',
      field: 'literature' as const,
      introduction: {
        en: 'A UNESCO City of Literature since 2004.',
        ru: 'Город стал творческим городом ЮНЕСКО в области литературы в 2004 году.',
        ar: 'أصبحت المدينةُ مدينةَ اليونسكو المبدعة في مجال الأدب عام 2004.',
        fr: 'Une ville sans formule.',
      },
    }
    expect(checkIntroductions(glossary, [city])).toEqual([])
  })

  it('refuses an introduction that states the formula in other words or for another field', () => {
    const city = {
      file: 'content/cities/x-literature.json',
      field: 'literature' as const,
      introduction: {
        en: 'A UNESCO Creative City of Literature since 2004.',
        es: 'Ciudad Creativa de la UNESCO de la Música desde 2004.',
        zh: '自2004年起为联合国教科文组织“文学之都”。',
      },
    }
    expect(lines(checkIntroductions(glossary, [city]))).toEqual([
      'content/cities/x-literature.json: /introduction/en: states the title formula but not “UNESCO City of Literature”',
      'content/cities/x-literature.json: /introduction/es: states the title formula but not “Ciudad Creativa de la UNESCO de la Literatura”',
    ])
  })

  it('finds a straight apostrophe in French and 「」 in Chinese, wherever the text sits', () => {
    const document = {
      title: { en: 'A', fr: 'L’été', zh: '“夏天”' },
      initiatives: [
        {
          summary: { en: 'B', fr: "L'été", zh: '「夏天」' },
          links: [{ label: "it's fine: not French" }],
        },
      ],
    }
    expect(lines(checkTypography('x.json', document))).toEqual([
      "x.json: /initiatives/0/summary/fr: French text with a straight apostrophe: “L'été”",
      'x.json: /initiatives/0/summary/zh: Chinese text with 「」 instead of “”: “「夏天」”',
    ])
  })
})

describe('the repository follows content/glossary.json', () => {
  const report = checkGlossary()

  it('has a glossary of the documented shape, with every field and every SDG 11 target', () => {
    expect(lines(report.glossary)).toEqual([])
    expect(glossary.fields.map((f) => f.id).sort()).toEqual([...FIELDS].sort())
    expect(glossary.sdg11Rule.targets['11.7'].en).toContain('not for online or indoor events')
  })

  it('fields.json: names and city titles equal the glossary in all six languages', () => {
    expect(lines(report.fields)).toEqual([])
  })

  it('interface locales: the city title string and any string stating the formula follow the glossary', () => {
    expect(lines(report.locales)).toEqual([])
  })

  it('city introductions: where one states the title formula, it is the glossary’s, for its own field', () => {
    expect(lines(report.introductions)).toEqual([])
  })

  it("content: French uses ’ and Chinese uses “”, never ' or 「」", () => {
    expect(lines(report.typography)).toEqual([])
  })
})
