import { describe, expect, it } from 'vitest'
import { jobPostingProblems } from '../../../tests/integration/support/job-posting-rules'
import { baseSalary, employmentTypes, endOfGermanDay, serializeJsonLd, toJobPostingJsonLd, validThrough, type JobPostingSource } from './json-ld'

const ORIGIN = 'https://passgenau.example'

function source(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: 42,
    path: '/jobs/42-azubi-mechatroniker-in-m-w-d',
    title: 'Azubi Mechatroniker/in (m/w/d)',
    descriptionHtml: '<p>Du lernst alles über Anlagen.</p><ul><li>Montage</li></ul>',
    offerType: 'ausbildung',
    workingTime: 'vollzeit',
    startDate: '2027-08-01',
    placesCount: 2,
    minCertificate: 'hauptschule',
    publishedAt: '2026-11-01T08:00:00.000Z',
    expiresAt: '2026-12-31T08:00:00.000Z',
    applicationDeadline: null,
    pay: { payPeriod: 'month', payMin: null, payMax: null, trainingAllowances: [1050, 1120, 1200, 1260] },
    occupation: { name: 'Mechatroniker/in', iscoGroup: '7412', fieldCode: '26' },
    place: { name: 'Goslar', postalCode: '38640', state: 'Niedersachsen', lat: 51.906, lng: 10.428 },
    company: { name: 'Harzer Anlagenbau GmbH', website: 'https://anlagenbau.example' },
    ...overrides,
  }
}

const NOW = new Date('2026-11-20T00:00:00Z')

describe('toJobPostingJsonLd', () => {
  it('gives a training place every required and recommended property with valid values', () => {
    const ld = toJobPostingJsonLd(source(), ORIGIN)
    expect(jobPostingProblems(ld, { now: NOW })).toEqual([])
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Azubi Mechatroniker/in (m/w/d)',
      description: '<p>Du lernst alles über Anlagen.</p><ul><li>Montage</li></ul>',
      url: 'https://passgenau.example/jobs/42-azubi-mechatroniker-in-m-w-d',
      datePosted: '2026-11-01T08:00:00.000Z',
      validThrough: '2026-12-31T08:00:00.000Z',
      employmentType: 'FULL_TIME',
      directApply: true,
      identifier: { '@type': 'PropertyValue', name: 'Passgenau', value: '42' },
      hiringOrganization: { '@type': 'Organization', name: 'Harzer Anlagenbau GmbH', sameAs: 'https://anlagenbau.example' },
      jobLocation: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', postalCode: '38640', addressLocality: 'Goslar', addressRegion: 'Niedersachsen', addressCountry: 'DE' },
        geo: { '@type': 'GeoCoordinates', latitude: 51.906, longitude: 10.428 },
      },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 1050, maxValue: 1260, unitText: 'MONTH' },
      },
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' },
      occupationalCategory: 'ISCO-08 7412',
      jobStartDate: '2027-08-01',
      totalJobOpenings: 2,
    })
  })

  it('describes an hourly part-time job without a certificate requirement', () => {
    const ld = toJobPostingJsonLd(
      source({
        offerType: 'job',
        workingTime: 'teilzeit',
        minCertificate: 'none',
        pay: { payPeriod: 'hour', payMin: 14.5, payMax: 18, trainingAllowances: null },
        occupation: { name: 'Verkäufer/in', iscoGroup: null, fieldCode: '62' },
        company: { name: 'Markt am Harz', website: null },
      }),
      ORIGIN,
    )
    expect(jobPostingProblems(ld, { now: NOW })).toEqual([])
    expect(ld.employmentType).toBe('PART_TIME')
    expect(ld.baseSalary?.value).toEqual({ '@type': 'QuantitativeValue', minValue: 14.5, maxValue: 18, unitText: 'HOUR' })
    expect(ld).not.toHaveProperty('educationRequirements')
    expect(ld.hiringOrganization).not.toHaveProperty('sameAs')
    expect(ld.occupationalCategory).toBe('KldB 2010 62')
  })

  it('marks an internship as INTERN and leaves out the salary of an unpaid one', () => {
    const ld = toJobPostingJsonLd(source({ offerType: 'praktikum', pay: { payPeriod: 'month', payMin: 0, payMax: 0, trainingAllowances: null } }), ORIGIN)
    expect(jobPostingProblems(ld, { now: NOW })).toEqual([])
    expect(ld.employmentType).toBe('INTERN')
    expect(ld).not.toHaveProperty('baseSalary')
  })

  it('marks an Einstiegsqualifizierung as temporary and a dual study place by its hours', () => {
    const eq = toJobPostingJsonLd(source({ offerType: 'eq', pay: { payPeriod: 'month', payMin: 300, payMax: 300, trainingAllowances: null } }), ORIGIN)
    expect(jobPostingProblems(eq, { now: NOW })).toEqual([])
    expect(eq.employmentType).toEqual(['TEMPORARY', 'FULL_TIME'])
    expect(eq.baseSalary?.value).toMatchObject({ minValue: 300, maxValue: 300, unitText: 'MONTH' })

    const study = toJobPostingJsonLd(source({ offerType: 'duales-studium', minCertificate: 'abitur' }), ORIGIN)
    expect(jobPostingProblems(study, { now: NOW })).toEqual([])
    expect(study.employmentType).toBe('FULL_TIME')
    expect(study.educationRequirements).toEqual({ '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' })
  })

  it('gives a yearly salary range for a full-time job', () => {
    const ld = toJobPostingJsonLd(source({ offerType: 'job', pay: { payPeriod: 'year', payMin: 42000, payMax: 51000, trainingAllowances: null } }), ORIGIN)
    expect(jobPostingProblems(ld, { now: NOW })).toEqual([])
    expect(ld.baseSalary?.value).toMatchObject({ minValue: 42000, maxValue: 51000, unitText: 'YEAR' })
  })

  it('ends validity at the application deadline when that comes before the expiry', () => {
    const ld = toJobPostingJsonLd(source({ applicationDeadline: '2026-12-15' }), ORIGIN)
    expect(ld.validThrough).toBe('2026-12-15T23:59:59+01:00')
    expect(jobPostingProblems(ld, { now: NOW })).toEqual([])
  })
})

describe('the parts', () => {
  it('maps working time and offer type to employment types', () => {
    expect(employmentTypes('job', 'vollzeit')).toEqual(['FULL_TIME'])
    expect(employmentTypes('job', 'schicht')).toEqual(['FULL_TIME'])
    expect(employmentTypes('job', 'minijob')).toEqual(['PART_TIME'])
    expect(employmentTypes('ausbildung', 'teilzeit')).toEqual(['PART_TIME'])
    expect(employmentTypes('praktikum', 'teilzeit')).toEqual(['INTERN', 'PART_TIME'])
    expect(employmentTypes('eq', 'teilzeit')).toEqual(['TEMPORARY', 'PART_TIME'])
  })

  it('reads a single figure as an equal minimum and maximum', () => {
    expect(baseSalary({ payPeriod: 'month', payMin: 2800, payMax: null, trainingAllowances: null })?.value).toMatchObject({ minValue: 2800, maxValue: 2800 })
    expect(baseSalary({ payPeriod: 'month', payMin: null, payMax: 3100, trainingAllowances: null })?.value).toMatchObject({ minValue: 3100, maxValue: 3100 })
    expect(baseSalary({ payPeriod: null, payMin: null, payMax: null, trainingAllowances: null })).toBeUndefined()
  })

  it('ends a German day in summer and in winter time', () => {
    expect(endOfGermanDay('2026-07-10')).toBe('2026-07-10T23:59:59+02:00')
    expect(endOfGermanDay('2026-01-10')).toBe('2026-01-10T23:59:59+01:00')
  })

  it('takes the earlier of expiry and deadline', () => {
    expect(validThrough('2026-12-01T10:00:00.000Z', '2026-12-20')).toBe('2026-12-01T10:00:00.000Z')
    expect(validThrough(null, '2026-12-20')).toBe('2026-12-20T23:59:59+01:00')
    expect(validThrough(null, null)).toBeUndefined()
  })

  it('escapes "<" so a title cannot close the script element', () => {
    const json = serializeJsonLd(toJobPostingJsonLd(source({ title: 'Koch </script><script>alert(1)</script>' }), ORIGIN))
    expect(json).not.toContain('<')
    expect(JSON.parse(json).title).toBe('Koch </script><script>alert(1)</script>')
  })
})
