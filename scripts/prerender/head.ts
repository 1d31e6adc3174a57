/**
 * What the head of a prerendered page says (SPEC §6): title, description, canonical, hreflang
 * alternates, Open Graph and Twitter cards, JSON-LD (schema.org) and the oEmbed discovery link.
 * Pure: text in, HTML out. Absolute URLs start with the site's URL (ending in the base path).
 */
import type { CatalogueIndex, CompiledCity } from '../../src/catalogue/compiled.ts'
import { localize } from '../../src/catalogue/localize.ts'
import { UI_LANGUAGES, type UiLanguage } from '../../src/catalogue/vocabulary.ts'
import { clip, pathIn, type Page } from './pages.ts'

/** Open Graph locales (language_TERRITORY), one usual territory per language. */
const OG_LOCALE: Record<UiLanguage, string> = {
  en: 'en_GB',
  fr: 'fr_FR',
  zh: 'zh_CN',
  es: 'es_ES',
  ar: 'ar_AR',
  ru: 'ru_RU',
}

export interface HeadInput {
  page: Page
  catalogue: CatalogueIndex
  city?: CompiledCity
  /** The site's absolute URL with the base path, ending in `/`: `https://x.org/expo/`. */
  site: string
  /** Interface strings of the page's language (for the about page and the English mark). */
  strings: { about: { title: string; summary: string }; language: { english: string } }
  /** Path of the page's preview image from the site's root, e.g. `assets/og/krakow.png`. */
  image: string
  /**
   * Font files the page's text surely needs (the first Chinese or Arabic slice, which every page
   * in that language shows), relative to the site's root: fetched with the stylesheets rather
   * than after the first layout, so the text is drawn in its face sooner and moves less.
   */
  fonts?: readonly string[]
}

export interface Head {
  title: string
  description: string
  /** Tags for `<head>`, after the charset and viewport. */
  html: string
}

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const absolute = (site: string, path: string) => site + path.replace(/^\//, '')

/** The page's name and summary in its language; English text (a missing translation) is marked. */
function texts(input: HeadInput): { title: string; description: string; name: string } {
  const { page, catalogue, city, strings } = input
  const lang = page.language
  const exhibitionTitle = localize(catalogue.exhibition.title, lang).text
  const mark = (text: { text: string; fallback: boolean }) =>
    text.fallback ? `(${strings.language.english}) ${text.text}` : text.text
  const summary = catalogue.cities.find((c) => c.id === page.cityId)
  const field = catalogue.fields.find((f) => f.id === summary?.field)
  const cityName = summary ? localize(summary.name, lang).text : ''
  switch (page.kind) {
    case 'ground':
      return {
        name: exhibitionTitle,
        title: `${exhibitionTitle} — ${localize(catalogue.exhibition.subtitle, lang).text}`,
        description: clip(mark(localize(catalogue.exhibition.introduction, lang))),
      }
    case 'about': {
      const exhibits = catalogue.cities.reduce((n, c) => n + c.initiatives.length, 0)
      return {
        name: strings.about.title,
        title: `${strings.about.title} · ${exhibitionTitle}`,
        description: clip(
          strings.about.summary
            .replace('{{exhibits}}', String(exhibits))
            .replace('{{cities}}', String(catalogue.cities.length)),
        ),
      }
    }
    case 'city': {
      const cityTitle = field ? localize(field.cityTitle, lang).text : ''
      return {
        name: cityName,
        title: `${cityName}${cityTitle ? `, ${cityTitle}` : ''} · ${exhibitionTitle}`,
        description: city ? clip(mark(localize(city.introduction, lang))) : cityTitle,
      }
    }
    case 'exhibit': {
      const initiative = city?.initiatives.find((i) => i.id === page.initiativeId)
      const title = initiative ? localize(initiative.title, lang).text : ''
      return {
        name: title,
        title: `${title} · ${cityName} · ${exhibitionTitle}`,
        description: initiative ? clip(mark(localize(initiative.summary, lang))) : cityName,
      }
    }
  }
}

/** schema.org: the exhibition is an ExhibitionEvent; pavilions and exhibits are CreativeWorks. */
function jsonLd(input: HeadInput, url: string, name: string, description: string): unknown {
  const { page, catalogue, city, site } = input
  const lang = page.language
  const exhibition = {
    '@type': 'ExhibitionEvent',
    name: localize(catalogue.exhibition.title, lang).text,
    description: localize(catalogue.exhibition.subtitle, lang).text,
    url: absolute(site, `/${lang}/`),
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    location: { '@type': 'VirtualLocation', url: absolute(site, `/${lang}/`) },
    inLanguage: lang,
  }
  if (page.kind === 'ground' || page.kind === 'about')
    return { '@context': 'https://schema.org', ...exhibition, url, description }
  const place = city
    ? {
        '@type': 'City',
        name: localize(city.name, 'en').text,
        address: { '@type': 'PostalAddress', addressCountry: city.country },
        geo: {
          '@type': 'GeoCoordinates',
          latitude: city.location.lat,
          longitude: city.location.lon,
        },
      }
    : undefined
  const work = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name,
    description,
    url,
    inLanguage: lang,
    isPartOf: exhibition,
    ...(place ? { spatialCoverage: place } : {}),
    image: absolute(site, input.image),
  }
  if (page.kind === 'city')
    return {
      ...work,
      hasPart: (city?.initiatives ?? []).map((i) => ({
        '@type': 'CreativeWork',
        name: localize(i.title, lang).text,
        url: absolute(site, `/${lang}/city/${page.cityId}/${i.id}/`),
      })),
    }
  const initiative = city?.initiatives.find((i) => i.id === page.initiativeId)
  return {
    ...work,
    ...(initiative?.period ? { temporalCoverage: initiative.period } : {}),
    keywords: (initiative?.sdg11 ?? []).map((t) => `SDG ${t}`).join(', '),
    citation: (initiative?.links ?? []).map((link) => ({
      '@type': 'CreativeWork',
      name: link.label,
      url: link.url,
    })),
  }
}

export function head(input: HeadInput): Head {
  const { page, site } = input
  const { title, description, name } = texts(input)
  const url = absolute(site, page.path)
  const image = absolute(site, input.image)
  const tags: string[] = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...UI_LANGUAGES.map(
      (lang) =>
        `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(absolute(site, pathIn(page, lang)))}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute(site, pathIn(page, 'en')))}" />`,
    `<meta property="og:type" content="${page.kind === 'exhibit' ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="${escapeHtml(localize(input.catalogue.exhibition.title, page.language).text)}" />`,
    `<meta property="og:title" content="${escapeHtml(name)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    '<meta property="og:image:width" content="1200" />',
    '<meta property="og:image:height" content="630" />',
    `<meta property="og:image:alt" content="${escapeHtml(name)}" />`,
    `<meta property="og:locale" content="${OG_LOCALE[page.language]}" />`,
    ...UI_LANGUAGES.filter((l) => l !== page.language).map(
      (lang) => `<meta property="og:locale:alternate" content="${OG_LOCALE[lang]}" />`,
    ),
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:title" content="${escapeHtml(name)}" />`,
    `<meta name="twitter:description" content="${escapeHtml(description)}" />`,
    `<meta name="twitter:image" content="${escapeHtml(image)}" />`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absolute(site, oembedPath(page)))}" title="${escapeHtml(name)}" />`,
    `<script type="application/ld+json">${JSON.stringify(jsonLd(input, url, name, description)).replace(/</g, '\\u003c')}</script>`,
    ...(input.fonts ?? []).map(
      (href) =>
        `<link rel="preload" as="font" type="font/woff2" crossorigin href="${escapeHtml(href)}" />`,
    ),
  ]
  return { title, description, html: tags.join('\n    ') }
}

/** Where the oEmbed response of a page lives (written by the embedding step, SPEC §7). */
export function oembedPath(page: Page): string {
  const where =
    page.kind === 'exhibit'
      ? `city/${page.cityId}/${page.initiativeId}`
      : page.kind === 'city'
        ? `city/${page.cityId}`
        : 'expo'
  return `/oembed/${page.language}/${where}.json`
}
