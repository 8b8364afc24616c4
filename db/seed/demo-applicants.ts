import type { NewSeekerProfile } from '../schema'
import type { ApplicationStatus } from '../../values/applications'

/** Fictional applicants (example.org addresses) for the demo companies to work through. */
export interface DemoApplicant {
  email: string
  name: string
  lang: 'de' | 'en'
  profile: Omit<NewSeekerProfile, 'userId'>
}

export const DEMO_APPLICANTS: DemoApplicant[] = [
  {
    email: 'demo-bewerber-leon@example.org',
    name: 'Leon Lehmann',
    lang: 'de',
    profile: { targetGroup: 'school-leaver', certificate: 'hauptschule', germanLevel: 'C2', travelKm: 20, hasDrivingLicence: false, usesPublicTransportOnly: true, skills: ['Fahrradwerkstatt', 'Fußball im Verein'] },
  },
  {
    email: 'demo-bewerberin-amira@example.org',
    name: 'Amira Haddad',
    lang: 'en',
    profile: {
      targetGroup: 'newly-arrived',
      certificate: 'foreign',
      germanLevel: 'B1',
      languages: [
        { code: 'ar', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      foreignQualifications: [{ title: 'Elektrikerin', country: 'Syrien', recognition: 'in-progress' }],
      travelKm: 35,
      skills: ['Elektroinstallation', 'Schaltpläne lesen'],
    },
  },
  {
    email: 'demo-bewerber-tomasz@example.org',
    name: 'Tomasz Nowak',
    lang: 'de',
    profile: { targetGroup: 'skilled-worker', certificate: 'mittlere-reife', germanLevel: 'B2', languages: [{ code: 'pl', level: 'native' }], travelKm: 40, hasDrivingLicence: true, hasCar: true, skills: ['MAG-Schweißen', 'Staplerschein'] },
  },
  {
    email: 'demo-bewerberin-julia@example.org',
    name: 'Julia Krüger',
    lang: 'de',
    profile: { targetGroup: 'career-changer', certificate: 'abitur', germanLevel: 'C2', languages: [{ code: 'en', level: 'C1' }], travelKm: 30, hasDrivingLicence: true, hasCar: true, skills: ['Kundenberatung', 'Excel'] },
  },
  {
    email: 'demo-bewerber-mehmet@example.org',
    name: 'Mehmet Yılmaz',
    lang: 'de',
    profile: { targetGroup: 'skilled-worker', certificate: 'mittlere-reife', germanLevel: 'C1', languages: [{ code: 'tr', level: 'native' }], travelKm: 50, hasDrivingLicence: true, hasCar: true, skills: ['SPS-Programmierung', 'Instandhaltung'] },
  },
  {
    email: 'demo-bewerberin-nele@example.org',
    name: 'Nele Schubert',
    lang: 'de',
    profile: { targetGroup: 'school-leaver', certificate: 'mittlere-reife', germanLevel: 'C2', travelKm: 15, usesPublicTransportOnly: true, skills: ['Schülerpraktikum Kfz-Werkstatt'] },
  },
  {
    email: 'demo-bewerber-paul@example.org',
    name: 'Paul Winter',
    lang: 'de',
    profile: { targetGroup: 'career-changer', certificate: 'fachhochschulreife', germanLevel: 'C2', travelKm: 25, hasDrivingLicence: true, skills: ['Lagerlogistik', 'Teamleitung'] },
  },
]

/**
 * One step in an application's history, in days before now. `status` moves it; `message` is said
 * with the step (by the company unless `bySeeker`); `note` is the team's internal note.
 */
export interface DemoStep {
  daysAgo: number
  status?: ApplicationStatus
  message?: string
  bySeeker?: boolean
  note?: string
}

export interface DemoApplicationPlan {
  /** Index in DEMO_APPLICANTS, or 'seeker' for the demo seeker. */
  who: number | 'seeker'
  appliedDaysAgo: number
  coverLetter?: string
  steps: DemoStep[]
}

const REJECTION =
  'vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Betrieb. Wir haben uns Ihre Unterlagen sorgfältig angesehen und uns am Ende für eine andere Person entschieden.\n\nDiese Entscheidung ist keine Bewertung Ihrer Person. Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.'

/** The demo owner's company: every state of the pipeline, one waiting for a week and one overdue. */
export const OWNER_COMPANY_PLAN: DemoApplicationPlan[] = [
  { who: 0, appliedDaysAgo: 1, coverLetter: 'Ich schraube seit Jahren an Fahrrädern und möchte das zu meinem Beruf machen.', steps: [] },
  { who: 1, appliedDaysAgo: 9, coverLetter: 'I trained as an electrician in Aleppo and would like to continue my career in the Harz.', steps: [] },
  { who: 2, appliedDaysAgo: 20, steps: [{ daysAgo: 19, status: 'in_review', note: 'Gute Erfahrung, Gehaltsvorstellung klären.' }] },
  {
    who: 3,
    appliedDaysAgo: 12,
    steps: [
      { daysAgo: 10, status: 'in_review' },
      { daysAgo: 5, status: 'interview', message: 'Wir möchten Sie gern kennenlernen. Passt Ihnen Dienstag um 10 Uhr in unserer Werkstatt?' },
      { daysAgo: 4, message: 'Gern, ich komme am Dienstag um 10 Uhr.', bySeeker: true },
    ],
  },
  {
    who: 4,
    appliedDaysAgo: 25,
    steps: [
      { daysAgo: 22, status: 'in_review' },
      { daysAgo: 15, status: 'interview', note: 'Sehr sicher in SPS. Probearbeit vereinbaren.' },
      { daysAgo: 3, status: 'offer', message: 'Wir freuen uns, Ihnen die Stelle anzubieten. Den Vertragsentwurf schicken wir Ihnen per Post.' },
    ],
  },
  { who: 5, appliedDaysAgo: 18, steps: [{ daysAgo: 14, status: 'rejected', message: REJECTION }] },
  {
    who: 6,
    appliedDaysAgo: 40,
    steps: [
      { daysAgo: 38, status: 'in_review' },
      { daysAgo: 30, status: 'interview' },
      { daysAgo: 20, status: 'offer' },
      { daysAgo: 12, status: 'hired', message: 'Willkommen im Team! Ihr erster Arbeitstag ist der 1. des Monats.' },
    ],
  },
]

/** The recruiter's company has a few applicants too, the demo seeker among them. */
export const RECRUITER_COMPANY_PLAN: DemoApplicationPlan[] = [
  {
    who: 'seeker',
    appliedDaysAgo: 10,
    coverLetter: 'Ich interessiere mich sehr für Elektrotechnik und habe mein Praktikum in einer Elektrowerkstatt in Goslar gemacht.',
    steps: [
      { daysAgo: 8, status: 'in_review' },
      { daysAgo: 3, status: 'interview', message: 'Vielen Dank für Ihre Bewerbung! Wir laden Sie zu einem Gespräch ein: Donnerstag, 14 Uhr. Passt Ihnen das?' },
      { daysAgo: 2, message: 'Ja, Donnerstag um 14 Uhr passt mir gut. Ich freue mich!', bySeeker: true },
    ],
  },
  { who: 0, appliedDaysAgo: 3, steps: [] },
  { who: 3, appliedDaysAgo: 6, steps: [{ daysAgo: 5, status: 'in_review' }] },
]

/** The demo seeker's other applications, to other companies near Goslar. */
export const SEEKER_ELSEWHERE_PLAN: DemoApplicationPlan[] = [
  { who: 'seeker', appliedDaysAgo: 6, steps: [{ daysAgo: 4, status: 'in_review' }] },
  { who: 'seeker', appliedDaysAgo: 2, coverLetter: 'Mit Ihrem Betrieb verbinde ich viele gute Erfahrungen aus meinem Schülerpraktikum.', steps: [] },
  { who: 'seeker', appliedDaysAgo: 30, steps: [{ daysAgo: 20, status: 'rejected', message: REJECTION }] },
]
