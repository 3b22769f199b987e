/**
 * The most pixels a photo may have, at upload and when `/images` decodes one. Phones take 12 MP
 * by default and 24-32 MP in their high-resolution modes; a full 48-200 MP photo is more than the
 * 5 MB an upload may be anyway. Decoding 40 MP takes about 120 MB of memory, which bounds what
 * one resize can cost.
 */
export const PHOTO_MAX_PIXELS = 40_000_000
