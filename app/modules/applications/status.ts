import type { ApplicationStatus } from '../../../values/applications'

/** The board's columns, left to right: the pipeline, then the company's "no". */
export const PIPELINE_STATUSES = ['received', 'in_review', 'interview', 'offer', 'hired', 'rejected'] as const satisfies readonly ApplicationStatus[]
export type PipelineStatus = (typeof PIPELINE_STATUSES)[number]

/** Statuses in which the company still owes the seeker a step; the reply-deadline clock runs in them. */
export const WAITING_STATUSES = ['received', 'in_review', 'interview'] as const satisfies readonly ApplicationStatus[]

/** Statuses after which nothing more happens unless the company reopens it. */
const CLOSED: readonly ApplicationStatus[] = ['hired', 'rejected', 'withdrawn']

/** An application the seeker can still withdraw and that their account deletion must withdraw. */
export function isOpenApplication(status: ApplicationStatus): boolean {
  return !CLOSED.includes(status)
}

/**
 * Where the company may move an application: any other pipeline status, so a mistake can be
 * undone; a withdrawn application is the seeker's decision and stays as it is.
 */
export function companyTargets(from: ApplicationStatus): PipelineStatus[] {
  if (from === 'withdrawn') return []
  return PIPELINE_STATUSES.filter((s) => s !== from)
}

export function isPipelineStatus(value: unknown): value is PipelineStatus {
  return typeof value === 'string' && (PIPELINE_STATUSES as readonly string[]).includes(value)
}

const FORWARD: Partial<Record<ApplicationStatus, PipelineStatus>> = { received: 'in_review', in_review: 'interview', interview: 'offer', offer: 'hired' }

/** The usual next step, offered first wherever the team moves an application on. */
export function nextStatus(from: ApplicationStatus): PipelineStatus | null {
  return FORWARD[from] ?? null
}
