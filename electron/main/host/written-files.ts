import path from 'node:path'

/** Files this app wrote; only these may be opened in another program through `shell.openPath`. */
export class WrittenFiles {
  private readonly paths = new Set<string>()
  add(file: string): void {
    this.paths.add(path.resolve(file))
  }
  has(file: string): boolean {
    return this.paths.has(path.resolve(file))
  }
}
