/**
 * The page is always served from this origin. IndexedDB belongs to its origin, so changing it
 * would orphan every user's data: never change these between releases.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'nfk-sekretariat'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
