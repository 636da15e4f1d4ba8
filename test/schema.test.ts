import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../src/schema/catalog.js'
import { ComponentIndex, composeSchema, registryName, renameInstance, resolveSchema } from '../src/schema/xdm-sources.js'
import { createValidator } from '../src/validate.js'
import { fieldRows } from '../src/schema/show.js'
import { loadSchema } from '../src/schema/load.js'
import { XdmapError } from '../src/util/errors.js'
import { EVENTS, PROFILE, ROOT } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const base = tmpDir('xdmap-schema-')

/** A small components directory in adobe/xdm's source style: class, field group, data type, @context, recursion. */
function writeComponents(dir: string): void {
  const w = (rel: string, v: unknown): void => { mkdirSync(join(dir, rel, '..'), { recursive: true }); writeFileSync(join(dir, rel), JSON.stringify(v)) }
  w('common/extensible.schema.json', { $id: 'https://ns.adobe.com/xdm/common/extensible', definitions: { '@context': { oneOf: [{ additionalProperties: false, patternProperties: { '^xdm:.*$': {} } }] } } })
  w('datatypes/geo.schema.json', {
    $id: 'https://ns.adobe.com/xdm/common/geo', $schema: 'http://json-schema.org/draft-06/schema#', title: 'Geo', type: 'object',
    definitions: { geo: { properties: { 'schema:latitude': { type: 'number', minimum: -90, maximum: 90 }, 'schema:longitude': { type: 'number' }, 'xdm:parent': { $ref: 'https://ns.adobe.com/xdm/common/geo' } }, required: ['schema:latitude'] } },
    allOf: [{ $ref: 'https://ns.adobe.com/xdm/common/extensible#/definitions/@context' }, { $ref: '#/definitions/geo' }],
  })
  w('classes/thing.schema.json', {
    $id: 'https://ns.adobe.com/xdm/context/thing', title: 'Thing', type: 'object', auditable: true,
    definitions: { thing: { properties: { '@id': { type: 'string', format: 'uri-reference' }, 'xdm:timestamp': { type: 'string', format: 'date-time' } } } },
    allOf: [{ $ref: 'https://ns.adobe.com/xdm/common/extensible#/definitions/@context' }, { $ref: '#/definitions/thing' }], required: ['@id', 'xdm:timestamp'],
  })
  w('fieldgroups/place.schema.json', {
    $id: 'https://ns.adobe.com/xdm/context/place', title: 'Place', type: 'object',
    definitions: { place: { properties: { 'xdm:place': { title: 'Place', $ref: 'https://ns.adobe.com/xdm/common/geo' }, 'https://ns.adobe.com/experience/analytics': { type: 'object', properties: { 'xdm:hits': { type: 'integer' } } }, 'xdm:tags': { type: 'array', items: { type: 'string' } } } } },
    allOf: [{ $ref: '#/definitions/place' }],
  })
}

describe('adobe/xdm sources', () => {
  const dir = join(base, 'components')
  writeComponents(dir)

  it('renames as the registry does', () => {
    expect(registryName('xdm:firstName')).toEqual(['firstName'])
    expect(registryName('@id')).toEqual(['_id'])
    expect(registryName('@type')).toEqual(['_type'])
    expect(registryName('schema:latitude')).toEqual(['_schema', 'latitude'])
    expect(registryName('repo:createDate')).toEqual(['_repo', 'createDate'])
    expect(registryName('https://ns.adobe.com/experience/analytics')).toEqual(['_experience', 'analytics'])
    expect(registryName('plain')).toEqual(['plain'])
    expect(renameInstance({ 'xdm:a': { 'schema:latitude': 1, '@id': 'x' }, list: [{ 'xdm:b': true }] })).toEqual({ a: { _schema: { latitude: 1 }, _id: 'x' }, list: [{ b: true }] })
  })

  it('composes and resolves a class with field groups into the registry shape', async () => {
    const index = await ComponentIndex.load(dir)
    const schema = composeSchema(index, { classId: 'https://ns.adobe.com/xdm/context/thing', fieldGroups: ['https://ns.adobe.com/xdm/context/place'], id: 'https://ns.adobe.com/acme/schemas/t1' })
    expect(schema.$id).toBe('https://ns.adobe.com/acme/schemas/t1')
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref"|"allOf"|"xdm:|"@id"|"auditable"|patternProperties/)
    const catalog = buildCatalog(schema, 'composed')
    expect(catalog.byPath.get('_id')).toMatchObject({ xdmType: 'string', required: true, format: 'uri-reference' })
    expect(catalog.byPath.get('timestamp')).toMatchObject({ xdmType: 'date-time', required: true })
    expect(catalog.byPath.get('place._schema.latitude')).toMatchObject({ xdmType: 'number', required: true, minimum: -90 })
    expect(catalog.byPath.get('place')!.title).toBe('Place')
    expect(catalog.byPath.get('_experience.analytics.hits')!.xdmType).toBe('long')
    expect(catalog.byPath.get('tags[]')!.xdmType).toBe('string')
    // recursion cut: place.parent is an open object, not an endless chain
    expect(catalog.byPath.get('place.parent')!.xdmType).toBe('object')
    expect(catalog.byPath.has('place.parent.parent')).toBe(false)
    const v = createValidator(schema)
    expect(v(renameInstance({ '@id': 'a', 'xdm:timestamp': '2020-01-01T00:00:00Z', 'xdm:place': { 'schema:latitude': 1 } }))).toBeUndefined()
    expect(v(renameInstance({ '@id': 'a', 'xdm:timestamp': '2020-01-01T00:00:00Z', 'xdm:place': { 'schema:longitude': 2 } }))![0]!.field).toBe('place._schema.latitude')
  })

  it('loads a raw source as --schema with --components, and explains when --components is missing', async () => {
    const file = join(dir, 'fieldgroups', 'place.schema.json')
    await expect(loadSchema(file)).rejects.toThrow(/give --components DIR/)
    const catalog = await loadSchema(file, { components: dir })
    expect(catalog.byPath.has('place._schema.longitude')).toBe(true)
  })

  it('names an unresolvable $ref', async () => {
    const index = await ComponentIndex.load(dir)
    expect(() => resolveSchema(index, { $id: 'x', properties: { a: { $ref: 'https://ns.adobe.com/xdm/nope' } } })).toThrow(XdmapError)
    expect(() => composeSchema(index, { classId: 'https://ns.adobe.com/xdm/context/nothing' })).toThrow(/not in the components directory/)
  })
})

describe('field catalog rows (xdmap schema show)', () => {
  it('lists leaves with type, format, range, enum, required and identities', async () => {
    const rows = fieldRows(await loadSchema(PROFILE))
    const by = new Map(rows.map((r) => [r.path, r]))
    expect(by.get('person.birthYear')).toMatchObject({ type: 'short', range: '1..32767' })
    expect(by.get('person.gender')!.enum).toEqual(['male', 'female', 'not_specified', 'non_specific'])
    expect(by.get('_acme.loyalty.memberId')).toMatchObject({ identity: 'LOYALTYID', primaryIdentity: true })
    expect(by.get('personalEmail.address')).toMatchObject({ format: 'email', identity: 'Email', primaryIdentity: false })
    expect(by.get('identityMap{}[].id')!.type).toBe('string')
    expect(fieldRows(await loadSchema(PROFILE), { identities: true }).map((r) => r.path)).toEqual(['personalEmail.address', '_acme.loyalty.memberId'])
    expect(fieldRows(await loadSchema(EVENTS), { required: true }).map((r) => r.path)).toEqual(['_id', 'timestamp'])
    expect(fieldRows(await loadSchema(PROFILE), { filter: 'postal' }).map((r) => r.path)).toEqual(['homeAddress.postalCode', 'workAddress.postalCode'])
  })

  it('prints a text table and JSON from the CLI', () => {
    const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' })
    const text = cli(['schema', 'show', PROFILE, '--filter', 'birth'])
    expect(text.status).toBe(0)
    expect(text.stdout).toMatch(/^PATH\s+TYPE\s+FORMAT\/RANGE\s+FLAGS\s+TITLE/)
    expect(text.stdout).toMatch(/person\.birthDate\s+date\s+date/)
    const json = cli(['schema', 'show', EVENTS, '--format', 'json', '--required'])
    expect(JSON.parse(json.stdout).fields.map((f: { path: string }) => f.path)).toEqual(['_id', 'timestamp'])
    const compose = cli(['schema', 'compose', '--class', 'https://ns.adobe.com/xdm/context/thing', '--components', join(base, 'components'), '--out', join(base, 'composed.json')])
    expect(compose.status, compose.stderr).toBe(0)
    expect(compose.stderr).toMatch(/wrote .*composed\.json/)
    expect(cli(['schema', 'frob']).status).toBe(2)
  })
})
