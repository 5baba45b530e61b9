import { NAV_ITEMS } from '../../renderer/app/navigation'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'

test.describe('the app shell', () => {
  test('asks for the user name at first start, then opens every page from the navigation', async ({ app }) => {
    await app.goto('/')
    const welcome = app.getByRole('dialog', { name: 'Velkommen til NFK Sekretariat' })
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome.getByText('Navnet må fylles ut.')).toBeVisible()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/first-start.png' })
    await welcome.getByLabel('Ditt navn').fill('Kari Nordmann')
    await welcome.getByRole('button', { name: 'Start' }).click()
    await expect(welcome).toBeHidden()
    const nav = app.getByRole('navigation', { name: 'Hovedmeny' })
    for (const item of NAV_ITEMS) {
      await nav.getByRole('link', { name: item.label, exact: true }).click()
      await expect(app.getByRole('heading', { level: 1, name: item.label })).toBeVisible()
      await expect(nav.getByRole('link', { name: item.label, exact: true })).toHaveAttribute('aria-current', 'page')
      await expectAccessible(app)
      await app.screenshot({ path: `test-results/screens/${item.to.replace(/\W+/g, '') || 'oversikt'}.png` })
    }
  })

  test('keeps settings after a reload, and refuses an invalid e-mail without saving', async ({ app }) => {
    await openApp(app, 'Ola Hansen')
    await app.getByRole('link', { name: 'Innstillinger' }).click()
    const form = app.getByRole('form', { name: 'Innstillinger' })
    await form.getByLabel('Byrådens navn').fill('Marit Vea')
    await form.getByLabel('Sekretariatets telefon').fill('+47 23 48 00 00')
    await form.getByLabel('Sekretariatets e-post').fill('ikke-en-adresse')
    await form.getByRole('button', { name: 'Lagre' }).click()
    await expect(form.getByText('E-postadressen ser ikke riktig ut')).toBeVisible()

    await app.reload()
    await expect(app.getByLabel('Byrådens navn')).toHaveValue('')

    await app.getByLabel('Sekretariatets e-post').fill('nfk@kli.oslo.kommune.no')
    await app.getByLabel('Byrådens navn').fill('Marit Vea')
    await app.getByRole('button', { name: 'Lagre' }).click()
    await expect(notices(app).getByText('Innstillingene er lagret.')).toBeVisible()

    await app.reload()
    await expect(app.getByLabel('Byrådens navn')).toHaveValue('Marit Vea')
    await expect(app.getByLabel('Byrådens tittel')).toHaveValue('byråd for miljø og samferdsel')
    await expect(app.getByLabel('Ditt navn')).toHaveValue('Ola Hansen')
    await expect(app.getByRole('dialog', { name: 'Velkommen til NFK Sekretariat' })).toBeHidden()
  })

  test('chooses the output folder through main and shows it', async ({ app, host }) => {
    await openApp(app)
    await app.getByRole('link', { name: 'Innstillinger' }).click()
    host.answerFolder(`${host.documentsFolder}/Kontrakter`)
    await app.getByRole('button', { name: 'Velg mappe for dokumenter' }).click()
    await expect(app.getByRole('main').getByText(`${host.documentsFolder}/Kontrakter`)).toBeVisible()
    await app.reload()
    await expect(app.getByRole('main').getByText(`${host.documentsFolder}/Kontrakter`)).toBeVisible()
  })

  test('runs under the production Content-Security-Policy: an injected inline script never runs', async ({ app }) => {
    await openApp(app)
    const outcome = await app.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
      )
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return { directive: await violation, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true }
    })
    expect(outcome).toEqual({ directive: 'script-src-elem', ran: false })
  })
})
