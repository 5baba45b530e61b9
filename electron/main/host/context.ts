import { MainConfigStore } from '../config/main-config'
import type { HostServices } from './services'
import { JobRegistry } from './job-registry'
import { WrittenFiles } from './written-files'

/** Shared state of the main-process logic, made once per app (or per e2e test host). */
export type HostContext = {
  services: HostServices
  config: MainConfigStore
  written: WrittenFiles
  /** Jobs the page may cancel, by its job id. */
  jobs: JobRegistry
}

export function createHostContext(services: HostServices): HostContext {
  return { services, config: new MainConfigStore(services.dataFolder, services.fileSystem), written: new WrittenFiles(), jobs: new JobRegistry() }
}
