/**
 * A city's name tag drawn on a canvas with the page's own web fonts: the browser shapes Arabic,
 * orders right-to-left text and picks the Chinese or Latin subset by unicode-range, so 3D labels
 * use the same self-hosted files as the pages and never ask a CDN for a missing glyph.
 */
import { CanvasTexture, SRGBColorSpace } from 'three'

export interface LabelText {
  name: string
  nameLang: string
  /** The field's city title in the visitor's language ("City of Literature"). */
  title: string
  titleLang: string
  colour: string
  rtl: boolean
}

const FAMILY: Record<string, string> = {
  zh: '"Noto Sans SC Expo", Inter, sans-serif',
  ar: '"Noto Sans Arabic Expo", Inter, sans-serif',
}
const family = (lang: string) =>
  FAMILY[lang] ?? 'Inter, "Noto Sans SC Expo", "Noto Sans Arabic Expo", sans-serif'

/** Canvas pixels per metre of label (labels are drawn at 2× for sharpness). */
export const LABEL_SCALE = 64

export async function labelTexture(
  label: LabelText,
): Promise<{ texture: CanvasTexture; width: number; height: number }> {
  const nameFont = `700 56px ${family(label.nameLang)}`
  const titleFont = `600 30px ${family(label.titleLang)}`
  await Promise.all([
    document.fonts.load(nameFont, label.name),
    document.fonts.load(titleFont, label.title),
  ]).catch(() => undefined)
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) throw new Error('no 2D canvas')
  context.font = nameFont
  const nameWidth = context.measureText(label.name).width
  context.font = titleFont
  const titleWidth = context.measureText(label.title).width
  const pad = 28
  canvas.width = Math.ceil(Math.max(nameWidth, titleWidth) + pad * 2 + 16)
  canvas.height = 132
  context.direction = label.rtl ? 'rtl' : 'ltr'
  const start = label.rtl ? canvas.width - pad : pad
  // A paper tag with the field's colour as a rule on its reading-start side.
  context.fillStyle = 'rgba(255, 253, 249, 0.94)'
  context.beginPath()
  context.roundRect(0, 0, canvas.width, canvas.height, 24)
  context.fill()
  context.fillStyle = label.colour
  context.fillRect(label.rtl ? canvas.width - 10 : 0, 20, 10, canvas.height - 40)
  context.textAlign = 'start'
  context.textBaseline = 'alphabetic'
  context.fillStyle = '#1B1B1F'
  context.font = nameFont
  context.direction = label.nameLang === 'ar' ? 'rtl' : label.rtl ? 'rtl' : 'ltr'
  context.fillText(label.name, start, 68)
  context.fillStyle = '#5A5A66'
  context.font = titleFont
  context.direction = label.rtl ? 'rtl' : 'ltr'
  context.fillText(label.title, start, 110)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.anisotropy = 4
  return { texture, width: canvas.width / LABEL_SCALE, height: canvas.height / LABEL_SCALE }
}
