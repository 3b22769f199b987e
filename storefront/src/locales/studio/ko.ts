import app from "./ko/app.json"
import access from "./ko/access.json"
import today from "./ko/today.json"
import listings from "./ko/listings.json"
import orders from "./ko/orders.json"
import makers from "./ko/makers.json"
import earnings from "./ko/earnings.json"
import profile from "./ko/profile.json"
import offline from "./ko/offline.json"
import pwa from "./ko/pwa.json"

/** The studio's messages in this language, a file per area; the studio loads them as one chunk (features/studio/studio-i18n.ts). */
export default { app, access, today, listings, orders, makers, earnings, profile, offline, pwa }
