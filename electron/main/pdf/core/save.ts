/** PDF bytes to disk, atomically (temporary file, flush, rename); FileBusyError when held open. */
import { writeFileAtomic, type AtomicWriteOptions } from '../../files/atomic-write'

export async function savePdf(target: string, bytes: Uint8Array, options?: AtomicWriteOptions): Promise<void> {
  await writeFileAtomic(target, bytes, options)
}
