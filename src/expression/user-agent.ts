import { createRequire } from 'node:module'
import type UAParserType from 'ua-parser-js'
import { table } from '../util/table.js'

/**
 * The ua_* functions, on ua-parser-js (MIT). Data Prep's names follow YAUAA (AgentName "Safari", DeviceClass
 * "Phone"); ua-parser-js names are mapped onto them where they differ ("Mobile Safari" → "Safari", device type
 * "mobile" → "Phone"). Results are cached per user-agent string, since files repeat a few agents many times.
 */

export interface UserAgent {
  osName: string | null
  osVersion: string | null
  agentName: string | null
  agentVersion: string | null
  deviceClass: string
}

const DEVICE_CLASS: Record<string, string> = table<string>({
  mobile: 'Phone', tablet: 'Tablet', smarttv: 'TV', console: 'Game Console', wearable: 'Watch', embedded: 'Unknown', xr: 'Virtual Reality',
})

// loaded on first use: importing it costs every worker thread tens of milliseconds, and most mappings never call ua_*
const require = createRequire(import.meta.url)
let parser: InstanceType<typeof UAParserType> | undefined
const cache = new Map<string, UserAgent>()

export function userAgent(ua: string): UserAgent {
  let r = cache.get(ua)
  if (r) return r
  parser ??= new (require('ua-parser-js') as typeof UAParserType)()
  parser.setUA(ua)
  const p = parser.getResult()
  const agentName = p.browser.name ? p.browser.name.replace(/^Mobile /, '') : null
  r = {
    osName: p.os.name ?? null,
    osVersion: p.os.version ?? null,
    agentName,
    agentVersion: p.browser.version ?? null,
    deviceClass: p.device.type ? (DEVICE_CLASS[p.device.type] ?? 'Unknown') : ua.trim() === '' ? 'Unknown' : p.os.name ? 'Desktop' : 'Unknown',
  }
  if (cache.size >= 4096) cache.clear()
  cache.set(ua, r)
  return r
}

const major = (v: string | null): string | null => (v === null ? null : v.split('.')[0]!)
const join = (a: string | null, b: string | null): string | null => (a === null ? null : b === null ? a : `${a} ${b}`)

export const UA_FUNCTIONS = {
  ua_os_name: (u: UserAgent) => u.osName,
  ua_os_version_major: (u: UserAgent) => join(u.osName, major(u.osVersion)),
  ua_os_version: (u: UserAgent) => u.osVersion,
  ua_os_name_version: (u: UserAgent) => join(u.osName, u.osVersion),
  ua_agent_version: (u: UserAgent) => u.agentVersion,
  ua_agent_version_major: (u: UserAgent) => join(u.agentName, major(u.agentVersion)),
  ua_agent_name: (u: UserAgent) => u.agentName,
  ua_device_class: (u: UserAgent) => u.deviceClass,
} as const
