const HANDLE_STEM_MAX_LENGTH = 40

/**
 * The readable part of a maker's public handle: their name in lowercase ASCII words joined by
 * hyphens ("Sok Chea" → "sok-chea"). Names with no Latin letters fall back to "maker"; the sync
 * step appends a random suffix, so two makers of the same name get distinct handles.
 */
export function makerHandleStem(fullName: string): string {
  const stem = fullName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, HANDLE_STEM_MAX_LENGTH)
    .replace(/^-+|-+$/g, "")
  return stem || "maker"
}
