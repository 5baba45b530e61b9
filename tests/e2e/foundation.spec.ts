import { NAV_ITEMS } from '../../renderer/app/navigation'
import { expect, expectAccessible, notices, openApp, test } from './fixtures'
import { SettingsPage } from './pages/settings-page'
import { heading, MainMenu, WelcomeDialog } from './pages/shell'

test.describe('the app shell', () => {
  test('asks for the user name at first start, then opens every page from the navigation', async ({ app }) => {
    await app.goto('/')
    const welcome = new WelcomeDialog(app)
    await welcome.start.click()
    await expect(welcome.error('Navnet må fylles ut.')).toBeVisible()
    await expectAccessible(app)
    await app.screenshot({ path: 'test-results/screens/first-start.png' })
    await welcome.answer('Kari Nordmann')
    await expect(welcome.root).toBeHidden()
    const menu = new MainMenu(app)
    for (const item of NAV_ITEMS) {
      await menu.click(item.label)
      await expect(heading(app, item.label)).toBeVisible()
      await expect(menu.link(item.label)).toHaveAttribute('aria-current', 'page')
      await expectAccessible(app)
      await app.screenshot({ path: `test-results/screens/${item.to.replace(/\W+/g, '') || 'oversikt'}.png` })
    }
  })

  test('keeps settings after a reload, and refuses an invalid e-mail without saving', async ({ app }) => {
    await openApp(app, 'Ola Hansen')
    const settings = new SettingsPage(app)
    await settings.open()
    await settings.saveSettings({ commissionerName: 'Marit Vea', secretariatPhone: '+47 23 48 00 00', secretariatEmail: 'ikke-en-adresse' })
    await expect(settings.error('E-postadressen ser ikke riktig ut')).toBeVisible()

    await app.reload()
    await expect(settings.commissionerName).toHaveValue('')

    await settings.saveSettings({ secretariatEmail: 'nfk@kli.oslo.kommune.no', commissionerName: 'Marit Vea' })
    await expect(notices(app).getByText('Innstillingene er lagret.')).toBeVisible()

    await app.reload()
    await expect(settings.commissionerName).toHaveValue('Marit Vea')
    await expect(settings.commissionerTitle).toHaveValue('byråd for miljø og samferdsel')
    await expect(settings.userName).toHaveValue('Ola Hansen')
    await expect(new WelcomeDialog(app).root).toBeHidden()
  })

  test('chooses the output folder through main and shows it', async ({ app, host }) => {
    await openApp(app)
    const settings = new SettingsPage(app)
    await settings.open()
    host.answerFolder(`${host.documentsFolder}/Kontrakter`)
    await settings.chooseOutputFolder.click()
    await expect(settings.text(`${host.documentsFolder}/Kontrakter`)).toBeVisible()
    await app.reload()
    await expect(settings.text(`${host.documentsFolder}/Kontrakter`)).toBeVisible()
  })

  test('runs under the production Content-Security-Policy: an injected inline script never runs', async ({ app }) => {
    await openApp(app)
    const outcome = await app.evaluate(async () => {
      // Chromium versions name the blocking rule differently: the fallback 'script-src' (what the policy
      // says) or the effective 'script-src-elem'. Without a policy no violation comes at all.
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true })
        setTimeout(() => resolve('no violation reported'), 5_000)
      })
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.body.append(script)
      return { directive: await violation, ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true }
    })
    expect(outcome.ran).toBe(false)
    expect(outcome.directive).toMatch(/^script-src(-elem)?$/)
  })
})
