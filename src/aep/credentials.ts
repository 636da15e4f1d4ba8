import { readFile } from 'node:fs/promises'
import { parseEnv } from 'node:util'
import { XdmapError } from '../util/errors.js'

/** What the AEP APIs need. Read from the environment or a `.env`-style file; never printed. */
export interface Credentials {
  clientId: string
  clientSecret: string
  scopes: string
  orgId: string
  sandbox: string
  platformUrl: string
  imsUrl: string
}

export const CREDENTIAL_VARIABLES = {
  AEP_CLIENT_ID: 'OAuth server-to-server client id (also sent as x-api-key)',
  AEP_CLIENT_SECRET: 'OAuth client secret',
  AEP_SCOPES: 'comma-separated scopes, e.g. openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
  AEP_ORG_ID: 'IMS organization id (x-gw-ims-org-id), e.g. ABC123@AdobeOrg',
  AEP_SANDBOX: 'sandbox name (x-sandbox-name), default prod',
  AEP_PLATFORM_URL: 'platform base URL, default https://platform.adobe.io',
  AEP_IMS_URL: 'IMS base URL, default https://ims-na1.adobelogin.com',
} as const

/**
 * Parses a `.env` file with Node's own parser (`util.parseEnv`): KEY=value lines, # comments, single, double and
 * backtick quotes (double quotes expand \n), multi-line quoted values, an optional `export ` prefix.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(parseEnv(text))) if (v !== undefined) out[k] = v
  return out
}

/**
 * Credentials from the environment and a `.env` file (when given). A variable already set in the environment wins over
 * the file (dotenv's convention), so a CI secret overrides a checked-in default. Missing required values raise AEP_CREDENTIALS.
 */
export async function loadCredentials(options: { file?: string; env?: Record<string, string | undefined> } = {}): Promise<Credentials> {
  const given: Record<string, string | undefined> = options.env ?? process.env
  const env: Record<string, string | undefined> = {}
  if (options.file) {
    let text: string
    try {
      text = await readFile(options.file, 'utf8')
    } catch (e) {
      throw new XdmapError('AEP_CREDENTIALS', `Cannot read the credentials file ${options.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: options.file })
    }
    Object.assign(env, parseEnvFile(text))
  }
  for (const [k, v] of Object.entries(given)) if (v !== undefined) env[k] = v
  const missing = (['AEP_CLIENT_ID', 'AEP_CLIENT_SECRET', 'AEP_ORG_ID'] as const).filter((k) => !env[k])
  if (missing.length) {
    throw new XdmapError('AEP_CREDENTIALS', `Missing ${missing.join(', ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment or in a file given with --credentials (see the README, "AEP credentials")`)
  }
  return {
    clientId: env.AEP_CLIENT_ID!,
    clientSecret: env.AEP_CLIENT_SECRET!,
    scopes: env.AEP_SCOPES ?? 'openid,AdobeID,read_organizations,additional_info.projectedProductContext,session',
    orgId: env.AEP_ORG_ID!,
    sandbox: env.AEP_SANDBOX ?? 'prod',
    platformUrl: (env.AEP_PLATFORM_URL ?? 'https://platform.adobe.io').replace(/\/+$/, ''),
    imsUrl: (env.AEP_IMS_URL ?? 'https://ims-na1.adobelogin.com').replace(/\/+$/, ''),
  }
}
