/**
 * The demo catalogue as data: what the backend's seed (backend/src/scripts/seed) writes through
 * Medusa's workflows, and what the bulk generator varies. Plain values and pure functions only.
 */
export * from "./craft-line"
export { CRAFT_LINES } from "./crafts"
export { CRAFT_HERITAGE, type CraftHeritage } from "./heritage"
export * from "./makers"
export * from "./producer-groups"
export * from "./regions"
export * from "./shipping"
export { ARTWORK_PIXELS, renderArtwork, type ArtworkSpec } from "./artwork"
export * from "./bulk-words"
export { hashString, seededRandom } from "./random"
