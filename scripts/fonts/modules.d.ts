/** Types for the two untyped font packages the generator uses (harfbuzz subsetting, WOFF/WOFF2). */
declare module 'subset-font' {
  export interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    preserveNameIds?: number[]
    noLayoutClosure?: boolean
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Buffer>
}

declare module 'fontverter' {
  export type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2'
  export function convert(font: Uint8Array, to: Format, from?: Format): Promise<Buffer>
  export function detectFormat(font: Uint8Array): Format
  const fontverter: { convert: typeof convert; detectFormat: typeof detectFormat }
  export default fontverter
}
