import { useLayoutEffect } from 'react'
import { FirstStartQuestion, saveUserName } from '../features/settings'
import { afterFirstCommit } from './first-paint'

type Props = {
  /** Whether there is no database yet (first-start.ts); the screen shows while this is asked. */
  firstStart: Promise<boolean>
  /** Loads the app's code (the shell, the router, the pages); calling the result starts it. */
  loadApp: () => Promise<() => void>
  /** Once the name is being typed: creates the database, then loads the app's code ahead of the answer. */
  prepareDatabase: () => void
}

/**
 * A first start's whole first screen: the name question, without the shell or the router, whose
 * code is not needed to ask (issue 17: first start). The database is created, and the app's code
 * loaded, while the name is typed: Start saves and opens the app at once, and nothing but the question
 * competes for the first frames.
 */
export function FirstStartScreen({ firstStart, loadApp, prepareDatabase }: Props) {
  useLayoutEffect(afterFirstCommit, [])
  const answer = async (name: string) => {
    // A database was found after all: the app is starting, and its shell asks if it has no name.
    if (!(await firstStart)) return
    // The app's code loads while the name is saved; the app starts only once the name is kept.
    const [start] = await Promise.all([loadApp(), saveUserName(name)])
    start()
  }
  return <FirstStartQuestion onAnswer={answer} onTyping={prepareDatabase} />
}
