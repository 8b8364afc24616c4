import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundingBox, distanceKm, roundDistanceKm } from './geo'

const goslar = { lat: 51.9191, lng: 10.4167 }
const nordhausen = { lat: 51.5018, lng: 10.7957 }

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(goslar, goslar)).toBe(0)
    expect(distanceKm(goslar, nordhausen)).toBeCloseTo(distanceKm(nordhausen, goslar), 9)
  })

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(distanceKm({ lat: 51, lng: 10 }, { lat: 52, lng: 10 })).toBeCloseTo(111.19, 1)
  })

  it('shrinks a degree of longitude with latitude', () => {
    const atEquator = distanceKm({ lat: 0, lng: 10 }, { lat: 0, lng: 11 })
    const inHarz = distanceKm({ lat: 51.8, lng: 10 }, { lat: 51.8, lng: 11 })
    expect(inHarz / atEquator).toBeCloseTo(Math.cos((51.8 * Math.PI) / 180), 3)
  })

  it('gives the known great-circle distance Berlin–Hamburg (~255 km)', () => {
    expect(distanceKm({ lat: 52.52, lng: 13.405 }, { lat: 53.5511, lng: 9.9937 })).toBeCloseTo(255.3, 0)
  })

  it('puts Goslar and Nordhausen about 53 km apart', () => {
    expect(distanceKm(goslar, nordhausen)).toBeGreaterThan(50)
    expect(distanceKm(goslar, nordhausen)).toBeLessThan(56)
  })
})

describe('boundingBox', () => {
  it('holds every point within the radius', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 47, max: 55, noNaN: true }),
        fc.double({ min: 6, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 0.03, noNaN: true }),
        fc.double({ min: -0.03, max: 0.03, noNaN: true }),
        fc.constantFrom(5, 10, 25, 50, 100),
        (lat, lng, dLat, dLng, radius) => {
          const center = { lat, lng }
          const point = { lat: lat + dLat * radius, lng: lng + (dLng * radius) / Math.cos((lat * Math.PI) / 180) }
          fc.pre(distanceKm(center, point) <= radius)
          const box = boundingBox(center, radius)
          return point.lat >= box.minLat && point.lat <= box.maxLat && point.lng >= box.minLng && point.lng <= box.maxLng
        },
      ),
    )
  })
})

describe('roundDistanceKm', () => {
  it('keeps one decimal below 10 km and whole km above', () => {
    expect(roundDistanceKm(3.14)).toBe(3.1)
    expect(roundDistanceKm(24.6)).toBe(25)
  })
})
