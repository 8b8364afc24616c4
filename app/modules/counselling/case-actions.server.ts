import { and, eq } from 'drizzle-orm'
import { translate } from '~/i18n'
import { getEnv } from '~/utils/env.server'
import { Conflict } from '~/utils/errors'
import { accept, type Checked } from '~/utils/form-check'
import { listingPath } from '~/utils/slug'
import { getDb } from '../../../db/client'
import { counsellingNotes, counsellingRecommendations, listings, organizations } from '../../../db/schema'
import { isOpenListing } from '../listings/cards.server'
import { queueMail } from '../mail/mail.server'
import { findCase, type CaseScope } from './case-scope.server'
import type { NoteInput, RecommendInput } from './counselling.schema'

interface CaseAction<T> extends CaseScope {
  actorId: string
  /** Parsed by the route; refused only after the case is found. */
  input: Checked<T>
  now?: Date
}

/** A progress note on the case, with its author and time. */
export async function addCaseNote(opts: CaseAction<NoteInput>) {
  await getDb().transaction(async (tx) => {
    // The case first: without consent it is a 404 before any field error could tell it apart.
    await findCase(tx, opts, { lock: true })
    const { text } = accept(opts.input)
    await tx.insert(counsellingNotes).values({ seekerId: opts.seekerId, chamberId: opts.chamberId, authorId: opts.actorId, text, createdAt: opts.now ?? new Date() })
  })
}

/**
 * Recommends an open listing to the seeker: it heads their recommendations as "empfohlen von …"
 * with the note, and they get a mail in their language. A listing recommended before is a field error.
 */
export async function recommendListing(opts: CaseAction<RecommendInput>) {
  await getDb().transaction(async (tx) => {
    const seeker = await findCase(tx, opts, { lock: true })
    const { listingId, note } = accept(opts.input)
    const [listing] = await tx
      .select({ id: listings.id, title: listings.title, companyName: organizations.name })
      .from(listings)
      .innerJoin(organizations, eq(organizations.id, listings.organizationId))
      .where(and(eq(listings.id, listingId), isOpenListing()))
    if (!listing) throw new Conflict({ listingId: 'counselling.recommend.notOpen' })
    const [row] = await tx
      .insert(counsellingRecommendations)
      .values({ seekerId: opts.seekerId, chamberId: opts.chamberId, listingId, counsellorId: opts.actorId, note, createdAt: opts.now ?? new Date() })
      .onConflictDoNothing()
      .returning({ id: counsellingRecommendations.id })
    if (!row) throw new Conflict({ listingId: 'counselling.recommend.already' })
    const [chamber] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, opts.chamberId))
    const lang = seeker.lang
    await queueMail(
      {
        to: seeker.email,
        template: 'counselling-recommendation',
        lang,
        params: {
          name: seeker.name,
          chamber: chamber.name,
          title: listing.title,
          company: listing.companyName,
          note: note ? `\n\n${translate(lang, 'counselling.mail.noteFrom', { chamber: chamber.name })}\n\n${note}` : '',
          link: `${getEnv().APP_ORIGIN}${listingPath(listing.id, listing.title)}`,
        },
      },
      tx,
    )
  })
}
