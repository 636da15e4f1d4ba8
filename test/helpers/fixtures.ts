import { join } from 'node:path'
import { loadSchema } from '../../src/schema/load.js'
import { type FieldCatalog } from '../../src/schema/catalog.js'

export const ROOT = join(import.meta.dirname, '..', '..')
export const PROFILE = join(ROOT, 'schemas', 'profile.schema.json')
export const EVENTS = join(ROOT, 'schemas', 'order-event.schema.json')

let profile: FieldCatalog | undefined
let events: FieldCatalog | undefined
export async function profileCatalog(): Promise<FieldCatalog> {
  return (profile ??= await loadSchema(PROFILE))
}
export async function eventsCatalog(): Promise<FieldCatalog> {
  return (events ??= await loadSchema(EVENTS))
}
