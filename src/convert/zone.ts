import { XdmapError } from '../util/errors.js'

/**
 * Offsets of IANA time zones, for date-times written without one. `UTC` costs nothing; other zones
 * are resolved with Intl (DST included) and cached per zone and hour.
 */
export interface Zone {
  name: string
  /** UTC instant (ms) of a wall-clock time given as if it were UTC (ms). */
  toUtc(wallMs: number): number
  /** Offset (ms) of the zone at a UTC instant. */
  offsetAt(utcMs: number): number
}

const UTC: Zone = { name: 'UTC', toUtc: (ms) => ms, offsetAt: () => 0 }
const zones = new Map<string, Zone>()

/** A fixed offset written +02:00, -0800, GMT+8, UTC-05:30: its offset in minutes, or undefined. */
export function fixedOffset(name: string): number | undefined {
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name)
  if (!m) return undefined
  const h = Number(m[2]), mm = Number(m[3] ?? 0)
  if (h > 18 || mm > 59) return undefined
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mm)
}

export function getZone(name: string | undefined): Zone {
  if (name === undefined || name === 'UTC' || name === 'Etc/UTC' || name === 'Z' || name === 'GMT') return UTC
  const cached = zones.get(name)
  if (cached) return cached
  const fixed = fixedOffset(name)
  if (fixed !== undefined) {
    const ms = fixed * 60_000
    const zone: Zone = { name, toUtc: (w) => w - ms, offsetAt: () => ms }
    zones.set(name, zone)
    return zone
  }
  let dtf: Intl.DateTimeFormat
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    })
  } catch {
    throw new XdmapError('OPTION_TIMEZONE', `Unknown time zone ${JSON.stringify(name)}: use an IANA name such as "UTC", "Europe/Berlin" or "America/New_York", or an offset such as +02:00`)
  }
  const hourCache = new Map<number, number>()
  const offsetAt = (utcMs: number): number => {
    const hour = Math.floor(utcMs / 3_600_000)
    let off = hourCache.get(hour)
    if (off === undefined) {
      const p: Record<string, string> = {}
      for (const part of dtf.formatToParts(new Date(hour * 3_600_000))) p[part.type] = part.value
      let year = Number(p.year)
      if (p.era === 'BC' || p.era === 'B') year = 1 - year
      const d = new Date(0)
      d.setUTCFullYear(year, Number(p.month) - 1, Number(p.day))
      d.setUTCHours(Number(p.hour), Number(p.minute), Number(p.second), 0)
      off = d.getTime() - hour * 3_600_000
      if (hourCache.size > 100_000) hourCache.clear()
      hourCache.set(hour, off)
    }
    return off
  }
  const zone: Zone = {
    name,
    offsetAt,
    toUtc(wallMs) {
      // Two passes settle the offset across DST changes; a wall time inside a spring-forward gap resolves
      // forward (like java.time), one inside an autumn overlap takes the earlier offset.
      const first = wallMs - offsetAt(wallMs)
      const second = wallMs - offsetAt(first)
      return offsetAt(second) === offsetAt(first) ? second : Math.max(first, second)
    },
  }
  zones.set(name, zone)
  return zone
}

const nameFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's name at an instant, as Java's z (short: "PST") or zzzz (long: "Pacific Standard Time") writes it. */
export function zoneName(name: string, utcMs: number, long: boolean): string {
  if (name === 'UTC' || name === 'Etc/UTC' || name === 'Z') return long ? 'Coordinated Universal Time' : 'UTC'
  const fixed = fixedOffset(name)
  if (fixed !== undefined || name === 'GMT') {
    const a = Math.abs(fixed ?? 0)
    return fixed ? `GMT${fixed < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}` : 'GMT'
  }
  const key = `${name}\u0000${long}`
  let f = nameFormats.get(key)
  if (!f) { f = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: long ? 'long' : 'short' }); nameFormats.set(key, f) }
  return f.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? name
}
