import type { EnqueuedTaskPromise, Meilisearch, Task } from 'meilisearch'

/** Settings and bulk additions can take minutes on a busy two-core machine; the client's default is 5 s. */
export const LONG_TASK_TIMEOUT_MS = 10 * 60_000
export const SHORT_TASK_TIMEOUT_MS = 60_000

export class SearchTaskError extends Error {
  constructor(
    readonly task: Task,
    readonly code: string | undefined,
  ) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`)
    this.name = 'SearchTaskError'
  }
}

/** Waits for a task and turns a failed or canceled task into an error (waitTask alone resolves either way). */
export async function waitForSuccess(enqueued: EnqueuedTaskPromise, timeoutMs = SHORT_TASK_TIMEOUT_MS): Promise<Task> {
  return succeeded(await enqueued.waitTask({ timeout: timeoutMs, interval: 50 }))
}

/** The same for a task known by its uid (a request sent without the client, search/document-upload.ts). */
export async function waitForTaskUid(client: Meilisearch, taskUid: number, timeoutMs = SHORT_TASK_TIMEOUT_MS): Promise<Task> {
  return succeeded(await client.tasks.waitForTask(taskUid, { timeout: timeoutMs, interval: 50 }))
}

function succeeded(task: Task): Task {
  if (task.status !== 'succeeded') throw new SearchTaskError(task, task.error?.code)
  return task
}
