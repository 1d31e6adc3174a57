/**
 * Writes the prerendered site into the build folder (SPEC §6): an `index.html` at every canonical
 * path of every language, with the page's own head and the 2D page's content in the body; the
 * preview pictures; `sitemap.xml`, `robots.txt` and `404.html`; the root page in English.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { CatalogueIndex, CompiledCity } from '../../src/catalogue/compiled.ts'
import { localize } from '../../src/catalogue/localize.ts'
import { UI_LANGUAGES, type UiLanguage } from '../../src/catalogue/vocabulary.ts'
import type { PageInput } from '../../src/prerender.tsx'
import { escapeHtml, head, oembedPath } from './head.ts'
import { embedQuery } from '../../src/embed/query.ts'
import { ogImage } from './ogImage.ts'
import { allPages, pathIn, type Page } from './pages.ts'

export interface SiteInput {
  outDir: string
  /** Absolute URL of the site, base path included, ending in `/`. */
  site: string
  catalogue: CatalogueIndex
  cities: ReadonlyMap<string, CompiledCity>
  /** Generated posters (SVG text) by initiative id. */
  posters: ReadonlyMap<string, string>
  strings: Record<UiLanguage, Record<string, unknown>>
  render: (input: PageInput) => Promise<string>
  /** Font files to preload, by page language (see HeadInput.fonts). */
  fonts?: Partial<Record<UiLanguage, readonly string[]>>
}

type Strings = Parameters<typeof head>[0]['strings']

const write = (file: string, text: string | Buffer) => {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

/**
 * The built index.html with a page's language, head and body in place. `page`, the canonical
 * path the body was rendered for, tells the app it may hydrate the body rather than replace it.
 */
export function fill(
  template: string,
  language: UiLanguage,
  headHtml: string,
  body: string,
  page?: string,
): string {
  return template
    .replace(
      /<html lang="[^"]*" dir="[^"]*">/,
      `<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`,
    )
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta\s+name="description"[^>]*>/, '')
    .replace('</head>', `    ${headHtml}\n  </head>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace(
      '<div id="root"></div>',
      `<div id="root"${page ? ` data-page="${escapeHtml(page)}"` : ''}>${body}</div>`,
    )
}

async function pictures(input: SiteInput): Promise<Map<string, string>> {
  const { catalogue, cities, posters, outDir } = input
  const images = new Map<string, string>()
  const fieldOf = (id: string) => catalogue.fields.find((f) => f.id === id)
  const title = localize(catalogue.exhibition.title, 'en').text
  const expo = 'assets/og/expo.png'
  write(
    join(outDir, expo),
    await ogImage({
      title,
      eyebrow: localize(catalogue.exhibition.subtitle, 'en').text,
      caption: `${catalogue.cities.length} cities · ${catalogue.cities.reduce((n, c) => n + c.initiatives.length, 0)} initiatives`,
      colour: '#1B1B1F',
    }),
  )
  images.set('expo', expo)
  for (const summary of catalogue.cities) {
    const field = fieldOf(summary.field)
    const city = cities.get(summary.id)
    const country = new Intl.DisplayNames(['en'], { type: 'region' }).of(summary.country) ?? ''
    const name = localize(summary.name, 'en').text
    const cityImage = `assets/og/city-${summary.id}.png`
    const first = summary.initiatives[0]
    write(
      join(outDir, cityImage),
      await ogImage({
        title: name,
        eyebrow: field ? localize(field.cityTitle, 'en').text : '',
        caption: `${country} · ${title}`,
        colour: field?.colour ?? '#1B1B1F',
        ...(first && posters.get(first.id) ? { poster: posters.get(first.id) } : {}),
      }),
    )
    images.set(summary.id, cityImage)
    for (const initiative of city?.initiatives ?? []) {
      const path = `assets/og/exhibit-${initiative.id}.png`
      write(
        join(outDir, path),
        await ogImage({
          title: localize(initiative.title, 'en').text,
          eyebrow: field ? localize(field.cityTitle, 'en').text : '',
          caption: `${name}, ${country}`,
          colour: field?.colour ?? '#1B1B1F',
          ...(posters.get(initiative.id) ? { poster: posters.get(initiative.id) } : {}),
        }),
      )
      images.set(initiative.id, path)
    }
  }
  return images
}

function imageOf(page: Page, images: Map<string, string>): string {
  return (
    (page.initiativeId && images.get(page.initiativeId)) ||
    (page.cityId && images.get(page.cityId)) ||
    images.get('expo') ||
    ''
  )
}

function sitemap(pages: Page[], site: string): string {
  const url = (path: string) => escapeHtml(site + path.replace(/^\//, ''))
  const entries = pages.map(
    (page) =>
      `  <url>\n    <loc>${url(page.path)}</loc>\n${UI_LANGUAGES.map(
        (lang) =>
          `    <xhtml:link rel="alternate" hreflang="${lang}" href="${url(pathIn(page, lang))}"/>`,
      ).join(
        '\n',
      )}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${url(pathIn(page, 'en'))}"/>\n  </url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

/** A prerendered body carries no script: the site's CSP allows none inline. */
function checkBody(body: string, path: string): string {
  if (/<script\b/i.test(body)) throw new Error(`prerender: ${path} has an inline script`)
  return body
}

export async function writeSite(input: SiteInput): Promise<{ pages: number }> {
  const { outDir, catalogue, cities, site, strings, render } = input
  const template = readFileSync(join(outDir, 'index.html'), 'utf8')
  const images = await pictures(input)
  const pages = allPages(catalogue)
  for (const page of pages) {
    const city = page.cityId ? cities.get(page.cityId) : undefined
    const body = await render({
      catalogue,
      ...(city ? { city } : {}),
      route: page.route,
      language: page.language,
      strings: { en: strings.en, [page.language]: strings[page.language] },
    })
    checkBody(body, page.path)
    const meta = head({
      page,
      catalogue,
      ...(city ? { city } : {}),
      site,
      strings: strings[page.language] as unknown as Strings,
      image: imageOf(page, images),
      fonts: input.fonts?.[page.language] ?? [],
    })
    const html = fill(template, page.language, meta.html, body, page.path)
    write(join(outDir, page.path, 'index.html'), html)
    if (page.kind !== 'about')
      write(
        join(outDir, oembedPath(page)),
        JSON.stringify(oembed(page, meta.title, site, imageOf(page, images))),
      )
    // The root serves the English ground until the app picks the visitor's language.
    if (page.kind === 'ground' && page.language === 'en') write(join(outDir, 'index.html'), html)
  }
  // A static host serves this for any unknown path; the app then says what is wrong.
  const unknown = await render({
    catalogue,
    route: { place: { name: 'unknown', path: '/' }, params: { lang: 'en' } },
    language: 'en',
    strings: { en: strings.en },
  })
  const notFoundTitle = (strings.en.notFound as { title: string }).title
  write(
    join(outDir, '404.html'),
    fill(
      template,
      'en',
      `<title>${escapeHtml(notFoundTitle)}</title>\n    <meta name="robots" content="noindex" />`,
      unknown,
    ),
  )
  write(join(outDir, 'sitemap.xml'), sitemap(pages, site))
  write(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${site}sitemap.xml\n`)
  return { pages: pages.length }
}

/** oEmbed (type "rich", SPEC §7): the iframe of embed.html for the page's view, at 800×500. */
export function oembed(page: Page, title: string, site: string, image: string) {
  const query = embedQuery({
    city: page.cityId,
    initiative: page.initiativeId,
    lang: page.language,
  })
  const src = `${site}embed.html?${query}`
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Creative Cities Expo',
    provider_url: site,
    title,
    width: 800,
    height: 500,
    html: `<iframe src="${escapeHtml(src)}" width="800" height="500" title="${escapeHtml(title)}" loading="lazy" allow="fullscreen" style="border:0;width:100%;max-width:800px"></iframe>`,
    thumbnail_url: site + image,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  }
}
