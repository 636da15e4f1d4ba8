/**
 * Known secrets (the OAuth client secret, every bearer token IMS issued) and the one place that removes them
 * from any text a server sent back before it is shown or logged. IMS and some gateways echo the request in an
 * error body (issue 16: the client secret showed up in 16 of 16 such runs), so every server text that reaches a
 * message, a log line or a file passes through `redact()`.
 */
const secrets = new Set<string>()
let ordered: string[] = []

export const REDACTED = '[redacted]'

/** Registers a secret, with the encodings it takes in a form body, a URL or JSON. Values under 6 characters are ignored (too likely to match ordinary text). */
export function addSecret(value: string | undefined): void {
  if (!value || value.length < 6) return
  const forms = [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2), JSON.stringify(value).slice(1, -1)]
  let added = false
  for (const f of forms) if (!secrets.has(f)) { secrets.add(f); added = true }
  if (added) ordered = [...secrets].sort((a, b) => b.length - a.length)
}

/** The text with every known secret replaced by `[redacted]`. */
export function redact(text: string): string {
  for (const s of ordered) if (text.includes(s)) text = text.split(s).join(REDACTED)
  return text
}
