import { randomInt } from 'node:crypto';

/**
 * A place somewhere in the Netherlands, different for every call: tests that submit reports use it so their
 * reports are never linked to reports of other tests or earlier runs (linking joins reports close in place).
 */
export function randomPlace(): { lat: number; lon: number } {
  return { lat: 50.8 + randomInt(2_600_000) / 1_000_000, lon: 3.4 + randomInt(3_800_000) / 1_000_000 };
}

/** A place `metres` north of another. */
export function metresNorthOf(place: { lat: number; lon: number }, metres: number): { lat: number; lon: number } {
  return { lat: place.lat + metres / 111_320, lon: place.lon };
}
