import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileMapping } from '../src/codegen/compile.js'
import { formatDestination, parseDestination, parseSource } from '../src/mapping/paths.js'
import { loadMapping } from '../src/mapping/load.js'
import { XdmapError } from '../src/util/errors.js'
import { profileCatalog } from './helpers/fixtures.js'
import { tmpDir } from './helpers/tmp.js'

const dir = tmpDir('xdmap-mapping-')

async function loadError(mapping: object | string): Promise<XdmapError> {
  const catalog = await profileCatalog()
  try {
    await loadMapping(mapping, catalog)
  } catch (e) {
    expect(e).toBeInstanceOf(XdmapError)
    return e as XdmapError
  }
  throw new Error('expected an error')
}

const m = (...mappings: object[]) => ({ mappings })

describe('destination paths', () => {
  it('parses names, indexes and escaped dots', () => {
    expect(parseDestination('identityMap.Email[0].id')).toEqual([{ name: 'identityMap' }, { name: 'Email' }, { index: 0 }, { name: 'id' }])
    expect(parseDestination('a\\.b.c')).toEqual([{ name: 'a.b' }, { name: 'c' }])
    expect(parseDestination('productListItems[12].SKU')).toEqual([{ name: 'productListItems' }, { index: 12 }, { name: 'SKU' }])
    expect(formatDestination(parseDestination('identityMap.Email[0].id'))).toBe('identityMap.Email[0].id')
  })
  it.each(['', 'a..b', '.a', 'a.', '[0]', 'a[x]', 'a[0]b', 'a]'])('rejects %j', (p) => {
    expect(() => parseDestination(p)).toThrow(XdmapError)
  })
  it('takes names Object.prototype has as plain names (the generated code makes own properties of them)', () => {
    expect(parseDestination('identityMap.__proto__[0].id')).toEqual([{ name: 'identityMap' }, { name: '__proto__' }, { index: 0 }, { name: 'id' }])
    expect(parseDestination('identityMap.constructor[0].id')[1]).toEqual({ name: 'constructor' })
  })
})

describe('sources', () => {
  it('unwraps ${...} and unescapes \\.', () => {
    expect(parseSource('${First Name}')).toMatchObject({ name: 'First Name', wrapped: true })
    expect(parseSource('e\\.mail')).toMatchObject({ name: 'e.mail', needsWrapping: false })
    expect(parseSource('new')).toMatchObject({ reserved: true })
    expect(parseSource('First Name')).toMatchObject({ needsWrapping: true })
  })
})

describe('loadMapping', () => {
  it('resolves ATTRIBUTE and STATIC mappings against the catalog', async () => {
    const set = await loadMapping(m(
      { sourceType: 'ATTRIBUTE', source: 'email', destination: 'personalEmail.address' },
      { sourceType: 'STATIC', source: '42', destination: '_acme.loyalty.points' },
      { sourceType: 'STATIC', source: 'yes', destination: '_acme.loyalty.optIn' },
    ), await profileCatalog())
    expect(set.mappings.map((x) => [x.column, x.value, x.node.xdmType])).toEqual([['email', undefined, 'string'], [undefined, 42, 'int'], [undefined, true, 'boolean']])
  })

  it('names an unknown destination, with a suggestion', async () => {
    const e = await loadError(m({ sourceType: 'ATTRIBUTE', source: 'x', destination: 'person.name.firstname' }))
    expect(e.code).toBe('MAPPING_UNKNOWN_DESTINATION')
    expect(e.location.mapping).toBe(0)
    expect(e.message).toMatch(/mappings\[0\].*"firstname" is not a field of person\.name; did you mean "firstName"/)
  })

  it('explains destinations that are not leaves or need an index', async () => {
    expect((await loadError(m({ sourceType: 'ATTRIBUTE', source: 'x', destination: 'person.name' }))).message).toMatch(/is an object/)
    expect((await loadError(m({ sourceType: 'ATTRIBUTE', source: 'x', destination: 'identityMap.Email.id' }))).message).toMatch(/is an array: give an index/)
    expect((await loadError(m({ sourceType: 'ATTRIBUTE', source: 'x', destination: 'person.gender.code' }))).message).toMatch(/is a string and has no field "code"/)
    expect((await loadError(m({ sourceType: 'ATTRIBUTE', source: 'x', destination: 'person[0].gender' }))).message).toMatch(/not an array/)
  })

  it('lets an EXPRESSION fill an object, map or array whole, and nothing else be mapped inside it', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping(m(
      { sourceType: 'EXPRESSION', source: 'to_object("firstName", first)', destination: 'person.name' },
      { sourceType: 'EXPRESSION', source: 'to_object("Email", [to_object("id", email)])', destination: 'identityMap' },
      { sourceType: 'ATTRIBUTE', source: 'g', destination: 'person.gender' },
    ), catalog)
    expect(set.mappings.map((x) => [x.destination, x.node.xdmType])).toEqual([['person.name', 'object'], ['identityMap', 'map'], ['person.gender', 'string']])
    for (const sourceType of ['ATTRIBUTE', 'STATIC']) {
      const e = await loadError(m({ sourceType, source: 'x', destination: 'person.name' }))
      expect(e.code).toBe('MAPPING_UNKNOWN_DESTINATION')
      expect(e.message).toMatch(/is an object; map its fields one by one, or fill it whole with an EXPRESSION/)
    }
    const overlap = await loadError(m(
      { sourceType: 'EXPRESSION', source: 'to_object("Email", [to_object("id", email)])', destination: 'identityMap' },
      { sourceType: 'ATTRIBUTE', source: 'e', destination: 'identityMap.Email[0].id' },
    ))
    expect(overlap).toMatchObject({ code: 'MAPPING_DESTINATION_OVERLAP', location: { mapping: 1, field: 'identityMap.Email[0].id' } })
    expect(overlap.message).toBe('mappings[1] writes identityMap.Email[0].id, inside identityMap, which mappings[0] fills whole; map the map whole or field by field, not both')
  })

  it('rejects a destination written twice', async () => {
    const e = await loadError(m(
      { sourceType: 'ATTRIBUTE', source: 'a', destination: 'person.name.firstName' },
      { sourceType: 'ATTRIBUTE', source: 'b', destination: 'person.name.firstName' },
    ))
    expect(e.code).toBe('MAPPING_DUPLICATE_DESTINATION')
    expect(e.message).toMatch(/mappings\[1\] and mappings\[0\]/)
  })

  it.each([
    ['_acme.loyalty.points', 'many'],
    ['_acme.loyalty.points', 3000000000],
    ['_acme.loyalty.points', 1.5],
    ['_acme.loyalty.optIn', 'maybe'],
    ['_acme.loyalty.optIn', 1],
    ['person.birthDate', 'soon'],
    ['person.name.firstName', true],
    ['_acme.loyalty.tier', 'diamond'],
    ['personalEmail.address', 'nope'],
    ['_acme.crmSegment', 'MUCH-TOO-LONG-SEGMENT'],
  ])('rejects STATIC %s = %j', async (destination, source) => {
    const e = await loadError(m({ sourceType: 'STATIC', source, destination }))
    expect(e.code).toBe('MAPPING_STATIC_TYPE')
    expect(e.message).toMatch(/mappings\[0\]: STATIC value/)
  })

  it('rejects an EXPRESSION that does not parse, naming the mapping and the character', async () => {
    const e = await loadError(m({ sourceType: 'EXPRESSION', source: 'concat(a, b', destination: 'person.name.fullName' }))
    expect(e.code).toBe('MAPPING_EXPRESSION_SYNTAX')
    expect(e.message).toMatch(/mappings\[0\]: expected "\)" before the end at character 12/)
    expect(e.location.mapping).toBe(0)
    const set = await loadMapping(m({ sourceType: 'EXPRESSION', source: 'concat(a, " ", ${b c})', destination: 'person.name.fullName' }), await profileCatalog())
    expect(set.mappings[0]!.columns).toEqual(['a', 'b c'])
  })

  it('rejects an unwrapped reserved word', async () => {
    const e = await loadError(m({ sourceType: 'ATTRIBUTE', source: 'new', destination: 'person.name.firstName' }))
    expect(e.code).toBe('MAPPING_SOURCE_RESERVED')
    expect(e.message).toMatch(/\$\{new\}/)
  })

  it('checks the file shape against mappings/mapping-set.schema.json and points at the line', async () => {
    const file = join(dir, 'bad-shape.json')
    writeFileSync(file, '{\n  "mappings": [\n    { "sourceType": "ATTRIBUTE", "source": "a", "destination": "_id" },\n    { "sourceType": "COLUMN", "source": "b", "destination": "_id" }\n  ]\n}\n')
    const e = await loadError(file)
    expect(e.code).toBe('MAPPING_INVALID')
    expect(e.location).toMatchObject({ file, mapping: 1, line: 4 })
    expect(e.message).toMatch(/ATTRIBUTE, STATIC, EXPRESSION/)
    const missing = join(dir, 'missing.json')
    writeFileSync(missing, '{ "mappings": [ { "sourceType": "ATTRIBUTE", "source": "a" } ] }')
    expect((await loadError(missing)).message).toMatch(/needs "destination"/)
    expect((await loadError({ mapping: [] })).message).toMatch(/needs "mappings"/)
  })

  it('reports JSON syntax errors with line and column', async () => {
    const file = join(dir, 'broken.json')
    writeFileSync(file, '{\n  "mappings": [\n    { "sourceType": "ATTRIBUTE", }\n  ]\n}\n')
    const e = await loadError(file)
    expect(e.code).toBe('MAPPING_INVALID')
    expect(e.message).toMatch(/not valid JSON.*line 3, column \d+/)
    expect(e.location.line).toBe(3)
  })

  it('reports a missing file', async () => {
    expect((await loadError(join(dir, 'nope.json'))).code).toBe('FILE_NOT_FOUND')
  })

  it('warns when the mapping set names another schema', async () => {
    const set = await loadMapping({ outputSchema: { schemaRef: { id: 'https://ns.adobe.com/other' } }, mappings: [] }, await profileCatalog())
    expect(set.warnings[0]).toMatch(/written for schema https:\/\/ns\.adobe\.com\/other/)
  })
})

describe('compileMapping header checks', () => {
  it('rejects a source column absent from the header, with a hint', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping(m({ sourceType: 'ATTRIBUTE', source: 'Email', destination: 'personalEmail.address' }), catalog)
    expect(() => compileMapping(set, catalog, ['id', 'email'])).toThrow(/mappings\[0\]: column "Email" is not in the CSV header; did you mean "email"\?/)
    expect(() => compileMapping(set, catalog, ['id', 'email'])).toThrow(expect.objectContaining({ code: 'MAPPING_SOURCE_NOT_IN_HEADER' }))
  })
  it('rejects a mapping on a duplicated header name', async () => {
    const catalog = await profileCatalog()
    const set = await loadMapping(m({ sourceType: 'ATTRIBUTE', source: 'email', destination: 'personalEmail.address' }), catalog)
    expect(() => compileMapping(set, catalog, ['email', 'email'])).toThrow(/appears more than once/)
  })
})
