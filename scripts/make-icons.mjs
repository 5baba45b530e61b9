#!/usr/bin/env node
/** Renders build/icon.png (1024×1024) from renderer/public/icon.svg with the Chromium the tests use. */
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumOrExit } from './find-chromium.mjs'

const svg = readFileSync('renderer/public/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: chromiumOrExit(), args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body></html>`)
await page.screenshot({ path: 'build/icon.png', omitBackground: true })
await browser.close()
console.log('wrote build/icon.png')
