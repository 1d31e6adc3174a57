import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import type { UiLanguage } from '../catalogue/vocabulary'
import { useExpo } from '../state/useExpo'

export interface LocProps {
  text: { en: string } & Partial<Record<UiLanguage, string | undefined>>
  /** Show the "English" tag when the visitor's language is missing (for body text). */
  tag?: boolean
}

/** The "English" tag beside a text shown in English for want of a translation. */
function EnglishTag() {
  const { t } = useTranslation()
  return (
    <span className="lang-tag" title={t('language.untranslated')}>
      {t('language.english')}
    </span>
  )
}

/**
 * Content text in the visitor's language, or English marked with `lang="en"` and a tag.
 * The page holds hundreds of these: only the tag asks i18next for anything.
 */
export function Loc({ text, tag = false }: LocProps) {
  const language = useExpo((s) => s.language)
  const shown = localize(text, language)
  return (
    <>
      <span lang={shown.lang}>{shown.text}</span>
      {tag && shown.fallback ? <EnglishTag /> : null}
    </>
  )
}
