import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { selectCity, selectField } from '../state/derived'
import { selectCityId } from '../state/selectors'
import { useExpo } from '../state/useExpo'

/** Says aloud (to screen readers) what has focus in the 3D view, and how to use the keys. */
export function SceneStatus() {
  const { t } = useTranslation()
  const language = useExpo((s) => s.language)
  const focused = useExpo((s) => selectCity(s, s.focusedCityId ?? undefined))
  const field = useExpo((s) => selectField(s, focused?.field))
  const inside = useExpo((s) => selectCity(s, selectCityId(s)))
  return (
    <>
      <p id="scene-keys" className="visually-hidden">
        {t('scene.keys')}
      </p>
      <p className="scene-focus" aria-live="polite">
        {inside
          ? t('scene.inside', {
              name: localize(inside.name, language).text,
              exhibits: t('ground.exhibitCount', { count: inside.initiatives.length }),
            })
          : focused
            ? t('scene.focused', {
                name: localize(focused.name, language).text,
                field: field ? localize(field.name, language).text : '',
              })
            : ''}
      </p>
    </>
  )
}
