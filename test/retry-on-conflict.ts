/**
 * Runs a read-modify-write again when the write meets a newer resourceVersion
 * (409 Conflict), as client-go's RetryOnConflict does: the controllers write
 * an object's status while a test is changing its spec.
 */
export async function retryOnConflict<T>(readModifyWrite: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readModifyWrite();
    } catch (err) {
      if (attempt >= attempts || (err as { code?: number }).code !== 409) throw err;
    }
  }
}
