/** The part of ua-parser-js 1.x (MIT; ships no types) that user-agent.ts uses. */
declare module 'ua-parser-js' {
  interface UAResult {
    browser: { name?: string; version?: string }
    os: { name?: string; version?: string }
    device: { type?: string; vendor?: string; model?: string }
  }
  class UAParser {
    setUA(ua: string): this
    getResult(): UAResult
  }
  export default UAParser
}
