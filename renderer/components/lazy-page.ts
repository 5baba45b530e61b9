/**
 * A page loaded when it is first shown (React.lazy over a named export): each feature's screens
 * become their own chunk, so the first start loads only what the first screen shows. `preload`
 * loads the page's code ahead of showing it (a first start, while the name is typed); a page whose
 * code is there renders at once, without suspending (React holds a revealed Suspense back ~300 ms).
 */
import { createElement, lazy, useState, type ComponentType } from 'react'

export type LazyPage = ComponentType & { preload: () => Promise<unknown> }

export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyPage {
  let loaded: ComponentType | null = null
  let loading: Promise<M> | null = null
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module[name] as ComponentType
      return module
    }))
  const Lazy = lazy(async () => ({ default: (await preload())[name] as ComponentType }))
  function Page() {
    // Chosen once per mount: switching type later would remount the page and lose its state.
    const [component] = useState<ComponentType>(() => loaded ?? Lazy)
    return createElement(component)
  }
  return Object.assign(Page, { preload })
}
