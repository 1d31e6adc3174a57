import { useTranslation } from 'react-i18next'

export interface PosterProps {
  initiativeId: string
  /** Accessible description; omit when the poster is decorative (its title is written next to it). */
  alt?: string
  width?: number
}

/** The generated illustration of an exhibit (public/assets/generated/posters). */
export function Poster({ initiativeId, alt, width = 400 }: PosterProps) {
  const { t } = useTranslation()
  return (
    <img
      className="poster"
      src={`assets/generated/posters/${initiativeId}.svg`}
      alt={alt ? `${t('exhibit.illustration')}: ${alt}` : ''}
      width={width}
      height={Math.round(width * 1.25)}
      loading="lazy"
      decoding="async"
    />
  )
}
