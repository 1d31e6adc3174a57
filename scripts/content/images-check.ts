/**
 * What an image file is, from its first bytes: the format by its magic number (never by the
 * file name) and, for PNG, JPEG and WebP, the pixel size from the header. Synchronous and
 * dependency-free, so content:check can warn without decoding anything.
 */
import { closeSync, openSync, readSync } from 'node:fs'

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'svg'

export interface ImageInfo {
  format: ImageFormat
  /** Pixel size as displayed (JPEG EXIF rotations applied); absent when the header hides it. */
  width?: number
  height?: number
}

/** Enough for the JPEG start-of-frame after a typical EXIF block with a thumbnail (bytes). */
const HEAD_BYTES = 256 * 1024

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length))

/** Reads the head of a file and describes it; undefined when it is no image we serve. */
export function readImageInfo(path: string): ImageInfo | undefined {
  const fd = openSync(path, 'r')
  try {
    const head = new Uint8Array(HEAD_BYTES)
    const length = readSync(fd, head, 0, HEAD_BYTES, 0)
    return imageInfo(head.subarray(0, length))
  } finally {
    closeSync(fd)
  }
}

export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (
    bytes.length >= 24 &&
    bytes[0] === 0x89 &&
    ascii(bytes, 1, 3) === 'PNG' &&
    ascii(bytes, 12, 4) === 'IHDR'
  )
    return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegInfo(bytes, view)
  if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return webpInfo(bytes, view)
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const size = Math.min(view.getUint32(0), bytes.length)
    const brands = ascii(bytes, 8, Math.max(0, size - 8))
    if (/avif|avis/.test(brands)) return { format: 'avif' }
    return undefined
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 4096))
  if (
    /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text)
  )
    return { format: 'svg' }
  return undefined
}

/** Walks the JPEG segments to the start-of-frame; an EXIF orientation of 5–8 swaps the sides. */
function jpegInfo(bytes: Uint8Array, view: DataView): ImageInfo {
  let swap = false
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) break
    const marker = bytes[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = view.getUint16(at + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame) {
      const height = view.getUint16(at + 5)
      const width = view.getUint16(at + 7)
      return swap
        ? { format: 'jpeg', width: height, height: width }
        : { format: 'jpeg', width, height }
    }
    if (marker === 0xe1 && ascii(bytes, at + 4, 6) === 'Exif\0\0')
      swap = exifOrientation(view, at + 10, length - 8) >= 5
    at += 2 + length
  }
  return { format: 'jpeg' }
}

/** The orientation tag (0x0112) of IFD0 in a TIFF block at `start`; 1 when absent. */
function exifOrientation(view: DataView, start: number, length: number): number {
  const end = Math.min(start + length, view.byteLength)
  if (start + 8 > end) return 1
  const little = view.getUint16(start) === 0x4949
  const ifd = start + view.getUint32(start + 4, little)
  if (ifd + 2 > end) return 1
  const count = view.getUint16(ifd, little)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) break
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little)
  }
  return 1
}

function webpInfo(bytes: Uint8Array, view: DataView): ImageInfo {
  const chunk = ascii(bytes, 12, 4)
  const u24 = (at: number) =>
    (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16)
  if (chunk === 'VP8X') return { format: 'webp', width: u24(24) + 1, height: u24(27) + 1 }
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true)
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8 ')
    return {
      format: 'webp',
      width: view.getUint16(26, true) & 0x3fff,
      height: view.getUint16(28, true) & 0x3fff,
    }
  return { format: 'webp' }
}
