/**
 * The e2e test host: the same main-process handlers, behind the same dispatch (sender check, zod,
 * result mapping) that Electron's main uses, with temporary folders in place of the user's and a
 * scripted stand-in for the native dialogs (the one thing that cannot run here).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { HostEvent } from '../../../electron/shared/ipc-contract'
import { createHostContext, type HostContext } from '../../../electron/main/host/context'
import { createHandlers } from '../../../electron/main/host/handlers'
import type { HostServices, OpenDialogRequest, SaveDialogRequest } from '../../../electron/main/host/services'
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/handle'

export const E2E_ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4179}`

type DialogAnswer = string | null

export class TestHost {
  readonly root = mkdtempSync(path.join(os.tmpdir(), 'nfk-e2e-'))
  readonly dataFolder = path.join(this.root, 'userData')
  readonly documentsFolder = path.join(this.root, 'Dokumenter')
  readonly saveRequests: SaveDialogRequest[] = []
  /** Where each save dialog told main to save (a cancelled dialog adds nothing). */
  readonly savedPaths: string[] = []
  readonly openedExternally: string[] = []
  readonly openedPaths: string[] = []
  readonly events: HostEvent[] = []
  private readonly saveAnswers: DialogAnswer[] = []
  private readonly openAnswers: DialogAnswer[] = []
  private readonly folderAnswers: DialogAnswer[] = []
  private readonly confirmAnswers: boolean[] = []
  private readonly holds = new Map<string, Promise<void>>()
  private readonly arrivals = new Map<string, (() => void)[]>()
  emitToPage: (event: HostEvent) => void = () => {}
  readonly context: HostContext
  readonly dispatch: Dispatch

  /** `start`: main's clock starts where the page's does (E2E_START) and runs on in real time. */
  constructor(start: Date = new Date()) {
    const offset = start.getTime() - Date.now()
    for (const dir of [this.dataFolder, this.documentsFolder]) mkdirSync(dir, { recursive: true })
    const services: HostServices = {
      appVersion: '0.0.0-e2e',
      platform: process.platform,
      isTestHost: true,
      dataFolder: this.dataFolder,
      documentsFolder: this.documentsFolder,
      dialogs: {
        chooseSavePath: async (request) => {
          this.saveRequests.push(request)
          // Unless the test scripted an answer, like a user pressing "Lagre": the suggested name in the offered folder.
          const scripted = this.saveAnswers.shift()
          const answer = scripted === undefined ? path.join(request.defaultFolder ?? this.documentsFolder, request.suggestedName) : scripted
          if (answer !== null) this.savedPaths.push(answer)
          return answer
        },
        chooseOpenPath: async (_request: OpenDialogRequest) => this.openAnswers.shift() ?? null,
        chooseFolder: async () => this.folderAnswers.shift() ?? null,
        confirm: async () => this.confirmAnswers.shift() ?? false,
      },
      shell: {
        openPath: async (p) => {
          this.openedPaths.push(p)
          return ''
        },
        openExternal: async (url) => {
          this.openedExternally.push(url)
        },
      },
      // The real worker thread, as Electron runs it (needs `npm run build` first, like the page).
      pdfWorkerFile: path.resolve('out/main/pdf-worker.js'),
      emit: (event) => {
        this.events.push(event)
        this.emitToPage(event)
      },
      log: () => {},
      now: () => new Date(Date.now() + offset),
    }
    this.context = createHostContext(services)
    const dispatch = createDispatch(createHandlers(this.context), [E2E_ORIGIN])
    this.dispatch = async (name, sender, payload) => {
      for (const heard of this.arrivals.get(name) ?? []) heard()
      this.arrivals.delete(name)
      const held = this.holds.get(name)
      if (held) await held
      return dispatch(name, sender, payload)
    }
  }

  /** Resolves when the page next calls this channel (before it is handled). */
  arrival(channel: string): Promise<void> {
    return new Promise((resolve) => this.arrivals.set(channel, [...(this.arrivals.get(channel) ?? []), resolve]))
  }

  /**
   * Holds the next calls of a channel until `release`, as a slow disk or a long render would: the
   * page's "while it runs" state (progress, "Avbryt") can then be used without racing the work.
   */
  hold(channel: string): { arrived: Promise<void>; release: () => void } {
    const held: { release?: () => void } = {}
    this.holds.set(channel, new Promise<void>((resolve) => (held.release = resolve)))
    return {
      arrived: this.arrival(channel),
      release: () => {
        this.holds.delete(channel)
        held.release?.()
      },
    }
  }

  /** Main's clock, as the handlers see it. */
  now(): Date {
    return this.context.services.now?.() ?? new Date()
  }

  /** The next save dialog answers with this path (null: the user cancels). */
  answerSave(answer: DialogAnswer): void {
    this.saveAnswers.push(answer)
  }
  answerOpen(answer: DialogAnswer): void {
    this.openAnswers.push(answer)
  }
  answerFolder(answer: DialogAnswer): void {
    this.folderAnswers.push(answer)
  }
  answerConfirm(answer: boolean): void {
    this.confirmAnswers.push(answer)
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

