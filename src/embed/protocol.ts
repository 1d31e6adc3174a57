/**
 * The postMessage protocol between a partner page and the embedded exhibition (SPEC §7), with its
 * validator: shared by `embed.js` (the custom element) and the embedded page. Pure; zod/mini, so
 * the partner page carries only the few checks it uses.
 *
 *   command  { source, version: 1, type: "command", id, name, args }
 *   result   { source, version: 1, type: "result", id, ok, error? }
 *   event    { source, version: 1, type: "event", name, detail }
 */
import '../catalogue/zodConfig'
import * as z from 'zod/mini'

export const SOURCE = 'creative-cities-expo'
export const VERSION = 1
/** Messages longer than this (as JSON) are not read: nothing legitimate comes near it. */
export const MAX_MESSAGE = 4096

const id = z.string().check(z.maxLength(120))
const short = z.string().check(z.maxLength(200))
const envelope = { source: z.literal(SOURCE), version: z.literal(VERSION) }

export const COMMANDS = ['goTo', 'setLanguage', 'setFilter', 'startTour'] as const
export type CommandName = (typeof COMMANDS)[number]

export const commandSchema = z.strictObject({
  ...envelope,
  type: z.literal('command'),
  id,
  name: z.enum(COMMANDS),
  args: z
    .array(z.union([short, z.null(), z.record(z.string(), z.optional(short))]))
    .check(z.maxLength(4)),
})

export const resultSchema = z.strictObject({
  ...envelope,
  type: z.literal('result'),
  id,
  ok: z.boolean(),
  error: z.optional(short),
})

export const EVENTS = ['expo-ready', 'expo-navigate', 'expo-language', 'expo-error'] as const
export type EventName = (typeof EVENTS)[number]

export const eventSchema = z.strictObject({
  ...envelope,
  type: z.literal('event'),
  name: z.enum(EVENTS),
  detail: z.record(z.string(), z.union([short, z.null()])),
})

export type Command = z.infer<typeof commandSchema>
export type Result = z.infer<typeof resultSchema>
export type ExpoEvent = z.infer<typeof eventSchema>
export type Message = Command | Result | ExpoEvent

type Read<T> = { message: T } | { ignored: string }

/** The envelope's checks, before any schema: foreign, too big, another version. */
function envelopeOf(data: unknown): { type: unknown } | { ignored: string } {
  if (typeof data !== 'object' || data === null) return { ignored: 'not an object' }
  if ((data as { source?: unknown }).source !== SOURCE) return { ignored: 'another protocol' }
  let size = 0
  try {
    size = JSON.stringify(data).length
  } catch {
    return { ignored: 'not serialisable' }
  }
  if (size > MAX_MESSAGE) return { ignored: `too large (${size} characters)` }
  const version = (data as { version?: unknown }).version
  if (version !== VERSION) return { ignored: `unknown version ${String(version)}` }
  return { type: (data as { type?: unknown }).type }
}

/** What the embedded page reads: a command, or why it is ignored. */
export function readCommand(data: unknown): Read<Command> {
  const head = envelopeOf(data)
  if ('ignored' in head) return head
  const parsed = commandSchema.safeParse(data)
  return parsed.success ? { message: parsed.data } : { ignored: `malformed ${String(head.type)}` }
}

/** What the partner page reads: a result or an event (the element never parses commands). */
export function readReply(data: unknown): Read<Result | ExpoEvent> {
  const head = envelopeOf(data)
  if ('ignored' in head) return head
  const parsed = (head.type === 'result' ? resultSchema : eventSchema).safeParse(data)
  return parsed.success ? { message: parsed.data } : { ignored: `malformed ${String(head.type)}` }
}

export const command = (commandId: string, name: CommandName, args: Command['args']): Command => ({
  source: SOURCE,
  version: VERSION,
  type: 'command',
  id: commandId,
  name,
  args,
})

export const result = (resultId: string, ok: boolean, error?: string): Result => ({
  source: SOURCE,
  version: VERSION,
  type: 'result',
  id: resultId,
  ok,
  ...(error === undefined ? {} : { error }),
})

export const event = (name: EventName, detail: ExpoEvent['detail']): ExpoEvent => ({
  source: SOURCE,
  version: VERSION,
  type: 'event',
  name,
  detail,
})

/** Whether an origin may drive the embed: any, when the list is empty. */
export function originAllowed(origin: string, allowed: readonly string[] | undefined): boolean {
  return !allowed || allowed.length === 0 || allowed.includes(origin)
}
