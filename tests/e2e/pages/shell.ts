/**
 * The parts of the window every page shares: the main menu, the notices, the first-start question
 * and the dialogs. Page models build on these; a spec reaches for them when it crosses pages.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** The main menu's entries; each page's first heading repeats its entry. */
export type MenuEntry = 'Oversikt' | 'Virksomheter' | 'Søknader' | 'Arrangementer' | 'Signeringslunsjer' | 'Årsrapporter' | 'Kriterier' | 'Data' | 'Innstillinger'

/**
 * The live region every `notify` writes to. It sits outside <main> and a notice stays for eight
 * seconds, so a text query on the whole page can match a notice and the page at once: look for
 * notices here, and for page text inside `main` (or a narrower region).
 */
export const notices = (page: Page): Locator => page.getByRole('status', { name: 'Meldinger' })

/** The one notice whose text contains `text`, with its own buttons (Angre, Åpne, Lukk melding). */
export const notice = (page: Page, text: string | RegExp): Locator => notices(page).locator(':scope > div').filter({ hasText: text })

/** A notice that reports an error (an alert), whose text contains `text`. */
export const errorNotice = (page: Page, text: string | RegExp): Locator => notices(page).getByRole('alert').filter({ hasText: text })

/** The button on a notice that takes its action back. */
export const undoButton = (n: Locator): Locator => n.getByRole('button', { name: 'Angre' })

/** The button on a notice that opens the file it names. */
export const openButton = (n: Locator): Locator => n.getByRole('button', { name: 'Åpne' })

/**
 * A screenshot of the whole page. The page scrolls in its own box above the notice area, so
 * `fullPage` shows one window's height only: the window is made as tall as the page for the shot.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  const size = page.viewportSize()
  if (!size) throw new Error('The page has no viewport size.')
  const hidden = await page.evaluate(() => {
    const box = document.querySelector('.page-scroll')
    return box ? box.scrollHeight - box.clientHeight : 0
  })
  if (hidden > 0) await page.setViewportSize({ width: size.width, height: size.height + hidden })
  await page.screenshot({ path })
  if (hidden > 0) await page.setViewportSize(size)
}

export class MainMenu {
  readonly region: Locator
  /** Whatever in the menu has the keyboard focus. */
  readonly focused: Locator
  constructor(readonly page: Page) {
    this.region = page.getByRole('navigation', { name: 'Hovedmeny' })
    this.focused = this.region.locator(':focus')
  }

  link(entry: MenuEntry): Locator {
    return this.region.getByRole('link', { name: entry, exact: true })
  }

  /** Clicks the entry and nothing more: a page may still ask before it lets the user leave. */
  async click(entry: MenuEntry): Promise<void> {
    await this.link(entry).click()
  }

  /** Goes to the entry's page and waits until its heading is there, as a user would look for it. */
  async go(entry: MenuEntry): Promise<void> {
    await this.click(entry)
    await expect(heading(this.page, entry)).toBeVisible()
  }
}

/** The page's first-level heading with this name. */
export const heading = (page: Page, name: string | RegExp): Locator => page.getByRole('heading', { level: 1, name })

/** The page's own content, without the menu and the notices. */
export const mainOf = (page: Page): Locator => page.getByRole('main')

/** A modal question by its title. */
export const dialog = (page: Page, title: string | RegExp): Locator => page.getByRole('dialog', { name: title })

/** The question asked on first start, before any page is reachable. */
export class WelcomeDialog {
  readonly root: Locator
  readonly name: Locator
  readonly start: Locator
  constructor(readonly page: Page) {
    this.root = dialog(page, 'Velkommen til NFK Sekretariat')
    this.name = this.root.getByLabel('Ditt navn')
    this.start = this.root.getByRole('button', { name: 'Start' })
  }

  error(text: string | RegExp): Locator {
    return this.root.getByText(text)
  }

  async answer(userName: string): Promise<void> {
    await this.name.fill(userName)
    await this.start.click()
  }
}
