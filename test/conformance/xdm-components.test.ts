import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../src/schema/catalog.js'
import { ComponentIndex, composeSchema, renameInstance, resolveSchema } from '../../src/schema/xdm-sources.js'
import { createValidator } from '../../src/validate.js'
import { ROOT } from '../helpers/fixtures.js'

/**
 * Every class, field group and data type under ../shared/xdm/components resolves into the registry's shape, and every
 * *.example.*.json beside a schema validates (after the registry's renaming) against its own resolved schema with the
 * engine's ajv setup. Examples that are themselves invalid are listed in KNOWN_INVALID with the exact reason.
 */
const COMPONENTS = join(ROOT, '..', 'shared', 'xdm', 'components')

/** Adobe's examples that do not validate against their own schema: file → the first error (pinned) and why. */
const KNOWN_INVALID: Record<string, { error: string; reason: string }> = {
  'classes/consentpolicy.example.1.json': {
    error: 'XDM_FORMAT createdByBatchID: "/{BATCH_ID}" must match format "uri-reference"',
    reason: 'the example keeps a template placeholder; braces are not allowed in a URI reference (RFC 3986)',
  },
  'datatypes/extensible.example.1.json': {
    error: 'XDM_ADDITIONAL_PROPERTIES _repo is not a field of the schema',
    reason: "the example exercises the sources' JSON-LD @context extension (any prefixed name), which the registry's resolved shape does not carry",
  },
  'datatypes/extensible.example.2.json': {
    error: 'XDM_ADDITIONAL_PROPERTIES _repo is not a field of the schema',
    reason: "the example exercises the sources' JSON-LD @context extension (any prefixed name), which the registry's resolved shape does not carry",
  },
  'datatypes/extensible.example.3.json': {
    error: 'XDM_ADDITIONAL_PROPERTIES _context is not a field of the schema',
    reason: 'the example is an @context block itself, which the registry drops',
  },
  'datatypes/paid-media/paid-media-creative.example.5.json': {
    error: 'XDM_FORMAT paidMediaCreative.displayURL: "adobe.com/creativecloud" must match format "uri"',
    reason: 'the example has no URI scheme, which format uri requires',
  },
  'fieldgroups/product/product-measurement.example.1.json': {
    error: 'XDM_TYPE productSize: 5 must be string',
    reason: 'the schema types productSize as a string; the example gives a number',
  },
}

describe.runIf(existsSync(COMPONENTS))('adobe/xdm components', () => {
  it('resolve, compile, and validate their examples', async () => {
    const index = await ComponentIndex.load(COMPONENTS)
    const failures: Record<string, string> = {}
    let resolved = 0
    let examples = 0
    let passing = 0
    for (const component of [...index.byId.values()].sort((a, b) => a.file.localeCompare(b.file))) {
      const schema = resolveSchema(index, component)
      buildCatalog(schema, component.file)
      const validate = createValidator(schema, component.file)
      resolved++
      const dir = join(component.file, '..')
      const stem = component.file.slice(dir.length + 1).replace(/\.schema\.json$/, '')
      for (const f of readdirSync(dir).filter((x) => x.startsWith(`${stem}.example.`) && x.endsWith('.json')).sort()) {
        examples++
        const instance = renameInstance(JSON.parse(readFileSync(join(dir, f), 'utf8')))
        const issues = validate(instance)
        const rel = index.relative(join(dir, f))
        if (!issues) passing++
        else failures[rel] = `${issues[0]!.code} ${issues[0]!.message}`
      }
    }
    console.log(`adobe/xdm: ${resolved} components resolved; ${examples} examples: ${passing} valid, ${Object.keys(failures).length} invalid (listed)`)
    for (const [f, why] of Object.entries(failures)) console.log(`  ${f}: ${why} (${KNOWN_INVALID[f]?.reason ?? 'NOT LISTED'})`)
    expect(resolved).toBe(index.byId.size)
    expect(failures).toEqual(Object.fromEntries(Object.entries(KNOWN_INVALID).map(([f, k]) => [f, k.error])))
    expect(passing).toBe(examples - Object.keys(KNOWN_INVALID).length)
  })

  it('composes a profile schema with real XDM paths', async () => {
    const index = await ComponentIndex.load(COMPONENTS)
    const schema = composeSchema(index, {
      classId: 'https://ns.adobe.com/xdm/context/profile',
      fieldGroups: ['https://ns.adobe.com/xdm/context/profile-person-details', 'https://ns.adobe.com/xdm/context/profile-personal-details', 'https://ns.adobe.com/xdm/context/identitymap'],
    })
    const catalog = buildCatalog(schema, 'composed')
    for (const path of ['person.name.firstName', 'person.birthDate', 'personalEmail.address', 'homeAddress.city', 'homeAddress._schema.latitude', 'mobilePhone.number', '_id', 'identityMap{}[].id']) {
      expect(catalog.byPath.has(path), path).toBe(true)
    }
    expect(catalog.byPath.get('person.birthDate')!.xdmType).toBe('date')
    expect(catalog.byPath.get('homeAddress._schema.latitude')!.xdmType).toBe('number')
    expect(catalog.byPath.get('identityMap')!.xdmType).toBe('map')
    const ee = buildCatalog(composeSchema(index, { classId: 'https://ns.adobe.com/xdm/context/experienceevent', fieldGroups: ['https://ns.adobe.com/xdm/context/experienceevent-commerce'] }), 'ee')
    expect(ee.byPath.get('timestamp')!.required).toBe(true)
    expect(ee.byPath.get('_id')!.required).toBe(true)
    expect(ee.byPath.has('commerce.order.purchaseID')).toBe(true)
    expect(ee.byPath.has('productListItems[].SKU')).toBe(true)
  })
})
