/**
 * A script of its own, about 2 KB, that index.html runs as soon as it has loaded (`async`; built
 * apart and added by vite.renderer.config.ts): a start on the register begins its raw read here,
 * before the app's entry (React, 215 KB) has been fetched and compiled (issue 17: the register at
 * 10,000). It shares no chunk with the app, so the first screen's scripts stay as they were; the
 * read it begins waits on the window, where the app's copy of the module takes it (main.tsx asks
 * again, and the read is begun once).
 */
import { startEarlyRegisterRead, startsOnRegister } from '../db/repositories/register-early-read'
import { userKnown } from '../features/settings'

if (userKnown() && startsOnRegister(location.hash)) startEarlyRegisterRead()
