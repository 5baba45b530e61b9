/**
 * A page loaded when it is first shown (React.lazy over a named export): each feature's screens
 * become their own chunk, so the first start loads only what the first screen shows.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }))
}
