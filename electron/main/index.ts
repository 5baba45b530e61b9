import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { bootstrap, defaultPaths } from './bootstrap'

bootstrap(defaultPaths(path.dirname(fileURLToPath(import.meta.url))))
