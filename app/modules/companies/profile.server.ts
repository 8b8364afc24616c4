import { and, eq } from 'drizzle-orm'
import { getDb } from '../../../db/client'
import { listings, organizations } from '../../../db/schema'
import { Invalid, NotFound } from '~/utils/errors'
import { getPlaceChoice, placeLabel, resolvePlaceInput } from '../listings/place-input.server'
import { enqueueListingSync, enqueueOrganizationSync } from '../search/outbox-store.server'
import { checkUpload } from '../uploads/file-type'
import { deleteUpload, isUploadKey, readUpload, storeUpload, type StoredUpload } from '../uploads/storage.server'
import { LOGO_MAX_BYTES, LOGO_TYPES, type ProfileInput } from './profile.schema'

const company = (organizationId: string) => and(eq(organizations.id, organizationId), eq(organizations.kind, 'company'))

/** The company's profile as the form shows it. */
export async function getCompanyProfile(organizationId: string) {
  const [row] = await getDb()
    .select({
      name: organizations.name,
      slug: organizations.slug,
      sector: organizations.sector,
      sizeBand: organizations.sizeBand,
      description: organizations.description,
      placeId: organizations.placeId,
      website: organizations.website,
      isTrainingCompany: organizations.isTrainingCompany,
      isVerified: organizations.isVerified,
      logoKey: organizations.logoKey,
      updatedAt: organizations.updatedAt,
    })
    .from(organizations)
    .where(company(organizationId))
  if (!row) throw new NotFound('company')
  const { placeId, updatedAt, ...profile } = row
  const place = await getPlaceChoice(placeId)
  return { ...profile, place: place ? placeLabel(place) : '', updatedAt: updatedAt.toISOString() }
}

/**
 * Saves the profile. The company's name is on every listing's search document, so a new name
 * queues the company and its listings for search in the same transaction.
 */
export async function updateCompanyProfile(opts: { organizationId: string; input: ProfileInput; now?: Date }) {
  const { input } = opts
  const place = input.place ? await resolvePlaceInput(input.place) : null
  if (input.place && !place) throw new Invalid({ place: 'employer.place.unknown' }, 'form.errorSummary')
  await getDb().transaction(async (tx) => {
    const [before] = await tx.select({ name: organizations.name }).from(organizations).where(company(opts.organizationId)).for('update')
    if (!before) throw new NotFound('company')
    const { place: _typed, ...columns } = input
    await tx
      .update(organizations)
      .set({ ...columns, placeId: place?.id ?? null, updatedAt: opts.now ?? new Date() })
      .where(company(opts.organizationId))
    if (before.name !== input.name) {
      await enqueueOrganizationSync(tx, [opts.organizationId])
      const own = await tx.select({ id: listings.id }).from(listings).where(eq(listings.organizationId, opts.organizationId))
      await enqueueListingSync(
        tx,
        own.map((l) => l.id),
      )
    }
  })
}

/** Checks the bytes (type by content, size), stores them under a new key and swaps the logo. */
export async function setCompanyLogo(opts: { organizationId: string; bytes: Uint8Array | null }) {
  const check = checkUpload(opts.bytes ?? new Uint8Array(), { types: LOGO_TYPES, maxBytes: LOGO_MAX_BYTES })
  if (!check.ok) throw new Invalid({ logo: check.problem }, 'form.errorSummary')
  const key = await storeUpload(opts.bytes!, check.type)
  const previous = await swapLogo(opts.organizationId, key).catch(async (error: unknown) => {
    await deleteUpload(key)
    throw error
  })
  if (previous) await deleteUpload(previous)
}

export async function removeCompanyLogo(organizationId: string) {
  const previous = await swapLogo(organizationId, null)
  if (previous) await deleteUpload(previous)
}

async function swapLogo(organizationId: string, key: string | null): Promise<string | null> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx.select({ logoKey: organizations.logoKey }).from(organizations).where(company(organizationId)).for('update')
    if (!row) throw new NotFound('company')
    await tx.update(organizations).set({ logoKey: key, updatedAt: new Date() }).where(company(organizationId))
    return row.logoKey
  })
}

/**
 * A logo for the public: only a key some company uses as its logo is served, so this route can
 * never hand out another upload (a seeker's CV) whose key leaked.
 */
export async function getCompanyLogo(key: string): Promise<StoredUpload | null> {
  if (!isUploadKey(key)) return null
  const [row] = await getDb().select({ id: organizations.id }).from(organizations).where(eq(organizations.logoKey, key))
  if (!row) return null
  const stored = await readUpload(key)
  return stored && (LOGO_TYPES as readonly string[]).includes(stored.type) ? stored : null
}
