/**
 * Media files on disk: each image an exhibit references must exist under public/, should carry
 * a credit and licence, and should be a real image of a sensible size; an SVG must hold nothing
 * that acts (svg-check.ts). SVG files under public/assets/ that no exhibit references are read
 * too: the site serves them at their address all the same.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { Problem } from '../../src/catalogue/issues.ts'
import { readImageInfo } from './images-check.ts'
import { svgMessages } from './svg-check.ts'

/** Images larger than this are refused by browsers on slow networks in practice; warn the curator. */
const LARGE_IMAGE_BYTES = 8 * 1024 * 1024
/** Pixels on the longer side above which an original is too large to serve or resize in reasonable time. */
const LARGE_IMAGE_SIDE = 6000

export function mediaChecker(
  publicDir: string,
  display: (file: string) => string,
  problems: Problem[],
) {
  const svgsSeen = new Set<string>()
  const error = (file: string, pointer: string, message: string) =>
    problems.push({ file, pointer, message, severity: 'error' })
  const warn = (file: string, pointer: string, message: string) =>
    problems.push({ file, pointer, message, severity: 'warning' })

  function checkSvg(path: string, file: string, pointer: string) {
    svgsSeen.add(path)
    for (const message of svgMessages(readFileSync(path, 'utf8'))) error(file, pointer, message)
  }

  return {
    /** The media list of one exhibit, as written (`at` is its pointer). */
    check(media: Record<string, unknown>[], at: string, file: string) {
      media.forEach((item, index) => {
        if (item.type !== 'image' || typeof item.src !== 'string') return
        const path = resolve(publicDir, item.src)
        // The schema refuses a path out of public/; never read one meanwhile.
        if (!path.startsWith(publicDir + sep)) return
        const pointer = `${at}/${index}`
        if (!existsSync(path)) return error(file, `${pointer}/src`, `no file at public/${item.src}`)
        if (!item.credit) warn(file, pointer, 'image has no credit')
        if (!item.licence) warn(file, pointer, 'image has no licence')
        const bytes = statSync(path).size
        if (bytes > LARGE_IMAGE_BYTES)
          warn(
            file,
            `${pointer}/src`,
            `image is ${(bytes / 1048576).toFixed(1)} MB; keep originals under 8 MB`,
          )
        const info = readImageInfo(path)
        // Served as SVG by its name, or read as SVG by its content: either way, it must be inert.
        if (extname(path).toLowerCase() === '.svg' || info?.format === 'svg')
          checkSvg(path, file, `${pointer}/src`)
        if (!info)
          warn(
            file,
            `${pointer}/src`,
            'file is not a JPEG, PNG, WebP, AVIF or SVG image (judged by its content)',
          )
        else if (Math.max(info.width ?? 0, info.height ?? 0) > LARGE_IMAGE_SIDE)
          warn(
            file,
            `${pointer}/src`,
            `image is ${info.width ?? '?'}×${info.height ?? '?'} px; keep originals under ${LARGE_IMAGE_SIDE} px on a side`,
          )
      })
    },

    /** Every other .svg under public/assets/, reported against the file itself. */
    checkUnreferencedSvgs() {
      const assets = join(publicDir, 'assets')
      if (!existsSync(assets)) return
      const files = readdirSync(assets, { recursive: true, encoding: 'utf8' })
        .filter((name) => extname(name).toLowerCase() === '.svg')
        .map((name) => join(assets, name))
        .filter((path) => !svgsSeen.has(path))
        .sort()
      for (const path of files) checkSvg(path, display(path), '')
    },
  }
}
