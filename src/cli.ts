#!/usr/bin/env node
/** The `xdmap` binary (package.json "bin"): the dispatcher lives in ./cli/main.ts. */
import { fileURLToPath } from 'node:url'
import { start } from './cli/main.js'

start(fileURLToPath(import.meta.url))
