import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CompiledImage } from '../catalogue/compiled'
import { localize } from '../catalogue/localize'
import { useExpo } from '../state/useExpo'

export interface PictureProps {
  image: CompiledImage
}

/** Rendered width of an exhibit's images: the text column, or the screen on phones (CSS px). */
const SIZES = '(max-width: 720px) calc(100vw - 2rem), (min-width: 1240px) 660px, 56vw'

/**
 * A curator's image with its credit and licence. When the build made web versions, the browser
 * picks AVIF or WebP at the width it needs, and a blurred tiny preview holds the place meanwhile.
 */
export function Picture({ image }: PictureProps) {
  const { t } = useTranslation()
  const language = useExpo((s) => s.language)
  const [loaded, setLoaded] = useState(false)
  const alt = localize(image.alt, language)
  const web = image.web
  const srcSet = (list: { src: string; width: number }[]) =>
    list.map((v) => `${v.src} ${v.width}w`).join(', ')
  const caption = [image.illustration ? t('exhibit.illustration') : '', image.credit, image.licence]
    .filter(Boolean)
    .join(' · ')
  return (
    <figure className="picture">
      <span className="picture-frame">
        {web && !loaded ? (
          <span
            className="picture-placeholder"
            style={{ backgroundImage: `url("${web.placeholder}")` }}
          />
        ) : null}
        <picture>
          {web ? <source type="image/avif" srcSet={srcSet(web.avif)} sizes={SIZES} /> : null}
          {web ? <source type="image/webp" srcSet={srcSet(web.webp)} sizes={SIZES} /> : null}
          <img
            src={web?.fallback ?? image.src}
            alt={image.illustration ? `${t('exhibit.illustration')}: ${alt.text}` : alt.text}
            lang={alt.lang}
            width={web?.width}
            height={web?.height}
            loading="lazy"
            decoding="async"
            onLoad={() => setLoaded(true)}
          />
        </picture>
      </span>
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
